/** The meeting bar's quiet backup reminder: one-click backup or "remind me later" (rule: lib/data-care). */
import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import type { Meeting } from '../../lib/meeting';
import { $reminderOpen, closeReminder, openReminderIfDue } from '../../stores/backup-reminder';
import { exportBackup } from './export';
import { href } from '../../lib/href';
import { strings } from './strings';

export default function BackupReminder({ meetings }: { meetings: Meeting[] }) {
  const open = useStore($reminderOpen);
  useEffect(() => openReminderIfDue(meetings), []);
  if (!open) return null;
  return (
    <div class="notice cluster bk-remind">
      <span>
        {strings.nudge} <a href={href('/data/')}>{strings.dataLink}</a>
      </span>
      <button type="button" class="btn btn-small btn-primary" onClick={() => (exportBackup(meetings), closeReminder())}>
        {strings.nudgeBackup}
      </button>
      <button type="button" class="btn btn-small btn-quiet" onClick={() => closeReminder()}>
        {strings.nudgeLater}
      </button>
    </div>
  );
}
