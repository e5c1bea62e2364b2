/**
 * The backup file: every meeting (questions, checklist, runs) in one versioned JSON document.
 * Reading one back never throws; a bad file gives a refusal (what is wrong, as data: the backup
 * panel's strings put it into words) and the caller changes nothing.
 */
import { BACKUP_VERSION } from './backup-file';
import type { Meeting } from './meeting';
import { MeetingValidationError, parseMeetings, type Problem } from './meeting-validate';

// Writing a backup lives in backup-file.ts, so pages that only write one (the meeting bar's reminder) do not load the reader.
export { BACKUP_VERSION, backupFileName, createBackup, serializeBackup, type BackupFile } from './backup-file';

export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;
export const MAX_BACKUP_MEETINGS = 1000;
/**
 * Safari deletes script-written storage after 7 days without a visit: a fact about browsers, not
 * a recommendation. The backup panel (which the reader is already looking at) marks work older than
 * this that no backup holds. The meeting bar's reminder, which interrupts, waits for
 * TOOLS.backupReminderDays (14, a house number; lib/data-care BACKUP_NUDGE_DAYS).
 */
export const BACKUP_REMINDER_DAYS = 7;

/** The parts of a backup file the reader may be told are wrong; a meeting field is named by its path. */
export type BackupField = 'file' | 'app' | 'kind' | 'version' | 'exportedAt' | 'meetings';

/** Why a file cannot be imported; a wrong shape names a field of the file or a meeting's path. */
export type BackupRefusal =
  | { ok: false; problem: 'too-large'; bytes: number; max: number }
  | { ok: false; problem: 'not-json' }
  | { ok: false; problem: 'unreadable' }
  | { ok: false; problem: 'shape'; field: BackupField; rule: 'object' | 'app' | 'kind' | 'version' | 'date' | 'list' | 'unreadable' }
  | { ok: false; problem: 'shape'; path: string; rule: Problem }
  | { ok: false; problem: 'future-version'; version: number; reads: number }
  | { ok: false; problem: 'too-many'; count: number; max: number };

export type ParsedBackup = { ok: true; meetings: Meeting[]; exportedAt: string } | BackupRefusal;

/** A refusal when the file is too large to read, so the caller can check before reading it. */
export function checkBackupSize(sizeBytes: number): BackupRefusal | null {
  return sizeBytes <= MAX_BACKUP_BYTES ? null : { ok: false, problem: 'too-large', bytes: sizeBytes, max: MAX_BACKUP_BYTES };
}

/** A "wrong shape" refusal that names the field. */
const shape = (field: BackupField, rule: Extract<BackupRefusal, { field: BackupField }>['rule']): BackupRefusal => ({ ok: false, problem: 'shape', field, rule });

/** Reads and validates a backup file's text; never throws. */
export function parseBackup(text: string, sizeBytes: number): ParsedBackup {
  const tooLarge = checkBackupSize(Math.max(sizeBytes, text.length));
  if (tooLarge) return tooLarge;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return shape('file', 'object');
  const o = data as Record<string, unknown>;
  if (o.app !== 'coffee-chat') return shape('app', 'app');
  if (o.kind !== 'backup') return shape('kind', 'kind');
  if (!Number.isInteger(o.version) || (o.version as number) < 1) return shape('version', 'version');
  if ((o.version as number) > BACKUP_VERSION) return { ok: false, problem: 'future-version', version: o.version as number, reads: BACKUP_VERSION };
  if (typeof o.exportedAt !== 'string' || Number.isNaN(Date.parse(o.exportedAt))) return shape('exportedAt', 'date');
  if (!Array.isArray(o.meetings)) return shape('meetings', 'list');
  if (o.meetings.length > MAX_BACKUP_MEETINGS) return { ok: false, problem: 'too-many', count: o.meetings.length, max: MAX_BACKUP_MEETINGS };
  try {
    return { ok: true, meetings: parseMeetings(o.meetings, 'meetings'), exportedAt: o.exportedAt };
  } catch (error) {
    if (error instanceof MeetingValidationError) return { ok: false, problem: 'shape', path: error.path, rule: error.problem };
    return shape('meetings', 'unreadable');
  }
}

/** Whether a meeting holds anything the reader did (a freshly created one does not). */
function hasWork(m: Meeting): boolean {
  return m.updatedAt !== m.createdAt;
}

/**
 * Whether to remind the reader to export: some meeting holds work older than 7 days that no
 * backup has captured (never backed up, or changed since the last backup).
 */
export function needsBackupReminder(meetings: Meeting[], lastBackupAt: string | null, now: Date): boolean {
  const limit = now.getTime() - BACKUP_REMINDER_DAYS * 24 * 3_600_000;
  const last = lastBackupAt ? Date.parse(lastBackupAt) || 0 : 0;
  return meetings.some((m) => hasWork(m) && Date.parse(m.createdAt) <= limit && Date.parse(m.updatedAt) > last);
}
