/**
 * Which meeting the tools show. Its own module so meetings.ts (which switches it when creating or
 * deleting) and active-meeting.ts (which reads the meeting list) do not import each other.
 *
 * Each tab keeps its own choice: a reader with one meeting open in the timer and another in the
 * checklist must not see either switch under them. The choice lives in sessionStorage (per tab, kept
 * across the tab's page loads) and is also remembered in localStorage, which only decides what a
 * newly opened tab shows: the tab reads it once and never follows later changes.
 */
import { atom } from 'nanostores';
import { KEY_PREFIX, persistentText } from './persist';

const KEY = 'active-meeting';

/** The last choice made in any tab, under `coffee-chat:active-meeting`; read once, never followed. */
const $lastChosen = persistentText(KEY, '');

/** sessionStorage, or null where it is missing (server, tests) or blocked. */
function tabStorage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

function tabChoice(): string | null {
  try {
    return tabStorage()?.getItem(KEY_PREFIX + KEY) ?? null;
  } catch {
    return null;
  }
}

function rememberInTab(id: string): void {
  try {
    tabStorage()?.setItem(KEY_PREFIX + KEY, id);
  } catch {
    // Blocked or full: the tab then opens the last choice on its next load, nothing worse.
  }
}

/** Id of the active meeting; '' until one is chosen. */
// `.value`, not get(): get() would mount the store and leave its unmount timer running (even in the build).
export const $activeMeetingId = atom<string>(tabChoice() ?? $lastChosen.value ?? '');

$activeMeetingId.listen((id) => {
  rememberInTab(id);
  $lastChosen.set(id);
});
