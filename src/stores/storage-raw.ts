/**
 * Raw storage access: the only module that imports @nanostores/persistent. Reads and writes one
 * key as text through persistent's engine (localStorage, or the fake a test injected), and tells
 * the kinds of failure apart. Everything above it (guarded-atom.ts, persist.ts) works in strings.
 */
import { persistentAtom } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';

/** Reads one key; throws when storage does. */
export function readRaw(key: string): string | undefined {
  // persistent keeps its engine private; a never-mounted persistentAtom is the public way to reach it.
  // `.value`, not `.get()`: get() would mount it and leave an unmount timer behind.
  return persistentAtom<string | undefined>(key, undefined, { listen: false }).value;
}

/** Writes one key; throws like localStorage.setItem does. */
export function writeRaw(key: string, raw: string): void {
  persistentAtom<string | undefined>(key, undefined, { listen: false }).set(raw);
}

/**
 * A fresh atom over one key's text, with persistent's cross-tab `listen`. Fresh each time on
 * purpose: persistent's restore() (on mount and on pageshow) writes back whatever it thinks the key
 * should hold, and a fresh atom has nothing wrong to write after a failed write.
 */
export function keyAtom(key: string): WritableAtom<string | undefined> {
  return persistentAtom<string | undefined>(key, undefined);
}

/** True for "storage is full" in every browser's spelling. */
export function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** True in a browser that refuses localStorage; persistent then quietly uses a plain object, which must be reported. */
export function browserBlocksStorage(): boolean {
  if (typeof window === 'undefined') return false;
  try {
    return !window.localStorage;
  } catch {
    return true;
  }
}

/** The keys in localStorage, or none when it cannot be read (a test's fake engine holds its own). */
export function storedKeys(): string[] {
  try {
    return Object.keys(window.localStorage);
  } catch {
    return [];
  }
}
