/**
 * Length of a message template against its limit. Pure: the template page, its test and a later
 * message writer count the same way.
 */
import type { MessageLimit } from '../content/house-numbers';

/** Words in a message: runs of non-space text holding a letter or digit ("[First name]" is two). */
export function messageWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Characters in a message as LinkedIn counts them: every code point, spaces and line breaks included. */
export function messageChars(text: string): number {
  return [...text.trim()].length;
}

/** The message's length in the limit's unit, and whether it meets the limit. */
export function measureMessage(body: string, limit: MessageLimit): { count: number; fits: boolean } {
  const count = limit.unit === 'words' ? messageWords(body) : messageChars(body);
  return { count, fits: count <= limit.max };
}
