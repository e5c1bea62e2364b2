/**
 * Every meeting the reader prepares for, persisted under `coffee-chat:meetings`.
 * Change meetings only through these actions: they bump `updatedAt` and record deletions as
 * tombstones, which is what lets tabs and imports merge without losing or resurrecting anything.
 */
import { computed } from 'nanostores';
import { createMeeting, isUntouched, type Meeting } from '../lib/meeting';
import { checkTitle, parseMeetingsData, salvageMeetingsData, type TitleProblem } from '../lib/meeting-validate';
import { mergeMeetings, mergeMeetingsData, summarizeImport, type ImportSummary, type MeetingsData } from '../lib/merge';
import { $activeMeetingId } from './active-meeting-id';
import { persistentEnvelope } from './persist';

export type { ImportSummary, MeetingsData, Tombstone } from '../lib/merge';

/**
 * 2 added `requestSentOn`. The data did not change shape, but a tab still running version 1 would
 * drop the field it does not know on its next save; the bump makes such a tab stop saving instead.
 */
export const MEETINGS_VERSION = 2;

export const $meetings = persistentEnvelope<MeetingsData>('meetings', {
  version: MEETINGS_VERSION,
  migrations: { 2: (data) => data },
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

/** Adds a meeting, makes it the active one and returns its id. */
export function createNewMeeting(partial: Partial<Meeting> = {}): string {
  const meeting = createMeeting(partial);
  change((d) => ({ ...d, meetings: [...d.meetings, meeting] }));
  $activeMeetingId.set(meeting.id);
  return meeting.id;
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
}

/** Renames a meeting to the trimmed title; returns what is wrong instead when the title is empty or too long. */
export function renameMeeting(id: string, raw: string): TitleProblem | null {
  const checked = checkTitle(raw);
  if ('problem' in checked) return checked.problem;
  updateMeeting(id, (m) => (m.title === checked.title ? m : { ...m, title: checked.title }));
  return null;
}

/** Makes sure a meeting is active: keeps a valid choice, else the latest edited, else creates the first one. */
export function ensureActiveMeeting(): string {
  const list = $meetings.get().meetings;
  const current = $activeMeetingId.get();
  if (list.some((m) => m.id === current)) return current;
  if (list.length === 0) return createNewMeeting();
  const latest = list.reduce((a, b) => (Date.parse(b.updatedAt) > Date.parse(a.updatedAt) ? b : a));
  $activeMeetingId.set(latest.id);
  return latest.id;
}

/** Deletes a meeting and returns an undo function (safe to call twice). */
export function deleteMeeting(id: string): () => void {
  const data = $meetings.get();
  const index = data.meetings.findIndex((m) => m.id === id);
  if (index < 0) return () => {};
  const gone = data.meetings[index]!;
  const deletedAt = stamp(gone.updatedAt);
  const wasActive = $activeMeetingId.get() === id;
  change((d) => ({
    meetings: d.meetings.filter((m) => m.id !== id),
    tombstones: [...d.tombstones.filter((t) => t.id !== id), { id, deletedAt }],
  }));
  // The tools always need a meeting; remember one made just for that so undo can take it away again.
  const before = new Set($meetings.get().meetings.map((m) => m.id));
  const next = wasActive ? ensureActiveMeeting() : undefined;
  const placeholder = next && !before.has(next) ? next : undefined;
  let undone = false;
  return () => {
    if (undone) return;
    undone = true;
    // Newer than the tombstone, so tabs that saw the deletion take the meeting back too.
    const restored = { ...gone, updatedAt: stamp(deletedAt) };
    change((d) => {
      const meetings = d.meetings.filter((m) => m.id !== id);
      meetings.splice(Math.min(index, meetings.length), 0, restored);
      return { meetings, tombstones: d.tombstones.filter((t) => t.id !== id) };
    });
    if (wasActive) $activeMeetingId.set(id);
    const p = placeholder && getMeeting(placeholder);
    // The checklist fills a stand-in with template items at once, so "unchanged" means untouched.
    if (p && isUntouched(p)) deleteMeeting(p.id);
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

/** Removes a meeting that holds nothing of the reader's (the blank one made on arrival), unless the tools show it. */
export function dropIfBlank(id: string): void {
  const meeting = getMeeting(id);
  if (meeting && isUntouched(meeting) && $activeMeetingId.get() !== id) deleteMeeting(id);
}

/**
 * Imports a backup. When the tools showed only the blank meeting made on arrival (a restore on a
 * new device), they switch to the newest imported meeting and the blank one goes, so the restore
 * neither looks as if it did nothing nor leaves an empty twin in the picker.
 */
export function importAndShow(list: Meeting[]): { summary: ImportSummary; shown?: Meeting } {
  const before = new Set($meetings.get().meetings.map((m) => m.id));
  const summary = importMeetings(list);
  const activeId = $activeMeetingId.get();
  const active = getMeeting(activeId);
  const latest = list
    .filter((m) => !before.has(m.id))
    .reduce<Meeting | undefined>((a, m) => (!a || Date.parse(m.updatedAt) > Date.parse(a.updatedAt) ? m : a), undefined);
  if (!latest || (active && !isUntouched(active))) return { summary };
  $activeMeetingId.set(latest.id);
  dropIfBlank(activeId);
  return { summary, shown: latest };
}
