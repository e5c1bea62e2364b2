import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { agendaKey } from '../../src/lib/agenda';
import { timerState, type TimerPlan } from '../../src/lib/timer-engine';
import { T0, tenMinutePlan } from './timer-fixtures';
import { EMPTY_TIMER_RUN, hasRun, mergeTimerRuns, parseTimerRun, planFor, runElsewhere } from '../../src/lib/timer-run';

const fresh = tenMinutePlan();
const edited: TimerPlan = { ...fresh, segments: fresh.segments.map((s, i) => (i === 1 ? { ...s, seconds: 300 } : s)) };

describe('timer record helpers', () => {
  it('reads back what it stores and refuses damaged data with the field named', () => {
    const data = { ...EMPTY_TIMER_RUN, meetingId: 'm1', plan: fresh, events: [{ type: 'start' as const, at: T0 }], rating: 3 };
    expect(parseTimerRun(JSON.parse(JSON.stringify(data)))).toEqual(data);
    expect(() => parseTimerRun({ ...data, events: [{ type: 'jump', at: 1 }] })).toThrow('timer-run.events');
    // The settings have their own key (timer-settings.test.ts): a version-1 record's copy of them is not read here.
    expect(parseTimerRun({ ...data, mode: 'fast', chime: 'yes' })).toEqual(data);
    expect(() => parseTimerRun('x')).toThrow();
    expect(parseTimerRun({ ...data, rating: 7 })).not.toHaveProperty('rating');
  });

  it('keeps the newer of two tabs’ records', () => {
    const a = { ...EMPTY_TIMER_RUN, updatedAt: 5 };
    const b = { ...EMPTY_TIMER_RUN, updatedAt: 9 };
    expect(mergeTimerRuns(a, b)).toBe(b);
    expect(mergeTimerRuns(b, a)).toBe(b);
  });

  it('shows a draft while the meeting’s agenda is unchanged, and the fresh agenda once it changes', () => {
    const draft = { ...EMPTY_TIMER_RUN, meetingId: 'm1', plan: edited, basis: agendaKey(fresh) };
    expect(planFor(draft, 'm1', fresh)).toBe(edited);
    expect(planFor(draft, 'm2', fresh)).toBe(fresh);
    const changed = { ...fresh, totalSec: 900 };
    expect(planFor(draft, 'm1', changed)).toBe(changed);
    const running = { ...draft, events: [{ type: 'start' as const, at: T0 }] };
    expect(planFor(running, 'm1', changed)).toBe(edited);
    expect(hasRun(running)).toBe(true);
    expect(runElsewhere(running, 'm2')).toBe(true);
    expect(runElsewhere(running, 'm1')).toBe(false);
  });
});

describe('$timerRun store', () => {
  beforeEach(() => {
    vi.resetModules();
    useTestStorageEngine();
  });
  afterEach(() => cleanTestStorage());

  /** Fresh store modules, as after a page load, with a meeting to run against. */
  async function load() {
    const timer = await import('../../src/stores/timer-run');
    const meetings = await import('../../src/stores/meetings');
    const active = await import('../../src/stores/active-meeting');
    return { ...timer, ...meetings, ...active };
  }

  it('resumes a run after reload at the right time', async () => {
    const s1 = await load();
    const id = s1.createNewMeeting();
    s1.startRun(id, fresh, edited, T0);
    s1.dispatchTimer('next', T0 + 100_000);
    s1.dispatchTimer('pause', T0 + 130_000);
    s1.dispatchTimer('resume', T0 + 3_600_000);
    expect(getTestStorage()['coffee-chat:timer-run']).toContain('"resume"');

    vi.resetModules();
    const s2 = await load();
    const d = s2.$timerRun.get();
    const state = timerState(d.plan!, d.events, T0 + 3_610_000);
    expect(state.status).toBe('running');
    expect(state.index).toBe(1);
    expect(state.totalElapsedMs).toBe(140_000);
    expect(d.plan).toEqual(edited);
  });

  it('ignores controls that would change nothing', async () => {
    const s = await load();
    const id = s.createNewMeeting();
    s.startRun(id, fresh, fresh, T0);
    s.dispatchTimer('back', T0 + 1);
    s.dispatchTimer('resume', T0 + 2);
    expect(s.$timerRun.get().events).toHaveLength(1);
  });

  it('saves a finished run with its rating and notes to the meeting and clears the run', async () => {
    const s = await load();
    const id = s.createNewMeeting();
    s.startRun(id, fresh, fresh, T0);
    s.dispatchTimer('finish', T0 + 500_000);
    s.setRunRating(4);
    s.setRunNotes('Kept the intro short');
    const run = s.saveRun(undefined, T0 + 600_000);
    expect(run?.rating).toBe(4);
    const saved = s.getMeeting(id)!.runs;
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ notes: 'Kept the intro short', startedAt: new Date(T0).toISOString() });
    expect(s.$timerRun.get().events).toEqual([]);
    expect(s.$timerRun.get()).not.toHaveProperty('rating');
  });

  it('keeps the microphone numbers with the run they were measured on, and they survive a reload', async () => {
    const s = { ...(await load()), ...(await import('../../src/stores/speech')) };
    const id = s.createNewMeeting();
    s.startRun(id, fresh, fresh, T0);
    s.dispatchTimer('finish', T0 + 500_000);
    const speech = { talkSec: fresh.segments.map(() => 10), spokenSec: 10 * fresh.segments.length, share: 0.2, questionsShare: 0.25, longestMonologueSec: 9.5, silenceAfterSec: [3.1] };
    // Numbers from another run (another start) are never attached.
    s.setRunSpeech({ meetingId: id, startedAt: T0 - 1, speech });
    expect(s.saveRun(undefined, T0 + 600_000)).not.toHaveProperty('speech');
    s.startRun(id, fresh, fresh, T0 + 700_000);
    s.dispatchTimer('finish', T0 + 900_000);
    s.setRunSpeech({ meetingId: id, startedAt: T0 + 700_000, speech });
    expect(s.saveRun(undefined, T0 + 950_000)?.speech).toEqual(speech);
    const q = s.getMeeting(id)!;
    s.setIntroTake(id, { at: new Date(T0).toISOString(), spokenSec: 28.4, durationSec: 31, pauses: 2, longestPauseSec: 1.2 });

    vi.resetModules();
    const again = await load();
    const m = again.getMeeting(id)!;
    expect(m.runs.at(-1)?.speech).toEqual(speech);
    expect(m.introTake?.spokenSec).toBe(28.4);
    expect(q.runs).toHaveLength(2);
  });

  it('keeps a question’s asking time on the question, and ignores a question that is gone', async () => {
    const s = { ...(await load()), ...(await import('../../src/stores/speech')), ...(await import('../../src/stores/question-list')) };
    const id = s.createNewMeeting();
    const [qid] = s.addQuestions(id, [{ text: 'How did you start?', minutes: 3 }]);
    s.setAskedSeconds(id, qid!, 6.04);
    expect(s.getMeeting(id)!.questions[0]!.askedSec).toBe(6);
    const before = s.getMeeting(id)!.updatedAt;
    s.setAskedSeconds(id, 'gone', 3);
    s.setAskedSeconds(id, qid!, Number.NaN);
    expect(s.getMeeting(id)!.updatedAt).toBe(before);
  });

  it('saves to another meeting rather than losing a run whose meeting was deleted', async () => {
    const s = await load();
    const gone = s.createNewMeeting();
    const other = s.createNewMeeting();
    s.startRun(gone, fresh, fresh, T0);
    s.dispatchTimer('finish', T0 + 1000);
    s.deleteMeeting(gone);
    expect(s.saveRun(undefined, T0 + 2000)).toBeUndefined();
    expect(s.saveRun(other, T0 + 2000)).toBeDefined();
    expect(s.getMeeting(other)!.runs).toHaveLength(1);
  });

  it('takes back an accidental finish and continues paused where it stopped', async () => {
    const s = await load();
    const id = s.createNewMeeting();
    s.startRun(id, fresh, fresh, T0);
    s.dispatchTimer('finish', T0 + 50_000);
    s.undoFinish(T0 + 60_000);
    const d = s.$timerRun.get();
    const state = timerState(d.plan!, d.events, T0 + 900_000);
    expect(state.status).toBe('paused');
    expect(state.totalElapsedMs).toBe(50_000);
  });

  it('does not save a run that has not finished', async () => {
    const s = await load();
    const id = s.createNewMeeting();
    s.startRun(id, fresh, fresh, T0);
    expect(s.saveRun(undefined, T0 + 1000)).toBeUndefined();
    expect(s.getMeeting(id)!.runs).toHaveLength(0);
  });

  it('keeps working with the built-in record when stored data is damaged', async () => {
    setTestStorageKey('coffee-chat:timer-run', '{"v":1,"data":{"events":"garbage"}}');
    const s = await load();
    expect(s.$timerRun.get().events).toEqual([]);
    expect(Object.keys(getTestStorage()).some((k) => k.startsWith('coffee-chat:timer-run:damaged'))).toBe(true);
  });
});
