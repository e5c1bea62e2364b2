import { describe, expect, it } from 'vitest';
import { cueChange, isAlert, snapshot, type CueSnapshot } from '../../src/lib/timer-cues';
import { timerState, type TimerPlan } from '../../src/lib/timer-engine';

const base: CueSnapshot = { status: 'running', index: 0, segmentCue: 'on-track', meetingCue: 'on-track', wrapUp: false };

describe('cueChange', () => {
  it('says nothing on the first render or when nothing changed', () => {
    expect(cueChange(undefined, base)).toBeNull();
    expect(cueChange(base, { ...base })).toBeNull();
  });

  it('announces a new segment, a status change and worsening cues', () => {
    expect(cueChange(base, { ...base, index: 1 })).toEqual({ kind: 'segment', index: 1 });
    expect(cueChange(base, { ...base, status: 'paused' })).toEqual({ kind: 'status', status: 'paused' });
    expect(cueChange(base, { ...base, segmentCue: 'nearly' })).toEqual({ kind: 'cue', cue: 'nearly', scope: 'segment' });
    expect(cueChange(base, { ...base, wrapUp: true, meetingCue: 'nearly' })).toEqual({ kind: 'wrap-up' });
    expect(cueChange(base, { ...base, meetingCue: 'over' })).toEqual({ kind: 'cue', cue: 'over', scope: 'meeting' });
  });

  it('does not announce a cue going back to on track, nor time cues in count-up mode', () => {
    expect(cueChange({ ...base, segmentCue: 'over' }, base)).toBeNull();
    expect(cueChange(base, { ...base, segmentCue: 'over' }, true)).toBeNull();
    expect(cueChange(base, { ...base, index: 2 }, true)).toEqual({ kind: 'segment', index: 2 });
  });

  it('announces a handful of times across a whole run, not every second', () => {
    const plan: TimerPlan = {
      totalSec: 600,
      segments: [
        { label: 'a', seconds: 200 },
        { label: 'b', seconds: 400 },
      ],
    };
    const t0 = 1_000_000;
    const events = [
      { type: 'start' as const, at: t0 },
      { type: 'next' as const, at: t0 + 210_000 },
    ];
    let prev: CueSnapshot | undefined;
    let count = 0;
    for (let t = t0; t <= t0 + 700_000; t += 250) {
      const next = snapshot(timerState(plan, events.filter((e) => e.at <= t), t));
      if (cueChange(prev, next)) count++;
      prev = next;
    }
    // nearly and over in a; next; wrap-up; nearly in b; meeting over; b over.
    expect(count).toBe(7);
  });
});

describe('isAlert', () => {
  it('chimes only for time cues', () => {
    expect(isAlert({ kind: 'wrap-up' })).toBe(true);
    expect(isAlert({ kind: 'cue', cue: 'over', scope: 'segment' })).toBe(true);
    expect(isAlert({ kind: 'segment', index: 1 })).toBe(false);
    expect(isAlert(null)).toBe(false);
  });
});
