import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  countdownSeconds,
  elapsedSeconds,
  formatClock,
  formatCountdown,
  minutesAndSeconds,
} from '../../src/lib/timer-format';
import { strings as timerStrings } from '../../src/components/timer/strings';

describe('formatClock', () => {
  it('shows minutes and seconds, and hours from an hour', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(59)).toBe('0:59');
    expect(formatClock(600)).toBe('10:00');
    expect(formatClock(3661)).toBe('1:01:01');
  });

  it('never shows a negative time', () => {
    fc.assert(fc.property(fc.integer({ min: -1e9, max: 1e9 }), (s) => {
        expect(formatClock(s)).not.toContain('-');
      }),
    );
  });
});

describe('countdownSeconds and formatCountdown', () => {
  it('rounds time left up so 0:00 only appears when time is up', () => {
    expect(countdownSeconds(1)).toEqual({ over: false, seconds: 1 });
    expect(countdownSeconds(60_000)).toEqual({ over: false, seconds: 60 });
    expect(countdownSeconds(0)).toEqual({ over: true, seconds: 0 });
    expect(formatCountdown(-12_500)).toBe('+0:12');
    expect(formatCountdown(299_001)).toBe('5:00');
  });

  it('shown seconds never increase as time left decreases', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e7, max: 1e7 }), fc.integer({ min: 0, max: 1e6 }), (a, d) => {
        const x = countdownSeconds(a);
        const y = countdownSeconds(a - d);
        const signed = (c: { over: boolean; seconds: number }) => (c.over ? -c.seconds - 1 : c.seconds);
        expect(signed(y)).toBeLessThanOrEqual(signed(x));
      }),
    );
  });
});

describe('elapsedSeconds', () => {
  it('rounds down and is never negative', () => {
    expect(elapsedSeconds(1999)).toBe(1);
    expect(elapsedSeconds(-5)).toBe(0);
  });
});

describe('durations as minutes and seconds', () => {
  it('rounds to the second and is never negative', () => {
    expect(minutesAndSeconds(125.4)).toEqual({ minutes: 2, seconds: 5 });
    expect(minutesAndSeconds(119.6)).toEqual({ minutes: 2, seconds: 0 });
    expect(minutesAndSeconds(-3)).toEqual({ minutes: 0, seconds: 0 });
  });

  it('reads in words in the run summary (the timer\'s strings)', () => {
    const r = timerStrings.summary;
    expect(r.delta(65)).toBe('+1 min 5 s');
    expect(r.delta(-30)).toBe('−30 s');
    expect(r.delta(0)).toBe('±0 s');
    expect(r.overtime(45)).toBe('Total overtime: 45 s past the agreed end.');
    expect(r.overtime(120)).toBe('Total overtime: 2 min past the agreed end.');
    expect(r.overtime(125)).toBe('Total overtime: 2 min 5 s past the agreed end.');
  });
});
