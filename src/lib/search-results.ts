/**
 * What the search box shows for Pagefind's answers: results grouped by page with the sections that
 * match, the next step of "Show more", and highlights only on the words that carry the query.
 * Pure: the search script fetches, this decides.
 */

/** A matching section of a page, as Pagefind reports it (`sub_results`). */
export interface RawSection {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: { balanced_score?: number; weight?: number }[];
  locations?: number[];
}

/** One page's result data, as Pagefind's `result.data()` returns it (the fields we read). */
export interface RawPage {
  url: string;
  excerpt: string;
  meta: { title?: string; section?: string };
  sub_results?: RawSection[];
}

export interface SectionHit {
  title: string;
  url: string;
  excerpt: string;
}

export interface PageHit extends SectionHit {
  section: string;
  sections: SectionHit[];
}

/** How many results one step of "Show more" adds (and fetches fragments for). */
export const RESULTS_STEP = 5;
/** At most this many sections under a page: a glance, not a second table of contents. */
export const SECTIONS_PER_PAGE = 3;

/** Words too common to carry a query; their highlights are noise ("you" in "thank you"). */
const STOP_WORDS = new Set(
  'a about an and are as at be but by can do for from have how i if in into is it its me my no not of on or our so than that the their them then there they this to up us was we what when where which who why will with you your'.split(
    ' ',
  ),
);

/** The lower-cased words of a text (letters and digits of any script, inner apostrophes and hyphens kept). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Whether a word is too common to be worth highlighting. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.toLowerCase().replace(/’/g, "'"));
}

/**
 * Removes the highlight from stop words in a Pagefind excerpt (HTML where only <mark> is markup),
 * unless the query has nothing but stop words, in which case they are what the reader asked for.
 */
export function meaningfulHighlights(excerpt: string, query: string): string {
  if (words(query).every(isStopWord)) return excerpt;
  return excerpt.replace(/<mark>([^<]*)<\/mark>/g, (whole, inner: string) => {
    const marked = words(inner);
    return marked.length > 0 && marked.every(isStopWord) ? inner : whole;
  });
}

/** A section's weight: the sum of its matches' scores, or their number when scores are missing. */
function sectionScore(s: RawSection): number {
  const weighted = s.weighted_locations ?? [];
  if (weighted.length) return weighted.reduce((sum, l) => sum + (l.balanced_score ?? l.weight ?? 1), 0);
  return s.locations?.length ?? 0;
}

/**
 * One page's hit: the page itself (its title, section and best excerpt) and up to `max` matching
 * sections under it, strongest first. Sections are those with their own anchor; the page's
 * introduction is the page link itself.
 */
export function pageHit(raw: RawPage, query: string, max = SECTIONS_PER_PAGE): PageHit {
  const pageUrl = raw.url.split('#')[0]!;
  const sections = (raw.sub_results ?? [])
    .filter((s) => s.url.includes('#') && s.url.split('#')[0] === pageUrl && s.title.trim() !== '')
    .map((s, order) => ({ s, order, score: sectionScore(s) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, max)
    .map(({ s }) => ({ title: s.title.trim(), url: s.url, excerpt: meaningfulHighlights(s.excerpt, query) }));
  const excerpt = meaningfulHighlights(raw.excerpt, query);
  return {
    title: raw.meta.title?.trim() || pageUrl,
    url: pageUrl,
    section: raw.meta.section ?? '',
    // The page's best excerpt is often its best section's: say it once, under the section.
    excerpt: sections.some((s) => s.excerpt === excerpt) ? '' : excerpt,
    sections,
  };
}

/** How many results to show after one more step of "Show more", never past the total. */
export function nextShown(shown: number, total: number, step = RESULTS_STEP): number {
  return Math.min(total, Math.max(0, shown) + step);
}
