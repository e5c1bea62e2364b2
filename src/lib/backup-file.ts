/** Writing the backup file: every meeting (questions, checklist, runs) in one versioned JSON document. Reading one back: backup.ts. */
import type { Meeting } from './meeting';

/**
 * 2 added meetings' `requestSentOn`: an older page refuses such a file rather than drop the field.
 * 3 added the message writer's fields (connection, interests, follow-up and thank-you days, drafts)
 * and the spoken-practice numbers (`introTake`, questions' `askedSec`, runs' `speech`).
 */
export const BACKUP_VERSION = 3;

export interface BackupFile {
  app: 'coffee-chat';
  kind: 'backup';
  version: number;
  exportedAt: string;
  meetings: Meeting[];
}

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
