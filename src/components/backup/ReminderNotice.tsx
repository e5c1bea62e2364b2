/**
 * The meeting bar's quiet backup reminder: one-click backup or "remind me later" (rule:
 * lib/data-care). Loaded by BackupReminder only once the reminder is due, as a module of its own:
 * it takes what it changes (recording the backup, closing the reminder) and the data page's
 * address from BackupReminder, so it shares no store or helper with the page that loads it.
 */
import type { Meeting } from '../../lib/meeting';
import { strings as S } from './reminder-strings';
import { downloadBackup } from './download';

export interface ReminderNoticeProps {
  meetings: Meeting[];
  /** The data page (href('/data/')). */
  dataHref: string;
  /** After the download: records the backup made at `at` and closes the reminder. */
  onBackedUp: (at: Date) => void;
  /** "Remind me later". */
  onLater: () => void;
}

export default function ReminderNotice({ meetings, dataHref, onBackedUp, onLater }: ReminderNoticeProps) {
  return (
    <div class="notice cluster bk-remind">
      <span>
        {S.nudge} <a href={dataHref}>{S.dataLink}</a>
      </span>
      <button type="button" class="btn btn-small btn-primary" onClick={() => onBackedUp(downloadBackup(meetings))}>
        {S.nudgeBackup}
      </button>
      <button type="button" class="btn btn-small btn-quiet" onClick={onLater}>
        {S.nudgeLater}
      </button>
    </div>
  );
}
