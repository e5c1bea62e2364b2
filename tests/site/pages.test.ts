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
    expect(article.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(article.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(article.author['@type']).toBe('Organization');
    expect(article.publisher.name).toBe('Coffee Chat');
  });

  it.each(guidePaths)('%s has a social preview image that was built, for a large card', (path) => {
    const doc = page(path);
    const image = doc.querySelector('meta[property="og:image"]')!.getAttribute('content')!;
    const file = fileFor(new URL(image).pathname)!;
    expect(file, image).toBeDefined();
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(doc.querySelector('meta[name="twitter:card"]')!.getAttribute('content')).toBe('summary_large_image');
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

describe('reading order', () => {
  it.each(guidePaths)('%s: a "Where to go next" section points where the Next link does', (path) => {
    const doc = page(path);
    const next = doc.querySelector('a[rel="next"]')?.getAttribute('href');
    const heading = [...doc.querySelectorAll('article h2')].find((h) => /where to go next|next step/i.test(h.textContent ?? ''));
    if (!heading) return;
    const links: string[] = [];
    for (let el = heading.nextElementSibling; el && el.tagName !== 'H2'; el = el.nextElementSibling) {
      for (const a of el.querySelectorAll('a[href^="/guides/"]')) links.push(a.getAttribute('href')!);
    }
    expect(links, 'a "Where to go next" section without guide links').not.toEqual([]);
    expect(next ? links[0] : '/guides/', `${path} says to go to ${links[0]}, its Next link goes to ${next}`).toBe(next ?? '/guides/');
  });

  it('every guide appears in the sidebar in the same order as Previous/Next', () => {
    const order = [...page('/guides/etiquette/').querySelectorAll('.guide-side a')].map((a) => a.getAttribute('href'));
    expect(order).toHaveLength(guidePaths.length);
    for (const [i, path] of order.entries()) {
      const doc = page(path!);
      expect(doc.querySelector('a[rel="next"]')?.getAttribute('href') ?? null, path!).toBe(order[i + 1] ?? null);
    }
  });
});

describe('search engines', () => {
  it('the home page title fits in a result (under 60 characters)', () => {
    expect(page('/').title.length).toBeLessThan(60);
  });
  it('the 404 page names no canonical URL or og:url, since it is served at every missing address', () => {
    const doc = page('/404.html');
    expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
    expect(doc.querySelector('meta[property="og:url"]')).toBeNull();
    expect(doc.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
  });
  it.each(pages)('%s has no combobox role on a search input and no module script after </html>', (path) => {
    const html = readFileSync(fileFor(path)!, 'utf8');
    expect(html).not.toMatch(/<input[^>]*type="search"[^>]*role="combobox"/);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });
});

describe('ids', () => {
  it.each(pages)('%s has no duplicate ids', (path) => {
    const ids = [...page(path).querySelectorAll('[id]')].map((el) => el.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
