/**
 * The meeting the tools are working on. SSR-safe: nothing touches the browser at import; the first
 * meeting is created lazily when a browser island first subscribes, or by calling ensureActiveMeeting().
 */
import { computed, onMount } from 'nanostores';
import type { Meeting } from '../lib/meeting';
import { $activeMeetingId } from './active-meeting-id';
import { $meetingList, ensureActiveMeeting, getMeeting } from './meetings';

export { $activeMeetingId } from './active-meeting-id';
export { ensureActiveMeeting } from './meetings';

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

/** Switches the tools to another meeting; ignores ids that do not exist. */
export function setActiveMeeting(id: string): void {
  if (getMeeting(id)) $activeMeetingId.set(id);
}
