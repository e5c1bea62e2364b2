/** Backup and restore of every meeting: download, import with a preview and a confirm step, and a gentle reminder. */
import { useStore } from '../shared/use-store';
import { needsBackupReminder } from '../../lib/backup';
import { formatDateTime, readerTimeZone } from '../../lib/zoned-time';
import { $backupMeta } from '../../stores/backup-meta';
import { $meetingList } from '../../stores/meetings';
import { exportBackup } from './export';
import { useAnnounce } from '../shared/feedback';
import ImportBackup from './ImportBackup';
import { href } from '../../lib/href';
import { strings } from './strings';
import './backup.css';

/** `link`: a link to the data page (left out on the data page itself). */
export default function BackupPanel({ link = true }: { link?: boolean }) {
  const meetings = useStore($meetingList);
  const { lastBackupAt } = useStore($backupMeta);
  const announce = useAnnounce();
  const now = new Date();

  const onExport = () => {
    exportBackup(meetings);
    announce(strings.exported);
  };
  return (
    <section class="bk card stack" aria-labelledby="bk-heading">
      <h2 id="bk-heading">{strings.heading}</h2>
      <p class="muted">{strings.intro}</p>
      <p>{lastBackupAt ? strings.lastBackup(formatDateTime(new Date(lastBackupAt), readerTimeZone())) : strings.never}</p>
      {needsBackupReminder(meetings, lastBackupAt, now) && <p class="notice notice-warning">{strings.reminder}</p>}
      <div>
        <button type="button" class="btn btn-primary" onClick={onExport}>
          {strings.exportButton}
        </button>
      </div>
      <ImportBackup current={meetings} />
      {link && <p><a href={href('/data/')}>{strings.dataLink}</a></p>}
    </section>
  );
}
