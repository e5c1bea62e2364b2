/**
 * The backup file: every meeting (questions, checklist, runs) in one versioned JSON document.
 * Reading one back never throws; a bad file gives a plain message and the caller changes nothing.
 */
import type { Meeting } from './meeting';
import { MeetingValidationError, parseMeetings } from './meeting-validate';

/** 2 added meetings' `requestSentOn`: an older page refuses such a file rather than drop the field. */
/** 3 added the spoken-practice numbers (`introTake`, questions' `askedSec`, runs' `speech`). */
export const BACKUP_VERSION = 3;
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;
export const MAX_BACKUP_MEETINGS = 1000;
/** Safari deletes script-written storage after 7 days without a visit. */
export const BACKUP_REMINDER_DAYS = 7;

export interface BackupFile {
  app: 'coffee-chat';
  kind: 'backup';
  version: number;
  exportedAt: string;
  meetings: Meeting[];
}

export type BackupProblem = 'too-large' | 'not-json' | 'shape' | 'future-version' | 'too-many';

export type ParsedBackup =
  | { ok: true; meetings: Meeting[]; exportedAt: string }
  | { ok: false; problem: BackupProblem; message: string };

/** The backup document for these meetings. */
export function createBackup(meetings: Meeting[], now: Date): BackupFile {
  return { app: 'coffee-chat', kind: 'backup', version: BACKUP_VERSION, exportedAt: now.toISOString(), meetings };
}

/** The backup as the text of a .json file. */
export function serializeBackup(meetings: Meeting[], now: Date): string {
  return `${JSON.stringify(createBackup(meetings, now), null, 2)}\n`;
}

/** The download's file name, dated in UTC: coffee-chat-backup-2026-03-01.json. */
export function backupFileName(now: Date): string {
  return `coffee-chat-backup-${now.toISOString().slice(0, 10)}.json`;
}

/** "5.2 MB" for a byte count. */
function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A refusal when the file is too large to read, so the caller can check before reading it. */
export function checkBackupSize(sizeBytes: number): ParsedBackup | null {
  if (sizeBytes <= MAX_BACKUP_BYTES) return null;
  return {
    ok: false,
    problem: 'too-large',
    message: `This file is too large (${megabytes(sizeBytes)}). A Coffee Chat backup is at most 5 MB.`,
  };
}

/** A "wrong shape" refusal that names the field. */
function shape(field: string, problem: string): ParsedBackup {
  return { ok: false, problem: 'shape', message: `This is not a usable Coffee Chat backup: ${field} ${problem}.` };
}

/** Reads and validates a backup file's text; never throws. */
export function parseBackup(text: string, sizeBytes: number): ParsedBackup {
  const tooLarge = checkBackupSize(Math.max(sizeBytes, text.length));
  if (tooLarge) return tooLarge;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json', message: 'This file is not a Coffee Chat backup: it is not JSON data.' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return shape('the file', 'must hold one object');
  const o = data as Record<string, unknown>;
  if (o.app !== 'coffee-chat') return shape('the field "app"', 'must be "coffee-chat"');
  if (o.kind !== 'backup') return shape('the field "kind"', 'must be "backup"');
  if (!Number.isInteger(o.version) || (o.version as number) < 1) return shape('the field "version"', 'must be a whole number of 1 or more');
  if ((o.version as number) > BACKUP_VERSION) {
    return {
      ok: false,
      problem: 'future-version',
      message: `This backup comes from a newer version of Coffee Chat (format ${o.version as number}; this page reads format ${BACKUP_VERSION}). Reload the page to get the latest version, then try again.`,
    };
  }
  if (typeof o.exportedAt !== 'string' || Number.isNaN(Date.parse(o.exportedAt))) {
    return shape('the field "exportedAt"', 'must be a date and time');
  }
  if (!Array.isArray(o.meetings)) return shape('the field "meetings"', 'must be a list');
  if (o.meetings.length > MAX_BACKUP_MEETINGS) {
    return {
      ok: false,
      problem: 'too-many',
      message: `This backup holds ${o.meetings.length} meetings; at most ${MAX_BACKUP_MEETINGS} can be imported.`,
    };
  }
  try {
    return { ok: true, meetings: parseMeetings(o.meetings, 'meetings'), exportedAt: o.exportedAt };
  } catch (error) {
    if (error instanceof MeetingValidationError) return shape(`the field "${error.path}"`, error.problem);
    return shape('the field "meetings"', 'could not be read');
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
