import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Run } from '../../src/lib/meeting';
import { runChart } from '../../src/lib/run-chart';
import {
  buildRun,
  chronological,
  cleanRating,
  notesFit,
  overtimeSec,
  runSegments,
  runTotals,
  runTrend,
} from '../../src/lib/run-summary';
import type { TimerEvent } from '../../src/lib/timer-engine';
import { T0, tenMinutePlan } from './timer-fixtures';

const plan = tenMinutePlan('What does a typical week look like?');
const run = (id: string, day: number, actual: number[]): Run => ({
  id,
  startedAt: new Date(T0 + day * 86_400_000).toISOString(),
  endedAt: new Date(T0 + day * 86_400_000 + 600_000).toISOString(),
  segments: actual.map((a, i) => ({ label: `s${i}`, plannedSec: 200, actualSec: a })),
});

describe('run summary', () => {
  const events: TimerEvent[] = [
    { type: 'start', at: T0 },
    { type: 'next', at: T0 + 150_000 },
    { type: 'add-minute', at: T0 + 200_000 },
    { type: 'next', at: T0 + 560_400 },
    { type: 'finish', at: T0 + 700_000 },
  ];

  it('compares planned and actual seconds per segment', () => {
    expect(runSegments(plan, events, T0 + 800_000)).toEqual([
      { label: 'Small talk and introduction', plannedSec: 120, actualSec: 150 },
      { label: 'What does a typical week look like?', plannedSec: 360, actualSec: 410 },
      { label: 'Next steps and close', plannedSec: 120, actualSec: 140 },
    ]);
  });

  it('reports the time past the agreed end', () => {
    const segs = runSegments(plan, events, T0 + 800_000);
    expect(runTotals(segs)).toEqual({ plannedSec: 600, actualSec: 700, deltaSec: 100 });
    expect(overtimeSec(plan, segs)).toBe(100);
    expect(overtimeSec({ ...plan, totalSec: 900 }, segs)).toBe(0);
  });

  it('builds the record to save only for a finished run', () => {
    const saved = buildRun(plan, events, T0 + 800_000, { id: 'r1', rating: 4, notes: '  Spoke too long at the start ' });
    expect(saved).toMatchObject({
      id: 'r1',
      startedAt: '2026-01-05T09:00:00.000Z',
      endedAt: '2026-01-05T09:11:40.000Z',
      rating: 4,
      notes: 'Spoke too long at the start',
    });
    expect(buildRun(plan, events.slice(0, 3), T0 + 800_000, { id: 'r2' })).toBeUndefined();
    const bare = buildRun(plan, events, T0 + 800_000, { id: 'r3', rating: 9, notes: '' });
    expect(bare).not.toHaveProperty('rating');
    expect(bare).not.toHaveProperty('notes');
  });

  it('accepts ratings of 1 to 5 only and notes within the limit', () => {
    expect([0, 1, 5, 6, 2.5, '3', null].map(cleanRating)).toEqual([undefined, 1, 5, undefined, undefined, undefined, undefined]);
    expect(notesFit('x'.repeat(2000))).toBe(true);
    expect(notesFit('x'.repeat(2001))).toBe(false);
  });
});

describe('runTrend', () => {
  it('says none, first, closer, steady or further', () => {
    expect(runTrend([])).toBe('none');
    expect(runTrend([run('a', 0, [300, 300])])).toBe('first');
    const older = [run('a', 0, [300, 300]), run('b', 1, [280, 300])];
    expect(runTrend([...older, run('c', 2, [200, 210])])).toBe('closer');
    expect(runTrend([...older, run('c', 2, [290, 300])])).toBe('steady');
    expect(runTrend([...older, run('c', 2, [400, 400])])).toBe('further');
  });

  it('orders runs by start time, not by list position', () => {
    const list = [run('late', 5, [200, 200]), run('early', 1, [400, 400])];
    expect(chronological(list).map((r) => r.id)).toEqual(['early', 'late']);
    expect(runTrend(list)).toBe('closer');
  });
});

describe('runChart', () => {
  it('draws a planned and an actual bar per run on one scale', () => {
    const c = runChart([run('a', 0, [200, 200]), run('b', 1, [300, 300])], 200, 100);
    expect(c.maxSec).toBe(600);
    expect(c.columns.map((x) => x.runId)).toEqual(['a', 'b']);
    expect(c.columns[1]!.actual.height).toBe(100);
    expect(c.columns[0]!.planned.height).toBeCloseTo((400 / 600) * 100);
    expect(c.columns[0]!.planned.y + c.columns[0]!.planned.height).toBe(100);
  });

  it('keeps every bar inside the chart for any runs', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 20_000 }), { maxLength: 8 }), { maxLength: 30 }), (lists) => {
        const c = runChart(lists.map((a, i) => run(`r${i}`, i, a)), 320, 120);
        expect(c.columns.length).toBe(Math.min(10, lists.length));
        for (const col of c.columns)
          for (const b of [col.planned, col.actual]) {
            expect(b.x).toBeGreaterThanOrEqual(0);
            expect(b.x + b.width).toBeLessThanOrEqual(320 + 1e-9);
            expect(b.y).toBeGreaterThanOrEqual(-1e-9);
            expect(b.y + b.height).toBeCloseTo(120);
          }
      }),
    );
  });
});

describe('skipped segments and the chart scale', () => {
  it('a segment with planned time and none spent was skipped; a fast one was not', async () => {
    const { segmentSkipped } = await import('../../src/lib/run-summary');
    expect(segmentSkipped({ label: 'x', plannedSec: 180, actualSec: 0 })).toBe(true);
    expect(segmentSkipped({ label: 'x', plannedSec: 180, actualSec: 5 })).toBe(false);
  });

  it('scales to whole even minutes (fives past ten) with 0, the middle and the top marked', async () => {
    const { runChart } = await import('../../src/lib/run-chart');
    const one = runChart([run('a', 0, [600, 754])], 276, 120);
    expect(one.maxSec).toBe(25 * 60);
    expect(one.ticks.map((t) => t.minutes)).toEqual([0, 25]);
    const short = runChart([run('a', 0, [200, 200])], 276, 120);
    expect(short.ticks.map((t) => t.minutes)).toEqual([0, 4, 8]);
    expect(short.ticks.map((t) => t.y)).toEqual([120, 60, 0]);
  });
});
