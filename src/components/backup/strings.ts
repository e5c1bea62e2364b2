/** Every user-facing string of the backup panel, in one place for translation. */
import type { BackupRefusal } from '../../lib/backup';
import type { Problem } from '../../lib/meeting-validate';
import type { ImportSummary } from '../../lib/merge';

const meetings = (n: number) => (n === 1 ? '1 meeting' : `${n} meetings`);
const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
const unreadable = 'This file could not be read. Try choosing it again.';
const unusable = 'This is not a usable Coffee Chat backup:';

/** What is wrong with one value of a meeting (lib/meeting-validate's codes). */
function problemText([rule, a, b]: Problem): string {
  switch (rule) {
    case 'max':
      return `must be at most ${a} characters`;
    case 'whole':
      return `must be a whole number from ${a} to ${b}`;
    case 'repeats':
      return `repeats the id of ${a}`;
    case 'one-of':
      return `must be one of ${a}`;
    default:
      return {
        object: 'must be an object',
        text: 'must be text',
        empty: 'must not be empty',
        number: 'must be a number of 0 or more',
        share: 'must be a number from 0 to 1',
        instant: 'must be a date and time (ISO 8601)',
        day: 'must be a day (YYYY-MM-DD)',
        list: 'must be a list',
        boolean: 'must be true or false',
        kind: 'must be a message kind',
      }[rule];
  }
}

/** Why a file cannot be imported (lib/backup's refusals), in plain words. */
function refusal(r: BackupRefusal): string {
  switch (r.problem) {
    case 'too-large':
      return `This file is too large (${mb(r.bytes)}). A Coffee Chat backup is at most ${r.max / (1024 * 1024)} MB.`;
    case 'not-json':
      return 'This file is not a Coffee Chat backup: it is not JSON data.';
    case 'unreadable':
      return unreadable;
    case 'shape': {
      if ('path' in r) return `${unusable} the field "${r.path}" ${problemText(r.rule)}.`;
      const rule = {
        object: 'must hold one object',
        app: 'must be "coffee-chat"',
        kind: 'must be "backup"',
        version: 'must be a whole number of 1 or more',
        date: 'must be a date and time',
        list: 'must be a list',
        unreadable: 'could not be read',
      }[r.rule];
      return `${unusable} ${r.field === 'file' ? 'the file' : `the field "${r.field}"`} ${rule}.`;
    }
    case 'future-version':
      return `This backup comes from a newer version of Coffee Chat (format ${r.version}; this page reads format ${r.reads}). Reload the page to get the latest version, then try again.`;
    case 'too-many':
      return `This backup holds ${r.count} meetings; at most ${r.max} can be imported.`;
  }
}

export const strings = {
  heading: 'Backup',
  intro: 'Your work lives only in this browser. Download a backup now and then, and import it here or on another device.',
  lastBackup: (when: string) => `Last backed up ${when}.`,
  never: 'Not backed up yet.',
  reminder:
    'You have work older than a week that was never backed up. Some browsers (Safari among them) delete what a site stored after 7 days without a visit. A backup takes a second.',
  exportButton: 'Download backup (.json)',
  dataLink: 'Your data on this device',
  exported: 'Backup downloaded.',
  importLabel: 'Import a backup',
  importHint: 'A .json file downloaded from this page. Nothing changes until you confirm.',
  reading: 'Reading the file…',
  refusal,
  problemText,
  nothingChanged: 'Nothing was changed.',
  previewHeading: 'Ready to import',
  empty: 'This backup holds no meetings, so there is nothing to import.',
  preview: (s: ImportSummary) => {
    const total = s.added + s.newer + s.older + s.same;
    const parts = [
      s.added && `${s.added} new`,
      s.newer && `${s.newer} newer than yours`,
      s.older && `${s.older} older than yours`,
      s.same && `${s.same} the same as yours`,
    ].filter(Boolean);
    return `${meetings(total)}: ${parts.join(', ')}.`;
  },
  previewDetail:
    'New meetings are added and newer copies replace yours; where yours is newer, yours is kept. No meeting is removed.',
  confirm: 'Import and merge',
  cancel: 'Cancel',
  cancelled: 'Import cancelled. Nothing was changed.',
  done: (s: ImportSummary) => `Imported: ${s.added} added, ${s.newer} updated. Nothing of yours was removed.`,
  nowShowing: (title: string) => `Now showing “${title}”.`,
} as const;
