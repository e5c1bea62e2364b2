/**
 * Words every tool shares, and the words of the shell around each tool (meeting bar, storage
 * notice). One export name, `strings`, as in every strings.ts.
 */
import { MAX_DAMAGED_COPIES } from '../../lib/data-care';
import { LIMITS, type Contact } from '../../lib/meeting';
import type { TitleProblem } from '../../lib/meeting-validate';
import type { ItemKind, SetAside, StorageStatus } from '../../stores/storage-status';

const untitledMeeting = 'Untitled meeting';
const titled = (title: string) => title || untitledMeeting;
/** `one` for 1, else `many`. */
const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/** The storage notice's messages, one per state of stores/storage-status. */
const storage = {
  unavailable:
    'Your browser is blocking storage, so changes last only until you close this tab. Export a backup to keep them.',
  full: 'Your browser’s storage is full, so recent changes are kept only in this tab. Export a backup to keep them, then free some space.',
  damaged:
    'Some saved data could not be read, so this tool started fresh. Nothing was deleted: a copy was kept in this browser under the name',
  damagedNoKey: 'Some saved data could not be read, so this tool started fresh. Nothing was deleted.',
  /** Each kind of item a store sets aside one by one, singular and plural. */
  items: { meeting: { one: 'meeting', many: 'meetings' } } satisfies Record<ItemKind, { one: string; many: string }>,
  /** "1 saved meeting could not be read and was set aside; your other meetings are here." */
  setAside: ({ items, count, kept }: SetAside): string => {
    const w = storage.items[items];
    const lost =
      count === 0
        ? 'Some saved data could not be read and was set aside'
        : `${count} saved ${plural(count, w.one, w.many)} could not be read and ${plural(count, 'was', 'were')} set aside`;
    if (kept === 0) return `${lost}.`;
    return `${lost}; your ${count === 0 ? '' : 'other '}${plural(kept, `${w.one} is`, `${w.many} are`)} here.`;
  },
  setAsideCopy: 'Nothing was deleted: a copy of everything as it was is kept in this browser under the name',
  setAsideNoKey: 'Nothing was deleted.',
  copies: `Some saved data could not be read, and this browser already keeps ${MAX_DAMAGED_COPIES} damaged copies, so this tool will not save changes. Delete old copies on the data page, then reload.`,
  newer:
    'Your data was saved by a newer version of this site, so this tab will not save changes, to keep that data safe. Export a backup of anything you change here, then reload the page.',
  /** Plain words for the reader about a storage status, or null when all is well. */
  describe: (status: StorageStatus): string | null => {
    switch (status.state) {
      case 'ok':
        return null;
      case 'damaged':
        if (status.setAside) {
          const copy = status.damagedKey ? `${storage.setAsideCopy} “${status.damagedKey}”.` : storage.setAsideNoKey;
          return `${storage.setAside(status.setAside)} ${copy}`;
        }
        return status.damagedKey ? `${storage.damaged} “${status.damagedKey}”.` : storage.damagedNoKey;
      default:
        return storage[status.state];
    }
  },
};

export const strings = {
  undo: 'Undo',
  dismiss: 'Dismiss',
  cancel: 'Cancel',
  untitledMeeting,
  restored: 'Restored.',
  plural,
  /** The storage notice (stores/storage-status gives the state; these are its words). */
  storage,

  /** The meeting bar and storage notice of every tool. */
  meeting: {
    region: 'Meeting you are preparing for',
    workingOn: 'Working on',
    untitled: untitledMeeting,
    /** The name a new meeting gets ("… (2)" when taken) until the reader renames it. */
    newTitle: 'My next coffee chat',
    loading: 'Loading your meetings…',
    switchLabel: 'Switch meeting',
    newMeeting: 'New meeting',
    rename: 'Rename',
    renameLabel: 'New name for this meeting',
    renameHint: `Up to ${LIMITS.title} characters.`,
    save: 'Save name',
    delete: 'Delete meeting',
    storageTitle: { urgent: 'Changes are not being saved.', info: 'Saved data needed repair.' },
    /** Links the notice to the data page (damaged copies, backup). */
    storageLink: 'See your data on this device',
    meetingsFull: (max: number) => `This browser already keeps ${max} meetings, the most it holds. Delete one you no longer need to start another.`,
    /** Shown under the rename field. */
    titleProblems: {
      empty: 'Enter a name for this meeting.',
      'too-long': `Use at most ${LIMITS.title} characters; shorten the name a little.`,
    } satisfies Record<TitleProblem, string>,
    /** "with Ana Ruiz, Data engineer at Acme", or '' when no person is set yet. */
    withPerson: (c: Contact): string => {
      const job = [c.role, c.organization].filter(Boolean).join(' at ');
      const who = [c.name, job].filter(Boolean).join(', ');
      return who ? `with ${who}` : '';
    },
    /** An option in the meeting picker. */
    optionLabel: (title: string, c: Contact): string => [titled(title), c.name].filter(Boolean).join(' — '),
    /** Confirms a deletion and points at Undo. */
    deleted: (title: string): string => `Deleted “${titled(title)}”.`,
    /** Confirms an undo. */
    restored: (title: string): string => `Restored “${titled(title)}”.`,
    /** Confirms a rename. */
    renamed: (title: string): string => `Renamed to “${title}”.`,
  },
};
