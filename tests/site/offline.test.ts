/**
 * Offline use after the first visit: dist/sw.js (scripts/build-sw.mjs) must precache every page,
 * the assets pages load and the whole search index, and must wait for the reader before a new
 * version takes over.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, page, pagePaths } from './dist';

const sw = existsSync(join(DIST, 'sw.js')) ? readFileSync(join(DIST, 'sw.js'), 'utf8') : '';
/** URLs in the precache manifest, as root-relative paths. */
const precached = new Set([...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => `/${m[1]}`));

/** Every file under a dist/ folder as a URL path. */
function filesUnder(dir: string): string[] {
  return readdirSync(join(DIST, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `/${join(e.parentPath.slice(DIST.length + 1), e.name)}`);
}

describe('service worker', () => {
  it('is written into dist/ by the build', () => {
    expect(sw.length).toBeGreaterThan(0);
    expect(precached.size).toBeGreaterThan(20);
  });

  it.each(pagePaths())('precaches the page %s', (path) => {
    expect(precached).toContain(`${path}index.html`);
  });

  it('precaches every stylesheet, script and island a page loads', () => {
    const missing = new Set<string>();
    for (const path of pagePaths()) {
      const doc = page(path);
      const urls = [
        ...[...doc.querySelectorAll('link[rel="stylesheet"], link[rel="manifest"], link[rel="icon"]')].map((l) => l.getAttribute('href')),
        ...[...doc.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')),
        ...[...doc.querySelectorAll('astro-island')].flatMap((el) => [el.getAttribute('component-url'), el.getAttribute('renderer-url')]),
      ];
      for (const url of urls) if (url?.startsWith('/') && !precached.has(url)) missing.add(`${url} (on ${path})`);
    }
    expect([...missing]).toEqual([]);
  });

  it('precaches every JavaScript chunk, including search and the update prompt', () => {
    const js = filesUnder('_astro').filter((f) => f.endsWith('.js'));
    expect(js).toContain('/_astro/search.js');
    expect(js).toContain('/_astro/sw-register.js');
    expect(js.filter((f) => !precached.has(f))).toEqual([]);
  });

  it('precaches the search code, WebAssembly, index chunks and fragments', () => {
    const index = filesUnder('pagefind').filter((f) => /\.pf_(index|fragment|meta)$/.test(f));
    expect(index.length).toBeGreaterThan(3);
    const needed = ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.en.pagefind', ...index];
    expect(needed.filter((f) => !precached.has(f))).toEqual([]);
  });

  it('precaches the manifest and its icons', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8')) as { icons: { src: string; purpose?: string; sizes: string }[] };
    expect(precached).toContain('/manifest.webmanifest');
    for (const icon of manifest.icons) {
      expect(existsSync(join(DIST, icon.src)), icon.src).toBe(true);
      expect(precached).toContain(icon.src);
    }
    expect(manifest.icons.some((i) => i.purpose === 'maskable' && i.sizes === '512x512')).toBe(true);
    expect(manifest.icons.some((i) => i.sizes === '192x192')).toBe(true);
  });

  it('waits for the reader: skipWaiting only when a page posts SKIP_WAITING', () => {
    expect(sw).toContain('SKIP_WAITING');
    // Workbox's unconditional form is a top-level self.skipWaiting() in the install handler.
    expect(sw).not.toMatch(/addEventListener\("install",\s*\(\)\s*=>\s*self\.skipWaiting\(\)/);
    expect(sw.match(/skipWaiting\(\)/g)?.length).toBe(1);
  });
});
