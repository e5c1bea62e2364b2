/** Words a reader gets through per minute; a common planning figure for web prose. */
export const WORDS_PER_MINUTE = 230;

/** Counts words in MDX source, ignoring frontmatter, import/export lines, JSX tags and link targets. */
export function countWords(source: string): number {
  const text = source
    .replace(/^---[\s\S]*?\n---/, ' ')
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[#>*_`|[\]()-]+/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Whole minutes to read, never less than one. */
export function readingMinutes(source: string, wpm = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(countWords(source) / wpm));
}
