/**
 * Offline use after the first visit: dist/sw.js (scripts/build-sw.mjs) must precache the shell,
 * the tools, every asset a page loads and the search code, but nothing that grows with the number
 * of guides (guides, index chunks, fragments are cached when read, with a cap); it must send a page
 * not saved to the offline page, and must wait for the reader before a new version takes over.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bankVersion, parseBankData } from '../../src/lib/bank-data';
import { PRECACHE_BUDGET, RUNTIME_CACHES, SEARCH_FILE } from '../../src/lib/offline-cache';
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

  const shell = ['/', '/404/', '/offline/', '/search/', '/tools/checklist/', '/tools/questions/', '/tools/timer/'];
  it.each(shell)('precaches the page %s', (path) => {
    const file = path === '/404/' ? '/404.html' : `${path}index.html`;
    expect(precached).toContain(file);
  });

  it('precaches no guide page, index chunk or result fragment: those are cached when read', () => {
    const grows = [...precached].filter((u) => /^\/guides\/|^\/questions\/|\.pf_(index|fragment)$/.test(u));
    expect(grows).toEqual([]);
  });

  it(`keeps the precache under ${PRECACHE_BUDGET / 1024} KB, with room for a thousand more guides`, () => {
    const bytes = (u: string) => statSync(join(DIST, u)).size;
    const total = [...precached].reduce((sum, u) => sum + bytes(u), 0);
    // The only precached file that grows with the guides is Pagefind's metadata (a few bytes a page):
    // project it to a thousand more pages.
    const meta = [...precached].filter((u) => u.endsWith('.pf_meta')).reduce((sum, u) => sum + bytes(u), 0);
    const pages = pagePaths().length;
    const projected = total + (meta / pages) * 1000;
    expect(projected, `${(total / 1024).toFixed(0)} KB now, metadata ${meta} B for ${pages} pages`).toBeLessThan(PRECACHE_BUDGET);
  });

  it('caches pages, search index and images when read, each with a size cap and expiry', () => {
    for (const { name, maxEntries, maxAgeDays } of Object.values(RUNTIME_CACHES)) {
      // Workbox minifies the number (7776000 -> 7776e3): compare its value.
      const plugin = sw.match(new RegExp(`cacheName:"${name}",plugins:\\[new \\w+\\(\\{maxEntries:(\\d+),maxAgeSeconds:([\\de.]+)`));
      expect(plugin, `${name} has an ExpirationPlugin`).not.toBeNull();
      expect(Number(plugin![1])).toBe(maxEntries);
      expect(Number(plugin![2])).toBe(maxAgeDays * 86400);
    }
  });

  it('saves search files handed over by pages and answers from them only offline', () => {
    // The route's pattern is copied into sw.js as text: it must be the one the pages use.
    expect(sw).toContain(`/${SEARCH_FILE.source}/`);
    expect(sw).toContain('"message"');
    expect(sw).toMatch(/navigator\.onLine/);
    // Workbox's CACHE_URLS listener, which the pages' hand-over uses.
    expect(sw).toContain('CACHE_URLS');
    expect(SEARCH_FILE.test('/pagefind/index/en_019d660.pf_index')).toBe(true);
    expect(SEARCH_FILE.test('/pagefind/fragment/en_5e46c7b.pf_fragment')).toBe(true);
    expect(SEARCH_FILE.test('/pagefind/pagefind.en_bf6804bbe6.pf_meta')).toBe(false);
  });

  it('sends a page not saved, opened offline, to the offline page', () => {
    expect(sw).toContain('{fallbackURL:"/offline/index.html"}');
    const doc = page('/offline/');
    expect(doc.querySelector('h1')?.textContent).toMatch(/not here offline/);
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
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

  it("precaches the builder's question bank, the file its page fetches, with every question", () => {
    const props = page('/tools/questions/').querySelector('astro-island')?.getAttribute('props') ?? '';
    const url = /"bankUrl":\[0,"([^"?]+)\?v=(\w+)"\]/.exec(props);
    expect(url?.[1]).toBe('/tools/questions/bank.json');
    expect(precached).toContain(url![1]);
    const text = readFileSync(join(DIST, 'tools/questions/bank.json'), 'utf8');
    expect(bankVersion(text)).toBe(url![2]);
    expect(parseBankData(JSON.parse(text)).length).toBeGreaterThan(100);
  });

  it('precaches every JavaScript chunk, including search and the update prompt', () => {
    const js = filesUnder('_astro').filter((f) => f.endsWith('.js'));
    expect(js).toContain('/_astro/search.js');
    expect(js).toContain('/_astro/sw-register.js');
    expect(js.filter((f) => !precached.has(f))).toEqual([]);
  });

  it('precaches the search code: script, entry, metadata and WebAssembly', () => {
    const meta = filesUnder('pagefind').filter((f) => f.endsWith('.pf_meta'));
    expect(meta.length).toBe(1);
    const needed = ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.en.pagefind', ...meta];
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
