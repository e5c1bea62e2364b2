/**
 * What Coffee Chat keeps on this device, for the data page: every `coffee-chat:` key in
 * localStorage and sessionStorage, its damaged copies (read, restore, delete), deleting
 * everything, and when the meeting bar last reminded about a backup. Rules live in lib/data-care.
 */
import { damagedCopy, keyKind, readMeetingsCopy, utf8Bytes, type CopyReading, type DamagedCopy, type KeyKind } from '../lib/data-inventory';
import type { ImportSummary } from '../lib/merge';
import { openMeetings } from './active-meeting';
import { MEETINGS_MIGRATIONS, MEETINGS_VERSION } from './meetings';
import { KEY_PREFIX } from './persist';
import { $persistence, storageApi, type Persistence } from './persistence';

type Area = 'local' | 'session';

function area(which: Area): Storage | undefined {
  try {
    return which === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** Our keys in one storage area; never throws. */
function ourKeys(which: Area): string[] {
  const s = area(which);
  if (!s) return [];
  const keys: string[] = [];
  try {
    for (let i = 0; i < s.length; i++) {
      const k = s.key(i);
      if (k?.startsWith(KEY_PREFIX)) keys.push(k);
    }
  } catch {
    // Blocked mid-way: what we have is all we can see.
  }
  return keys;
}

function read(which: Area, key: string): string {
  try {
    return area(which)?.getItem(key) ?? '';
  } catch {
    return '';
  }
}

export interface Inventory {
  /** Bytes per kind (UTF-8), over both storage areas. */
  bytes: Record<KeyKind, number>;
  /** Keys per kind. */
  count: Record<KeyKind, number>;
  keys: number;
  damaged: DamagedCopy[];
}

/** Everything of ours on this device, grouped. */
export function takeInventory(): Inventory {
  const inv: Inventory = {
    bytes: { meetings: 0, draft: 0, setting: 0, damaged: 0 },
    count: { meetings: 0, draft: 0, setting: 0, damaged: 0 },
    keys: 0,
    damaged: [],
  };
  for (const which of ['local', 'session'] as const) {
    for (const key of ourKeys(which)) {
      const kind = keyKind(key);
      if (!kind) continue;
      const text = read(which, key);
      inv.keys++;
      inv.count[kind]++;
      inv.bytes[kind] += utf8Bytes(key) + utf8Bytes(text);
      const copy = which === 'local' ? damagedCopy(key, text) : null;
      if (copy) inv.damaged.push(copy);
    }
  }
  inv.damaged.sort((a, b) => b.at.getTime() - a.at.getTime());
  return inv;
}

/** The browser's own estimate of what this site uses and may use, or null where it has none. */
export async function estimateStorage(): Promise<{ usage: number; quota: number } | null> {
  try {
    const e = await navigator.storage?.estimate?.();
    return e && typeof e.usage === 'number' && typeof e.quota === 'number' ? { usage: e.usage, quota: e.quota } : null;
  } catch {
    return null;
  }
}

/** A damaged copy's stored text, exactly. */
export const damagedText = (key: string): string => read('local', key);

/** What a damaged copy still holds. */
export const readCopy = (key: string): CopyReading => readMeetingsCopy(damagedText(key), MEETINGS_VERSION, MEETINGS_MIGRATIONS);

/** Merges a damaged copy's readable meetings in, through the same path as a backup import. */
export function restoreCopy(key: string): { reading: CopyReading; summary?: ImportSummary } {
  const reading = readCopy(key);
  if (!reading.ok || reading.meetings.length === 0) return { reading };
  return { reading, summary: openMeetings(reading.meetings, { show: 'if-blank' }).summary };
}

/** Deletes one damaged copy (only a damaged copy); true when it is gone. */
export function deleteCopy(key: string): boolean {
  if (keyKind(key) !== 'damaged') return false;
  try {
    area('local')?.removeItem(key);
    return read('local', key) === '';
  } catch {
    return false;
  }
}

/** Removes every `coffee-chat:` key from localStorage and sessionStorage, and nothing else; returns how many. */
export function deleteEverything(): number {
  let n = 0;
  for (const which of ['local', 'session'] as const) {
    const s = area(which);
    for (const key of ourKeys(which)) {
      try {
        s?.removeItem(key);
        n++;
      } catch {
        // Leave it; the page reports what is left.
      }
    }
  }
  return n;
}

/** Our keys still stored (after deleting everything this should be 0). */
export const keysLeft = (): number => ourKeys('local').length + ourKeys('session').length;

/**
 * Reads the current state without asking (the data page shows it). Probes the API as askPersistence
 * does (persistence.ts storageApi); sharing the rest with it cost every tool page 0.025 KB gzip.
 */
export async function checkPersistence(): Promise<Persistence> {
  const api = storageApi();
  let state: Persistence = 'unsupported';
  if (api) {
    try {
      state = (await api.persisted()) ? 'persisted' : 'not-persisted';
    } catch {
      state = 'not-persisted';
    }
  }
  if ($persistence.get() !== 'asking') $persistence.set(state);
  return state;
}
