/** Splits template text into plain runs and [bracketed fields] the reader must fill in. */
export function splitPlaceholders(text: string): { text: string; field: boolean }[] {
  return text
    .split(/(\[[^\]\n]{1,60}\])/)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, field: /^\[[^\]]+\]$/.test(part) }));
}
