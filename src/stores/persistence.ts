/**
 * Whether this browser promised to keep the site's storage (navigator.storage.persist), asked
 * when the reader first saves something that matters (lib/data-care changeMatters; meetings.ts
 * calls noteChange) or from the data page's button; never on page load.
 */
import { atom } from 'nanostores';
import { changeMatters } from '../lib/data-care';
import type { Meeting } from '../lib/meeting';

/** unknown: not checked yet on this page; unsupported: the browser has no such API. */
export type Persistence = 'unknown' | 'asking' | 'persisted' | 'not-persisted' | 'unsupported';

export const $persistence = atom<Persistence>('unknown');

let asked = false;

export function storageApi(): StorageManager | undefined {
  const s = typeof navigator === 'undefined' ? undefined : navigator.storage;
  return s && typeof s.persist === 'function' && typeof s.persisted === 'function' ? s : undefined;
}

/** Asks the browser to keep storage (at most once a page unless `again`); resolves to the answer. */
export async function askPersistence(again = false): Promise<Persistence> {
  const api = storageApi();
  if (!api) {
    $persistence.set('unsupported');
    return 'unsupported';
  }
  if (asked && !again) return $persistence.get();
  asked = true;
  $persistence.set('asking');
  let state: Persistence;
  try {
    state = (await api.persisted()) || (await api.persist()) ? 'persisted' : 'not-persisted';
  } catch {
    state = 'not-persisted';
  }
  $persistence.set(state);
  return state;
}

/** Called by the meetings store after each change: the first change that matters asks. */
export function noteChange(before: Meeting, after: Meeting): void {
  if (!asked && typeof window !== 'undefined' && changeMatters(before, after)) void askPersistence();
}
