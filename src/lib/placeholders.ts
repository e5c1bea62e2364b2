/**
 * A template's placeholder: a [bracketed field] of 1 to 60 characters on one line. The one pattern
 * for it: the guides' templates mark it (splitPlaceholders), the message writer fills it
 * (lib/messages/template) and its checks find one left (lib/messages/text PLACEHOLDER_RE, which also
 * takes the {{name}} and ___ blanks a draft pasted from elsewhere may hold).
 */
export const BRACKETED = /\[[^\]\n]{1,60}\]/g;

/** Splits template text into plain runs and [bracketed fields] the reader must fill in. */
export function splitPlaceholders(text: string): { text: string; field: boolean }[] {
  // One capturing group: split puts each field at an odd index, between the plain runs.
  return text
    .split(new RegExp(`(${BRACKETED.source})`))
    .map((part, i) => ({ text: part, field: i % 2 === 1 }))
    .filter((part) => part.text !== '');
}
