/**
 * The reader's timer settings under `coffee-chat:timer-settings`: count down or up, the chime and
 * vibration. Until timer-run version 2 they sat in the run's record (`coffee-chat:timer-run`); when
 * this key is absent and that record still holds them, they are taken from it and written here once.
 */
import { DEFAULT_TIMER_SETTINGS, mergeTimerSettings, parseTimerSettings, settingsFromOldRun, type TimerMode, type TimerSettings } from '../lib/timer-settings';
import { newerStamp } from '../lib/stamp';
import { KEY_PREFIX, persistentEnvelope } from './persist';
import { readRaw } from './storage-raw';

export const TIMER_SETTINGS_VERSION = 1;

export const $timerSettings = persistentEnvelope<TimerSettings>('timer-settings', {
  version: TIMER_SETTINGS_VERSION,
  initial: DEFAULT_TIMER_SETTINGS,
  validate: parseTimerSettings,
  mergeOnWrite: mergeTimerSettings,
});

/** The first load after the split: the settings a version-1 run record holds move to their own key. */
function adoptOldSettings(): void {
  try {
    if (readRaw(`${KEY_PREFIX}timer-settings`) !== undefined) return; // this key wins once it exists
    const old = settingsFromOldRun(readRaw(`${KEY_PREFIX}timer-run`));
    if (old) $timerSettings.set(old);
  } catch {
    // Unreadable storage: the store already works in memory and says so.
  }
}
adoptOldSettings();

/** Applies one change and stamps it, so the newest change wins across tabs. */
function change(fn: (d: TimerSettings) => TimerSettings, now = Date.now()): void {
  const before = $timerSettings.get();
  $timerSettings.set({ ...fn(before), updatedAt: newerStamp(before.updatedAt, now) });
}

/** Switches between counting down and counting up (no time pressure); allowed at any time. */
export function setTimerMode(mode: TimerMode): void {
  change((d) => ({ ...d, mode }));
}

/** Turns the soft chime on or off. */
export function setChime(on: boolean): void {
  change((d) => ({ ...d, chime: on }));
}

/** Turns vibration on or off. */
export function setVibrate(on: boolean): void {
  change((d) => ({ ...d, vibrate: on }));
}
