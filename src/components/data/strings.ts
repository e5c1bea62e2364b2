/** Every user-facing string of the data page, in one place for translation. */
import type { ByteSize } from '../../lib/data-inventory';
import type { Persistence } from '../../stores/persistence';

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const strings = {
  /** "1 byte", "300 bytes", "12 KB", "3.0 MB", "10 GB". */
  bytes: ({ value, unit }: ByteSize): string =>
    unit === 'B' ? n(value, 'byte', 'bytes') : `${unit === 'MB' ? value.toFixed(1) : value} ${unit}`,
  storedHeading: 'On this device',
  storedIntro: 'Coffee Chat keeps your work in this browser only. Here is what it holds.',
  meetings: (meetings: number, runs: number) =>
    `${n(meetings, 'meeting', 'meetings')} (questions, checklist, notes), with ${n(runs, 'practice run', 'practice runs')}`,
  drafts: (count: number) => (count ? 'A timer run or draft not yet saved to a meeting' : 'No unsaved timer run or draft'),
  settings: (count: number) => n(count, 'setting', 'settings'),
  damaged: (count: number) => n(count, 'damaged copy', 'damaged copies'),
  size: (size: string) => `about ${size}`,
  estimate: (usage: string, quota: string) => `In all, this site uses about ${usage} of the ${quota} this browser allows it.`,
  noEstimate: 'This browser does not say how much space the site uses.',

  keepHeading: 'Will this browser keep it?',
  persistence: {
    unknown: 'Checking…',
    asking: 'Asking this browser…',
    persisted: 'This browser will keep your data: it will not clear it to free space.',
    'not-persisted':
      'This browser may clear your data if you don’t visit for a while or space runs short: keep a backup.',
    unsupported: 'This browser cannot promise to keep your data (it has no way to ask): keep a backup.',
  } satisfies Record<Persistence, string>,
  askButton: 'Ask this browser to keep my data',
  askNote: 'Some browsers decide on their own (for example, for sites you visit often); none sends anything anywhere.',

  damagedHeading: 'Damaged copies',
  damagedIntro:
    'When saved data could not be read, the original text was kept here, untouched. Download it as a file, try to bring back the meetings it still holds, or delete it.',
  noDamaged: 'No damaged copies. Everything saved could be read.',
  /** What a damaged copy held, by the store it came from. */
  storeNames: { meetings: 'Saved meetings', 'timer-run': 'Timer run', 'timer-settings': 'Timer settings', 'backup-meta': 'Backup date' } as Record<string, string>,
  copyLabel: (store: string, when: string, size: string) => `${store}, set aside ${when} (${size})`,
  download: 'Download',
  tryImport: 'Try as import',
  remove: 'Delete',
  confirmRemove: 'Delete this copy for good? This cannot be undone.',
  confirmRemoveButton: 'Delete copy',
  keep: 'Keep it',
  removed: 'Damaged copy deleted.',
  downloaded: 'Damaged copy downloaded.',
  restored: (added: number, updated: number, dropped: number) =>
    `Brought back ${n(added, 'meeting', 'meetings')} and updated ${updated}.` +
    (dropped ? ` ${n(dropped, 'meeting', 'meetings')} in the copy could not be read and ${dropped === 1 ? 'was' : 'were'} left out.` : '') +
    ' The copy is still here until you delete it.',
  restoredNone: (dropped: number) =>
    `None of the ${n(dropped, 'meeting', 'meetings')} in this copy could be read. The copy is still here.`,
  copyProblems: {
    'not-json': 'This copy is not readable data, so nothing could be imported. Download it to keep it.',
    newer: 'This copy was saved by a newer version of the site. Reload the page, then try again.',
    'no-meetings': 'This copy holds no meetings this page can read. Download it to keep it.',
  },

  deleteHeading: 'Delete everything from this device',
  deleteIntro: 'Removes everything Coffee Chat keeps in this browser. Other sites and your downloaded backups are not touched.',
  deleteButton: 'Delete everything…',
  confirmHeading: 'Delete everything?',
  confirmList: (meetings: number, runs: number, damaged: number) => [
    `${n(meetings, 'meeting', 'meetings')} with their questions, checklists and notes`,
    n(runs, 'practice run', 'practice runs'),
    'the timer’s unsaved run or draft, your settings and which meeting each tab shows',
    n(damaged, 'damaged copy', 'damaged copies'),
  ],
  confirmWarning: 'This cannot be undone. Download a backup first if you may want any of it again.',
  backupFirst: 'Download a backup first',
  backedUp: 'Backup downloaded.',
  confirmDelete: 'Delete everything',
  deleted: 'Everything Coffee Chat kept in this browser was deleted.',
  deleteLeft: (count: number) => `${n(count, 'item', 'items')} could not be deleted; the browser refused. Try again.`,
} as const;
