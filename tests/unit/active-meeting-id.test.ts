// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';

const KEY = 'coffee-chat:active-meeting';

/** The store as a fresh page load in this tab sees it. */
async function pageLoad() {
  vi.resetModules();
  return (await import('../../src/stores/active-meeting-id')).$activeMeetingId;
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('$activeMeetingId', () => {
  it('opens a new tab on the meeting chosen last in any tab', async () => {
    localStorage.setItem(KEY, 'b');
    expect((await pageLoad()).get()).toBe('b');
  });

  it("keeps this tab's own choice across its page loads, whatever another tab chose since", async () => {
    const $id = await pageLoad();
    $id.set('a');
    localStorage.setItem(KEY, 'b'); // another tab switched to b
    expect((await pageLoad()).get()).toBe('a');
  });

  it('remembers a choice for this tab and for tabs opened later', async () => {
    const $id = await pageLoad();
    $id.set('c');
    expect(sessionStorage.getItem(KEY)).toBe('c');
    expect(localStorage.getItem(KEY)).toBe('c');
  });

  it('does not follow a switch made in another tab', async () => {
    const $id = await pageLoad();
    const seen: string[] = [];
    const unbind = $id.subscribe((id) => seen.push(id)); // as an island does
    $id.set('a');
    localStorage.setItem(KEY, 'b');
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: 'b', oldValue: 'a', storageArea: localStorage }));
    await new Promise((r) => setTimeout(r, 0));
    expect($id.get()).toBe('a');
    expect(seen).toEqual(['', 'a']);
    unbind();
  });

  it('still works where sessionStorage is blocked, opening the last choice', async () => {
    localStorage.setItem(KEY, 'b');
    const blocked = vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const $id = await pageLoad();
    expect($id.get()).toBe('b');
    $id.set('c');
    expect(localStorage.getItem(KEY)).toBe('c');
    blocked.mockRestore();
  });
});
