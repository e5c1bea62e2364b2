/** Geometry for the run history chart: planned against actual minutes per run, as paired bars. */
import type { Run } from './meeting';
import { chronological, runTotals } from './run-summary';

export interface ChartBar {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartColumn {
  runId: string;
  startedAt: string;
  plannedSec: number;
  actualSec: number;
  planned: ChartBar;
  actual: ChartBar;
}

export interface ChartTick {
  /** Whole minutes at this line of the scale. */
  minutes: number;
  y: number;
}

export interface RunChart {
  width: number;
  height: number;
  /** The value at the top of the scale, in seconds (a whole number of minutes). */
  maxSec: number;
  /** The minutes scale: 0, the top, and a whole-minute line between when there is one. */
  ticks: ChartTick[];
  columns: ChartColumn[];
}

/** Lines of the minutes scale for a chart whose top is `maxSec`: 0, the middle (when whole) and the top. */
export function chartTicks(maxSec: number, height: number): ChartTick[] {
  const top = Math.max(1, Math.round(maxSec / 60));
  const marks = top % 2 === 0 && top >= 2 ? [0, top / 2, top] : [0, top];
  return marks.map((minutes) => ({ minutes, y: height - (minutes / top) * height }));
}

/** How many recent runs the chart shows; older ones stay in the list. */
export const CHART_RUNS = 10;

/** Bars for the most recent runs, oldest on the left, scaled to the longest planned or actual total. */
export function runChart(runs: readonly Run[], width = 320, height = 120): RunChart {
  const recent = chronological(runs).slice(-CHART_RUNS);
  const totals = recent.map((r) => runTotals(r.segments));
  const longest = Math.max(60, ...totals.flatMap((t) => [t.plannedSec, t.actualSec]));
  // A scale a reader can halve in their head: whole even minutes up to 10, then fives.
  const minutes = Math.ceil(longest / 60);
  const step = minutes > 10 ? 5 : 2;
  const maxSec = Math.ceil(minutes / step) * step * 60;
  const slot = recent.length > 0 ? width / recent.length : width;
  const bar = Math.max(2, Math.min(24, slot / 3));
  const scale = (sec: number) => (Math.max(0, sec) / maxSec) * height;
  const columns = recent.map((run, i) => {
    const t = totals[i]!;
    const left = i * slot + (slot - 2 * bar) / 2;
    const ph = scale(t.plannedSec);
    const ah = scale(t.actualSec);
    return {
      runId: run.id,
      startedAt: run.startedAt,
      plannedSec: t.plannedSec,
      actualSec: t.actualSec,
      planned: { x: left, y: height - ph, width: bar, height: ph },
      actual: { x: left + bar, y: height - ah, width: bar, height: ah },
    };
  });
  return { width, height, maxSec, ticks: chartTicks(maxSec, height), columns };
}
