/** Downloads a backup of every meeting and notes when; the backup panel, the reminder and the data page share it. */
import { backupFileName, serializeBackup } from '../../lib/backup-file';
import type { Meeting } from '../../lib/meeting';
import { recordBackup } from '../../stores/backup-meta';
import { downloadText } from '../shared/dom';

export function exportBackup(meetings: Meeting[]): void {
  const at = new Date();
  downloadText(backupFileName(at), serializeBackup(meetings, at), 'application/json');
  recordBackup(at);
}
