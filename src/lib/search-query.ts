/**
 * The words a query hands to Pagefind. Pagefind matches every query word as a prefix as well
 * ("a" also finds "about", "ask", "after"… and "the" finds "they", "their", "there"…) and scores
 * every page that holds any of those words, so a common short word in a longer query costs far
 * more than the rest of the search: at a thousand guides, "ask for a job" took about half a second
 * to score, "ask job" 10–30 ms on a busy machine (bench/REPORT.md, "Search").
 *
 * Such words (the stop words below) are in nearly every page, so dropping them from a query of
 * several words barely changes which pages match (Pagefind requires every word) and stops them
 * from skewing the ranking toward pages that merely say "the" often. A query made only of stop
 * words is kept whole. Words in quotes are kept too: Pagefind searches a quoted query as an exact
 * phrase, where every word matters.
 */
const STOP_WORDS = new Set(
  (
    'a an and are as at be but by do does for from had has have he her his i if in into is it its ' +
    'me my no not of on or our she so than that the their them then there these they this to up us ' +
    'was we were what when which who why will with would you your'
  ).split(' '),
);

/** The query with stop words dropped, unless that would leave nothing; spacing normalised. */
export function searchTerms(query: string): string {
  if (/["“”]/.test(query)) return query.trim();
  const words = query.trim().split(/\s+/).filter(Boolean);
  const kept = words.filter((w) => !STOP_WORDS.has(w.toLocaleLowerCase('en')));
  return (kept.length ? kept : words).join(' ');
}
