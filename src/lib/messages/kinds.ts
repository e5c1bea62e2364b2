/**
 * The kinds of message the writer helps with. Which checks apply to each is kind-checks.ts: the
 * meeting validator needs only the kinds, so every tool page loads only this much of the writer.
 */

export const MESSAGE_KINDS = [
  'cold-request',
  'referral-request',
  'linkedin-note',
  'follow-up',
  'time-slots',
  'confirmation',
  'reschedule',
  'thank-you',
  'update',
  'keep-in-touch',
  'close-the-loop',
] as const;

export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** Whether a value is one of the known kinds (for drafts read back from storage). */
export function isMessageKind(value: unknown): value is MessageKind {
  return typeof value === 'string' && (MESSAGE_KINDS as readonly string[]).includes(value);
}
