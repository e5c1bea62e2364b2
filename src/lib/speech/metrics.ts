/**
 * Numbers about speech segments (from the detector): speaking time (per timer segment with a
 * window), pauses, longest monologue, silence after a question. Pure; times in seconds on one
 * clock (the caller maps timer instants onto the microphone's clock, see `toMicTime`).
 */
import type { Segment } from './detector';
import type { SpeechTargets } from './targets';

export type { SpeechTargets } from './targets';

export interface Window {
  start: number;
  end: number;
}

const overlap = (s: Segment, w: Window) => Math.max(0, Math.min(s.end, w.end) - Math.max(s.start, w.start));

/** Total speaking time (s), optionally only inside a window. */
export function speakingTime(segments: readonly Segment[], window?: Window): number {
  let total = 0;
  for (const s of segments) total += window ? overlap(s, window) : Math.max(0, s.end - s.start);
  return total;
}

export interface Pause {
  start: number;
  end: number;
  duration: number;
}

/** Silent gaps between consecutive segments that last at least `minPauseS`. */
export function pauses(segments: readonly Segment[], minPauseS: number): Pause[] {
  const sorted = [...segments].sort((a, b) => a.start - b.start);
  const out: Pause[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const start = sorted[i - 1]!.end;
    const end = sorted[i]!.start;
    if (end - start >= minPauseS) out.push({ start, end, duration: end - start });
  }
  return out;
}

/** The longest stretch (s, first start to last end) of segments separated by gaps under `gapS`. */
export function longestMonologue(segments: readonly Segment[], gapS: number): Segment | null {
  const sorted = [...segments].sort((a, b) => a.start - b.start);
  let best: Segment | null = null;
  let run: Segment | null = null;
  for (const s of sorted) {
    if (run && s.start - run.end < gapS) run = { start: run.start, end: Math.max(run.end, s.end) };
    else run = { ...s };
    if (!best || run.end - run.start > best.end - best.start) best = run;
  }
  return best;
}

/**
 * The silence (s) the reader leaves after an instant (e.g. the moment a question starts or is
 * marked asked): from the end of the speech going on at that instant (or the instant itself) to
 * the reader's next speech, capped at `until` (the end of that question's window or of the run).
 */
export function silenceAfter(segments: readonly Segment[], instant: number, until: number): number {
  const sorted = [...segments].sort((a, b) => a.start - b.start);
  let from = instant;
  for (const s of sorted) if (s.start <= from && s.end > from) from = s.end;
  if (from >= until) return 0;
  const next = sorted.find((s) => s.start >= from);
  return Math.max(0, Math.min(next ? next.start : until, until) - from);
}

/** True when a question took longer than the target to ask aloud. */
export function questionRunsLong(spokenS: number, targets: Pick<SpeechTargets, 'questionMaxS'>): boolean {
  return spokenS > targets.questionMaxS;
}

export type IntroVerdict = 'short' | 'on-target' | 'long';

/** The introduction's speaking time against the target. */
export function introVerdict(spokenS: number, targets: SpeechTargets): IntroVerdict {
  if (spokenS < targets.introTargetS - targets.introToleranceS) return 'short';
  if (spokenS > targets.introTargetS + targets.introToleranceS) return 'long';
  return 'on-target';
}

/**
 * Maps an instant on another clock (ms, e.g. the timer's Date.now() or performance.now()) onto the
 * microphone clock (s), given the instant (same clock, ms) at which the microphone's time 0 began.
 */
export function toMicTime(instantMs: number, micZeroMs: number): number {
  return (instantMs - micZeroMs) / 1000;
}
