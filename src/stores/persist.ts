/**
 * Guarded persistence on top of @nanostores/persistent: a store that keeps working in memory when
 * storage is blocked, full, damaged or written by a newer version, and says so via $storageStatus.
 *
 * Why a wrapper and not persistentAtom itself: persistentAtom writes inside `set` (a quota error
 * would throw before the value changes) and deletes the key when encode returns undefined, so it
 * cannot "keep the value but leave the key alone". We keep the visible value in our own atom and use
 * a raw-string persistentAtom for the key, which also gives us persistent's cross-tab `listen`.
 *
 * Damage comes in two sizes. When nothing can be read, the text is copied aside and the store starts
 * fresh. When a store can read its items one by one (`salvage`) and only some fail, it keeps the rest:
 * the text is still copied aside first, and the notice counts what was left out.
 */
import { persistentAtom } from '@nanostores/persistent';
import { atom, onMount, type WritableAtom } from 'nanostores';
import { decodeEnvelope, encodeEnvelope, errorText, type Migrations } from '../lib/storage-envelope';
import { reportStorageStatus, type ItemKind, type SetAside, type StorageState, type StorageStatus } from './storage-status';

export const KEY_PREFIX = 'coffee-chat:';

type Read<T> =
  | { kind: 'ok'; data: T }
  /** Readable once some items were left out; the text must be copied aside before it is replaced. */
  | { kind: 'repaired'; data: T; setAside: SetAside }
  | { kind: 'damaged'; message: string }
  | { kind: 'newer' };

/** What a lenient read kept, and how many items it left out and kept, for the notice. */
export interface Salvaged<T> {
  data: T;
  count: number;
  kept: number;
}

/** How one key turns text into a value and back. */
interface Codec<T> {
  read: (raw: string) => Read<T>;
  write: (value: T) => string;
  /** Combines what storage holds with what this tab has, so neither side's changes are lost. */
  merge?: (stored: T, ours: T) => T;
}

export interface EnvelopeOptions<T> {
  version: number;
  initial: T;
  /** See lib/storage-envelope: `migrations[n]` upgrades version n-1 data to version n. */
  migrations?: Migrations;
  /** Returns clean data or throws (the message is kept for debugging); a throw counts as damaged. */
  validate: (data: unknown) => T;
  /** Called before every write when another tab changed the key, and when a change arrives from one. */
  mergeOnWrite?: (stored: T, ours: T) => T;
  /**
   * Tried when validate throws: keeps the items that validate and counts the rest, or throws when
   * even the shape around them is unreadable (then the key counts as damaged, as without it).
   */
  salvage?: { items: ItemKind; read: (data: unknown) => Salvaged<T> };
}

/** Reads one key through persistent's engine (localStorage, or the fake a test injected); throws when storage does. */
function readRaw(key: string): string | undefined {
  // persistent keeps its engine private; a never-mounted persistentAtom is the public way to reach it.
  // `.value`, not `.get()`: get() would mount it and leave an unmount timer behind.
  return persistentAtom<string | undefined>(key, undefined, { listen: false }).value;
}

/** Writes one key through persistent's engine; throws like localStorage.setItem does. */
function writeRaw(key: string, raw: string): void {
  persistentAtom<string | undefined>(key, undefined, { listen: false }).set(raw);
}

/** True for "storage is full" in every browser's spelling. */
export function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** True in a browser that refuses localStorage; persistent then quietly uses a plain object, which we must report. */
function browserBlocksStorage(): boolean {
  if (typeof window === 'undefined') return false;
  try {
    return !window.localStorage;
  } catch {
    return true;
  }
}

/** The guarded store behind persistentEnvelope and persistentText. */
function guardedAtom<T>(key: string, initial: T, codec: Codec<T>): WritableAtom<T> {
  const $store = atom<T>(initial);
  const show = $store.set; // nanostores' set closes over the atom, so it survives being detached
  let backing: WritableAtom<string | undefined> | undefined;
  let unbind: (() => void) | undefined; // set while we listen for other tabs
  let lastRaw: string | undefined; // what the key held when we last read or wrote it
  let saving = true; // false once this page must leave the key alone

  const report = (state: StorageState, detail: Omit<StorageStatus, 'state'> = {}) => reportStorageStatus(key, { state, ...detail });

  /** Stops touching the key for the rest of this page's life. */
  function stopSaving(state: StorageState): void {
    saving = false;
    disconnect();
    report(state);
  }

  /** Stops listening for other tabs. */
  function disconnect(): void {
    unbind?.();
    unbind = undefined;
  }

  /**
   * A fresh raw atom that agrees with storage. persistent's restore() (on mount and on pageshow)
   * writes back whatever it thinks the key should hold; a failed write leaves it thinking wrong,
   * and a fresh atom gives it nothing to write. Throws when storage does.
   */
  function connect(): void {
    const listening = unbind !== undefined;
    disconnect();
    backing = persistentAtom<string | undefined>(key, undefined);
    if (listening) unbind = backing.listen(onOutside);
  }

  /**
   * Copies unreadable text to a side key so starting fresh (or dropping items) loses nothing; false
   * when even that failed. Never overwrites an earlier copy made in the same millisecond, and copies
   * the same text only once.
   */
  function setAside(raw: string, lost?: SetAside): boolean {
    const stamp = `${key}:damaged:${new Date().toISOString()}`;
    try {
      let aside = stamp;
      for (let n = 2; ; n++) {
        const held = readRaw(aside);
        if (held === raw) break; // already copied
        if (held === undefined) {
          writeRaw(aside, raw);
          break;
        }
        aside = `${stamp}-${n}`;
      }
      report('damaged', lost ? { damagedKey: aside, setAside: lost } : { damagedKey: aside });
      return true;
    } catch (e) {
      // Without a copy the original is the only one: never overwrite it.
      stopSaving(isQuotaError(e) ? 'full' : 'unavailable');
      return false;
    }
  }

  /** Writes a value; on a full disk keeps going in memory and retries on the next change. */
  function writeNow(value: T): void {
    const before = lastRaw;
    const raw = codec.write(value);
    try {
      lastRaw = raw; // before set: backing notifies our listener synchronously
      backing!.set(raw);
      report('ok');
    } catch (e) {
      lastRaw = before;
      if (!isQuotaError(e)) return stopSaving('unavailable');
      report('full');
      try {
        connect();
      } catch {
        stopSaving('unavailable');
      }
    }
  }

  /** Takes in what the key holds now (first read, another tab, a re-mount); returns the value to show. */
  function absorb(raw: string | undefined, ours: T | undefined): T {
    lastRaw = raw;
    if (raw === undefined) return initial;
    const r = codec.read(raw);
    if (r.kind === 'newer') {
      stopSaving('newer');
      return ours ?? initial;
    }
    const value = r.kind === 'damaged' ? (ours ?? initial) : ours !== undefined && codec.merge ? codec.merge(r.data, ours) : r.data;
    if (r.kind === 'ok') return value;
    // The copy is safe, so replace the damage and stop re-copying it on every load. Without a copy
    // nothing is written, but what could be read is still shown.
    if (setAside(raw, r.kind === 'repaired' ? r.setAside : undefined)) writeNow(value);
    return value;
  }

  /** Reacts to a change of the key made outside this store. */
  function onOutside(raw: string | undefined): void {
    if (saving && raw !== lastRaw) show(absorb(raw, $store.get()));
  }

  if (browserBlocksStorage()) stopSaving('unavailable');
  else {
    try {
      connect();
      show(absorb(backing!.value, undefined));
    } catch {
      stopSaving('unavailable');
    }
  }

  $store.set = (ours: T) => {
    if (!saving) return show(ours);
    let stored: string | undefined;
    try {
      stored = readRaw(key);
    } catch {
      stopSaving('unavailable');
      return show(ours);
    }
    let next = ours;
    if (stored !== lastRaw && stored !== undefined) {
      // Another tab wrote since we last looked: never overwrite it blindly.
      const r = codec.read(stored);
      if (r.kind === 'newer') stopSaving('newer');
      else if (r.kind === 'damaged') setAside(stored); // stops saving when it cannot copy
      else {
        if (r.kind === 'repaired') setAside(stored, r.setAside);
        if (codec.merge) next = codec.merge(r.data, ours);
      }
      if (!saving) return show(next);
    }
    lastRaw = stored;
    writeNow(next);
    show(next);
  };

  onMount($store, () => {
    if (!saving) return;
    try {
      connect();
      unbind = backing!.listen(onOutside);
      onOutside(backing!.value); // the key may have changed while nobody listened
    } catch {
      stopSaving('unavailable');
    }
    return disconnect;
  });

  return $store;
}

/** A versioned `{ v, data }` store under `coffee-chat:<name>`; see the file comment for the guarantees. */
export function persistentEnvelope<T>(name: string, opts: EnvelopeOptions<T>): WritableAtom<T> {
  return guardedAtom(KEY_PREFIX + name, opts.initial, {
    read(raw) {
      const r = decodeEnvelope(raw, opts.version, opts.migrations);
      if (r.kind !== 'ok') return r;
      try {
        return { kind: 'ok', data: opts.validate(r.data) };
      } catch (e) {
        if (opts.salvage) {
          try {
            const { data, count, kept } = opts.salvage.read(r.data);
            return { kind: 'repaired', data, setAside: { items: opts.salvage.items, count, kept } };
          } catch {
            // Not even the shape around the items is readable: damaged, with validate's message.
          }
        }
        return { kind: 'damaged', message: errorText(e) };
      }
    },
    write: (value) => encodeEnvelope(opts.version, value),
    merge: opts.mergeOnWrite,
  });
}

/** A plain string under `coffee-chat:<name>` (small settings such as the active meeting id), with the same guards. */
export function persistentText(name: string, initial = ''): WritableAtom<string> {
  return guardedAtom(KEY_PREFIX + name, initial, { read: (raw) => ({ kind: 'ok', data: raw }), write: (v) => v });
}
