import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/lib/meeting';
import { mergeMeetings, mergeMeetingsData, mergeTombstones, summarizeImport } from '../../src/lib/merge';
import { fullMeeting, meetingListArb, tombstonesArb } from './meeting-fixtures';

const byId = (list: Meeting[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
const ms = (iso: string) => Date.parse(iso);

describe('mergeMeetings', () => {
  it('keeps the newer version of a meeting both sides have', () => {
    const old = fullMeeting({ title: 'old', updatedAt: '2026-01-01T00:00:00.000Z' });
    const edited = fullMeeting({ title: 'new', updatedAt: '2026-01-02T00:00:00.000Z' });
    expect(mergeMeetings([old], [edited])).toEqual([edited]);
    expect(mergeMeetings([edited], [old])).toEqual([edited]);
  });

  it('keeps meetings only one side has, ours first', () => {
    const a = fullMeeting({ id: 'a' });
    const b = fullMeeting({ id: 'b' });
    expect(mergeMeetings([a], [b]).map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('drops a meeting deleted after its last edit, so a stale tab cannot resurrect it', () => {
    const m = fullMeeting({ updatedAt: '2026-01-01T00:00:00.000Z' });
    expect(mergeMeetings([], [m], [{ id: m.id, deletedAt: '2026-01-01T00:00:01.000Z' }])).toEqual([]);
  });

  it('keeps a meeting edited after its deletion (an undo, or an edit in another tab)', () => {
    const m = fullMeeting({ updatedAt: '2026-01-01T00:00:02.000Z' });
    expect(mergeMeetings([m], [], [{ id: m.id, deletedAt: '2026-01-01T00:00:01.000Z' }])).toEqual([m]);
  });

  it('gives the same meetings whichever side is ours', () => {
    fc.assert(
      fc.property(meetingListArb, meetingListArb, tombstonesArb, (a, b, t) => {
        expect(byId(mergeMeetings(a, b, t))).toEqual(byId(mergeMeetings(b, a, t)));
      }),
    );
  });

  it('never loses a meeting that was not deleted after its newest edit', () => {
    fc.assert(
      fc.property(meetingListArb, meetingListArb, tombstonesArb, (a, b, t) => {
        const merged = new Set(mergeMeetings(a, b, t).map((m) => m.id));
        for (const m of [...a, ...b]) {
          const newest = Math.max(...[...a, ...b].filter((x) => x.id === m.id).map((x) => ms(x.updatedAt)));
          const deleted = t.find((x) => x.id === m.id);
          if (!deleted || ms(deleted.deletedAt) < newest) expect(merged).toContain(m.id);
        }
      }),
    );
  });

  it('keeps for each id a version with the newest updatedAt', () => {
    fc.assert(
      fc.property(meetingListArb, meetingListArb, (a, b) => {
        for (const m of mergeMeetings(a, b)) {
          const all = [...a, ...b].filter((x) => x.id === m.id);
          expect(all).toContainEqual(m);
          expect(ms(m.updatedAt)).toBe(Math.max(...all.map((x) => ms(x.updatedAt))));
        }
      }),
    );
  });

  it('changes nothing when merged with itself', () => {
    fc.assert(
      fc.property(meetingListArb, (a) => {
        expect(mergeMeetings(a, a)).toEqual(a);
      }),
    );
  });
});

describe('mergeTombstones', () => {
  it('keeps the latest deletion per meeting', () => {
    const early = { id: 'a', deletedAt: '2026-01-01T00:00:00.000Z' };
    const late = { id: 'a', deletedAt: '2026-01-02T00:00:00.000Z' };
    expect(mergeTombstones([early], [late])).toEqual([late]);
    expect(mergeTombstones([late], [early])).toEqual([late]);
  });
});

describe('mergeMeetingsData', () => {
  it('applies a deletion from either side to meetings from the other', () => {
    const m = fullMeeting({ updatedAt: '2026-01-01T00:00:00.000Z' });
    const stored = { meetings: [m], tombstones: [] };
    const ours = { meetings: [], tombstones: [{ id: m.id, deletedAt: '2026-01-01T00:00:01.000Z' }] };
    expect(mergeMeetingsData(stored, ours)).toEqual(ours);
    expect(mergeMeetingsData(ours, stored)).toEqual(ours);
  });
});

describe('summarizeImport', () => {
  it('counts new, newer, older and unchanged meetings: "4 meetings: 1 new, 1 newer than yours"', () => {
    const t0 = '2026-01-01T00:00:00.000Z';
    const t1 = '2026-01-02T00:00:00.000Z';
    const current = [fullMeeting({ id: 'a', updatedAt: t0 }), fullMeeting({ id: 'b', updatedAt: t1 }), fullMeeting({ id: 'c', updatedAt: t0 })];
    const incoming = [fullMeeting({ id: 'a', updatedAt: t1 }), fullMeeting({ id: 'b', updatedAt: t0 }), fullMeeting({ id: 'c', updatedAt: t0 }), fullMeeting({ id: 'd' })];
    expect(summarizeImport(current, incoming)).toEqual({ added: 1, newer: 1, older: 1, same: 1 });
  });

  it('counts every incoming meeting exactly once', () => {
    fc.assert(
      fc.property(meetingListArb, meetingListArb, (current, incoming) => {
        const s = summarizeImport(current, incoming);
        expect(s.added + s.newer + s.older + s.same).toBe(incoming.length);
      }),
    );
  });
});
