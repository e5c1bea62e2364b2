import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyEvent,
  canApply,
  cueFor,
  isTimerEventList,
  isTimerPlan,
  timerState,
  type TimerEvent,
  type TimerEventType,
  type TimerPlan,
} from '../../src/lib/timer-engine';
import { T0 } from './timer-fixtures';

const MIN = 60_000;
const HOUR = 60 * MIN;

const plan: TimerPlan = {
  totalSec: 20 * 60,
  segments: [
    { label: 'Small talk and introduction', seconds: 3 * 60, kind: 'intro' },
    { label: 'How did you get into this role?', seconds: 5 * 60, kind: 'question' },
    { label: 'What does a typical week look like?', seconds: 5 * 60, kind: 'question' },
    { label: 'Advice for someone like me?', seconds: 4 * 60, kind: 'question' },
    { label: 'Next steps and close', seconds: 3 * 60, kind: 'close' },
  ],
};

const ev = (type: TimerEventType, offsetMs: number): TimerEvent => ({ type, at: T0 + offsetMs });

describe('timerState', () => {
  it('is idle with the full plan before the start', () => {
    const s = timerState(plan, [], T0 + HOUR);
    expect(s.status).toBe('idle');
    expect(s.totalElapsedMs).toBe(0);
    expect(s.segmentLeftMs).toBe(3 * MIN);
    expect(s.meetingLeftMs).toBe(20 * MIN);
    expect(s.cue).toBe('on-track');
  });

  it('counts down the first segment after the start', () => {
    const s = timerState(plan, [ev('start', 0)], T0 + 61_500);
    expect(s.status).toBe('running');
    expect(s.index).toBe(0);
    expect(s.segmentElapsedMs).toBe(61_500);
    expect(s.segmentLeftMs).toBe(3 * MIN - 61_500);
    expect(s.meetingLeftMs).toBe(20 * MIN - 61_500);
  });

  it('stops the clock while paused and continues after resume', () => {
    const events = [ev('start', 0), ev('pause', MIN), ev('resume', 10 * MIN)];
    expect(timerState(plan, events.slice(0, 2), T0 + 9 * MIN).totalElapsedMs).toBe(MIN);
    expect(timerState(plan, events.slice(0, 2), T0 + 9 * MIN).status).toBe('paused');
    const s = timerState(plan, events, T0 + 10 * MIN + 30_000);
    expect(s.totalElapsedMs).toBe(90_000);
    expect(s.status).toBe('running');
  });

  it('ignores a pause while paused and a resume while running', () => {
    const events = [ev('start', 0), ev('resume', 1000), ev('pause', 2000), ev('pause', 5000)];
    const s = timerState(plan, events, T0 + 9000);
    expect(s.totalElapsedMs).toBe(2000);
  });

  it('moves to the next segment and back, keeping each segment’s own time', () => {
    const events = [ev('start', 0), ev('next', MIN), ev('back', 3 * MIN)];
    const s = timerState(plan, events, T0 + 4 * MIN);
    expect(s.index).toBe(0);
    expect(s.segmentElapsedMs).toBe(2 * MIN);
    expect(s.segments[1]?.actualMs).toBe(2 * MIN);
  });

  it('does not go back past the first segment', () => {
    const s = timerState(plan, [ev('start', 0), ev('back', 1000), ev('back', 2000)], T0 + 3000);
    expect(s.index).toBe(0);
    expect(s.segmentElapsedMs).toBe(3000);
  });

  it('does not go past the last segment on next; only finish ends the run', () => {
    const events = [ev('start', 0), ...[1, 2, 3, 4, 5, 6, 7].map((i) => ev('next', i * 1000))];
    const s = timerState(plan, events, T0 + 10_000);
    expect(s.index).toBe(4);
    expect(s.status).toBe('running');
    expect(s.segments[4]?.actualMs).toBe(6000);
  });

  it('adds a minute to the current segment only, not to the agreed end', () => {
    const before = timerState(plan, [ev('start', 0)], T0 + MIN);
    const after = timerState(plan, [ev('start', 0), ev('add-minute', 30_000)], T0 + MIN);
    expect(after.segmentLeftMs - before.segmentLeftMs).toBe(MIN);
    expect(after.meetingLeftMs).toBe(before.meetingLeftMs);
    expect(after.segments[0]?.extraMs).toBe(MIN);
    expect(after.segments[1]?.extraMs).toBe(0);
  });

  it('shows overtime in the segment and the meeting as negative time left', () => {
    const s = timerState(plan, [ev('start', 0)], T0 + 25 * MIN);
    expect(s.segmentLeftMs).toBe(3 * MIN - 25 * MIN);
    expect(s.meetingLeftMs).toBe(-5 * MIN);
    expect(s.overtimeMs).toBe(5 * MIN);
    expect(s.cue).toBe('over');
    expect(s.wrapUp).toBe(false);
  });

  it('freezes at finish', () => {
    const events = [ev('start', 0), ev('next', MIN), ev('finish', 2 * MIN), ev('next', 3 * MIN)];
    const s = timerState(plan, events, T0 + 10 * HOUR);
    expect(s.status).toBe('finished');
    expect(s.totalElapsedMs).toBe(2 * MIN);
    expect(s.endedAt).toBe(T0 + 2 * MIN);
    expect(s.index).toBe(1);
  });

  it('finishing while paused does not count the pause', () => {
    const s = timerState(plan, [ev('start', 0), ev('pause', MIN), ev('finish', HOUR)], T0 + 2 * HOUR);
    expect(s.totalElapsedMs).toBe(MIN);
  });

  it('handles gaps of hours: a tab left running overnight shows the true overtime', () => {
    const s = timerState(plan, [ev('start', 0)], T0 + 9 * HOUR + 1234);
    expect(s.totalElapsedMs).toBe(9 * HOUR + 1234);
    expect(s.overtimeMs).toBe(9 * HOUR + 1234 - 20 * MIN);
  });

  it('handles gaps of hours: a pause over lunch is not counted', () => {
    const events = [ev('start', 0), ev('pause', 5 * MIN), ev('resume', 3 * HOUR)];
    expect(timerState(plan, events, T0 + 3 * HOUR + MIN).totalElapsedMs).toBe(6 * MIN);
  });

  it('never lets a device clock jump make time run backwards', () => {
    const events = [ev('start', 0), ev('next', 5 * MIN), ev('pause', 2 * MIN)];
    const s = timerState(plan, events, T0 + MIN);
    expect(s.totalElapsedMs).toBe(5 * MIN);
    expect(s.status).toBe('paused');
  });

  it('ignores events before the start and an empty plan', () => {
    const s = timerState(plan, [ev('next', 0), ev('pause', 1), ev('start', 1000)], T0 + 2000);
    expect(s.index).toBe(0);
    expect(s.status).toBe('running');
    expect(s.totalElapsedMs).toBe(1000);
    expect(timerState({ totalSec: 60, segments: [] }, [ev('start', 0)], T0 + 10).status).toBe('idle');
  });

  it('cues nearly in the last fifth of a segment and over at its end', () => {
    const at = (ms: number) => timerState(plan, [ev('start', 0)], T0 + ms);
    expect(at(2 * MIN).segmentCue).toBe('on-track');
    expect(at(2 * MIN + 24_000).segmentCue).toBe('nearly');
    expect(at(3 * MIN).segmentCue).toBe('over');
  });

  it('cues nearly and wrap-up in the last two minutes of the meeting', () => {
    const long: TimerPlan = { totalSec: 20 * 60, segments: [{ label: 'All', seconds: 40 * 60 }] };
    const s = timerState(long, [ev('start', 0)], T0 + 18 * MIN + 1);
    expect(s.segmentCue).toBe('on-track');
    expect(s.meetingCue).toBe('nearly');
    expect(s.cue).toBe('nearly');
    expect(s.wrapUp).toBe(true);
    expect(timerState(long, [ev('start', 0)], T0 + 17 * MIN).wrapUp).toBe(false);
  });
});

describe('cueFor', () => {
  it('ranks on track, nearly and over by time left', () => {
    expect(cueFor(10_000, 5000)).toBe('on-track');
    expect(cueFor(5000, 5000)).toBe('nearly');
    expect(cueFor(0, 5000)).toBe('over');
    expect(cueFor(-1, 5000)).toBe('over');
  });
});

describe('applyEvent and canApply', () => {
  it('records only events that change something', () => {
    let events: readonly TimerEvent[] = [];
    events = applyEvent(plan, events, 'pause', T0);
    expect(events).toHaveLength(0);
    events = applyEvent(plan, events, 'start', T0);
    events = applyEvent(plan, events, 'back', T0 + 1);
    events = applyEvent(plan, events, 'resume', T0 + 2);
    expect(events.map((e) => e.type)).toEqual(['start']);
    expect(canApply(plan, events, 'next', T0 + 3)).toBe(true);
    expect(canApply(plan, events, 'start', T0 + 3)).toBe(false);
  });

  it('stamps an event no earlier than the previous one', () => {
    const events = applyEvent(plan, [ev('start', 10_000)], 'pause', T0);
    expect(events[1]?.at).toBe(T0 + 10_000);
  });
});

describe('validation of stored data', () => {
  it('accepts a plan and an event log and refuses damaged ones', () => {
    expect(isTimerPlan(plan)).toBe(true);
    expect(isTimerPlan({ totalSec: 60, segments: [{ label: 'x', seconds: 0 }] })).toBe(false);
    expect(isTimerPlan(null)).toBe(false);
    expect(isTimerEventList([ev('start', 0)])).toBe(true);
    expect(isTimerEventList([{ type: 'explode', at: 1 }])).toBe(false);
    expect(isTimerEventList([{ type: 'start', at: 'noon' }])).toBe(false);
  });
});

// ---- properties ----

const eventTypes: TimerEventType[] = ['start', 'pause', 'resume', 'next', 'back', 'add-minute', 'finish'];
/** Event logs as the UI writes them: increasing times, gaps from 0 ms up to several hours. */
const arbLog = fc
  .array(
    fc.record({
      type: fc.constantFrom(...eventTypes.filter((t) => t !== 'finish'), 'finish'),
      gap: fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 6 * HOUR })),
    }),
    { maxLength: 40 },
  )
  .map((items) => {
    let at = T0;
    return [{ type: 'start' as const, at }, ...items.map(({ type, gap }) => ({ type, at: (at += gap) }))];
  });

/** A model written independently of the engine: running time is the sum of running intervals. */
function modelElapsed(events: TimerEvent[], now: number): number {
  let running = false;
  let started = false;
  let since = 0;
  let total = 0;
  for (const e of events) {
    if (!started) {
      if (e.type === 'start') {
        started = true;
        running = true;
        since = e.at;
      }
      continue;
    }
    if (e.type === 'pause' && running) {
      total += e.at - since;
      running = false;
    } else if (e.type === 'resume' && !running) {
      running = true;
      since = e.at;
    } else if (e.type === 'finish') {
      if (running) total += e.at - since;
      return total;
    }
  }
  return running ? total + (now - since) : total;
}

describe('timerState properties', () => {
  it('total elapsed equals wall time minus pauses', () => {
    fc.assert(
      fc.property(arbLog, fc.integer({ min: 0, max: 10 * HOUR }), (events, extra) => {
        const now = events[events.length - 1]!.at + extra;
        expect(timerState(plan, events, now).totalElapsedMs).toBe(modelElapsed(events, now));
      }),
    );
  });

  it('elapsed time is never negative and never moves backwards while the clock runs', () => {
    fc.assert(
      fc.property(arbLog, fc.array(fc.integer({ min: 0, max: HOUR }), { maxLength: 10 }), (events, steps) => {
        let now = events[events.length - 1]!.at;
        let prev = timerState(plan, events, now);
        for (const step of steps) {
          now += step;
          const s = timerState(plan, events, now);
          expect(s.totalElapsedMs).toBeGreaterThanOrEqual(prev.totalElapsedMs);
          expect(s.segmentElapsedMs).toBeGreaterThanOrEqual(0);
          if (s.status === 'running') expect(s.totalElapsedMs - prev.totalElapsedMs).toBe(step);
          prev = s;
        }
      }),
    );
  });

  it('elapsed time never moves backwards as events are added one by one', () => {
    fc.assert(
      fc.property(arbLog, (events) => {
        let prev = 0;
        for (let i = 1; i <= events.length; i++) {
          const s = timerState(plan, events.slice(0, i), events[i - 1]!.at);
          expect(s.totalElapsedMs).toBeGreaterThanOrEqual(prev);
          prev = s.totalElapsedMs;
        }
      }),
    );
  });

  it('per-segment actual time adds up to the total and the index stays in the plan', () => {
    fc.assert(
      fc.property(arbLog, fc.integer({ min: 0, max: HOUR }), (events, extra) => {
        const s = timerState(plan, events, events[events.length - 1]!.at + extra);
        expect(s.segments.reduce((a, x) => a + x.actualMs, 0)).toBe(s.totalElapsedMs);
        expect(s.index).toBeGreaterThanOrEqual(0);
        expect(s.index).toBeLessThan(plan.segments.length);
        expect(s.segments.every((x) => x.actualMs >= 0)).toBe(true);
      }),
    );
  });

  it('replaying the stored events after a reload gives the same state', () => {
    fc.assert(
      fc.property(arbLog, fc.integer({ min: 0, max: HOUR }), (events, extra) => {
        const now = events[events.length - 1]!.at + extra;
        const reloaded = JSON.parse(JSON.stringify(events)) as TimerEvent[];
        expect(timerState(plan, reloaded, now)).toEqual(timerState(plan, events, now));
      }),
    );
  });

  it('each +1 minute adds exactly a minute to the segment in which it was pressed', () => {
    fc.assert(
      fc.property(arbLog, (events) => {
        const s = timerState(plan, events, events[events.length - 1]!.at);
        const finishedAt = events.findIndex((e) => e.type === 'finish');
        const live = finishedAt === -1 ? events : events.slice(0, finishedAt);
        const adds = live.filter((e) => e.type === 'add-minute').length;
        expect(s.segments.reduce((a, x) => a + x.extraMs, 0)).toBe(adds * MIN);
      }),
    );
  });
});
