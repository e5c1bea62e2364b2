/**
 * Merging meeting lists from two tabs or an import: per meeting, the newest `updatedAt` wins,
 * nothing else is lost. A deletion is a tombstone, so a stale copy cannot bring a meeting back;
 * an edit made after the deletion (an undo, say) is newer and does.
 */
import type { Meeting, MeetingsData, Tombstone } from './meeting';

export interface ImportSummary {
  added: number;
  newer: number;
  older: number;
  same: number;
}

/** Milliseconds of an ISO time; unreadable times count as oldest so they never win. */
const ms = (iso: string): number => Date.parse(iso) || 0;

/** The newer of two versions of one meeting; ties break on content so the result never depends on argument order. */
function newer(a: Meeting, b: Meeting): Meeting {
  const d = ms(a.updatedAt) - ms(b.updatedAt);
  if (d !== 0) return d > 0 ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

/** Keeps the latest deletion time per id. */
export function mergeTombstones(a: Tombstone[], b: Tombstone[]): Tombstone[] {
  const byId = new Map<string, Tombstone>();
  for (const t of [...a, ...b]) {
    const had = byId.get(t.id);
    if (!had || ms(t.deletedAt) > ms(had.deletedAt)) byId.set(t.id, t);
  }
  return [...byId.values()];
}

/** Union of both lists by id, newest version of each, minus meetings deleted after their last edit. Order: ours, then theirs' new ones. */
export function mergeMeetings(ours: Meeting[], theirs: Meeting[], tombstones: Tombstone[] = []): Meeting[] {
  const byId = new Map<string, Meeting>();
  for (const m of [...ours, ...theirs]) {
    const had = byId.get(m.id);
    byId.set(m.id, had ? newer(had, m) : m);
  }
  const deletedAt = new Map(mergeTombstones(tombstones, []).map((t) => [t.id, ms(t.deletedAt)]));
  return [...byId.values()].filter((m) => !(ms(m.updatedAt) <= (deletedAt.get(m.id) ?? -Infinity)));
}

/** Merges two whole stored states (used before every write, so a stale tab cannot overwrite newer data). */
export function mergeMeetingsData(stored: MeetingsData, ours: MeetingsData): MeetingsData {
  const tombstones = mergeTombstones(ours.tombstones, stored.tombstones);
  return { meetings: mergeMeetings(ours.meetings, stored.meetings, tombstones), tombstones };
}

/** Counts what an import would do, for "3 meetings: 2 new, 1 newer than yours". */
export function summarizeImport(current: Meeting[], incoming: Meeting[]): ImportSummary {
  const have = new Map(current.map((m) => [m.id, ms(m.updatedAt)]));
  const summary: ImportSummary = { added: 0, newer: 0, older: 0, same: 0 };
  for (const m of incoming) {
    const mine = have.get(m.id);
    const t = ms(m.updatedAt);
    if (mine === undefined) summary.added++;
    else if (t > mine) summary.newer++;
    else if (t < mine) summary.older++;
    else summary.same++;
  }
  return summary;
}
