/**
 * What the data page shows about storage, pure: what each `coffee-chat:` key is, damaged copies
 * (date, size, file name) and how one is read back, sizes in words.
 */
import { damagedPrefix } from './data-care';
import type { Meeting } from './meeting';
import { salvageMeetingsData } from './meeting-validate';
import { decodeEnvelope, type Migrations } from './storage-envelope';

/** What a `coffee-chat:` key holds, as the data page groups it. */
export type KeyKind = 'meetings' | 'draft' | 'setting' | 'damaged';

// The key of a damaged copy as data-care's damagedPrefix writes it: the store, then the time it was set aside.
const DAMAGED = new RegExp(String.raw`^${damagedPrefix('coffee-chat:(.+)')}(\d{4}-\d\d-\d\dT[\d:.]+Z)(?:-\d+)?$`);

/** The kind of a stored key, or null when it is not ours. */
export function keyKind(key: string): KeyKind | null {
  if (!key.startsWith('coffee-chat:')) return null;
  if (DAMAGED.test(key)) return 'damaged';
  const name = key.slice('coffee-chat:'.length);
  if (name === 'meetings') return 'meetings';
  if (name === 'timer-run' || name.includes('draft')) return 'draft';
  return 'setting';
}

/** A damaged copy as the data page lists it. */
export interface DamagedCopy {
  key: string;
  /** The store it came from: "meetings", "timer-run"… */
  store: string;
  /** When it was set aside. */
  at: Date;
  /** Its size in bytes (UTF-8, as downloaded). */
  bytes: number;
}

/** The damaged copy a key names, or null for any other key. */
export function damagedCopy(key: string, text: string): DamagedCopy | null {
  const m = DAMAGED.exec(key);
  if (!m) return null;
  return { key, store: m[1]!, at: new Date(m[2]!), bytes: utf8Bytes(text) };
}

/** The download's file name: coffee-chat-meetings-damaged-2026-03-01T10-00-00-000Z.txt. */
export function damagedFileName(copy: DamagedCopy): string {
  return `${copy.key.replace(/^coffee-chat:/, 'coffee-chat-').replace(/[^A-Za-z0-9-]+/g, '-')}.txt`;
}

/** Bytes of a string as UTF-8. */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) (n += 4), i++;
    else n += 3;
  }
  return n;
}

/** A size in the unit a reader reads it in: bytes under 1 KB, whole KB and GB, MB to a tenth. */
export interface ByteSize {
  value: number;
  unit: 'B' | 'KB' | 'MB' | 'GB';
}

/** 300 → 300 B, 12,345 → 12 KB, 1.4 MiB → 1.4 MB, 10 GiB → 10 GB (binary multiples). The words are the data page's. */
export function byteSize(bytes: number): ByteSize {
  if (bytes < 1024) return { value: bytes, unit: 'B' };
  if (bytes < 1024 ** 2) return { value: Math.round(bytes / 1024), unit: 'KB' };
  if (bytes < 1024 ** 3) return { value: Math.round((bytes / 1024 ** 2) * 10) / 10, unit: 'MB' };
  return { value: Math.round(bytes / 1024 ** 3), unit: 'GB' };
}

export type CopyReading =
  | { ok: true; meetings: Meeting[]; dropped: number }
  | { ok: false; problem: 'not-json' | 'newer' | 'no-meetings' };

/**
 * Reads the meetings a damaged copy still holds: the envelope (migrated), then every meeting
 * that validates; counts the ones that do not. Never throws.
 */
export function readMeetingsCopy(text: string, version: number, migrations: Migrations): CopyReading {
  const r = decodeEnvelope(text, version, migrations);
  if (r.kind === 'newer') return { ok: false, problem: 'newer' };
  let data: unknown;
  if (r.kind === 'ok') data = r.data;
  else {
    try {
      data = JSON.parse(text);
    } catch {
      return { ok: false, problem: 'not-json' };
    }
    // Not an envelope: a bare `{ meetings }` (or `{ data: { meetings } }`) is still worth a try.
    if (data && typeof data === 'object' && 'data' in data) data = (data as { data: unknown }).data;
  }
  if (data && typeof data === 'object' && !Array.isArray((data as { tombstones?: unknown }).tombstones)) data = { ...data, tombstones: [] };
  try {
    const { data: kept, dropped } = salvageMeetingsData(data);
    if (kept.meetings.length === 0 && dropped.meetings === 0) return { ok: false, problem: 'no-meetings' };
    return { ok: true, meetings: kept.meetings, dropped: dropped.meetings };
  } catch {
    return { ok: false, problem: 'no-meetings' };
  }
}
