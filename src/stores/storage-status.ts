/**
 * One site-wide storage status, so a single notice can tell the reader whether their work is saved.
 * Each persisted key reports its own state; the store shows the most urgent one. States and codes
 * only: the notice's words are in components/shared/strings.ts (`strings.storage`).
 */
import { atom } from 'nanostores';

/** `copies`: data could not be read and no more damaged copies may be kept (lib/data-care MAX_DAMAGED_COPIES). */
export type StorageState = 'ok' | 'unavailable' | 'full' | 'damaged' | 'newer' | 'copies';

/** The kinds of item a store can set aside one by one; each has its words in strings.storage.items. */
export type ItemKind = 'meeting';

/** Items a store could not read while the rest of its data was fine: "1 saved meeting could not be read…". */
export interface SetAside {
  items: ItemKind;
  /** How many were left out (0 when only bookkeeping the reader never sees was). */
  count: number;
  /** How many were read and are shown. */
  kept: number;
}

export interface StorageStatus {
  state: StorageState;
  /** Where damaged data was copied aside, so the reader (or support) can find it. */
  damagedKey?: string;
  /** Set when only some items were unreadable and the rest are shown; absent when the store started fresh. */
  setAside?: SetAside;
}

/** Most urgent first: the first four mean changes are not being saved. */
const URGENCY: StorageState[] = ['unavailable', 'newer', 'copies', 'full', 'damaged', 'ok'];

const byKey = new Map<string, StorageStatus>();

export const $storageStatus = atom<StorageStatus>({ state: 'ok' });

/** Records one key's state and republishes the most urgent state across keys. */
export function reportStorageStatus(key: string, status: StorageStatus): void {
  const had = byKey.get(key);
  // A damaged copy stays worth mentioning after later writes succeed, until the page reloads.
  if (had?.state === 'damaged' && status.state === 'ok') return;
  byKey.set(key, status);
  let worst: StorageStatus = { state: 'ok' };
  for (const s of byKey.values()) if (URGENCY.indexOf(s.state) < URGENCY.indexOf(worst.state)) worst = s;
  if (JSON.stringify($storageStatus.get()) !== JSON.stringify(worst)) $storageStatus.set(worst);
}

/** Forgets every key's state; tests use it to start clean. */
export function resetStorageStatus(): void {
  byKey.clear();
  $storageStatus.set({ state: 'ok' });
}
