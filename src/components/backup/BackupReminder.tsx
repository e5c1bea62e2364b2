/**
 * The meeting bar's backup reminder. Whether it is due is checked on every page (rule:
 * lib/data-care, store: stores/backup-reminder); the notice itself (ReminderNotice) is a rare
 * sight, after 14 days of changes no backup holds, so its code and the backup download load only
 * when it opens (with the backup panel's module, which it takes the download from).
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '../shared/use-store';
import type { Meeting } from '../../lib/meeting';
import { $reminderOpen, openReminderIfDue } from '../../stores/backup-reminder';

type Notice = ComponentType<{ meetings: Meeting[] }>;

export default function BackupReminder({ meetings }: { meetings: Meeting[] }) {
  const open = useStore($reminderOpen);
  const [Notice, setNotice] = useState<Notice | null>(null);
  useEffect(() => openReminderIfDue(meetings), []);
  useEffect(() => {
    // A failed load (offline before the service worker cached it) shows nothing: the reminder waits a day.
    if (open && !Notice) import('./ReminderNotice').then((m) => setNotice(() => m.default), () => {});
  }, [open]);
  return open && Notice ? <Notice meetings={meetings} /> : null;
}
