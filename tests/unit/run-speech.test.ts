import { describe, expect, it } from 'vitest';
import { askingSeconds, introTakeNumbers, runIntervals, runSpeech, silenceAfterAsking } from '../../src/lib/speech/run-speech';
import { DEFAULT_SPEECH_TARGETS as TARGETS, questionsShareOk } from '../../src/lib/speech/targets';
import type { TimerEvent, TimerPlan } from '../../src/lib/timer-engine';

const T = 1_000_000;
const plan: TimerPlan = {
  totalSec: 300,
  segments: [
    { label: 'Intro', seconds: 60, kind: 'intro' },
    { label: 'Q1', seconds: 120, kind: 'question' },
    { label: 'Close', seconds: 60, kind: 'close' },
  ],
};
const at = (s: number) => T + s * 1000;
const events: TimerEvent[] = [
  { type: 'start', at: at(0) },
  { type: 'next', at: at(60) },
  { type: 'pause', at: at(100) },
  { type: 'resume', at: at(130) },
  { type: 'next', at: at(210) },
  { type: 'finish', at: at(240) },
];

describe('runIntervals', () => {
  it('gives the running stretches of each segment, pauses left out', () => {
    expect(runIntervals(plan, events, at(500))).toEqual([
      { index: 0, start: at(0), end: at(60) },
      { index: 1, start: at(60), end: at(100) },
      { index: 1, start: at(130), end: at(210) },
      { index: 2, start: at(210), end: at(240) },
    ]);
  });
  it('is empty before the start', () => {
    expect(runIntervals(plan, [], at(5))).toEqual([]);
  });
});

describe('runSpeech', () => {
  // Microphone time 0 is 2 s before the run starts.
  const zero = at(-2);
  const m = (s: number) => s + 2;
  const speech = [
    { start: m(5), end: m(35) }, // introduction: 30 s
    { start: m(61), end: m(66) }, // asks the question: 5 s, then 20 s of silence
    { start: m(86), end: m(96) }, // a follow-up: 10 s
    { start: m(110), end: m(120) }, // paused: not counted
    { start: m(215), end: m(225) }, // close: 10 s
  ];
  it('measures talk per segment, share, the questions share, the longest monologue and the silence after asking', () => {
    const r = runSpeech(plan, events, speech, zero, at(500), TARGETS)!;
    expect(r.talkSec).toEqual([30, 15, 10]);
    expect(r.spokenSec).toBe(55);
    expect(r.share).toBeCloseTo(55 / 210, 3);
    expect(r.questionsShare).toBeCloseTo(15 / 120, 3);
    expect(r.longestMonologueSec).toBe(30);
    expect(r.silenceAfterSec).toEqual([20]);
    expect(questionsShareOk(r)).toBe(true);
  });
  it('is null for a run that never ran', () => {
    expect(runSpeech(plan, [], speech, zero, at(10), TARGETS)).toBeNull();
  });
});

describe('small measures', () => {
  it('silence after asking is 0 when the reader never spoke', () => {
    expect(silenceAfterAsking([], { start: 0, end: 10 }, 1.5)).toBe(0);
  });
  it('keeps an introduction take as numbers', () => {
    const take = introTakeNumbers([{ start: 1, end: 10 }, { start: 12, end: 30 }, { start: 30.2, end: 33 }], 35, new Date('2026-03-01T10:00:00Z'), TARGETS);
    expect(take).toEqual({ at: '2026-03-01T10:00:00.000Z', spokenSec: 29.8, durationSec: 35, pauses: 1, longestPauseSec: 2 });
  });
  it('asking time runs from the first word to the last', () => {
    expect(askingSeconds([{ start: 2, end: 4 }, { start: 4.5, end: 9.25 }])).toBe(7.3);
    expect(askingSeconds([])).toBeNull();
  });
});
