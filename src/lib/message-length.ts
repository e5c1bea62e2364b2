/**
 * Length of a message template against its limit. Pure: the template page, its test and the
 * message writer count the same way, with the writer's counters (src/lib/messages/text.ts).
 */
import type { MessageLimit } from '../content/house-numbers';
import { countChars, countWords } from './messages/text';

/** Words in a message, as the message writer counts them ("[First name]" is two). */
export function messageWords(text: string): number {
  return countWords(text);
}

/** Characters in a message, as the writer counts them (an emoji is one), spaces and line breaks included. */
export function messageChars(text: string): number {
  return countChars(text.trim());
}

/** The message's length in the limit's unit, and whether it meets the limit. */
export function measureMessage(body: string, limit: MessageLimit): { count: number; fits: boolean } {
  const count = limit.unit === 'words' ? messageWords(body) : messageChars(body);
  return { count, fits: count <= limit.max };
}
