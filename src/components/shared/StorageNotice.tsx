/** Tells the reader in plain words when their work is not being saved; offers nothing that could lose data. */
import { useStore } from './use-store';
import { href } from '../../lib/href';
import { $storageStatus } from '../../stores/storage-status';
import { strings } from './strings';
import './meeting.css';

export default function StorageNotice() {
  const status = useStore($storageStatus);
  const text = strings.storage.describe(status);
  const urgent = status.state !== 'ok' && status.state !== 'damaged';
  // Always rendered, so the live region exists before a problem appears and gets announced.
  // Polite (status), not alert: the reader is usually typing when storage fills up.
  return (
    <div class="storage-notice" role="status">
      {text && (
        <p class={`notice ${urgent ? 'notice-error' : 'notice-warning'}`}>
          <strong>{urgent ? strings.meeting.storageTitle.urgent : strings.meeting.storageTitle.info}</strong> {text}{' '}
          <a href={href(status.state === 'damaged' || status.state === 'copies' ? '/data/#damaged' : '/data/')}>{strings.meeting.storageLink}</a>
        </p>
      )}
    </div>
  );
}
