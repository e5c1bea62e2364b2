/**
 * The persisted timer record: which meeting, the plan and the event log. The reader's timer settings
 * were part of it until version 2; they live in lib/timer-settings now.
 */
import { agendaKey } from './agenda';
import { isTimerEventList, isTimerPlan, timerState, type TimerEvent, type TimerPlan, type TimerStatus } from './timer-engine';
import { cleanRating } from './run-summary';

export interface TimerRunData {
  /** The meeting the plan and events belong to. */
  meetingId: string;
  /** The plan being drafted (before the start) or run; null until the reader changes or starts one. */
  plan: TimerPlan | null;
  /** agendaKey of the meeting's agenda the plan was drafted from; a different key means the draft is stale. */
  basis: string;
  events: TimerEvent[];
  /** Self-rating and notes typed after the finish, kept until the run is saved or discarded. */
  rating?: number;
  notes: string;
  /** Epoch ms of the last change, so the newer of two tabs wins. */
  updatedAt: number;
}

export const EMPTY_TIMER_RUN: TimerRunData = {
  meetingId: '',
  plan: null,
  basis: '',
  events: [],
  notes: '',
  updatedAt: 0,
};

/** Clean timer data from storage, or a throw naming the bad field (the store then keeps a copy aside). */
export function parseTimerRun(value: unknown): TimerRunData {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('timer-run: must be an object');
  const o = value as Record<string, unknown>;
  const str = (k: string) => {
    if (typeof o[k] !== 'string') throw new Error(`timer-run.${k}: must be text`);
    return o[k] as string;
  };
  if (o.plan !== null && !isTimerPlan(o.plan)) throw new Error('timer-run.plan: not a valid plan');
  if (!isTimerEventList(o.events)) throw new Error('timer-run.events: not a valid event list');
  if (typeof o.updatedAt !== 'number' || !Number.isFinite(o.updatedAt)) throw new Error('timer-run.updatedAt: must be a number');
  const rating = cleanRating(o.rating);
  return {
    meetingId: str('meetingId'),
    plan: o.plan as TimerPlan | null,
    basis: str('basis'),
    events: o.events.map((e) => ({ type: e.type, at: e.at })),
    ...(rating === undefined ? {} : { rating }),
    notes: str('notes'),
    updatedAt: o.updatedAt,
  };
}

/** Two tabs changed the record: the later change wins whole, so a saved run is never resurrected. */
export function mergeTimerRuns(stored: TimerRunData, ours: TimerRunData): TimerRunData {
  return stored.updatedAt > ours.updatedAt ? stored : ours;
}

/** Whether the record holds a started run (running, paused or finished but not yet saved). */
export function hasRun(data: TimerRunData): boolean {
  return data.plan !== null && data.events.length > 0;
}

/** The plan to show for a meeting: a started run or a still-matching draft, else the agenda built fresh. */
export function planFor(data: TimerRunData, meetingId: string, fresh: TimerPlan): TimerPlan {
  if (data.meetingId !== meetingId || !data.plan) return fresh;
  if (data.events.length > 0 || data.basis === agendaKey(fresh)) return data.plan;
  return fresh;
}

/** Whether a started run belongs to a meeting other than the one the tools show. */
export function runElsewhere(data: TimerRunData, meetingId: string): boolean {
  return hasRun(data) && data.meetingId !== meetingId;
}

/** What the timer shows for one meeting: the plan it runs, the run's events and where the run stands. */
export interface TimerView {
  /** The plan built from the meeting now (the agenda editor resets to it). */
  fresh: TimerPlan;
  /** The plan in use: the reader's edited draft or the run's, else the fresh one. */
  plan: TimerPlan;
  events: TimerEvent[];
  status: TimerStatus;
  /** Running or paused: the controls and the clock show. */
  live: boolean;
  /** The plan differs from the fresh one (the editor offers a reset). */
  edited: boolean;
  /** Another meeting's run is under way: this meeting shows a notice instead of its timer. */
  elsewhere: boolean;
}

/** The one derivation the timer renders: from the stored run and this meeting's fresh plan. */
export function timerView(data: TimerRunData, meetingId: string, fresh: TimerPlan): TimerView {
  const plan = planFor(data, meetingId, fresh);
  const events = data.meetingId === meetingId ? data.events : [];
  const status = timerState(plan, events, 0).status;
  return {
    fresh,
    plan,
    events,
    status,
    live: status === 'running' || status === 'paused',
    edited: agendaKey(plan) !== agendaKey(fresh),
    elsewhere: runElsewhere(data, meetingId),
  };
}
