/**
 * The meeting: the one object the question builder, the timer and the checklist share.
 * Pure types and constructors only; persistence lives in src/stores, merging in src/lib/merge.ts.
 */

export type Phase = 'before' | 'day-of' | 'after';

export interface Contact {
  name: string;
  role: string;
  organization: string;
}

/** A question on a meeting's list: from the bank (bankId) or written by the reader (text). */
export interface MeetingQuestion {
  /** Stable per-list id so reordering, undo and keyed rendering survive edits. */
  id: string;
  bankId?: string;
  /** Always filled, also for bank questions, so a list survives a bank edit and travels in share links. */
  text: string;
  note?: string;
  /** The reader's estimate of answer time, whole minutes 1–15. */
  minutes: number;
  /** Seconds the reader took to ask it aloud, last measured with the microphone (speech only, not the audio). */
  askedSec?: number;
}

export interface ChecklistItem {
  id: string;
  /** Set for items that came from a checklist template; due dates derive from the template. */
  templateId?: string;
  text: string;
  phase: Phase;
  done: boolean;
  /** ISO 8601 UTC. */
  doneAt?: string;
}

export interface RunSegment {
  label: string;
  plannedSec: number;
  actualSec: number;
}

/** What the microphone measured during a run: numbers only, never audio. Seconds. */
export interface RunSpeech {
  /** The reader's speaking time in each segment, in the run's segment order. */
  talkSec: number[];
  /** Speaking time over the whole run. */
  spokenSec: number;
  /** Speaking time / running time over the question segments, 0–1 (absent when the run had none). */
  questionsShare?: number;
  /** Speaking time / running time over the whole run, 0–1. */
  share: number;
  /** The longest stretch of the reader's speech without a break. */
  longestMonologueSec: number;
  /** Silence the reader left after each question began, in the order they were reached. */
  silenceAfterSec: number[];
}

/** The introduction's last rehearsed take: numbers only, never audio. */
export interface IntroTake {
  /** ISO 8601 UTC. */
  at: string;
  spokenSec: number;
  /** How long the take lasted. */
  durationSec: number;
  pauses: number;
  longestPauseSec: number;
}

export interface Run {
  id: string;
  /** ISO 8601 UTC. */
  startedAt: string;
  endedAt: string;
  segments: RunSegment[];
  rating?: number;
  notes?: string;
  /** Present when the microphone was on for the run. */
  speech?: RunSpeech;
}

/** The kinds of message the writer helps with (its checks per kind: src/lib/messages/kinds.ts). */
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

/** A message the reader is writing in the message writer, one per kind (autosaved; in backups, never in share links). */
export interface MessageDraft {
  kind: MessageKind;
  subject: string;
  body: string;
  /** ISO 8601 UTC. */
  updatedAt: string;
}

export interface Meeting {
  id: string;
  title: string;
  contact: Contact;
  /** ISO 8601 UTC instant of the meeting, when known. */
  scheduledAt?: string;
  /** The day the reader sent their request, YYYY-MM-DD (a day, not an instant), for the 3B7 follow-up dates. */
  requestSentOn?: string;
  /** How the reader is connected to them ("Sam Lee, my old manager"), for the message writer. */
  connection?: string;
  /** The reader's interest, broad ("public health") and narrow ("vaccine outreach"), for the message writer. */
  interestBroad?: string;
  interestNarrow?: string;
  /** The day the one follow-up went out, YYYY-MM-DD. */
  followUpSentOn?: string;
  /** The day the thank-you went out, YYYY-MM-DD. */
  thankYouSentOn?: string;
  /** Message drafts, at most one per kind. */
  drafts?: MessageDraft[];
  /** The introduction's last take, when the reader rehearsed it aloud. */
  introTake?: IntroTake;
  lengthMinutes: number;
  questions: MeetingQuestion[];
  checklist: ChecklistItem[];
  runs: Run[];
  notes: string;
  /** ISO 8601 UTC. */
  createdAt: string;
  /** ISO 8601 UTC; bumped on every change; newer wins when tabs or imports disagree. */
  updatedAt: string;
}

export const DEFAULT_LENGTH_MINUTES = 20;
export const LENGTH_CHOICES = [15, 20, 30, 45, 60] as const;

/** Field limits: a longer value is refused with a message, never silently cut. */
export const LIMITS = {
  title: 120,
  contactField: 120,
  connection: 200,
  interest: 120,
  draftSubject: 200,
  draftBody: 20000,
  questionText: 300,
  note: 1000,
  checklistText: 300,
  runNotes: 2000,
  meetingNotes: 5000,
  minLength: 5,
  maxLength: 240,
  questionMinutesMax: 15,
} as const;

/** Random id; crypto.randomUUID where present (all current browsers, Node 24). */
export function newId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `id-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * `base`, or `base (2)`, `base (3)`… when a meeting already has that title (ignoring case and
 * spaces at the ends), so two meetings never look the same in the picker. Stays within LIMITS.title.
 */
export function uniqueTitle(base: string, taken: readonly string[]): string {
  const seen = new Set(taken.map((t) => t.trim().toLowerCase()));
  const trimmed = base.trim();
  if (!seen.has(trimmed.toLowerCase())) return trimmed;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const title = `${trimmed.slice(0, LIMITS.title - suffix.length).trimEnd()}${suffix}`;
    if (!seen.has(title.toLowerCase())) return title;
  }
}

/** A deleted meeting's id and when it went, so a stale copy elsewhere cannot bring it back. */
export interface Tombstone {
  id: string;
  /** ISO 8601 UTC. */
  deletedAt: string;
}

/** What the meetings key stores: the meetings and the deletions. */
export interface MeetingsData {
  meetings: Meeting[];
  tombstones: Tombstone[];
}

/**
 * Whether a title is the one the tools give a new meeting (`base`, worded by the components), numbered
 * or not: "My next coffee chat (2)" for the base "My next coffee chat".
 */
export function isDefaultTitle(title: string, base: string): boolean {
  if (!title.startsWith(base)) return false;
  const rest = title.slice(base.length);
  return rest === '' || /^ \(\d+\)$/.test(rest);
}

/**
 * True when the reader has put nothing of their own into a meeting yet: the default name (`base`) and
 * length, no person, date, questions, practice runs, notes or checklist changes (a list never
 * changed is not stored: lib/checklist derives it). Only such a meeting may be tidied away without asking.
 */
export function isUntouched(m: Meeting, base: string): boolean {
  const { name, role, organization } = m.contact;
  return (
    isDefaultTitle(m.title, base) &&
    m.lengthMinutes === DEFAULT_LENGTH_MINUTES &&
    !m.scheduledAt &&
    !m.requestSentOn &&
    !m.followUpSentOn &&
    !m.thankYouSentOn &&
    !m.connection?.trim() &&
    !m.interestBroad?.trim() &&
    !m.interestNarrow?.trim() &&
    !m.drafts?.length &&
    !m.introTake &&
    !name.trim() &&
    !role.trim() &&
    !organization.trim() &&
    m.questions.length === 0 &&
    m.runs.length === 0 &&
    !m.notes.trim() &&
    m.checklist.length === 0
  );
}

/**
 * A fresh, empty meeting; `now` is injectable so tests are deterministic. The title is the caller's
 * to give (words live in components): without one it is empty, which the tools show as "Untitled meeting".
 */
export function createMeeting(partial: Partial<Meeting> = {}, now: Date = new Date()): Meeting {
  const iso = now.toISOString();
  return {
    id: newId(),
    title: '',
    contact: { name: '', role: '', organization: '' },
    lengthMinutes: DEFAULT_LENGTH_MINUTES,
    questions: [],
    checklist: [],
    runs: [],
    notes: '',
    createdAt: iso,
    updatedAt: iso,
    ...partial,
  };
}
