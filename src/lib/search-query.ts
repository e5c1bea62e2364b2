/**
 * What site search does with a query before and around Pagefind: the ranking it asks for, and the
 * shorter queries it tries when every word of the reader's query together finds nothing.
 * Pure: no DOM, no Pagefind import (the search function is passed in), so the browser client and
 * the relevance measure (scripts/search-relevance.mjs) run exactly the same steps.
 */

/**
 * Pagefind ranking options, tuned on tests/search/relevance.json (figures in tests/search/README.md
 * and bench/REPORT.md): Pagefind's defaults, which no other setting beat, plus a weight for
 * `keywords`, the guides' `keywords:` frontmatter that GuideLayout indexes as Pagefind metadata.
 */
export const SEARCH_RANKING = {
  termFrequency: 1.0,
  pageLength: 0.75,
  termSaturation: 1.4,
  termSimilarity: 1.0,
  metaWeights: { title: 5.0, keywords: 5.0 },
} as const;

/**
 * Words that carry no meaning on this site: English function words, question words, and words
 * every page could claim ("tips", "guide"). Dropped only when the whole query found nothing.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if so of to in on at by for from with without into onto about after before ' +
    'during over under than then as is are was were be been being am do does did done doing have has had ' +
    'can could should would will shall may might must need needs i me my mine we us our you your yours ' +
    'he she him her they them their it its this that these those there here what which who whom whose ' +
    'when where why how not no yes very really just also too some any all more most much many ' +
    'get got getting make making good best better great ok okay please tips tip tricks ' +
    'guide guides way ways help example examples thing things someone somebody something one'
  ).split(' '),
);

/**
 * Words nearly every page here is about. They decide nothing about which page fits best, so they
 * are left out of the query that orders results (focusQuery), but still have to match.
 */
export const SITE_WORDS: ReadonlySet<string> = new Set(
  'informational interview interviews interviewing info coffee chat chats'.split(' '),
);

/** Never more than this many shorter queries after the reader's own, so a long query stays fast. */
export const MAX_FALLBACKS = 16;

/** The words of a query as typed: split on spaces, lower-cased, punctuation at the ends trimmed. */
export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

/** Every way to keep `size` of `items` in their order, the earliest items kept first. */
function combinations<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [head, ...rest] = items as [T, ...T[]];
  return [...combinations(rest, size - 1).map((c) => [head, ...c]), ...combinations(rest, size)];
}

/**
 * Shorter queries to try, in order, when the whole query finds nothing: first without the words
 * that carry no meaning here, then with one word fewer at a time (every choice of words, earlier
 * words kept first), down to single words. At most MAX_FALLBACKS, none repeated, none equal to the
 * query itself.
 */
export function fallbackQueries(query: string): string[] {
  const words = queryWords(query);
  const meaningful = words.filter((w) => !STOP_WORDS.has(w));
  const base = meaningful.length ? meaningful : words;
  const seen = new Set([words.join(' ')]);
  const out: string[] = [];
  const add = (candidate: string[]) => {
    const text = candidate.join(' ');
    if (!text || seen.has(text) || out.length >= MAX_FALLBACKS) return;
    seen.add(text);
    out.push(text);
  };
  add(base);
  for (let size = base.length - 1; size >= 1 && out.length < MAX_FALLBACKS; size--) {
    for (const kept of combinations(base, size)) add(kept);
  }
  return out;
}

/**
 * What is searched for a query: the query without SITE_WORDS, or the query itself when nothing
 * else is left ("informational interview"). Function words stay: measured on the relevance set,
 * "what is" and "not to do" pick the right guide more often than they get in the way.
 */
export function focusQuery(query: string): string {
  const words = queryWords(query);
  const focused = words.filter((w) => !SITE_WORDS.has(w));
  return searchTerms((focused.length ? focused : words).join(' '));
}

/**
 * Short words that cost more than they tell. Pagefind matches every query word as a prefix as well
 * ("a" also finds "about", "ask", "after"… and "the" finds "they", "their", "there"…) and scores
 * every page that holds any of those words, so one such word in a longer query costs far more than
 * the rest of the search: at a thousand guides "ask for a job" took about half a second to score,
 * "ask job" 10–30 ms (bench/REPORT.md, "Search"). Only the articles and "I" go: every longer
 * function word tried here ("to", "for", "you", "with"…) cost the relevance set right answers
 * ("ask for" is the asking guide), and these four carry no meaning in any query.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  (
    'a an i the'
  ).split(' '),
);

/** The query without COMMON_WORDS, unless that would leave nothing; quoted phrases kept whole. */
export function searchTerms(query: string): string {
  if (/["“”]/.test(query)) return query.trim();
  const words = query.trim().split(/\s+/).filter(Boolean);
  const kept = words.filter((w) => !COMMON_WORDS.has(w.toLocaleLowerCase('en')));
  return (kept.length ? kept : words).join(' ');
}

export interface FallbackAnswer<R> {
  /** The query whose results these are: the reader's own, or a shorter one. */
  query: string;
  results: R[];
  /** True when the results are for a shorter query than the reader typed. */
  shortened: boolean;
}

/**
 * Searches for the query, then for each of its fallbackQueries until one finds something. Each is
 * searched as its focusQuery: the words every page shares neither filter nor order the results, so
 * "how to prepare for an informational interview" ranks by "prepare", and a guide that says
 * "meeting" where the reader typed "interview" still matches. `search` answers null when a newer
 * search superseded this one; the loop then stops with null.
 */
export async function searchWithFallback<R>(
  query: string,
  search: (q: string) => Promise<R[] | null>,
): Promise<FallbackAnswer<R> | null> {
  const tried = new Set<string>();
  for (const candidate of [query, ...fallbackQueries(query)]) {
    const focus = focusQuery(candidate);
    if (tried.has(focus)) continue;
    tried.add(focus);
    const results = await search(focus);
    if (results === null) return null;
    if (results.length) return { query: candidate, results, shortened: candidate !== query };
  }
  return { query, results: [], shortened: false };
}
