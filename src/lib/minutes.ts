/** Reading minutes as the reader types them; the one parser behind every minutes field (questions, length, agenda). */

/**
 * Minutes as typed: digits only, or with `fractions` a decimal part after a point or comma
 * ("1.5", "1,5"). Surrounding spaces are ignored. Undefined for anything else; no range check.
 */
export function parseMinutes(text: string, { fractions = false } = {}): number | undefined {
  const trimmed = fractions ? text.trim().replace(',', '.') : text.trim();
  return (fractions ? /^\d+(\.\d+)?$/ : /^\d+$/).test(trimmed) ? Number(trimmed) : undefined;
}
