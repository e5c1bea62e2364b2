import { describe, expect, it } from 'vitest';
import type { TimerPlan } from '../../src/lib/timer-engine';
import { agendaKey } from '../../src/lib/agenda';
import { EMPTY_TIMER_RUN, timerView } from '../../src/lib/timer-run';
import { T0, tenMinutePlan } from './timer-fixtures';

const fresh = tenMinutePlan();
const edited: TimerPlan = { ...fresh, segments: fresh.segments.map((s, i) => (i === 1 ? { ...s, seconds: 300 } : s)), totalSec: 540 };

describe('what the timer shows for a meeting', () => {
  it('with no run: the fresh plan, idle, not edited', () => {
    expect(timerView(EMPTY_TIMER_RUN, 'm1', fresh)).toEqual({ fresh, plan: fresh, events: [], status: 'idle', live: false, edited: false, elsewhere: false });
  });

  it('with an edited draft for this meeting: the draft, marked edited', () => {
    const data = { ...EMPTY_TIMER_RUN, meetingId: 'm1', plan: edited, basis: agendaKey(fresh) };
    const view = timerView(data, 'm1', fresh);
    expect(view.status).toBe('idle');
    expect(view.plan).toEqual(edited);
    expect(view.edited).toBe(true);
  });

  it('while this meeting runs: live, with its events', () => {
    const events = [{ type: 'start' as const, at: T0 }];
    const data = { ...EMPTY_TIMER_RUN, meetingId: 'm1', plan: fresh, events };
    expect(timerView(data, 'm1', fresh)).toMatchObject({ status: 'running', live: true, events, elsewhere: false });
  });

  it('while another meeting runs: that run is elsewhere, and this meeting shows no events', () => {
    const data = { ...EMPTY_TIMER_RUN, meetingId: 'other', plan: fresh, events: [{ type: 'start' as const, at: T0 }] };
    expect(timerView(data, 'm1', fresh)).toMatchObject({ status: 'idle', events: [], elsewhere: true });
  });
});
