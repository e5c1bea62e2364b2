/** Every user-facing string of the meeting bar and storage notice, in one place for translation. */
import type { Contact } from '../../lib/meeting';
import { LIMITS } from '../../lib/meeting';
import type { TitleProblem } from '../../lib/meeting-validate';

export const S = {
  region: 'Meeting you are preparing for',
  workingOn: 'Working on',
  untitled: 'Untitled meeting',
  loading: 'Loading your meetings…',
  switchLabel: 'Switch meeting',
  newMeeting: 'New meeting',
  rename: 'Rename',
  renameLabel: 'New name for this meeting',
  renameHint: `Up to ${LIMITS.title} characters.`,
  save: 'Save name',
  cancel: 'Cancel',
  delete: 'Delete meeting',
  undo: 'Undo',
  dismiss: 'Dismiss',
  storageTitle: { urgent: 'Changes are not being saved.', info: 'Saved data needed repair.' },
};

/** Shown under the rename field. */
export const TITLE_PROBLEMS: Record<TitleProblem, string> = {
  empty: 'Enter a name for this meeting.',
  'too-long': `Use at most ${LIMITS.title} characters; shorten the name a little.`,
};

/** "with Ana Ruiz, Data engineer at Acme", or '' when no person is set yet. */
export function withPerson(c: Contact): string {
  const job = [c.role, c.organization].filter(Boolean).join(' at ');
  const who = [c.name, job].filter(Boolean).join(', ');
  return who ? `with ${who}` : '';
}

/** An option in the meeting picker. */
export const optionLabel = (title: string, c: Contact): string =>
  [title || S.untitled, c.name].filter(Boolean).join(' — ');

/** Confirms a deletion and points at Undo. */
export const deletedMessage = (title: string): string => `Deleted “${title || S.untitled}”.`;

/** Confirms an undo. */
export const restoredMessage = (title: string): string => `Restored “${title || S.untitled}”.`;

/** Confirms a rename. */
export const renamedMessage = (title: string): string => `Renamed to “${title}”.`;
