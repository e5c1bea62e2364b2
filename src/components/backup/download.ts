/**
 * Downloads a backup of every meeting and returns when it was made. Records nothing, so the
 * backup reminder's notice (loaded on its own, sharing no store with the page) can use it; the
 * panels record the backup through exportBackup (./export).
 */
import { backupFileName, serializeBackup } from '../../lib/backup-file';
import type { Meeting } from '../../lib/meeting';
import { downloadText } from '../shared/download-text';

export function downloadBackup(meetings: Meeting[], at = new Date()): Date {
  downloadText(backupFileName(at), serializeBackup(meetings, at), 'application/json');
  return at;
}
