/**
 * When the reader last exported a backup, persisted under `coffee-chat:backup-meta`, so the
 * backup panel can say "Last backed up …" and remind gently when work was never exported.
 */
import { persistentEnvelope } from './persist';

export interface BackupMeta {
  /** ISO 8601 UTC of the last export; null when never. */
  lastBackupAt: string | null;
}

export const $backupMeta = persistentEnvelope<BackupMeta>('backup-meta', {
  version: 1,
  initial: { lastBackupAt: null },
  validate(data) {
    const v = (data as { lastBackupAt?: unknown } | null)?.lastBackupAt;
    if (v === null) return { lastBackupAt: null };
    if (typeof v === 'string' && !Number.isNaN(Date.parse(v))) return { lastBackupAt: v };
    throw new Error('lastBackupAt: must be a date and time or null');
  },
  // Two tabs exporting: keep the later time.
  mergeOnWrite: (stored, ours) =>
    (Date.parse(stored.lastBackupAt ?? '') || 0) > (Date.parse(ours.lastBackupAt ?? '') || 0) ? stored : ours,
});

/** Notes that a backup was just downloaded. */
export function recordBackup(now: Date = new Date()): void {
  $backupMeta.set({ lastBackupAt: now.toISOString() });
}
