/**
 * Validates meetings from storage or an imported file. Builds fresh objects, so unknown fields
 * are dropped, and throws errors that name the field: "meetings[2].title: must be text".
 */
import { isCalendarDay } from './calendar-day';
import { isMessageKind, LIMITS, type ChecklistItem, type IntroTake, type Meeting, type MeetingQuestion, type MessageDraft, type Phase, type Run, type RunSegment, type RunSpeech } from './meeting';
import type { MeetingsData, Tombstone } from './meeting';

/** An id longer than this is not one we made; refuse it rather than store junk. */
const ID_MAX = 100;
const PHASES: readonly Phase[] = ['before', 'day-of', 'after'];

/**
 * Why a value was refused, as a code and its bounds: `['max', 120]` is "at most 120 characters".
 * The words are the backup panel's (components/backup/strings.ts `problemText`); lib has no English.
 */
export type Problem =
  | readonly ['object' | 'text' | 'empty' | 'number' | 'share' | 'instant' | 'day' | 'list' | 'boolean' | 'kind']
  | readonly ['one-of', string]
  | readonly ['max', number]
  | readonly ['whole', number, number]
  | readonly ['repeats', string];

/** A validation failure; `path` is where, `problem` is what. */
export class MeetingValidationError extends Error {
  constructor(
    readonly path: string,
    readonly problem: Problem,
  ) {
    super(`${path}: ${problem.join(' ')}`);
    this.name = 'MeetingValidationError';
  }
}

type Obj = Record<string, unknown>;
/** Checks one value found at path `p`: returns it (or a fresh copy) or throws a validation error. */
type Check<T = unknown> = (v: unknown, p: string) => T;

/** Throws a validation error for one path. */
const fail = (path: string, problem: Problem): never => {
  throw new MeetingValidationError(path, problem);
};

/** A check that passes `v` when `ok(v)`, or names the problem. */
const is =
  (ok: (v: unknown) => boolean, problem: Problem): Check =>
  (v, p) =>
    ok(v) ? v : fail(p, problem);

/** A plain object, or an error. */
const obj = is((v) => typeof v === 'object' && v !== null && !Array.isArray(v), ['object']) as Check<Obj>;

/** Text within [min, max] characters. */
const text =
  (max: number, min = 0): Check<string> =>
  (v, p) =>
    typeof v !== 'string' ? fail(p, ['text']) : v.length > max ? fail(p, ['max', max]) : v.trim().length < min ? fail(p, ['empty']) : v;

/** A whole number within [min, max]. */
const int = (min: number, max: number) => is((v) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max, ['whole', min, max]);

/** A finite number of zero or more (seconds, ratings). */
const num = is((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0, ['number']);

/** A share from 0 to 1. */
const share = is((v) => typeof v === 'number' && v >= 0 && v <= 1, ['share']);

/** An ISO 8601 date-time that Date can read. */
const iso = is((v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v)), ['instant']);

/** A calendar day, YYYY-MM-DD. */
const day = is((v) => typeof v === 'string' && isCalendarDay(v), ['day']);

/** An array whose items each pass `item`, which gets the item's own path. */
const list =
  <T>(item: Check<T>): Check<T[]> =>
  (v, p) =>
    Array.isArray(v) ? v.map((x, i) => item(x, `${p}[${i}]`)) : fail(p, ['list']);

/**
 * An object with exactly these fields, checked in this order; a key ending in `?` is optional and
 * stays absent (never `undefined`) when missing. Builds a fresh object, so unknown fields are dropped.
 */
const shape =
  <T>(fields: Record<string, Check>): Check<T> =>
  (v, p) => {
    const o = obj(v, p);
    const out: Obj = {};
    for (const [key, check] of Object.entries(fields)) {
      const k = key.replace('?', '');
      if (o[k] !== undefined || k === key) out[k] = check(o[k], `${p}.${k}`);
    }
    return out as T;
  };

const ID = text(ID_MAX, 1);

/** One question on a meeting's list. */
const question = shape<MeetingQuestion>({
  id: ID,
  'bankId?': ID,
  text: text(LIMITS.questionText, 1),
  'note?': text(LIMITS.note),
  minutes: int(1, LIMITS.questionMinutesMax),
  'askedSec?': num,
});

const phase = is((v) => PHASES.includes(v as Phase), ['one-of', PHASES.join(', ')]);
const done = is((v) => typeof v === 'boolean', ['boolean']);
const checklistFields = shape<ChecklistItem>({ id: ID, 'templateId?': ID, text: text(LIMITS.checklistText, 1), phase, done, 'doneAt?': iso });

/** One checklist item; its phase and done are checked first. */
const checklistItem: Check<ChecklistItem> = (v, p) => {
  const o = obj(v, p);
  phase(o.phase, `${p}.phase`);
  done(o.done, `${p}.done`);
  return checklistFields(o, p);
};

/** One timed segment of a practice run. A segment is labelled with its question, so it may be as long as a question (not a title). */
const segment = shape<RunSegment>({ label: text(Math.max(LIMITS.title, LIMITS.questionText)), plannedSec: num, actualSec: num });

/** One practice run, with what the microphone measured when it was on. */
const run = shape<Run>({
  id: ID,
  startedAt: iso,
  endedAt: iso,
  segments: list(segment),
  'rating?': num,
  'notes?': text(LIMITS.runNotes),
  'speech?': shape<RunSpeech>({
    talkSec: list(num),
    spokenSec: num,
    'questionsShare?': share,
    share,
    longestMonologueSec: num,
    silenceAfterSec: list(num),
  }),
});

/** One message draft; its kind must be one the writer knows. */
const draft = shape<MessageDraft>({
  kind: is(isMessageKind, ['kind']),
  subject: text(LIMITS.draftSubject),
  body: text(LIMITS.draftBody),
  updatedAt: iso,
});

const contactField = text(LIMITS.contactField);
const interest = text(LIMITS.interest);

const meetingFields = shape<Meeting>({
  id: ID,
  // Empty titles are tolerated (the UI shows a placeholder); refusing them would set a whole store aside.
  title: text(LIMITS.title),
  contact: shape({ name: contactField, role: contactField, organization: contactField }),
  'scheduledAt?': iso,
  'requestSentOn?': day,
  'connection?': text(LIMITS.connection),
  'interestBroad?': interest,
  'interestNarrow?': interest,
  'followUpSentOn?': day,
  'thankYouSentOn?': day,
  'drafts?': list(draft),
  // The introduction's last take.
  'introTake?': shape<IntroTake>({ at: iso, spokenSec: num, durationSec: num, pauses: int(0, 100_000), longestPauseSec: num }),
  lengthMinutes: int(LIMITS.minLength, LIMITS.maxLength),
  questions: list(question),
  checklist: list(checklistItem),
  runs: list(run),
  notes: text(LIMITS.meetingNotes),
  createdAt: iso,
  updatedAt: iso,
});

/** One meeting; whether its contact is an object is checked first. */
const meeting: Check<Meeting> = (v, p) => {
  obj(obj(v, p).contact, `${p}.contact`);
  return meetingFields(v, p);
};

/** Validates one meeting; `path` prefixes error messages. */
export function parseMeeting(value: unknown, path = 'meeting'): Meeting {
  return meeting(value, path);
}

/** Validates a list of meetings; ids must be unique because merging goes by id. */
export function parseMeetings(value: unknown, path = 'meetings'): Meeting[] {
  const meetings = list(meeting)(value, path);
  const seen = new Map<string, number>();
  meetings.forEach((m, i) => {
    const first = seen.get(m.id);
    if (first !== undefined) fail(`${path}[${i}].id`, ['repeats', `${path}[${first}]`]);
    seen.set(m.id, i);
  });
  return meetings;
}

/** One deletion record. */
const tombstone = shape<Tombstone>({ id: ID, deletedAt: iso });

/** Validates what the meetings key stores: the meetings and their deletion records. */
export function parseMeetingsData(value: unknown, path = 'data'): MeetingsData {
  const o = obj(value, path);
  return { meetings: parseMeetings(o.meetings, `${path}.meetings`), tombstones: list(tombstone)(o.tombstones, `${path}.tombstones`) };
}

/** What a lenient read of the meetings key kept, and how many meetings and deletion records it left out. */
export interface SalvagedMeetings {
  data: MeetingsData;
  dropped: { meetings: number; tombstones: number };
}

/** The items of a list that pass `item`, and how many did not; throws only when `v` is not a list. */
function keepValid<T>(v: unknown, p: string, item: Check<T>): { kept: T[]; dropped: number } {
  if (!Array.isArray(v)) return fail(p, ['list']);
  const kept: T[] = [];
  v.forEach((x, i) => {
    try {
      kept.push(item(x, `${p}[${i}]`));
    } catch (e) {
      if (!(e instanceof MeetingValidationError)) throw e;
    }
  });
  return { kept, dropped: v.length - kept.length };
}

/**
 * Reads what the meetings key stores one item at a time, for when parseMeetingsData refused it:
 * keeps every meeting and deletion record that validates and counts the rest. A repeated id keeps
 * its first meeting (the one parseMeetings does not complain about). Still throws, like
 * parseMeetingsData, when the shape around the items is unreadable: not an object, or meetings or
 * tombstones not a list.
 */
export function salvageMeetingsData(value: unknown, path = 'data'): SalvagedMeetings {
  const o = obj(value, path);
  const meetings = keepValid(o.meetings, `${path}.meetings`, meeting);
  const tombstones = keepValid(o.tombstones, `${path}.tombstones`, tombstone);
  const ids = new Set<string>();
  const unique = meetings.kept.filter((m) => !ids.has(m.id) && ids.add(m.id));
  return {
    data: { meetings: unique, tombstones: tombstones.kept },
    dropped: { meetings: meetings.dropped + meetings.kept.length - unique.length, tombstones: tombstones.dropped },
  };
}

export type TitleProblem = 'empty' | 'too-long';

/** Checks a title the reader typed: trimmed, then 1 to LIMITS.title characters (lib/text-check's rule, kept here: see there why). */
export function checkTitle(raw: string): { title: string } | { problem: TitleProblem } {
  const title = raw.trim();
  if (!title) return { problem: 'empty' };
  return title.length > LIMITS.title ? { problem: 'too-long' } : { title };
}
