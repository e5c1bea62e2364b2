/**
 * Word overlap between two short texts, for spotting questions that say the same thing in nearly the
 * same words. Pure; the question bank test uses it to keep near-duplicates out of the bank.
 */

/** Words too common in career questions to tell two questions apart. */
const STOP = new Set(
  (
    'a an the and or but if of to in on at for with by from as is are was were be been being do does did you your yours ' +
    'i me my we our us they them their it its this that these those there here what which who whom how when where why ' +
    'would could should can may might will shall have has had any anything some someone something about into over than ' +
    'then so not no just really actually most more much very one ever usually often now like look day week year ' +
    'work team field role people job'
  ).split(' '),
);

/** Content words of a text, lower-cased, with a plain English suffix cut ("changing" and "changes" meet as "chang"). */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (let w of text.toLowerCase().match(/[a-z]+/g) ?? []) {
    if (w.length < 3 || STOP.has(w)) continue;
    const suffix = ['ing', 'ed', 'es', 's'].find((s) => w.endsWith(s) && w.length - s.length >= 4);
    if (suffix) w = w.slice(0, -suffix.length);
    out.add(w);
  }
  return out;
}

/** Shared content words over all content words of the two texts (Jaccard), 0 to 1. */
export function wordOverlap(a: string, b: string): number {
  const A = contentWords(a);
  const B = contentWords(b);
  if (A.size === 0 || B.size === 0) return 0;
  let shared = 0;
  for (const w of A) if (B.has(w)) shared++;
  return shared / (A.size + B.size - shared);
}

/** Above this overlap two questions count as near-duplicates. */
export const NEAR_DUPLICATE_OVERLAP = 0.4;
