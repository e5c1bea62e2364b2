// Measuring the built site, shared by `npm run bench` (scripts/bench.mjs) and the budget tests
// (tests/site): one fileFor, one module graph, one rule for what a page loads up front. Counted:
// the page's HTML, its render-blocking stylesheets (a print-only sheet does not block paint), and
// every script it runs up front (inline code, module scripts, islands and their static imports).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped size in bytes. */
export const gz = (text) => gzipSync(text).length;

/** The file in `dist` that a URL path resolves to (directory paths to their index.html), or undefined. */
export function fileFor(dist, url) {
  const clean = decodeURIComponent(url.split(/[?#]/)[0]);
  const candidates = clean.endsWith('/') ? [join(dist, clean, 'index.html')] : [join(dist, clean), join(dist, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/** A built module and its static imports, transitively: what the browser must fetch. */
export function moduleGraph(dist, url, seen = new Set()) {
  if (seen.has(url)) return seen;
  seen.add(url);
  const file = fileFor(dist, url);
  if (!file) return seen;
  const code = readFileSync(file, 'utf8');
  // Only relative .js specifiers: built chunks import each other that way, and this keeps UI text
  // such as "import a backup" inside string literals from being read as an import.
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.{1,2}\/[^"'`\s]+\.js)["'`]/g)) {
    moduleGraph(dist, new URL(m[1], `http://x${url}`).pathname, seen);
  }
  return seen;
}

const attr = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]+)"`))?.[1];

/** What a page's HTML asks for up front: render-blocking stylesheets, inline and external scripts, island modules. */
export function pageAssets(html) {
  const links = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]);
  const css = links.filter((t) => attr(t, 'rel') === 'stylesheet' && attr(t, 'media') !== 'print').map((t) => attr(t, 'href'));
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/application\/ld\+json/.test(m[1]));
  const inline = scripts.filter((m) => !/\ssrc=/.test(m[1])).map((m) => m[2]);
  const external = scripts.map((m) => attr(m[1], 'src')).filter(Boolean);
  const islands = [...html.matchAll(/\s(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1]);
  return { css, inline, external, islands };
}

/** Every module a page's HTML loads up front: its module scripts and islands, with their static imports. */
export function upFrontModules(dist, html) {
  const { external, islands } = pageAssets(html);
  const modules = new Set();
  for (const u of [...external, ...islands]) for (const m of moduleGraph(dist, u)) modules.add(m);
  return modules;
}

/** HTML, render-blocking CSS and up-front JavaScript of one page, each gzipped, in bytes. */
export function pageSizes(dist, url) {
  const html = readFileSync(fileFor(dist, url), 'utf8');
  const { css, inline } = pageAssets(html);
  const modules = upFrontModules(dist, html);
  return {
    html: gz(html),
    css: css.reduce((s, href) => s + gz(readFileSync(fileFor(dist, href))), 0),
    js: inline.reduce((s, code) => s + gz(code), 0) + [...modules].reduce((s, m) => s + gz(readFileSync(fileFor(dist, m))), 0),
  };
}
