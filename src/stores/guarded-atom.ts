/**
 * The guarded atom behind every persisted store: it keeps working in memory when storage is
 * blocked, full, damaged or written by a newer version, says so via $storageStatus, never
 * overwrites another tab's newer text blindly, and copies unreadable text aside before replacing it.
 *
 * Why not persistentAtom itself: it writes inside `set` (a quota error would throw before the value
 * changes) and deletes the key when encode returns undefined, so it cannot "keep the value but leave
 * the key alone". The visible value lives in our own atom; a raw-text atom over the key
 * (storage-raw.ts) gives us persistent's cross-tab `listen`.
 */
import { atom, onMount, type WritableAtom } from 'nanostores';
import { damagedCopiesOf, damagedPrefix, MAX_DAMAGED_COPIES } from '../lib/data-care';
import { browserBlocksStorage, isQuotaError, keyAtom, readRaw, storedKeys, writeRaw } from './storage-raw';
import { reportStorageStatus, type SetAside, type StorageState, type StorageStatus } from './storage-status';

/** What one read of a key found. */
export type Read<T> =
  | { kind: 'ok'; data: T }
  /** Readable once some items were left out; the text must be copied aside before it is replaced. */
  | { kind: 'repaired'; data: T; setAside: SetAside }
  | { kind: 'damaged'; message: string }
  | { kind: 'newer' };

/** How one key turns text into a value and back. */
export interface Codec<T> {
  read: (raw: string) => Read<T>;
  write: (value: T) => string;
  /** Combines what storage holds with what this tab has, so neither side's changes are lost. */
  merge?: (stored: T, ours: T) => T;
}

/** Everything a guarded atom knows about its key, in one place. */
interface GuardState {
  /** The raw-text atom over the key (fresh after a failed write). */
  backing: WritableAtom<string | undefined> | undefined;
  /** Set while we listen for other tabs. */
  unbind: (() => void) | undefined;
  /** What the key held when we last read or wrote it. */
  lastRaw: string | undefined;
  /** False once this page must leave the key alone (blocked, full without a copy, newer version). */
  saving: boolean;
}

/** The guarded store behind persistentEnvelope and persistentText. */
export function guardedAtom<T>(key: string, initial: T, codec: Codec<T>): WritableAtom<T> {
  const $store = atom<T>(initial);
  const show = $store.set; // nanostores' set closes over the atom, so it survives being detached
  const guard: GuardState = { backing: undefined, unbind: undefined, lastRaw: undefined, saving: true };

  const report = (state: StorageState, detail: Omit<StorageStatus, 'state'> = {}) => reportStorageStatus(key, { state, ...detail });

  /** Stops touching the key for the rest of this page's life. */
  function stopSaving(state: StorageState): void {
    guard.saving = false;
    disconnect();
    report(state);
  }

  /** Stops listening for other tabs. */
  function disconnect(): void {
    guard.unbind?.();
    guard.unbind = undefined;
  }

  /**
   * A fresh raw atom that agrees with storage. persistent's restore() (on mount and on pageshow)
   * writes back whatever it thinks the key should hold; a failed write leaves it thinking wrong,
   * and a fresh atom gives it nothing to write. Throws when storage does.
   */
  function connect(): void {
    const listening = guard.unbind !== undefined;
    disconnect();
    guard.backing = keyAtom(key);
    if (listening) guard.unbind = guard.backing.listen(onOutside);
  }

  /**
   * Copies unreadable text to a side key so starting fresh (or dropping items) loses nothing; false
   * when even that failed. Never overwrites an earlier copy made in the same millisecond, and copies
   * the same text only once.
   */
  function setAside(raw: string, lost?: SetAside): boolean {
    const stamp = `${damagedPrefix(key)}${new Date().toISOString()}`;
    try {
      let aside = stamp;
      for (let n = 2; ; n++) {
        const held = readRaw(aside);
        if (held === raw) break; // already copied
        if (held === undefined) {
          // At the bound, keep the original as the only copy and stop saving (nothing is overwritten).
          if (damagedCopiesOf(storedKeys(), key) >= MAX_DAMAGED_COPIES) {
            stopSaving('copies');
            return false;
          }
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
    const before = guard.lastRaw;
    const raw = codec.write(value);
    try {
      guard.lastRaw = raw; // before set: guard.backing notifies our listener synchronously
      guard.backing!.set(raw);
      report('ok');
    } catch (e) {
      guard.lastRaw = before;
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
    guard.lastRaw = raw;
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
    if (guard.saving && raw !== guard.lastRaw) show(absorb(raw, $store.get()));
  }

  if (browserBlocksStorage()) stopSaving('unavailable');
  else {
    try {
      connect();
      show(absorb(guard.backing!.value, undefined));
    } catch {
      stopSaving('unavailable');
    }
  }

  $store.set = (ours: T) => {
    if (!guard.saving) return show(ours);
    let stored: string | undefined;
    try {
      stored = readRaw(key);
    } catch {
      stopSaving('unavailable');
      return show(ours);
    }
    let next = ours;
    if (stored !== guard.lastRaw && stored !== undefined) {
      // Another tab wrote since we last looked: never overwrite it blindly.
      const r = codec.read(stored);
      if (r.kind === 'newer') stopSaving('newer');
      else if (r.kind === 'damaged') setAside(stored); // stops guard.saving when it cannot copy
      else {
        if (r.kind === 'repaired') setAside(stored, r.setAside);
        if (codec.merge) next = codec.merge(r.data, ours);
      }
      if (!guard.saving) return show(next);
    }
    guard.lastRaw = stored;
    writeNow(next);
    show(next);
  };

  onMount($store, () => {
    if (!guard.saving) return;
    try {
      connect();
      guard.unbind = guard.backing!.listen(onOutside);
      onOutside(guard.backing!.value); // the key may have changed while nobody listened
    } catch {
      stopSaving('unavailable');
    }
    return disconnect;
  });

  return $store;
}
