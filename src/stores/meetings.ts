/**
 * Every meeting the reader prepares for, persisted under `coffee-chat:meetings`: the data alone.
 * Change meetings only through these functions (and the ones built on them in question-list,
 * checklist, meeting-details and timer-run): they bump `updatedAt` and record deletions as
 * tombstones, which is what lets tabs and imports merge without losing or resurrecting anything.
 * Which meeting a tab shows, and creating, deleting or importing meetings as the reader sees it,
 * is active-meeting.ts's job.
 */
import { computed } from 'nanostores';
import type { Meeting, MeetingsData } from '../lib/meeting';
import { checkTitle, parseMeetingsData, salvageMeetingsData, type TitleProblem } from '../lib/meeting-validate';
import { mergeMeetings, mergeMeetingsData, summarizeImport, type ImportSummary } from '../lib/merge';
import { boundTombstones } from '../lib/data-care';
import { persistentEnvelope } from './persist';
import { noteChange } from './persistence';

/**
 * 2 added `requestSentOn`. The data did not change shape, but a tab still running version 1 would
 * drop the field it does not know on its next save; the bump makes such a tab stop saving instead.
 * 3 added the message writer's fields (`connection`, `interestBroad`, `interestNarrow`,
 * `followUpSentOn`, `thankYouSentOn`, `drafts`) and the spoken-practice numbers (`introTake`, questions'
 * `askedSec`, runs' `speech`), for the same reason and in the same way.
 */
export const MEETINGS_VERSION = 3;
export const MEETINGS_MIGRATIONS = { 2: (data: unknown) => data, 3: (data: unknown) => data };

export const $meetings = persistentEnvelope<MeetingsData>('meetings', {
  version: MEETINGS_VERSION,
  migrations: MEETINGS_MIGRATIONS,
  initial: { meetings: [], tombstones: [] },
  validate: (data) => parseMeetingsData(data),
  // One unreadable meeting must not hide the others: keep what validates, count the meetings left out.
  salvage: {
    items: 'meeting',
    read(data) {
      const { data: kept, dropped } = salvageMeetingsData(data);
      return { data: kept, count: dropped.meetings, kept: kept.meetings.length };
    },
  },
  mergeOnWrite: mergeMeetingsData,
});

/** The meetings alone, for lists and pickers. */
export const $meetingList = computed($meetings, (data) => data.meetings);

/** A time later than both now and `after`, so newest-wins holds within one millisecond and across clock skew. */
function stamp(after?: string): string {
  return new Date(Math.max(Date.now(), (after ? Date.parse(after) : 0) + 1)).toISOString();
}

/** Applies one change to the stored data. */
function change(fn: (data: MeetingsData) => MeetingsData): void {
  $meetings.set(fn($meetings.get()));
}

/** The meeting with this id, if any. */
export function getMeeting(id: string): Meeting | undefined {
  return $meetings.get().meetings.find((m) => m.id === id);
}


/** Adds a meeting at the end of the list. */
export function addMeeting(meeting: Meeting): void {
  change((d) => ({ ...d, meetings: [...d.meetings, meeting] }));
}

/** Replaces one meeting with `updater`'s result; keeps its id and bumps `updatedAt`. No-op for an unknown id or an updater that returns the meeting unchanged. */
export function updateMeeting(id: string, updater: (m: Meeting) => Meeting): void {
  const old = getMeeting(id);
  if (!old) return;
  const next = updater(old);
  // Returning the same object means "nothing to do"; bumping updatedAt would make it win merges for no reason.
  if (next === old) return;
  const updated = { ...next, id, updatedAt: stamp(old.updatedAt) };
  change((d) => ({ ...d, meetings: d.meetings.map((m) => (m.id === id ? updated : m)) }));
  noteChange(old, updated); // the first change that matters asks the browser to keep storage
}

/** Renames a meeting to the trimmed title; returns what is wrong instead when the title is empty or too long. */
export function renameMeeting(id: string, raw: string): TitleProblem | null {
  const checked = checkTitle(raw);
  if ('problem' in checked) return checked.problem;
  updateMeeting(id, (m) => (m.title === checked.title ? m : { ...m, title: checked.title }));
  return null;
}



/**
 * Deletes a meeting (leaving a tombstone, so other tabs delete it too). Returns a restore that puts
 * it back at its place, stamped newer than the deletion, or undefined for an unknown id.
 */
export function removeMeeting(id: string): (() => void) | undefined {
  const data = $meetings.get();
  const index = data.meetings.findIndex((m) => m.id === id);
  if (index < 0) return undefined;
  const gone = data.meetings[index]!;
  const deletedAt = stamp(gone.updatedAt);
  change((d) => ({
    meetings: d.meetings.filter((m) => m.id !== id),
    tombstones: boundTombstones([...d.tombstones.filter((t) => t.id !== id), { id, deletedAt }]),
  }));
  return () => {
    // Newer than the tombstone, so tabs that saw the deletion take the meeting back too.
    const restored = { ...gone, updatedAt: stamp(deletedAt) };
    change((d) => {
      const meetings = d.meetings.filter((m) => m.id !== id);
      meetings.splice(Math.min(index, meetings.length), 0, restored);
      return { meetings, tombstones: d.tombstones.filter((t) => t.id !== id) };
    });
  };
}

/** Merges meetings from a backup (already validated) and returns what happened, for the summary message. */
export function importMeetings(list: Meeting[]): ImportSummary {
  const data = $meetings.get();
  const summary = summarizeImport(data.meetings, list);
  const have = new Set(data.meetings.map((m) => m.id));
  const deletedAt = new Map(data.tombstones.map((t) => [t.id, t.deletedAt]));
  // Importing is a deliberate restore: a meeting deleted here comes back, stamped newer than its deletion.
  const incoming = list.map((m) => {
    const d = deletedAt.get(m.id);
    return d && !have.has(m.id) ? { ...m, updatedAt: stamp(Date.parse(d) > Date.parse(m.updatedAt) ? d : m.updatedAt) } : m;
  });
  change((d) => ({ ...d, meetings: mergeMeetings(d.meetings, incoming, d.tombstones) }));
  return summary;
}


