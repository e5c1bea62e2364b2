import { DEFAULT_SPEECH_TARGETS } from '../../src/lib/speech/targets';
import { describe, expect, it } from 'vitest';
import {
  introVerdict,
  longestMonologue,
  pauses,
  questionRunsLong,
  silenceAfter,
  speakingTime,
  toMicTime,
} from '../../src/lib/speech/metrics';
import { classifyMicError, supportFault } from '../../src/lib/speech/faults';

const SEGS = [
  { start: 1, end: 4 }, // 3 s
  { start: 4.3, end: 6 }, // 1.7 s, 0.3 s after the first
  { start: 10, end: 12 }, // 2 s
  { start: 20, end: 21 }, // 1 s
];

describe('speech metrics', () => {
  it('adds up speaking time, overall and inside a window', () => {
    expect(speakingTime(SEGS)).toBeCloseTo(7.7);
    expect(speakingTime(SEGS, { start: 5, end: 11 })).toBeCloseTo(2);
    expect(speakingTime([])).toBe(0);
  });

  it('lists pauses at least as long as the minimum', () => {
    expect(pauses(SEGS, 0.5).map((p) => [p.start, p.end])).toEqual([
      [6, 10],
      [12, 20],
    ]);
    expect(pauses(SEGS, 0.2)).toHaveLength(3);
  });


  it('finds the longest monologue, bridging short gaps only', () => {
    expect(longestMonologue(SEGS, 1.5)).toEqual({ start: 1, end: 6 });
    expect(longestMonologue(SEGS, 0.1)).toEqual({ start: 1, end: 4 });
    expect(longestMonologue([], 1)).toBeNull();
  });

  it('measures the silence left after a question', () => {
    // Asked at 9: the reader speaks again at 10.
    expect(silenceAfter(SEGS, 9, 30)).toBe(1);
    // Marked at 11 while still speaking: silence runs from 12 to the next speech at 20.
    expect(silenceAfter(SEGS, 11, 30)).toBe(8);
    // Capped at the end of the window; no more speech gives the rest of it.
    expect(silenceAfter(SEGS, 13, 16)).toBe(3);
    expect(silenceAfter(SEGS, 22, 30)).toBe(8);
    expect(silenceAfter(SEGS, 29, 25)).toBe(0);
  });

  it('judges an introduction and a question against the targets passed in', () => {
    expect(introVerdict(12, DEFAULT_SPEECH_TARGETS)).toBe('short');
    expect(introVerdict(31, DEFAULT_SPEECH_TARGETS)).toBe('on-target');
    expect(introVerdict(55, DEFAULT_SPEECH_TARGETS)).toBe('long');
    expect(introVerdict(25, { ...DEFAULT_SPEECH_TARGETS, introTargetS: 45 })).toBe('short');
    expect(questionRunsLong(21, DEFAULT_SPEECH_TARGETS)).toBe(true);
    expect(questionRunsLong(19, DEFAULT_SPEECH_TARGETS)).toBe(false);
  });


  it('maps a timer instant onto the microphone clock', () => {
    expect(toMicTime(12_500, 10_000)).toBe(2.5);
  });
});

describe('microphone faults', () => {
  const err = (name: string) => Object.assign(new Error(name), { name });
  it('classifies getUserMedia errors by name', () => {
    expect(classifyMicError(err('NotAllowedError'), 'get-user-media')).toBe('denied');
    expect(classifyMicError(err('SecurityError'), 'get-user-media')).toBe('denied');
    expect(classifyMicError(err('NotFoundError'), 'get-user-media')).toBe('no-microphone');
    expect(classifyMicError(err('OverconstrainedError'), 'get-user-media')).toBe('no-microphone');
    expect(classifyMicError(err('NotReadableError'), 'get-user-media')).toBe('busy');
    expect(classifyMicError(err('AbortError'), 'get-user-media')).toBe('busy');
    expect(classifyMicError(err('TypeError'), 'get-user-media')).toBe('unsupported');
    expect(classifyMicError('nonsense', 'get-user-media')).toBe('unknown');
    expect(classifyMicError(null, 'get-user-media')).toBe('unknown');
  });
  it('blames the audio engine for anything that fails while starting it', () => {
    expect(classifyMicError(err('NotAllowedError'), 'audio-context')).toBe('audio-context');
  });
  it('says unsupported when the page cannot use the microphone at all', () => {
    expect(supportFault({ secureContext: true, getUserMedia: true, audioWorklet: true })).toBeNull();
    expect(supportFault({ secureContext: false, getUserMedia: true, audioWorklet: true })).toBe('unsupported');
    expect(supportFault({ secureContext: true, getUserMedia: true, audioWorklet: false })).toBe('unsupported');
  });
});
