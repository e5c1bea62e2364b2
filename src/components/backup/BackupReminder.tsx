/**
 * The meeting bar's backup reminder. Whether it is due is checked on every page (rule:
 * lib/data-care, store: stores/backup-reminder); the notice itself (ReminderNotice) is a rare
 * sight, after 14 days of changes no backup holds, so its code and the backup download load only
 * when it opens.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '../shared/use-store';
import type { Meeting } from '../../lib/meeting';
import { $reminderOpen, closeReminder, openReminderIfDue } from '../../stores/backup-reminder';
import { recordBackup } from '../../stores/backup-meta';
import { href } from '../../lib/href';
import type { ReminderNoticeProps } from './ReminderNotice';

type Notice = ComponentType<ReminderNoticeProps>;
type NoticeModule = typeof import('./ReminderNotice');
// The build emits the notice at a fixed URL (astro.config.mjs); a plain import() of it keeps Vite's
// preload helper (about 0.8 KB gzip) off every tool page. Under the site's base path.
const NOTICE_SRC = href('/_astro/reminder-notice.js');

/** `onClosed`: after "Back up now" or "Remind me later" the notice goes; focus goes where this says, not to the page. */
export default function BackupReminder({ meetings, onClosed }: { meetings: Meeting[]; onClosed: () => void }) {
  const open = useStore($reminderOpen);
  const [Notice, setNotice] = useState<Notice | null>(null);
  useEffect(() => openReminderIfDue(meetings), []);
  useEffect(() => {
    // A failed load (offline before the service worker cached it) shows nothing: the reminder waits a day.
    if (open && !Notice)
      (import.meta.env.DEV ? import('./ReminderNotice') : (import(/* @vite-ignore */ NOTICE_SRC) as Promise<NoticeModule>)).then((m) => setNotice(() => m.default), () => {});
  }, [open]);
  return open && Notice ? (
    <Notice
      meetings={meetings}
      dataHref={href('/data/')}
      onBackedUp={(at) => (recordBackup(at), closeReminder(), onClosed())}
      onLater={() => (closeReminder(), onClosed())}
    />
  ) : null;
}
