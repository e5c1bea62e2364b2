/**
 * Rules for keeping the reader's data (issue 19) that every tool page needs, pure: which change is
 * worth asking the browser to keep storage for, when to remind about a backup, whether a timed run
 * is under way, and how many runs a meeting keeps. What the data page alone needs (what each key
 * is, damaged copies) is in data-inventory.ts, so tool pages do not carry it.
 */
import { TOOLS } from '../content/house-numbers';
import type { Meeting, Tombstone } from './meeting';

const DAY_MS = 24 * 3_600_000;

/**
 * Whether a change to a meeting is worth asking the browser to keep storage for: the reader wrote
 * or reordered questions, ticked or unticked an item, or saved a practice run. A renamed or
 * freshly created meeting is not.
 */
export function changeMatters(before: Meeting, after: Meeting): boolean {
  // Store functions give a changed list a new array and keep an untouched one as it was.
  const ticked = (m: Meeting) => m.checklist.filter((i) => i.done).length;
  return after.runs.length > before.runs.length || before.questions !== after.questions || ticked(before) !== ticked(after);
}

/**
 * The meeting bar's backup reminder (TOOLS.backupReminderDays, 14). Distinct from
 * lib/backup.ts's BACKUP_REMINDER_DAYS (7, Safari's eviction window), which only colours the
 * backup panel the reader is already looking at; this one interrupts, so it waits longer.
 */
export const BACKUP_NUDGE_DAYS = TOOLS.backupReminderDays;
/** The reminder shows at most once in this many hours (a "remind me later" lasts as long). */
export const REMINDER_QUIET_HOURS = 24;

export interface ReminderInput {
  meetings: Meeting[];
  /** ISO time of the last backup, or null. */
  lastBackupAt: string | null;
  /** ISO time the reminder was last shown or put off, or null/empty. */
  lastRemindedAt: string | null;
  /** A timed run is running or paused: never interrupt it. */
  running: boolean;
  now: Date;
}

/**
 * Whether the meeting bar should remind the reader to back up: changes no backup holds, the
 * oldest of them at least 14 days old (or the last backup that long ago), no run under way, and
 * not shown in the last day.
 */
export function backupReminderDue({ meetings, lastBackupAt, lastRemindedAt, running, now }: ReminderInput): boolean {
  if (running) return false;
  const t = now.getTime();
  const reminded = lastRemindedAt ? Date.parse(lastRemindedAt) : NaN;
  if (!Number.isNaN(reminded) && t - reminded < REMINDER_QUIET_HOURS * 3_600_000 && reminded <= t) return false;
  const last = lastBackupAt ? Date.parse(lastBackupAt) || 0 : 0;
  const unsaved = meetings.filter((m) => m.updatedAt !== m.createdAt && Date.parse(m.updatedAt) > last);
  if (unsaved.length === 0) return false;
  // Since when are changes unprotected: the last backup, or (never backed up) the first work.
  const since = last || Math.min(...unsaved.map((m) => Date.parse(m.createdAt) || t));
  return t - since >= BACKUP_NUDGE_DAYS * DAY_MS;
}

/**
 * The most practice runs one meeting keeps: several a day for years is far below it. A run past
 * it is not saved, and the timer says so (nothing already saved is touched).
 */
export const MAX_RUNS_PER_MEETING = 1000;

/** Whether a meeting can take one more run. */
export const canAddRun = (m: Pick<Meeting, 'runs'>): boolean => m.runs.length < MAX_RUNS_PER_MEETING;

/**
 * Whether the timer's stored record (its raw text) holds a run under way: started and not
 * finished. Read from the text so the meeting bar need not load the timer's code. Never throws.
 */
export function runUnderWay(raw: string | null | undefined): boolean {
  if (!raw) return false;
  try {
    const events = (JSON.parse(raw) as { data?: { events?: unknown } })?.data?.events;
    return Array.isArray(events) && events.length > 0 && !events.some((e) => (e as { type?: unknown })?.type === 'finish');
  } catch {
    return false;
  }
}

/**
 * The most meetings this device keeps, the same as a backup may hold (lib/backup
 * MAX_BACKUP_MEETINGS), so every set of meetings can be backed up and imported whole.
 */
export const MAX_MEETINGS = 1000;

/** Whether the reader can start one more meeting. */
export const canAddMeeting = (count: number): boolean => count < MAX_MEETINGS;

/** Deletions remembered so other tabs delete too: the newest this many, so they cannot pile up for ever. */
export const MAX_TOMBSTONES = 1000;

/** The newest MAX_TOMBSTONES tombstones (a deletion older than a thousand later ones has reached every tab). */
export function boundTombstones(list: Tombstone[]): Tombstone[] {
  if (list.length <= MAX_TOMBSTONES) return list;
  return [...list].sort((a, b) => Date.parse(b.deletedAt) - Date.parse(a.deletedAt)).slice(0, MAX_TOMBSTONES);
}

/**
 * The most damaged copies kept per store. A copy is made only when saved data cannot be read, and
 * the same text is copied once, so normal use never comes near it; a browser that keeps corrupting
 * a key would. Past it, the store stops saving rather than overwrite data it could not copy, and
 * the notice sends the reader to the data page to download or delete old copies.
 */
export const MAX_DAMAGED_COPIES = 20;

/** Where damaged copies of `key` are kept: `<key>:damaged:<time>`, `-2`, `-3`… added for copies made in one millisecond. */
export const damagedPrefix = (key: string): string => `${key}:damaged:`;

/** How many damaged copies of `key` the given stored keys hold. */
export function damagedCopiesOf(keys: Iterable<string>, key: string): number {
  const prefix = damagedPrefix(key);
  let n = 0;
  for (const k of keys) if (k.startsWith(prefix)) n += 1;
  return n;
}
