/**
 * The one rule for text the reader types against a limit: a question (fields.ts checkQuestionText)
 * and a checklist item (checklist.ts checkItemText). Its own module so the checklist does not load
 * the minutes parsing in fields.ts. A meeting's title (meeting-validate checkTitle) is checked the
 * same way but keeps its own three lines: every tool page loads it, and sharing this module with all
 * of them cost each page about 0.05 KB gzip, the message writer's included.
 */

export type TextCheck = { ok: true; value: string } | { ok: false; error: 'empty' } | { ok: false; error: 'too-long'; length: number };

/** Text the reader typed: trimmed, 1–`max` characters; too long says its trimmed length. */
export function checkText(text: string, max: number): TextCheck {
  const value = text.trim();
  if (!value) return { ok: false, error: 'empty' };
  if (value.length > max) return { ok: false, error: 'too-long', length: value.length };
  return { ok: true, value };
}
