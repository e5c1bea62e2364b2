/** After a practice run: planned against actual per segment, overtime, the saved record and the trend. */
import { LIMITS, type Run, type RunSegment } from './meeting';
import { timerState, type TimerEvent, type TimerPlan } from './timer-engine';

export interface RunTotals {
  plannedSec: number;
  actualSec: number;
  /** Actual minus planned: positive means the run took longer than its segments were given. */
  deltaSec: number;
}

export type RunTrend = 'none' | 'first' | 'closer' | 'steady' | 'further';

/** Seconds a run may differ from the runs before it and still count as steady. */
export const TREND_TOLERANCE_SEC = 15;
/** How many earlier runs the latest one is compared with. */
export const TREND_WINDOW = 3;

/** Planned against actual seconds for every segment of a run (planned = the agenda, before any +1 minute). */
export function runSegments(plan: TimerPlan, events: readonly TimerEvent[], now: number): RunSegment[] {
  return timerState(plan, events, now).segments.map((s) => ({
    label: s.label,
    plannedSec: Math.round(s.plannedMs / 1000),
    actualSec: Math.round(s.actualMs / 1000),
  }));
}

/** A segment the run never reached (finished before it): no time spent, though some was planned. */
export function segmentSkipped(seg: RunSegment): boolean {
  return seg.actualSec <= 0 && seg.plannedSec > 0;
}

/** Totals of a run's segments. */
export function runTotals(segments: readonly RunSegment[]): RunTotals {
  const plannedSec = segments.reduce((a, s) => a + s.plannedSec, 0);
  const actualSec = segments.reduce((a, s) => a + s.actualSec, 0);
  return { plannedSec, actualSec, deltaSec: actualSec - plannedSec };
}

/** Seconds past the agreed end of the meeting (0 when the run ended in time). */
export function overtimeSec(plan: TimerPlan, segments: readonly RunSegment[]): number {
  return Math.max(0, runTotals(segments).actualSec - plan.totalSec);
}

/** A self-rating of 1 to 5, or undefined for anything else (no rating given). */
export function cleanRating(value: unknown): number | undefined {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5 ? (value as number) : undefined;
}

/** Whether notes fit the stored limit; longer notes are refused with a message, never cut. */
export function notesFit(notes: string): boolean {
  return notes.length <= LIMITS.runNotes;
}

/** The record saved to the meeting's run history, or undefined when the run has not been started and finished. */
export function buildRun(
  plan: TimerPlan,
  events: readonly TimerEvent[],
  now: number,
  extra: { id: string; rating?: number | undefined; notes?: string | undefined },
): Run | undefined {
  const state = timerState(plan, events, now);
  if (state.status !== 'finished' || state.startedAt === undefined || state.endedAt === undefined) return undefined;
  const rating = cleanRating(extra.rating);
  const notes = extra.notes?.trim() ?? '';
  return {
    id: extra.id,
    startedAt: new Date(state.startedAt).toISOString(),
    endedAt: new Date(state.endedAt).toISOString(),
    segments: runSegments(plan, events, now),
    ...(rating === undefined ? {} : { rating }),
    ...(notes && notesFit(notes) ? { notes } : {}),
  };
}

/** Runs oldest first, by start time. */
export function chronological(runs: readonly Run[]): Run[] {
  return [...runs].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
}

/** Whether the latest run kept closer to its plan than the few before it (by total drift, either way). */
export function runTrend(runs: readonly Run[]): RunTrend {
  const ordered = chronological(runs);
  const latest = ordered.at(-1);
  if (!latest) return 'none';
  const before = ordered.slice(-1 - TREND_WINDOW, -1);
  if (before.length === 0) return 'first';
  const drift = (r: Run) => Math.abs(runTotals(r.segments).deltaSec);
  const mean = before.reduce((a, r) => a + drift(r), 0) / before.length;
  const d = drift(latest);
  if (d < mean - TREND_TOLERANCE_SEC) return 'closer';
  if (d > mean + TREND_TOLERANCE_SEC) return 'further';
  return 'steady';
}
