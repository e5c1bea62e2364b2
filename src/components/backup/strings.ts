/** Every user-facing string of the backup panel, in one place for translation. */
import type { ImportSummary } from '../../lib/merge';

const meetings = (n: number) => (n === 1 ? '1 meeting' : `${n} meetings`);

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
  unreadable: 'This file could not be read. Try choosing it again.',
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
