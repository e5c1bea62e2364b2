/**
 * Result titles before result text. Pagefind answers a search with page ids; a result's title, address
 * and text come from its fragment, one more fetch per result after the search (at a thousand guides
 * that second round trip was about half of a search, bench/REPORT.md). After the build,
 * scripts/split-search-index.mjs writes every page's address, title and section to one small file
 * (TITLES_FILE) that the search box fetches when it opens, so a query's results and their count show
 * as soon as the index answers, and the excerpts and matching sections follow from the fragments.
 * Pure: no DOM, no fetch.
 */
import type { RawPage } from './search-results';

/** Where the file lives, from the site root (put through href() for a base path). */
export const TITLES_FILE = '/pagefind/pagefind-titles.json';

/** One page: its address as Pagefind stores it (from the site root), its title, its section. */
export type TitleEntry = [url: string, title: string, section: string];

/** Page id (Pagefind's fragment name, e.g. "en_1135c35") to its entry. */
export type Titles = Map<string, TitleEntry>;

/** What a Pagefind fragment holds that we keep (the rest is its text, anchors and filters). */
export interface FragmentHead {
  url?: unknown;
  meta?: { title?: unknown; section?: unknown } | null;
}

/** A page's entry from its fragment; null when it has no address. */
export function titleEntry(fragment: FragmentHead): TitleEntry | null {
  if (typeof fragment.url !== 'string' || !fragment.url) return null;
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  return [fragment.url, text(fragment.meta?.title), text(fragment.meta?.section)];
}

/** Reads the file's JSON ({ id: [url, title, section] }); anything malformed is left out, never thrown. */
export function parseTitles(json: unknown): Titles {
  const titles: Titles = new Map();
  if (!json || typeof json !== 'object' || Array.isArray(json)) return titles;
  for (const [id, entry] of Object.entries(json as Record<string, unknown>)) {
    if (!Array.isArray(entry) || entry.length !== 3 || !entry.every((part) => typeof part === 'string') || !entry[0]) continue;
    titles.set(id, entry as TitleEntry);
  }
  return titles;
}

/**
 * What a result shows before its fragment arrives, shaped like Pagefind's data so pageHit() reads it:
 * address (put through `link`, as Pagefind puts it through its base URL), title and section, no text.
 * Null when the file does not know the page (an index newer than the file): wait for the fragment.
 */
export function quickPage(titles: Titles, id: string, link: (path: string) => string): RawPage | null {
  const entry = titles.get(id);
  if (!entry) return null;
  const [url, title, section] = entry;
  return { url: link(url), excerpt: '', meta: { title, section }, sub_results: [] };
}
