/**
 * The timer's persisted record under `coffee-chat:timer-run`: the active run's plan and event log
 * (so a reload or another tab resumes it at the right time). The reader's timer settings have their
 * own key since version 2 (timer-settings.ts).
 */
import { agendaKey } from '../lib/agenda';
import { newId, type Meeting, type Run } from '../lib/meeting';
import { buildRun, cleanRating } from '../lib/run-summary';
import { applyEvent, type TimerEventType, type TimerPlan } from '../lib/timer-engine';
import { EMPTY_TIMER_RUN, mergeTimerRuns, parseTimerRun, type TimerRunData } from '../lib/timer-run';
import { getMeeting, updateMeeting } from './meetings';
import { canAddRun } from '../lib/data-care';
import { closeReminder } from './backup-reminder';
import { newerStamp } from '../lib/stamp';
import { persistentEnvelope } from './persist';
// First, so a version-1 record's settings move to their own key before this store can rewrite the record.
import './timer-settings';
import { $runSpeech, heardFor } from './speech';

/**
 * 2 moved the settings (`mode`, `chime`, `vibrate`) to their own key (timer-settings.ts), which
 * takes them from a version-1 record the first time. The run did not change shape, but a tab still
 * running version 1 would find no settings here and set the whole run aside as damaged; the bump makes
 * such a tab stop saving instead. Reading version 1 needs nothing: the settings fields are ignored.
 */
export const TIMER_RUN_VERSION = 2;
export const TIMER_RUN_MIGRATIONS = { 2: (data: unknown) => data };

export const $timerRun = persistentEnvelope<TimerRunData>('timer-run', {
  version: TIMER_RUN_VERSION,
  migrations: TIMER_RUN_MIGRATIONS,
  initial: EMPTY_TIMER_RUN,
  validate: parseTimerRun,
  mergeOnWrite: mergeTimerRuns,
});

/** Applies one change and stamps it, so the newest change wins across tabs. */
function change(fn: (d: TimerRunData) => TimerRunData, now = Date.now()): void {
  const before = $timerRun.get();
  $timerRun.set({ ...fn(before), updatedAt: newerStamp(before.updatedAt, now) });
}

/** Keeps an edited plan for a meeting before the start; `fresh` is the agenda it was edited from. */
export function draftPlan(meetingId: string, fresh: TimerPlan, plan: TimerPlan): void {
  change((d) => ({ ...d, meetingId, plan, basis: agendaKey(fresh), events: [], notes: '' }));
}

/** Starts a run of `plan` for a meeting; the Start click is also what unlocks audio for the chime. */
export function startRun(meetingId: string, fresh: TimerPlan, plan: TimerPlan, now = Date.now()): void {
  change(
    (d) => {
      const { rating: _dropped, ...rest } = d;
      return { ...rest, meetingId, plan, basis: agendaKey(fresh), events: [{ type: 'start', at: now }], notes: '' };
    },
    now,
  );
  closeReminder(); // never remind about a backup during a timed run
}

/** Records pause, resume, next, back, +1 minute or finish; ignored when it would change nothing. */
export function dispatchTimer(type: Exclude<TimerEventType, 'start'>, now = Date.now()): void {
  const d = $timerRun.get();
  if (!d.plan) return;
  const events = applyEvent(d.plan, d.events, type, now);
  if (events !== d.events) change((x) => ({ ...x, events: [...events] }), now);
}

/** Takes back a finish pressed by mistake: the run continues as if it had been paused at the finish. */
export function undoFinish(now = Date.now()): void {
  const d = $timerRun.get();
  const last = d.events.at(-1);
  if (last?.type !== 'finish') return;
  change((x) => ({ ...x, events: [...d.events.slice(0, -1), { type: 'pause', at: last.at }] }), now);
}

/** Keeps the self-rating typed after a run (1–5; anything else clears it). */
export function setRunRating(rating: number | undefined): void {
  change((d) => {
    const { rating: _old, ...rest } = d;
    const r = cleanRating(rating);
    return r === undefined ? rest : { ...rest, rating: r };
  });
}

/** Keeps the notes typed after a run. */
export function setRunNotes(notes: string): void {
  change((d) => ({ ...d, notes }));
}

/** Drops the current run (events, rating, notes, the microphone's numbers) and keeps the plan as a draft. */
export function discardRun(): void {
  $runSpeech.set(null);
  change((d) => {
    const { rating: _old, ...rest } = d;
    return { ...rest, events: [], notes: '' };
  });
}

/** The meeting a finished run is saved to: its own, or `fallbackMeetingId` when that one was deleted meanwhile. */
function runTarget(fallbackMeetingId?: string): Meeting | undefined {
  return getMeeting($timerRun.get().meetingId) ?? (fallbackMeetingId ? getMeeting(fallbackMeetingId) : undefined);
}

/** Why saveRun saved nothing: 'full' when the run's meeting is at its bound of runs, else true. */
export function saveRefusal(fallbackMeetingId?: string): true | 'full' {
  const target = runTarget(fallbackMeetingId);
  return target && !canAddRun(target) ? 'full' : true;
}

/**
 * Saves the finished run to its meeting's history and clears it; returns the saved run, if any.
 * When that meeting was deleted meanwhile, the run goes to `fallbackMeetingId` rather than nowhere.
 */
export function saveRun(fallbackMeetingId?: string, now = Date.now()): Run | undefined {
  const d = $timerRun.get();
  if (!d.plan) return undefined;
  const target = runTarget(fallbackMeetingId);
  if (!target) return undefined;
  if (!canAddRun(target)) return undefined; // at the bound: the run stays here, nothing saved is touched
  const built = buildRun(d.plan, d.events, now, { id: newId(), rating: d.rating, notes: d.notes });
  if (!built) return undefined;
  // What the microphone measured, when it listened to this very run.
  const speech = heardFor($runSpeech.get(), d.meetingId, d.events);
  const run = speech ? { ...built, speech } : built;
  updateMeeting(target.id, (m) => ({ ...m, runs: [...m.runs, run] }));
  discardRun();
  return run;
}
