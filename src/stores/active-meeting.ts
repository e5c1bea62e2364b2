/**
 * Which meeting a tab shows, and every change to the list of meetings as the reader sees it:
 * starting a meeting, deleting one (with undo), and opening meetings that come from elsewhere
 * (a backup, a shared list) through one function, `openMeetings`. The data itself is meetings.ts.
 *
 * SSR-safe: nothing touches the browser at import; the first meeting is created lazily when a
 * browser island first subscribes to $activeMeeting (islands never call ensureActiveMeeting).
 */
import { computed, onMount } from 'nanostores';
import { createMeeting, isUntouched, uniqueTitle, type Meeting } from '../lib/meeting';
import { $activeMeetingId } from './active-meeting-id';
import type { ImportSummary } from '../lib/merge';
import { $meetingList, $meetings, addMeeting, getMeeting, importMeetings, removeMeeting } from './meetings';

export { $activeMeetingId } from './active-meeting-id';

/** The active meeting; undefined on the server and before the first browser mount. */
export const $activeMeeting = computed([$activeMeetingId, $meetingList], (id, list): Meeting | undefined =>
  list.find((m) => m.id === id),
);

// Runs before the computed subscribes (nanostores runs mount listeners last-registered first),
// so the first value an island sees already has a meeting. Never on the server: useStore's get()
// mounts stores there too, and a meeting made during the build would be baked into the HTML.
onMount($activeMeeting, () => {
  if (typeof window === 'undefined') return;
  ensureActiveMeeting();
  // Another tab may delete the meeting shown here, or the last one. Wait a tick before
  // repairing: storage events already queued (that tab's own replacement) arrive first.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unbind = $meetingList.listen(() => {
    clearTimeout(timer);
    timer = setTimeout(ensureActiveMeeting, 0);
  });
  return () => (unbind(), clearTimeout(timer));
});

// The name a meeting the tools create gets. Words are the components' (components/shared/strings.ts):
// the meeting bar gives it when its module loads, before any island subscribes. Until then, ''.
let newTitle = '';

/** Names the meetings the tools create ("My next coffee chat", numbered when taken). */
export function nameNewMeetings(title: string): void {
  newTitle = title;
}

/** True when a meeting holds nothing of the reader's: the blank one made on arrival (lib/meeting isUntouched). */
export function isBlankMeeting(m: Meeting): boolean {
  return isUntouched(m, newTitle);
}

/** Switches the tools to another meeting; ignores ids that do not exist. */
export function setActiveMeeting(id: string): void {
  if (getMeeting(id)) $activeMeetingId.set(id);
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

/**
 * Adds a meeting, makes it the active one and returns its id. Without a title it gets the new
 * meetings' name, numbered when a meeting already has it, so a reader who never renames it can
 * still tell the meetings apart.
 */
export function createNewMeeting(partial: Partial<Meeting> = {}): string {
  const title = partial.title ?? uniqueTitle(newTitle, $meetings.get().meetings.map((m) => m.title));
  const meeting = createMeeting({ ...partial, title });
  addMeeting(meeting);
  $activeMeetingId.set(meeting.id);
  return meeting.id;
}

/** Deletes a meeting and returns an undo function (safe to call twice). */
export function deleteMeeting(id: string): () => void {
  const wasActive = $activeMeetingId.get() === id;
  const restore = removeMeeting(id);
  if (!restore) return () => {};
  // The tools always need a meeting; remember one made just for that so undo can take it away again.
  const before = new Set($meetings.get().meetings.map((m) => m.id));
  const next = wasActive ? ensureActiveMeeting() : undefined;
  const placeholder = next && !before.has(next) ? next : undefined;
  let undone = false;
  return () => {
    if (undone) return;
    undone = true;
    restore();
    if (wasActive) $activeMeetingId.set(id);
    const p = placeholder && getMeeting(placeholder);
    if (p && isBlankMeeting(p)) deleteMeeting(p.id);
  };
}

/** Removes a meeting that holds nothing of the reader's (the blank one made on arrival), unless the tools show it. */
function dropIfBlank(id: string): void {
  const meeting = getMeeting(id);
  if (meeting && isBlankMeeting(meeting) && $activeMeetingId.get() !== id) deleteMeeting(id);
}

export interface OpenOptions {
  /**
   * 'always' shows the newest incoming meeting whatever the tab showed (a shared list the reader
   * chose to import); 'if-blank' (a backup) only when the tab showed the blank meeting made on
   * arrival, so a restore on a new device does not look as if it did nothing.
   */
  show: 'always' | 'if-blank';
}

/**
 * Brings meetings in (merged with what is here; a meeting deleted here comes back) and decides what
 * the tab shows. When it switches, the blank meeting made on arrival goes, so no empty twin stays
 * in the picker. Returns the import summary and the meeting now shown, when it switched.
 */
export function openMeetings(list: Meeting[], { show }: OpenOptions = { show: 'if-blank' }): { summary: ImportSummary; shown?: Meeting } {
  const before = new Set($meetings.get().meetings.map((m) => m.id));
  const summary = importMeetings(list);
  const activeId = $activeMeetingId.get();
  const active = getMeeting(activeId);
  const latest = list
    .filter((m) => !before.has(m.id))
    .reduce<Meeting | undefined>((a, m) => (!a || Date.parse(m.updatedAt) > Date.parse(a.updatedAt) ? m : a), undefined);
  if (!latest || (show === 'if-blank' && active && !isBlankMeeting(active))) return { summary };
  $activeMeetingId.set(latest.id);
  dropIfBlank(activeId);
  return { summary, shown: latest };
}
