/**
 * One site-wide storage status, so a single notice can tell the reader whether their work is saved.
 * Each persisted key reports its own state; the store shows the most urgent one.
 */
import { atom } from 'nanostores';

export type StorageState = 'ok' | 'unavailable' | 'full' | 'damaged' | 'newer';

/** The kinds of item a store can set aside one by one; each has its words in ITEM_WORDS. */
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

/** Most urgent first: the first three mean changes are not being saved. */
const URGENCY: StorageState[] = ['unavailable', 'newer', 'full', 'damaged', 'ok'];

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

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/** Each item kind in words, singular and plural. */
const ITEM_WORDS: Record<ItemKind, { one: string; many: string }> = {
  meeting: { one: 'meeting', many: 'meetings' },
};

/** Messages in one place, ready for translation. */
export const STORAGE_MESSAGES = {
  unavailable:
    'Your browser is blocking storage, so changes last only until you close this tab. Export a backup to keep them.',
  full: 'Your browser’s storage is full, so recent changes are kept only in this tab. Export a backup to keep them, then free some space.',
  damaged:
    'Some saved data could not be read, so this tool started fresh. Nothing was deleted: a copy was kept in this browser under the name',
  damagedNoKey: 'Some saved data could not be read, so this tool started fresh. Nothing was deleted.',
  /** "1 saved meeting could not be read and was set aside; your other meetings are here." */
  setAside: ({ items, count, kept }: SetAside): string => {
    const w = ITEM_WORDS[items];
    const lost =
      count === 0
        ? 'Some saved data could not be read and was set aside'
        : `${count} saved ${plural(count, w.one, w.many)} could not be read and ${plural(count, 'was', 'were')} set aside`;
    if (kept === 0) return `${lost}.`;
    return `${lost}; your ${count === 0 ? '' : 'other '}${plural(kept, `${w.one} is`, `${w.many} are`)} here.`;
  },
  setAsideCopy: 'Nothing was deleted: a copy of everything as it was is kept in this browser under the name',
  setAsideNoKey: 'Nothing was deleted.',
  newer:
    'Your data was saved by a newer version of this site, so this tab will not save changes, to keep that data safe. Export a backup of anything you change here, then reload the page.',
} as const;

/** Plain words for the reader, or null when all is well. */
export function describeStorageStatus(status: StorageStatus): string | null {
  switch (status.state) {
    case 'ok':
      return null;
    case 'damaged':
      if (status.setAside) {
        const copy = status.damagedKey ? `${STORAGE_MESSAGES.setAsideCopy} “${status.damagedKey}”.` : STORAGE_MESSAGES.setAsideNoKey;
        return `${STORAGE_MESSAGES.setAside(status.setAside)} ${copy}`;
      }
      return status.damagedKey ? `${STORAGE_MESSAGES.damaged} “${status.damagedKey}”.` : STORAGE_MESSAGES.damagedNoKey;
    default:
      return STORAGE_MESSAGES[status.state];
  }
}
