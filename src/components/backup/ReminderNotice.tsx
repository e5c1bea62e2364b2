/**
 * The meeting bar's quiet backup reminder: one-click backup or "remind me later" (rule:
 * lib/data-care). Loaded by BackupReminder only once the reminder is due.
 */
import { href } from '../../lib/href';
import type { Meeting } from '../../lib/meeting';
import { closeReminder } from '../../stores/backup-reminder';
import { strings as S } from './reminder-strings';
import { exportBackup } from './BackupPanel';

export default function ReminderNotice({ meetings }: { meetings: Meeting[] }) {
  const backUp = () => (exportBackup(meetings), closeReminder());
  return (
    <div class="notice cluster bk-remind">
      <span>
        {S.nudge} <a href={href('/data/')}>{S.dataLink}</a>
      </span>
      <button type="button" class="btn btn-small btn-primary" onClick={backUp}>
        {S.nudgeBackup}
      </button>
      <button type="button" class="btn btn-small btn-quiet" onClick={() => closeReminder()}>
        {S.nudgeLater}
      </button>
    </div>
  );
}
