/**
 * The meeting bar's backup reminder: open when lib/data-care's backupReminderDue says so (14 days
 * of changes no backup holds, no timed run, not shown in the last day), closed by a backup,
 * "remind me later" or the start of a run. When it last showed is kept under
 * `coffee-chat:backup-reminder`, so it shows at most once a day across pages and tabs.
 */
import { atom } from 'nanostores';
import { backupReminderDue, runUnderWay } from '../lib/data-care';
import type { Meeting } from '../lib/meeting';
import { $backupMeta } from './backup-meta';
import { KEY_PREFIX, persistentText } from './persist';
import { readRaw } from './storage-raw';

export const $reminderShownAt = persistentText('backup-reminder');

/** Whether the reminder shows on this page now. */
export const $reminderOpen = atom(false);

/** Opens the reminder when it is due (the meeting bar calls this once its meetings are loaded). */
export function openReminderIfDue(meetings: Meeting[], now: Date = new Date()): void {
  if ($reminderOpen.get()) return;
  let running = false;
  try {
    running = runUnderWay(readRaw(`${KEY_PREFIX}timer-run`));
  } catch {
    // Unreadable storage: no run we can see.
  }
  const due = backupReminderDue({
    meetings,
    lastBackupAt: $backupMeta.get().lastBackupAt,
    lastRemindedAt: $reminderShownAt.get() || null,
    running,
    now,
  });
  if (!due) return;
  $reminderShownAt.set(now.toISOString());
  $reminderOpen.set(true);
}

/** Closes the reminder (a backup, "remind me later", a run starting); it waits a day from when it showed. */
export function closeReminder(now: Date = new Date()): void {
  if (!$reminderOpen.get()) return;
  $reminderOpen.set(false);
  $reminderShownAt.set(now.toISOString());
}
