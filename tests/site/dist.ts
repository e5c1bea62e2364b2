/** Helpers for tests over the built site in dist/ (run after `npm run build`). */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import * as measure from '../../scripts/site-measure.mjs';

export const DIST = 'dist';

/** URL paths of every built HTML page (directory index pages and 404). */
export function pagePaths(dir = DIST, prefix = '/'): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'pagefind' || name === '_astro') continue;
    if (statSync(path).isDirectory()) out.push(...pagePaths(path, `${prefix}${name}/`));
    else if (name === 'index.html') out.push(prefix);
  }
  return out.sort();
}

/** The file in dist/ that a URL path resolves to, or undefined. */
export const fileFor = (urlPath: string): string | undefined => measure.fileFor(DIST, urlPath);

/** Every module a built page loads up front (the rule the size budgets and the bench count by). */
export const upFrontModules = (urlPath: string): string[] => [...measure.upFrontModules(DIST, readFileSync(fileFor(urlPath)!, 'utf8'))];

const cache = new Map<string, Document>();
/** Parses a built page into a DOM document. */
export function page(urlPath: string): Document {
  let doc = cache.get(urlPath);
  if (!doc) {
    const file = fileFor(urlPath);
    if (!file) throw new Error(`No built file for ${urlPath}`);
    const window = new Window({ url: `http://localhost${urlPath}` });
    doc = new window.DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html') as unknown as Document;
    cache.set(urlPath, doc);
  }
  return doc;
}

/** Gzipped size in bytes. */
export const gz = measure.gz;

/** HTML, render-blocking CSS and up-front JavaScript of a built page, gzipped (the bench counts the same). */
export const pageSizes = (urlPath: string) => measure.pageSizes(DIST, urlPath);

/** Gzipped size of a file in dist/ by its URL path. */
export const gzFile = (urlPath: string) => gz(readFileSync(fileFor(urlPath)!));

/** Every script a page runs up front: inline code and external module sources, gzipped separately. */
export function pageScripts(doc: Document): { inline: string[]; external: string[] } {
  const scripts = [...doc.querySelectorAll('script')].filter((s) => s.getAttribute('type') !== 'application/ld+json');
  return {
    inline: scripts.filter((s) => !s.getAttribute('src')).map((s) => s.textContent ?? ''),
    external: scripts.map((s) => s.getAttribute('src')).filter((s): s is string => !!s),
  };
}

/** Static imports of a built JS module, followed transitively (what the browser must fetch). */
export const moduleGraph = (urlPath: string): Set<string> => measure.moduleGraph(DIST, urlPath);
