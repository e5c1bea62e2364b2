/**
 * What the service worker keeps for offline reading, shared by the build (scripts/build-sw.mjs)
 * and the offline page (src/scripts/offline.ts), so both name the same caches and limits.
 *
 * The precache holds what does not grow with the number of guides: the home page, the tools,
 * search code, the offline and 404 pages, styles and scripts. Guides, the search index chunks,
 * result fragments and images are cached as the reader first reads them, each cache capped by
 * Workbox's ExpirationPlugin (entries and age), so a thousand guides never mean a thousand downloads.
 */

/** Runtime caches: names (also what the offline page reads) and their limits. */
export const RUNTIME_CACHES = {
  /** Pages read online (guides, the guide list, the question bank), stale-while-revalidate. */
  pages: { name: 'coffee-chat-pages', maxEntries: 200, maxAgeDays: 90 },
  /** Pagefind index chunks and result fragments: content-hashed names, cache-first. */
  search: { name: 'coffee-chat-search', maxEntries: 400, maxAgeDays: 90 },
  /** Images: hashed ones cache-first, the rest stale-while-revalidate. */
  images: { name: 'coffee-chat-images', maxEntries: 60, maxAgeDays: 90 },
} as const;

/**
 * Pagefind's index chunks and result text (content-hashed names). Online, search fetches them
 * straight from the network: a service worker in the path of each of a query's six or so fetches
 * made search at a thousand guides about twice as slow on a busy CPU (bench/REPORT.md). The pages
 * hand what they fetched to the worker in idle time (src/scripts/sw-register.ts), which saves it,
 * and offline the worker answers from what it saved. scripts/build-sw.mjs copies this pattern.
 */
export const SEARCH_FILE = /^\/pagefind\/(?:index|fragment)\/[^/]+\.pf_(?:index|fragment)$/;

/** The page a reader gets offline for a page this device has not saved. */
export const OFFLINE_PATH = '/offline/';

/** Precache cap at any number of guides (bytes on disk, as Workbox counts them). */
export const PRECACHE_BUDGET = 1.5 * 1024 * 1024;

export interface SavedPage {
  path: string;
  title: string;
}

const GUIDE = /^\/guides\/[^/]+\/$/;

/** Decodes the few HTML entities a page title can carry. */
function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([\da-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * The title a saved page shows in the offline list: its first `<h1>`, else its `<title>` without
 * the site name after " · ", else the path. Bad or empty HTML gives the path, never an error.
 */
export function savedPageTitle(html: string, path: string): string {
  const h1 = html.match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/i)?.[1];
  const title = html.match(/<title\b[^>]*>([\s\S]*?)<\/title>/i)?.[1]?.replace(/\s+·\s+[^·]*$/, '');
  for (const raw of [h1, title]) {
    const text = raw === undefined ? '' : decodeEntities(raw.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return path;
}

/**
 * The guides among saved page URLs (absolute or root-relative), one per path, sorted by title.
 * Anything that is not a guide page (the guide list, the question bank, other origins) is left out.
 */
export function savedGuides(pages: readonly SavedPage[], origin: string): SavedPage[] {
  const seen = new Map<string, SavedPage>();
  for (const { path, title } of pages) {
    let url: URL;
    try {
      url = new URL(path, origin);
    } catch {
      continue;
    }
    if (url.origin !== origin || !GUIDE.test(url.pathname) || seen.has(url.pathname)) continue;
    seen.set(url.pathname, { path: url.pathname, title });
  }
  return [...seen.values()].sort((a, b) => a.title.localeCompare(b.title, 'en'));
}
