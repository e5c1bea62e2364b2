/** Backup and restore of every meeting: download, import with a preview and a confirm step, and a gentle reminder. */
import { useStore } from '../shared/use-store';
import { backupFileName, needsBackupReminder, serializeBackup } from '../../lib/backup';
import { formatDateTime, readerTimeZone } from '../../lib/zoned-time';
import { $backupMeta, recordBackup } from '../../stores/backup-meta';
import { $meetingList } from '../../stores/meetings';
import { downloadText } from '../shared/dom';
import { useAnnounce } from '../shared/feedback';
import ImportBackup from './ImportBackup';
import { strings } from './strings';
import './backup.css';

export default function BackupPanel() {
  const meetings = useStore($meetingList);
  const { lastBackupAt } = useStore($backupMeta);
  const announce = useAnnounce();
  const now = new Date();

  const onExport = () => {
    const at = new Date();
    downloadText(backupFileName(at), serializeBackup(meetings, at), 'application/json');
    recordBackup(at);
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
    </section>
  );
}
