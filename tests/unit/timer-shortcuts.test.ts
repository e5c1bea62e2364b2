// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { shortcutFor } from '../../src/components/timer/use-shortcuts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});
const el = (html: string) => {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host.firstElementChild!;
};

describe('shortcutFor', () => {
  it('maps Space, N, B and + to the timer actions', () => {
    expect(shortcutFor(key(' '), document.body)).toBe('toggle');
    expect(shortcutFor(key('n'), document.body)).toBe('next');
    expect(shortcutFor(key('N'), document.body)).toBe('next');
    expect(shortcutFor(key('b'), document.body)).toBe('back');
    expect(shortcutFor(key('+'), document.body)).toBe('add-minute');
    expect(shortcutFor(key('x'), document.body)).toBeNull();
  });

  it('ignores keys while the reader types in a field', () => {
    for (const html of ['<input>', '<textarea></textarea>', '<select></select>', '<div contenteditable="true"></div>']) {
      expect(shortcutFor(key('n'), el(html))).toBeNull();
      expect(shortcutFor(key(' '), el(html))).toBeNull();
    }
  });

  it('leaves Space to a focused button but still takes letters there', () => {
    expect(shortcutFor(key(' '), el('<button>Next</button>'))).toBeNull();
    expect(shortcutFor(key('n'), el('<button>Next</button>'))).toBe('next');
  });

  it('leaves browser shortcuts with Ctrl, Cmd or Alt alone', () => {
    expect(shortcutFor(key('n', { ctrlKey: true }), document.body)).toBeNull();
    expect(shortcutFor(key('b', { metaKey: true }), document.body)).toBeNull();
    expect(shortcutFor(key('+', { altKey: true }), document.body)).toBeNull();
  });
});
