/**
 * Validates meetings from storage or an imported file. Builds fresh objects, so unknown fields
 * are dropped, and throws errors that name the field: "meetings[2].title: must be text".
 */
import { isCalendarDay } from './calendar-day';
import { LIMITS, type ChecklistItem, type IntroTake, type Meeting, type MeetingQuestion, type MessageDraft, type Phase, type Run, type RunSegment, type RunSpeech } from './meeting';
import { isMessageKind } from './messages/kinds';
import type { MeetingsData, Tombstone } from './meeting';

/** An id longer than this is not one we made; refuse it rather than store junk. */
const ID_MAX = 100;
const PHASES: readonly Phase[] = ['before', 'day-of', 'after'];

/** A validation failure; `path` is where, `problem` is what. */
export class MeetingValidationError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
    this.name = 'MeetingValidationError';
  }
}

type Obj = Record<string, unknown>;

/** Throws a validation error for one path. */
const fail = (path: string, problem: string): never => {
  throw new MeetingValidationError(path, problem);
};

/** A plain object, or an error. */
function obj(v: unknown, p: string): Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : fail(p, 'must be an object');
}

/** Text within [min, max] characters. */
function text(v: unknown, p: string, max: number, min = 0): string {
  if (typeof v !== 'string') return fail(p, 'must be text');
  if (v.length > max) return fail(p, `must be at most ${max} characters`);
  if (v.trim().length < min) return fail(p, 'must not be empty');
  return v;
}

/** Runs `check` only when the field is present, so optional fields stay absent. */
function opt<T>(v: unknown, check: (v: unknown) => T): T | undefined {
  return v === undefined ? undefined : check(v);
}

/** A whole number within [min, max]. */
function int(v: unknown, p: string, min: number, max: number): number {
  return Number.isInteger(v) && (v as number) >= min && (v as number) <= max
    ? (v as number)
    : fail(p, `must be a whole number from ${min} to ${max}`);
}

/** A finite number of zero or more (seconds, ratings). */
function num(v: unknown, p: string): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fail(p, 'must be a number of 0 or more');
}

/** An ISO 8601 date-time that Date can read. */
function iso(v: unknown, p: string): string {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v))
    ? v
    : fail(p, 'must be a date and time (ISO 8601)');
}

/** A calendar day, YYYY-MM-DD. */
function day(v: unknown, p: string): string {
  return typeof v === 'string' && isCalendarDay(v) ? v : fail(p, 'must be a day (YYYY-MM-DD)');
}

/** An array whose items each pass `item`, which gets the item's own path. */
function list<T>(v: unknown, p: string, item: (v: unknown, p: string) => T): T[] {
  return Array.isArray(v) ? v.map((x, i) => item(x, `${p}[${i}]`)) : fail(p, 'must be a list');
}

/** Copies optional fields only when set, so `exactOptionalPropertyTypes`-style readers see no `undefined` keys. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** One question on a meeting's list. */
function question(v: unknown, p: string): MeetingQuestion {
  const o = obj(v, p);
  return defined({
    id: text(o.id, `${p}.id`, ID_MAX, 1),
    bankId: opt(o.bankId, (x) => text(x, `${p}.bankId`, ID_MAX, 1)),
    text: text(o.text, `${p}.text`, LIMITS.questionText, 1),
    note: opt(o.note, (x) => text(x, `${p}.note`, LIMITS.note)),
    minutes: int(o.minutes, `${p}.minutes`, 1, LIMITS.questionMinutesMax),
    askedSec: opt(o.askedSec, (x) => num(x, `${p}.askedSec`)),
  });
}

/** One checklist item. */
function checklistItem(v: unknown, p: string): ChecklistItem {
  const o = obj(v, p);
  if (!PHASES.includes(o.phase as Phase)) fail(`${p}.phase`, `must be one of ${PHASES.join(', ')}`);
  if (typeof o.done !== 'boolean') fail(`${p}.done`, 'must be true or false');
  return defined({
    id: text(o.id, `${p}.id`, ID_MAX, 1),
    templateId: opt(o.templateId, (x) => text(x, `${p}.templateId`, ID_MAX, 1)),
    text: text(o.text, `${p}.text`, LIMITS.checklistText, 1),
    phase: o.phase as Phase,
    done: o.done as boolean,
    doneAt: opt(o.doneAt, (x) => iso(x, `${p}.doneAt`)),
  });
}

/** One timed segment of a practice run. */
function segment(v: unknown, p: string): RunSegment {
  const o = obj(v, p);
  // A segment is labelled with its question, so it may be as long as a question (not a title).
  return { label: text(o.label, `${p}.label`, Math.max(LIMITS.title, LIMITS.questionText)), plannedSec: num(o.plannedSec, `${p}.plannedSec`), actualSec: num(o.actualSec, `${p}.actualSec`) };
}

/** A share from 0 to 1. */
function share(v: unknown, p: string): number {
  return typeof v === 'number' && v >= 0 && v <= 1 ? v : fail(p, 'must be a number from 0 to 1');
}

/** What the microphone measured during a run. */
function runSpeech(v: unknown, p: string): RunSpeech {
  const o = obj(v, p);
  return defined({
    talkSec: list(o.talkSec, `${p}.talkSec`, num),
    spokenSec: num(o.spokenSec, `${p}.spokenSec`),
    questionsShare: opt(o.questionsShare, (x) => share(x, `${p}.questionsShare`)),
    share: share(o.share, `${p}.share`),
    longestMonologueSec: num(o.longestMonologueSec, `${p}.longestMonologueSec`),
    silenceAfterSec: list(o.silenceAfterSec, `${p}.silenceAfterSec`, num),
  });
}

/** The introduction's last take. */
function introTake(v: unknown, p: string): IntroTake {
  const o = obj(v, p);
  return {
    at: iso(o.at, `${p}.at`),
    spokenSec: num(o.spokenSec, `${p}.spokenSec`),
    durationSec: num(o.durationSec, `${p}.durationSec`),
    pauses: int(o.pauses, `${p}.pauses`, 0, 100_000),
    longestPauseSec: num(o.longestPauseSec, `${p}.longestPauseSec`),
  };
}

/** One practice run. */
function run(v: unknown, p: string): Run {
  const o = obj(v, p);
  return defined({
    id: text(o.id, `${p}.id`, ID_MAX, 1),
    startedAt: iso(o.startedAt, `${p}.startedAt`),
    endedAt: iso(o.endedAt, `${p}.endedAt`),
    segments: list(o.segments, `${p}.segments`, segment),
    rating: opt(o.rating, (x) => num(x, `${p}.rating`)),
    notes: opt(o.notes, (x) => text(x, `${p}.notes`, LIMITS.runNotes)),
    speech: opt(o.speech, (x) => runSpeech(x, `${p}.speech`)),
  });
}

/** One message draft; its kind must be one the writer knows. */
function draft(v: unknown, p: string): MessageDraft {
  const o = obj(v, p);
  if (!isMessageKind(o.kind)) fail(`${p}.kind`, 'must be a message kind');
  return {
    kind: o.kind as string,
    subject: text(o.subject, `${p}.subject`, LIMITS.draftSubject),
    body: text(o.body, `${p}.body`, LIMITS.draftBody),
    updatedAt: iso(o.updatedAt, `${p}.updatedAt`),
  };
}

/** Validates one meeting; `path` prefixes error messages. */
export function parseMeeting(value: unknown, path = 'meeting'): Meeting {
  const o = obj(value, path);
  const c = obj(o.contact, `${path}.contact`);
  return defined({
    id: text(o.id, `${path}.id`, ID_MAX, 1),
    // Empty titles are tolerated (the UI shows a placeholder); refusing them would set a whole store aside.
    title: text(o.title, `${path}.title`, LIMITS.title),
    contact: {
      name: text(c.name, `${path}.contact.name`, LIMITS.contactField),
      role: text(c.role, `${path}.contact.role`, LIMITS.contactField),
      organization: text(c.organization, `${path}.contact.organization`, LIMITS.contactField),
    },
    scheduledAt: opt(o.scheduledAt, (x) => iso(x, `${path}.scheduledAt`)),
    requestSentOn: opt(o.requestSentOn, (x) => day(x, `${path}.requestSentOn`)),
    connection: opt(o.connection, (x) => text(x, `${path}.connection`, LIMITS.connection)),
    interestBroad: opt(o.interestBroad, (x) => text(x, `${path}.interestBroad`, LIMITS.interest)),
    interestNarrow: opt(o.interestNarrow, (x) => text(x, `${path}.interestNarrow`, LIMITS.interest)),
    followUpSentOn: opt(o.followUpSentOn, (x) => day(x, `${path}.followUpSentOn`)),
    thankYouSentOn: opt(o.thankYouSentOn, (x) => day(x, `${path}.thankYouSentOn`)),
    drafts: opt(o.drafts, (x) => list(x, `${path}.drafts`, draft)),
    introTake: opt(o.introTake, (x) => introTake(x, `${path}.introTake`)),
    lengthMinutes: int(o.lengthMinutes, `${path}.lengthMinutes`, LIMITS.minLength, LIMITS.maxLength),
    questions: list(o.questions, `${path}.questions`, question),
    checklist: list(o.checklist, `${path}.checklist`, checklistItem),
    runs: list(o.runs, `${path}.runs`, run),
    notes: text(o.notes, `${path}.notes`, LIMITS.meetingNotes),
    createdAt: iso(o.createdAt, `${path}.createdAt`),
    updatedAt: iso(o.updatedAt, `${path}.updatedAt`),
  });
}

/** Validates a list of meetings; ids must be unique because merging goes by id. */
export function parseMeetings(value: unknown, path = 'meetings'): Meeting[] {
  const meetings = list(value, path, parseMeeting);
  const seen = new Map<string, number>();
  meetings.forEach((m, i) => {
    const first = seen.get(m.id);
    if (first !== undefined) fail(`${path}[${i}].id`, `repeats the id of ${path}[${first}]`);
    seen.set(m.id, i);
  });
  return meetings;
}

/** One deletion record. */
function tombstone(v: unknown, p: string): Tombstone {
  const o = obj(v, p);
  return { id: text(o.id, `${p}.id`, ID_MAX, 1), deletedAt: iso(o.deletedAt, `${p}.deletedAt`) };
}

/** Validates what the meetings key stores: the meetings and their deletion records. */
export function parseMeetingsData(value: unknown, path = 'data'): MeetingsData {
  const o = obj(value, path);
  return { meetings: parseMeetings(o.meetings, `${path}.meetings`), tombstones: list(o.tombstones, `${path}.tombstones`, tombstone) };
}

/** What a lenient read of the meetings key kept, and how many meetings and deletion records it left out. */
export interface SalvagedMeetings {
  data: MeetingsData;
  dropped: { meetings: number; tombstones: number };
}

/** The items of a list that pass `item`, and how many did not; throws only when `v` is not a list. */
function keepValid<T>(v: unknown, p: string, item: (v: unknown, p: string) => T): { kept: T[]; dropped: number } {
  if (!Array.isArray(v)) return fail(p, 'must be a list');
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
  const meetings = keepValid(o.meetings, `${path}.meetings`, parseMeeting);
  const tombstones = keepValid(o.tombstones, `${path}.tombstones`, tombstone);
  const ids = new Set<string>();
  const unique = meetings.kept.filter((m) => !ids.has(m.id) && ids.add(m.id));
  return {
    data: { meetings: unique, tombstones: tombstones.kept },
    dropped: { meetings: meetings.dropped + meetings.kept.length - unique.length, tombstones: tombstones.dropped },
  };
}

export type TitleProblem = 'empty' | 'too-long';

/** Checks a title the reader typed: trimmed, then 1 to LIMITS.title characters. */
export function checkTitle(raw: string): { title: string } | { problem: TitleProblem } {
  const title = raw.trim();
  if (!title) return { problem: 'empty' };
  return title.length > LIMITS.title ? { problem: 'too-long' } : { title };
}
