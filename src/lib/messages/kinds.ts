/** The kinds of message the writer helps with, and which checks apply to each. */

// The kinds live with the meeting's drafts (lib/meeting.ts), so the meeting validator on every
// tool page does not carry the checks below.
import { isMessageKind, MESSAGE_KINDS, type MessageKind } from '../meeting';

export { isMessageKind, MESSAGE_KINDS, type MessageKind };

/** The checks, each a pure function in checks.ts (or timing.ts, job-ask.ts, readability.ts). */
export const CHECK_NAMES = [
  'length',
  'connection-first',
  'one-request',
  'time-ask',
  'no-job-ask',
  'about-them',
  'placeholders',
  'subject',
  'reading-level',
  'timing',
  'thank-you-specific',
] as const;

export type CheckName = (typeof CHECK_NAMES)[number];

/** Checks that read English words; they are skipped when a draft is mostly in another script. */
export const ENGLISH_CHECKS: ReadonlySet<CheckName> = new Set([
  'connection-first',
  'one-request',
  'time-ask',
  'no-job-ask',
  'about-them',
  'subject',
  'reading-level',
  'thank-you-specific',
]);

const REQUEST: CheckName[] = [
  'length', 'connection-first', 'one-request', 'time-ask', 'no-job-ask', 'about-them', 'placeholders', 'subject', 'reading-level',
];

/** Which checks run for each kind, in the order a reader should see their advice. */
export const KIND_CHECKS: Readonly<Record<MessageKind, readonly CheckName[]>> = {
  'cold-request': REQUEST,
  'referral-request': REQUEST,
  'linkedin-note': ['length', 'connection-first', 'one-request', 'no-job-ask', 'placeholders', 'reading-level'],
  'follow-up': ['timing', 'length', 'time-ask', 'no-job-ask', 'placeholders', 'subject', 'reading-level'],
  'time-slots': ['length', 'no-job-ask', 'placeholders', 'reading-level'],
  confirmation: ['length', 'no-job-ask', 'placeholders', 'reading-level'],
  reschedule: ['length', 'no-job-ask', 'placeholders', 'reading-level'],
  'thank-you': ['timing', 'thank-you-specific', 'length', 'no-job-ask', 'placeholders', 'subject', 'reading-level'],
  update: ['timing', 'length', 'no-job-ask', 'placeholders', 'subject', 'reading-level'],
  'keep-in-touch': ['length', 'no-job-ask', 'placeholders', 'subject', 'reading-level'],
  'close-the-loop': ['length', 'no-job-ask', 'placeholders', 'reading-level'],
};

/** Kinds whose length is counted against the request limits (75 / 100 words). */
export const REQUEST_KINDS: ReadonlySet<MessageKind> = new Set(['cold-request', 'referral-request', 'follow-up']);
