/**
 * What the meeting keeps from spoken practice: numbers only. Maps the timer's events (epoch ms)
 * onto the microphone's clock (s) and measures the reader's talk in each segment of a run, the
 * introduction's take and a question's asking time. Pure.
 */
import type { IntroTake, RunSpeech } from '../meeting';
import type { TimerEvent, TimerPlan } from '../timer-engine';
import type { Segment } from './detector';
import { longestMonologue, pauses, silenceAfter, speakingTime, toMicTime, type SpeechTargets } from './metrics';

/** A stretch of running time (pauses left out) spent on one segment of the plan, epoch ms. */
export interface RunInterval {
  index: number;
  start: number;
  end: number;
}

/** The running stretches of a run, in order: what the timer counted for each segment. */
export function runIntervals(plan: TimerPlan, events: readonly TimerEvent[], now: number): RunInterval[] {
  const n = plan.segments.length;
  const out: RunInterval[] = [];
  let state: 'idle' | 'running' | 'paused' | 'finished' = 'idle';
  let index = 0;
  let clock = 0;
  const close = (t: number) => {
    if (state === 'running' && t > clock) out.push({ index, start: clock, end: t });
    clock = Math.max(clock, t);
  };
  for (const e of events) {
    if (state === 'finished' || !Number.isFinite(e.at)) continue;
    if (state === 'idle') {
      if (e.type === 'start' && n > 0) {
        state = 'running';
        clock = e.at;
      }
      continue;
    }
    close(Math.max(e.at, clock));
    if (e.type === 'pause' && state === 'running') state = 'paused';
    else if (e.type === 'resume' && state === 'paused') state = 'running';
    else if (e.type === 'next' && index < n - 1) index += 1;
    else if (e.type === 'back' && index > 0) index -= 1;
    else if (e.type === 'finish') state = 'finished';
  }
  if (state === 'running') close(Math.max(now, clock));
  // Back-to-back stretches of one segment (e.g. around "+1 minute") read as one.
  return out.reduce<RunInterval[]>((acc, iv) => {
    const last = acc.at(-1);
    if (last && last.index === iv.index && last.end === iv.start) last.end = iv.end;
    else acc.push({ ...iv });
    return acc;
  }, []);
}

const tenth = (s: number) => Math.round(s * 10) / 10;
const thousandth = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The silence the reader leaves after asking: the end of their first unbroken stretch of speech
 * in the window (the question) to their next speech or the window's end. 0 if they never spoke.
 */
export function silenceAfterAsking(segments: readonly Segment[], window: { start: number; end: number }, gapS: number): number {
  const inside = segments.filter((s) => s.end > window.start && s.start < window.end).sort((a, b) => a.start - b.start);
  if (inside.length === 0) return 0;
  let end = inside[0]!.end;
  for (const s of inside.slice(1)) {
    if (s.start - end >= gapS) break;
    end = Math.max(end, s.end);
  }
  return silenceAfter(inside, Math.min(end, window.end), window.end);
}

/**
 * The numbers a run keeps when the microphone was on. `micZeroMs` is the epoch instant of the
 * microphone's time 0 (Microphone.zero().epochMs). Null when the run has no running time.
 */
export function runSpeech(
  plan: TimerPlan,
  events: readonly TimerEvent[],
  segments: readonly Segment[],
  micZeroMs: number,
  now: number,
  targets: SpeechTargets,
): RunSpeech | null {
  const windows = runIntervals(plan, events, now).map((iv) => ({ index: iv.index, start: toMicTime(iv.start, micZeroMs), end: toMicTime(iv.end, micZeroMs) }));
  if (windows.length === 0) return null;
  const talk = plan.segments.map(() => 0);
  let running = 0;
  let qTalk = 0;
  let qLength = 0;
  const silences: number[] = [];
  const reached = new Set<number>();
  const clipped: Segment[] = [];
  for (const w of windows) {
    const spoken = speakingTime(segments, w);
    talk[w.index] = (talk[w.index] ?? 0) + spoken;
    running += w.end - w.start;
    for (const s of segments) {
      const start = Math.max(s.start, w.start);
      const end = Math.min(s.end, w.end);
      if (end > start) clipped.push({ start, end });
    }
    if (plan.segments[w.index]?.kind === 'question') {
      qTalk += spoken;
      qLength += w.end - w.start;
      if (!reached.has(w.index)) {
        reached.add(w.index);
        silences.push(tenth(silenceAfterAsking(segments, w, targets.monologueGapS)));
      }
    }
  }
  const spokenSec = talk.reduce((a, b) => a + b, 0);
  const longest = longestMonologue(clipped, targets.monologueGapS);
  return {
    talkSec: talk.map(tenth),
    spokenSec: tenth(spokenSec),
    ...(qLength > 0 ? { questionsShare: thousandth(Math.min(1, qTalk / qLength)) } : {}),
    share: thousandth(running > 0 ? Math.min(1, spokenSec / running) : 0),
    longestMonologueSec: tenth(longest ? longest.end - longest.start : 0),
    silenceAfterSec: silences,
  };
}

/** The introduction's take as the meeting keeps it. */
export function introTakeNumbers(segments: readonly Segment[], durationS: number, at: Date, targets: SpeechTargets): IntroTake {
  const found = pauses(segments, targets.minPauseS);
  return {
    at: at.toISOString(),
    spokenSec: tenth(speakingTime(segments)),
    durationSec: tenth(durationS),
    pauses: found.length,
    longestPauseSec: tenth(found.reduce((a, p) => Math.max(a, p.duration), 0)),
  };
}

/** How long a question took to ask aloud: first word to last (s), or null when nothing was heard. */
export function askingSeconds(segments: readonly Segment[]): number | null {
  if (segments.length === 0) return null;
  const start = Math.min(...segments.map((s) => s.start));
  const end = Math.max(...segments.map((s) => s.end));
  return tenth(end - start);
}
