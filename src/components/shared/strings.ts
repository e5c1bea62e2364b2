/**
 * Words every tool shares, and the words of the shell around each tool (meeting bar, storage
 * notice). One export name, `strings`, as in every strings.ts.
 */
import { LIMITS, type Contact } from '../../lib/meeting';
import type { TitleProblem } from '../../lib/meeting-validate';

const untitledMeeting = 'Untitled meeting';
const titled = (title: string) => title || untitledMeeting;

export const strings = {
  undo: 'Undo',
  dismiss: 'Dismiss',
  cancel: 'Cancel',
  untitledMeeting,
  restored: 'Restored.',

  /** The meeting bar and storage notice of every tool. */
  meeting: {
    region: 'Meeting you are preparing for',
    workingOn: 'Working on',
    untitled: untitledMeeting,
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
    /** The backup reminder (after TOOLS.backupReminderDays of changes no backup holds). */
    nudge: 'Your notes have changed since your last backup, two weeks or more ago.',
    nudgeBackup: 'Back up now',
    meetingsFull: (max: number) => `This browser already keeps ${max} meetings, the most it holds. Delete one you no longer need to start another.`,
    nudgeLater: 'Remind me later',
    dataLink: 'Your data on this device',
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
