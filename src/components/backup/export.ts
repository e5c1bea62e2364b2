/** Downloads a backup of every meeting and notes when; the backup panel and the data page share it. */
import type { Meeting } from '../../lib/meeting';
import { recordBackup } from '../../stores/backup-meta';
import { downloadBackup } from './download';

export function exportBackup(meetings: Meeting[]): void {
  recordBackup(downloadBackup(meetings));
}
