/** Stores behind "Your data, kept": the run bound, persistence asked on the first save that matters, the backup reminder. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanTestStorage, getTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import { MAX_RUNS_PER_MEETING } from '../../src/lib/data-care';
import { T0, tenMinutePlan } from './timer-fixtures';

const plan = tenMinutePlan();

beforeEach(() => {
  vi.resetModules();
  useTestStorageEngine();
});
afterEach(() => {
  cleanTestStorage();
  vi.unstubAllGlobals();
});

async function load() {
  const timer = await import('../../src/stores/timer-run');
  const meetings = await import('../../src/stores/meetings');
  const active = await import('../../src/stores/active-meeting');
  const reminder = await import('../../src/stores/backup-reminder');
  const persistence = await import('../../src/stores/persistence');
  return { ...timer, ...meetings, ...active, ...reminder, ...persistence };
}

describe('growth: a meeting at its run bound', () => {
  it('saves no further run, keeps every saved one and the finished run', async () => {
    const s = await load();
    const id = s.createNewMeeting();
    const run = { id: 'r', startedAt: new Date(T0).toISOString(), endedAt: new Date(T0 + 60_000).toISOString(), segments: [] };
    s.updateMeeting(id, (m) => ({ ...m, runs: Array.from({ length: MAX_RUNS_PER_MEETING }, (_, i) => ({ ...run, id: `r${i}` })) }));
    s.startRun(id, plan, plan, T0);
    s.dispatchTimer('finish', T0 + 60_000);
    expect(s.saveRun(undefined, T0 + 70_000)).toBeUndefined();
    expect(s.getMeeting(id)!.runs).toHaveLength(MAX_RUNS_PER_MEETING);
    expect(s.$timerRun.get().events).toHaveLength(2); // the run waits, nothing lost
    // Why, as the summary says it: the run's own meeting is full, whichever meeting the tab shows.
    const other = s.createNewMeeting({ title: 'Another chat' });
    expect(s.saveRefusal(other)).toBe('full');
  });

  it('says a run that has no meeting to go to failed for that, not for the bound', async () => {
    const s = await load();
    const id = s.createNewMeeting();
    s.startRun(id, plan, plan, T0);
    s.dispatchTimer('finish', T0 + 60_000);
    s.removeMeeting(id);
    expect(s.saveRun(undefined, T0 + 70_000)).toBeUndefined();
    expect(s.saveRefusal()).toBe(true);
  });
});

describe('persistence', () => {
  it('asks once, on the first change that matters, never on load', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('window', {});
    vi.stubGlobal('navigator', { storage: { persist, persisted: async () => false } });
    const s = await load();
    const id = s.createNewMeeting();
    s.renameMeeting(id, 'Chat with Ana');
    expect(persist).not.toHaveBeenCalled();
    s.updateMeeting(id, (m) => ({ ...m, questions: [{ id: 'q', text: 'How did you start?', minutes: 2 }] }));
    await vi.waitFor(() => expect(s.$persistence.get()).toBe('persisted'));
    s.updateMeeting(id, (m) => ({ ...m, questions: [] }));
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('says "unsupported" where the browser has no such API', async () => {
    vi.stubGlobal('window', {});
    vi.stubGlobal('navigator', {});
    const s = await load();
    expect(await s.askPersistence()).toBe('unsupported');
  });
});

describe('backup reminder store', () => {
  it('opens when due, closes on "later" and on a run start, and records when it showed', async () => {
    const s = await load();
    const id = s.createNewMeeting();
    s.renameMeeting(id, 'Chat');
    const now = new Date(Date.now() + 20 * 24 * 3_600_000);
    s.openReminderIfDue(s.$meetings.get().meetings, now);
    expect(s.$reminderOpen.get()).toBe(true);
    expect(getTestStorage()['coffee-chat:backup-reminder']).toBe(now.toISOString());
    s.startRun(id, plan, plan);
    expect(s.$reminderOpen.get()).toBe(false);
    s.openReminderIfDue(s.$meetings.get().meetings, new Date(now.getTime() + 3_600_000));
    expect(s.$reminderOpen.get()).toBe(false); // a run is under way, and it showed within the day
  });
});
