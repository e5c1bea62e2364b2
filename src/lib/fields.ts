/**
 * What the reader types into the tools' fields, read and checked once: minutes, the meeting's
 * length, a question's text and note, the person's details. Components show the result; they never
 * parse or validate themselves. Each check returns the clean value or what is wrong (words for it
 * live in the tool's strings.ts). Text against a limit is lib/text-check's one rule.
 */
import { LIMITS } from './meeting';
import { parseMinutes } from './minutes';
import { checkText, type TextCheck } from './text-check';

/** Whole minutes within [min, max], or null. */
function wholeMinutesIn(raw: string, min: number, max: number): number | null {
  const n = parseMinutes(raw);
  return n !== undefined && n >= min && n <= max ? n : null;
}

/** A question's minutes: whole minutes 1–15 (LIMITS.questionMinutesMax), or null. */
export const parseQuestionMinutes = (raw: string): number | null => wholeMinutesIn(raw, 1, LIMITS.questionMinutesMax);

/** A meeting's length: whole minutes within LIMITS.minLength–maxLength, or null. */
export const parseMeetingLength = (raw: string): number | null => wholeMinutesIn(raw, LIMITS.minLength, LIMITS.maxLength);

/** A question the reader wrote: trimmed, 1–LIMITS.questionText characters. */
export const checkQuestionText = (text: string): TextCheck => checkText(text, LIMITS.questionText);

/** A question's note fits (LIMITS.note characters; it may be empty). */
export const noteFits = (note: string): boolean => note.length <= LIMITS.note;

/** A contact field (name, role, organization) fits: contact-field.ts. */
export { contactFieldFits } from './contact-field';
