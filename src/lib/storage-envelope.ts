/**
 * The versioned envelope every stored key uses: `{ v, data }`.
 * Pure: no DOM, no stores. src/stores/persist.ts does the reading and writing.
 */

/** `migrations[n]` turns version n-1 data into version n data; they run in ascending order. */
export type Migrations = Record<number, (old: unknown) => unknown>;

export interface Envelope {
  v: number;
  data: unknown;
}

/** What a stored value turned out to be: usable, unreadable, or written by a newer version of the site. */
export type EnvelopeResult<T = unknown> =
  | { kind: 'ok'; data: T; from: number }
  | { kind: 'damaged'; message: string }
  | { kind: 'newer'; version: number };

/** Serialises data with its version. */
export function encodeEnvelope(version: number, data: unknown): string {
  return JSON.stringify({ v: version, data } satisfies Envelope);
}

/** Brings a parsed envelope up to currentVersion, or says why it cannot. */
export function migrate(raw: unknown, currentVersion: number, migrations: Migrations = {}): EnvelopeResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || !('data' in raw) || !('v' in raw)) {
    return { kind: 'damaged', message: 'not a { v, data } envelope' };
  }
  const { v, data } = raw as Envelope;
  if (!Number.isInteger(v) || v < 1) return { kind: 'damaged', message: `version ${String(v)} is not a whole number from 1` };
  // A newer site wrote this; we cannot know its shape, so the caller must leave it alone.
  if (v > currentVersion) return { kind: 'newer', version: v };
  let value = data;
  for (let next = v + 1; next <= currentVersion; next++) {
    const step = migrations[next];
    if (!step) return { kind: 'damaged', message: `no migration to version ${next}` };
    try {
      value = step(value);
    } catch (e) {
      return { kind: 'damaged', message: `migration to version ${next} failed: ${errorText(e)}` };
    }
  }
  return { kind: 'ok', data: value, from: v };
}

/** Parses stored text and migrates it; never throws. */
export function decodeEnvelope(text: string, currentVersion: number, migrations: Migrations = {}): EnvelopeResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'damaged', message: 'not valid JSON' };
  }
  return migrate(raw, currentVersion, migrations);
}

/** An error's message, whatever was thrown. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
