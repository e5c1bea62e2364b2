/**
 * A template's placeholder: a [bracketed field] of 1 to 60 characters on one line (a pattern's source). The one pattern
 * for it: the guides' templates mark it (splitPlaceholders), the message writer fills it
 * (lib/messages/template) and its checks find one left (lib/messages/text PLACEHOLDER_RE, which also
 * takes the {{name}} and ___ blanks a draft pasted from elsewhere may hold).
 */
export const BRACKETED = String.raw`\[[^\]\n]{1,60}\]`;
/** A new global pattern for BRACKETED each call: a shared /g pattern carries lastIndex from one use to the next. */
export const bracketed = (): RegExp => new RegExp(BRACKETED, 'g');

/** Splits template text into plain runs and [bracketed fields] the reader must fill in. */
export function splitPlaceholders(text: string): { text: string; field: boolean }[] {
  // One capturing group: split puts each field at an odd index, between the plain runs.
  return text
    .split(new RegExp(`(${BRACKETED})`))
    .map((part, i) => ({ text: part, field: i % 2 === 1 }))
    .filter((part) => part.text !== '');
}
