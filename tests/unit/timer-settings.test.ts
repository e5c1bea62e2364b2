/** The timer settings' own key, and their move out of the version-1 run record without losing anything. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { DEFAULT_TIMER_SETTINGS, mergeTimerSettings, parseTimerSettings, settingsFromOldRun } from '../../src/lib/timer-settings';
import { T0, tenMinutePlan } from './timer-fixtures';

const plan = tenMinutePlan();
const RUN_KEY = 'coffee-chat:timer-run';
const KEY = 'coffee-chat:timer-settings';

/** A run record as version 1 wrote it: the run and the settings together. */
function oldRecord(settings: Record<string, unknown> = { mode: 'count-up', chime: true, vibrate: true }) {
  return JSON.stringify({
    v: 1,
    data: { meetingId: 'm1', plan, basis: '', events: [{ type: 'start', at: T0 }], notes: 'went well', updatedAt: T0, ...settings },
  });
}

describe('timer settings rules', () => {
  it('reads back what it stores and refuses damaged settings with the field named', () => {
    const s = { mode: 'count-up' as const, chime: true, vibrate: false, updatedAt: 5 };
    expect(parseTimerSettings(s)).toEqual(s);
    expect(() => parseTimerSettings({ ...s, mode: 'fast' })).toThrow('timer-settings.mode');
    expect(() => parseTimerSettings({ ...s, chime: 'yes' })).toThrow('timer-settings.chime');
    expect(() => parseTimerSettings([])).toThrow('timer-settings');
  });

  it('lets the later change win across tabs', () => {
    const a = { ...DEFAULT_TIMER_SETTINGS, chime: true, updatedAt: 5 };
    const b = { ...DEFAULT_TIMER_SETTINGS, vibrate: true, updatedAt: 9 };
    expect(mergeTimerSettings(a, b)).toBe(b);
    expect(mergeTimerSettings(b, a)).toBe(b);
  });

  it('takes the settings a version-1 run record holds, each readable one on its own', () => {
    expect(settingsFromOldRun(oldRecord())).toEqual({ mode: 'count-up', chime: true, vibrate: true, updatedAt: T0 });
    expect(settingsFromOldRun(oldRecord({ mode: 'fast', chime: true, vibrate: 3 }))).toEqual({ ...DEFAULT_TIMER_SETTINGS, chime: true, updatedAt: T0 });
    expect(settingsFromOldRun(undefined)).toBeNull();
    expect(settingsFromOldRun('not json')).toBeNull();
    expect(settingsFromOldRun(JSON.stringify({ v: 2, data: { meetingId: '', events: [] } }))).toBeNull();
    expect(settingsFromOldRun(JSON.stringify({ v: 1, data: { events: [] } }))).toBeNull();
  });
});

describe('$timerSettings store and the move from the run record', () => {
  beforeEach(() => {
    vi.resetModules();
    useTestStorageEngine();
  });
  afterEach(() => cleanTestStorage());

  /** Fresh store modules, as after a page load. */
  async function load() {
    const timer = await import('../../src/stores/timer-run');
    const settings = await import('../../src/stores/timer-settings');
    return { ...timer, ...settings };
  }

  it('starts from the defaults on a first visit and keeps a change across a reload', async () => {
    const s1 = await load();
    expect(s1.$timerSettings.get()).toEqual(DEFAULT_TIMER_SETTINGS);
    s1.setTimerMode('count-up');
    s1.setChime(true);
    expect(JSON.parse(getTestStorage()[KEY]!)).toMatchObject({ v: 1, data: { mode: 'count-up', chime: true, vibrate: false } });
    expect(getTestStorage()[RUN_KEY]).toBeUndefined(); // a setting is not a change to the run

    vi.resetModules();
    const s2 = await load();
    expect(s2.$timerSettings.get()).toMatchObject({ mode: 'count-up', chime: true, vibrate: false });
  });

  it('takes the settings from an old run record when its own key is absent, and the run is intact', async () => {
    setTestStorageKey(RUN_KEY, oldRecord());
    const s = await load();
    expect(s.$timerSettings.get()).toMatchObject({ mode: 'count-up', chime: true, vibrate: true });
    expect(JSON.parse(getTestStorage()[KEY]!).data).toMatchObject({ mode: 'count-up', chime: true, vibrate: true });
    const run = s.$timerRun.get();
    expect(run).toMatchObject({ meetingId: 'm1', plan, events: [{ type: 'start', at: T0 }], notes: 'went well' });
    expect(Object.keys(getTestStorage()).some((k) => k.includes(':damaged:'))).toBe(false);

    // The next change to the run writes version 2 without the settings; they stay in their own key.
    s.dispatchTimer('pause', T0 + 60_000);
    const stored = JSON.parse(getTestStorage()[RUN_KEY]!);
    expect(stored.v).toBe(2);
    expect(stored.data).not.toHaveProperty('chime');
    expect(stored.data.events).toHaveLength(2);

    vi.resetModules();
    const again = await load();
    expect(again.$timerSettings.get()).toMatchObject({ mode: 'count-up', chime: true, vibrate: true });
    expect(again.$timerRun.get().events).toHaveLength(2);
  });

  it('keeps its own key when both are present: the new key wins', async () => {
    setTestStorageKey(RUN_KEY, oldRecord());
    setTestStorageKey(KEY, JSON.stringify({ v: 1, data: { mode: 'countdown', chime: false, vibrate: true, updatedAt: T0 + 5 } }));
    const s = await load();
    expect(s.$timerSettings.get()).toEqual({ mode: 'countdown', chime: false, vibrate: true, updatedAt: T0 + 5 });
    expect(s.$timerRun.get().notes).toBe('went well');
  });

  it('shows the defaults when its key is damaged and keeps the damaged text aside, verbatim', async () => {
    const damaged = '{"v":1,"data":{"mode":"sideways"}}';
    setTestStorageKey(RUN_KEY, oldRecord());
    setTestStorageKey(KEY, damaged);
    const s = await load();
    expect(s.$timerSettings.get()).toEqual(DEFAULT_TIMER_SETTINGS);
    const copies = Object.entries(getTestStorage()).filter(([k]) => k.startsWith(`${KEY}:damaged:`));
    expect(copies.length).toBeGreaterThan(0);
    for (const [, text] of copies) expect(text).toBe(damaged);
    expect(s.$timerRun.get().events).toHaveLength(1); // the run is untouched
  });

  it('is left alone by a tab of the old version: the run record is version 2, which it will not overwrite', async () => {
    const s = await load();
    s.startRun('m1', plan, plan, T0);
    expect(JSON.parse(getTestStorage()[RUN_KEY]!).v).toBe(2);
    const { decodeEnvelope } = await import('../../src/lib/storage-envelope');
    expect(decodeEnvelope(getTestStorage()[RUN_KEY]!, 1).kind).toBe('newer');
  });
});
