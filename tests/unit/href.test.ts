import { describe, expect, it } from 'vitest';
import { href } from '../../src/lib/href';

describe('href', () => {
  it('leaves root paths alone at the site root', () => {
    expect(href('/tools/timer/', '/')).toBe('/tools/timer/');
    expect(href('/guides/x/#y', '/')).toBe('/guides/x/#y');
  });
  it('puts the base path in front, with or without its trailing slash', () => {
    expect(href('/tools/timer/', '/coffee-chat/')).toBe('/coffee-chat/tools/timer/');
    expect(href('/questions/', '/coffee-chat')).toBe('/coffee-chat/questions/');
    expect(href('/sw.js', '/coffee-chat/')).toBe('/coffee-chat/sw.js');
  });
  it('uses the build’s base by default (the root in tests)', () => {
    expect(href('/tools/questions/')).toBe('/tools/questions/');
  });
});
