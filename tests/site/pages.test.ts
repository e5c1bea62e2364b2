import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fileFor, page, pagePaths } from './dist';

const pages = pagePaths();
const guidePaths = pages.filter((p) => /^\/guides\/[^/]+\/$/.test(p));

describe('every built page', () => {
  it.each(pages)('%s has lang, a title, a meta description and exactly one h1', (path) => {
    const doc = page(path);
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.title.trim().length).toBeGreaterThan(3);
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.length ?? 0).toBeGreaterThan(20);
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
  });

  it('have unique titles', () => {
    const titles = pages.map((p) => page(p).title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('link only to pages, files and anchors that exist', () => {
    const broken: string[] = [];
    for (const path of pages) {
      const doc = page(path);
      const refs = [
        ...[...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!),
        ...[...doc.querySelectorAll('link[href]')].map((l) => l.getAttribute('href')!),
        ...[...doc.querySelectorAll('script[src], img[src]')].map((s) => s.getAttribute('src')!),
      ];
      for (const ref of refs) {
        if (/^(https?:|mailto:|tel:|data:)/.test(ref)) continue;
        const url = new URL(ref, `http://site${path}`);
        if (url.pathname === path && url.hash) {
          if (!doc.getElementById(decodeURIComponent(url.hash.slice(1)))) broken.push(`${path} -> ${ref} (no such anchor)`);
          continue;
        }
        if (!fileFor(url.pathname)) {
          broken.push(`${path} -> ${ref}`);
          continue;
        }
        if (url.hash && url.pathname.endsWith('/') && !page(url.pathname).getElementById(decodeURIComponent(url.hash.slice(1)))) {
          broken.push(`${path} -> ${ref} (no such anchor)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('guides', () => {
  it('are all reachable from the guides index', () => {
    const linked = new Set([...page('/guides/').querySelectorAll('main a[href]')].map((a) => a.getAttribute('href')));
    expect(guidePaths.length).toBeGreaterThanOrEqual(2);
    for (const path of guidePaths) expect(linked, path).toContain(path);
  });

  it.each(guidePaths)('%s shows reading time, updated date, sources and a working table of contents', (path) => {
    const doc = page(path);
    const main = doc.querySelector('main')!;
    expect(main.textContent).toMatch(/\d+ min read/);
    expect(main.querySelector('time[datetime]')).not.toBeNull();
    expect(doc.getElementById('sources-title')).not.toBeNull();
    const tocLinks = [...doc.querySelectorAll('nav.toc a[href^="#"]')];
    expect(tocLinks.length).toBeGreaterThan(0);
    for (const a of tocLinks) expect(doc.getElementById(a.getAttribute('href')!.slice(1)), a.getAttribute('href')!).not.toBeNull();
    for (const h2 of doc.querySelectorAll('article h2')) expect(h2.id, h2.textContent ?? '').not.toBe('');
  });

  it.each(guidePaths)('%s carries Article structured data that parses', (path) => {
    const blocks = [...page(path).querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!));
    const article = blocks.find((b) => b['@type'] === 'Article');
    expect(article?.headline).toBe(page(path).querySelector('h1')!.textContent!.trim());
  });
});

describe('search index and sitemap', () => {
  it('the Pagefind index holds every guide page', () => {
    const dir = 'dist/pagefind/fragment/';
    const urls = readdirSync(dir).map((f) => {
      const text = gunzipSync(readFileSync(dir + f)).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))).url as string;
    });
    for (const path of guidePaths) expect(urls, path).toContain(path);
  });

  it('the index leaves out navigation, footer and table of contents', () => {
    const dir = 'dist/pagefind/fragment/';
    for (const f of readdirSync(dir)) {
      const text = gunzipSync(readFileSync(dir + f)).toString('utf8');
      const content = JSON.parse(text.slice(text.indexOf('{'))).content as string;
      expect(content).not.toContain('Everything you type into the tools stays in this browser');
      expect(content).not.toContain('On this page');
    }
  });

  it('the sitemap lists every page except the 404 and offline pages, and not those', () => {
    const index = readFileSync(fileFor('/sitemap-index.xml')!, 'utf8');
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const listed = new Set(maps.flatMap((m) => [...readFileSync(fileFor(m)!, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((x) => new URL(x[1]!).pathname)));
    const unlisted = ['/404/', '/offline/'];
    for (const path of pages.filter((p) => !unlisted.includes(p))) expect(listed, path).toContain(path);
    for (const path of unlisted) expect(listed).not.toContain(path);
    expect(readFileSync('dist/robots.txt', 'utf8')).toMatch(/Sitemap: .*sitemap-index\.xml/);
  });
});

describe('ids', () => {
  it.each(pages)('%s has no duplicate ids', (path) => {
    const ids = [...page(path).querySelectorAll('[id]')].map((el) => el.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
