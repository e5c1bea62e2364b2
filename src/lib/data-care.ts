/**
 * Rules for keeping the reader's data (issue 19), pure: which change is worth asking the browser
 * to keep storage for, when to remind about a backup, what each stored key is, and how a damaged
 * copy is read back. The stores (stores/persistence.ts, stores/device-data.ts) act on them.
 */
import { TOOLS } from '../content/house-numbers';
import type { Meeting } from './meeting';
import { salvageMeetingsData } from './meeting-validate';
import { decodeEnvelope, type Migrations } from './storage-envelope';

const DAY_MS = 24 * 3_600_000;

/**
 * Whether a change to a meeting is worth asking the browser to keep storage for: the reader wrote
 * or reordered questions, ticked or unticked an item, or saved a practice run. A renamed or
 * freshly created meeting is not.
 */
export function changeMatters(before: Meeting, after: Meeting): boolean {
  if (after.runs.length > before.runs.length) return true;
  if (before.questions !== after.questions && JSON.stringify(before.questions) !== JSON.stringify(after.questions)) return true;
  const ticked = (m: Meeting) => m.checklist.filter((i) => i.done).map((i) => i.id).join('\n');
  return ticked(before) !== ticked(after);
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

/** What a `coffee-chat:` key holds, as the data page groups it. */
export type KeyKind = 'meetings' | 'draft' | 'setting' | 'damaged';

const DAMAGED = /^coffee-chat:(.+):damaged:(\d{4}-\d\d-\d\dT[\d:.]+Z)(?:-\d+)?$/;

/** The kind of a stored key, or null when it is not ours. */
export function keyKind(key: string): KeyKind | null {
  if (!key.startsWith('coffee-chat:')) return null;
  if (DAMAGED.test(key)) return 'damaged';
  const name = key.slice('coffee-chat:'.length);
  if (name === 'meetings') return 'meetings';
  if (name === 'timer-run' || name.includes('draft')) return 'draft';
  return 'setting';
}

/** A damaged copy as the data page lists it. */
export interface DamagedCopy {
  key: string;
  /** The store it came from: "meetings", "timer-run"… */
  store: string;
  /** When it was set aside. */
  at: Date;
  /** Its size in bytes (UTF-8, as downloaded). */
  bytes: number;
}

/** The damaged copy a key names, or null for any other key. */
export function damagedCopy(key: string, text: string): DamagedCopy | null {
  const m = DAMAGED.exec(key);
  if (!m) return null;
  return { key, store: m[1]!, at: new Date(m[2]!), bytes: utf8Bytes(text) };
}

/** The download's file name: coffee-chat-meetings-damaged-2026-03-01T10-00-00-000Z.txt. */
export function damagedFileName(copy: DamagedCopy): string {
  return `${copy.key.replace(/^coffee-chat:/, 'coffee-chat-').replace(/[^A-Za-z0-9-]+/g, '-')}.txt`;
}

/** Bytes of a string as UTF-8. */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) (n += 4), i++;
    else n += 3;
  }
  return n;
}

/** "12 KB", "1.4 MB", "300 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export type CopyReading =
  | { ok: true; meetings: Meeting[]; dropped: number }
  | { ok: false; problem: 'not-json' | 'newer' | 'no-meetings' };

/**
 * Reads the meetings a damaged copy still holds: the envelope (migrated), then every meeting
 * that validates; counts the ones that do not. Never throws.
 */
export function readMeetingsCopy(text: string, version: number, migrations: Migrations): CopyReading {
  const r = decodeEnvelope(text, version, migrations);
  if (r.kind === 'newer') return { ok: false, problem: 'newer' };
  let data: unknown;
  if (r.kind === 'ok') data = r.data;
  else {
    try {
      data = JSON.parse(text);
    } catch {
      return { ok: false, problem: 'not-json' };
    }
    // Not an envelope: a bare `{ meetings }` (or `{ data: { meetings } }`) is still worth a try.
    if (data && typeof data === 'object' && 'data' in data) data = (data as { data: unknown }).data;
  }
  if (data && typeof data === 'object' && !Array.isArray((data as { tombstones?: unknown }).tombstones)) data = { ...data, tombstones: [] };
  try {
    const { data: kept, dropped } = salvageMeetingsData(data);
    if (kept.meetings.length === 0 && dropped.meetings === 0) return { ok: false, problem: 'no-meetings' };
    return { ok: true, meetings: kept.meetings, dropped: dropped.meetings };
  } catch {
    return { ok: false, problem: 'no-meetings' };
  }
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
