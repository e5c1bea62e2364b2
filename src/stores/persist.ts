/**
 * Persisted stores as the app uses them: a versioned `{ v, data }` envelope with migrations and
 * salvage of readable items (persistentEnvelope), or plain text (persistentText), each on a guarded
 * atom (guarded-atom.ts) over raw storage access (storage-raw.ts).
 *
 * Damage comes in two sizes. When nothing can be read, the text is copied aside and the store starts
 * fresh. When a store can read its items one by one (`salvage`) and only some fail, it keeps the rest:
 * the text is still copied aside first, and the notice counts what was left out.
 */
import type { WritableAtom } from 'nanostores';
import { decodeEnvelope, encodeEnvelope, errorText, type Migrations } from '../lib/storage-envelope';
import { guardedAtom } from './guarded-atom';
import type { ItemKind } from './storage-status';

export const KEY_PREFIX = 'coffee-chat:';

/** What a lenient read kept, and how many items it left out and kept, for the notice. */
export interface Salvaged<T> {
  data: T;
  count: number;
  kept: number;
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
