/**
 * Headers for spoken practice: the microphone is allowed on the timer page only and denied on
 * every other page; the CSP lets a recorded take play from a blob: URL and nothing more.
 */
import { describe, expect, it } from 'vitest';
import { readHeaders } from '../../scripts/static-server.mjs';
import { pagePaths } from './dist';

describe('microphone permission and media policy', () => {
  it('grants the microphone to the timer page only', async () => {
    for (const path of pagePaths()) {
      const policy = (await readHeaders('dist', path))['Permissions-Policy'] ?? '';
      expect(policy, path).toMatch(path === '/tools/timer/' ? /(^|, )microphone=\(self\)/ : /(^|, )microphone=\(\)/);
      expect(policy, path).toMatch(/camera=\(\)/);
    }
    expect((await readHeaders('dist'))['Permissions-Policy']).toMatch(/microphone=\(\)/);
  });

  it("allows media from the site and blob: URLs, nothing else", async () => {
    const csp = (await readHeaders('dist', '/tools/timer/'))['Content-Security-Policy'] ?? '';
    expect(/media-src ([^;]+)/.exec(csp)?.[1]?.trim()).toBe("'self' blob:");
  });
});
