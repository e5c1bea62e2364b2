/**
 * What the checks report: ids with data, never sentences. The words for each id live in
 * src/components/messages/strings.ts.
 */
import type { CheckName } from './kind-checks';

export type LengthUnit = 'words' | 'characters';

/** Advice the reader should act on. */
export type Flag =
  /** Over the target (75 words, 200 characters) but within the outer limit, when there is one. */
  | { id: 'too-long'; unit: LengthUnit; count: number; limit: number; outerLimit?: number }
  /** Over the outer limit (100 words, 300 characters on Premium). */
  | { id: 'over-outer-limit'; unit: LengthUnit; count: number; limit: number }
  | { id: 'connection-missing' }
  /** The connection is there, but in sentence `sentence` (1-based, greeting not counted), not the first. */
  | { id: 'connection-not-first'; sentence: number }
  | { id: 'no-question' }
  /** The request is written as a statement ("I'd love to chat"), not a question. */
  | { id: 'request-not-question'; sentence: string }
  /** More than one request ("Would you...? Could you also...?"). */
  | { id: 'several-requests'; count: number }
  /** No request among several questions; the reader should keep one clear ask. */
  | { id: 'several-questions'; count: number }
  | { id: 'time-ask-missing'; meetingMinutes?: number }
  /** The time asked for ("30 minutes") is not the meeting's length. */
  | { id: 'time-ask-mismatch'; asked: string; meetingMinutes: number }
  | { id: 'job-ask'; phrase: string; index: number; sentence: string; where: 'subject' | 'body' }
  /** More I/me/my than you/your. */
  | { id: 'about-you'; you: number; me: number }
  | { id: 'unfilled-placeholder'; text: string; index: number; where: 'subject' | 'body' }
  | { id: 'subject-missing' }
  | { id: 'subject-too-long'; chars: number; limit: number }
  | { id: 'subject-vague'; subject: string }
  /** Flesch-Kincaid grade above the plain-language limit. */
  | { id: 'hard-to-read'; grade: number; limit: number }
  /** Before 7 business days from the request; `due` is the ISO instant, `dueDay` YYYY-MM-DD in the reader's zone. */
  | { id: 'follow-up-too-early'; due: string; dueDay: string; businessDays: number }
  | { id: 'follow-up-already-sent'; sentOn: string }
  /** A meeting date is set: they answered, nobody to chase. */
  | { id: 'follow-up-not-needed' }
  | { id: 'thank-you-before-meeting'; meetingAt: string }
  | { id: 'thank-you-late'; hoursSince: number; limit: number }
  | { id: 'update-too-early'; due: string; dueDay: string; days: number }
  | { id: 'thank-you-generic' }
  | { id: 'thank-you-asks-more'; phrase: string; index: number };

/** Information, not advice: shown quietly, never counted as a problem. */
export type Note =
  /** Most letters are in another script: the English checks in `skipped` did not run. */
  | { id: 'english-only'; skipped: CheckName[] }
  /** Only the first `readChars` characters were checked. */
  | { id: 'truncated'; readChars: number }
  /** The draft holds pasted HTML tags; they are kept and counted as plain text. */
  | { id: 'markup-pasted' }
  /** Timing cannot be checked until the meeting has this date. */
  | { id: 'timing-unknown'; needs: 'request-sent-on' | 'meeting-date' };

export type FlagId = Flag['id'];
export type NoteId = Note['id'];

export type Finding = Flag | Note;

const NOTE_IDS: ReadonlySet<string> = new Set<NoteId>(['english-only', 'truncated', 'markup-pasted', 'timing-unknown']);

/** Whether a finding is a note (information) rather than a flag (advice). */
export function isNote(f: Finding): f is Note {
  return NOTE_IDS.has(f.id);
}
