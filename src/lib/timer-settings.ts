/**
 * The reader's timer settings (count down or up, chime, vibration), kept apart from the run so two
 * tabs merge them separately. Pure: src/stores/timer-settings.ts does the reading and writing.
 */
import { decodeEnvelope } from './storage-envelope';

export type TimerMode = 'countdown' | 'count-up';

export interface TimerSettings {
  mode: TimerMode;
  chime: boolean;
  vibrate: boolean;
  /** Epoch ms of the last change, so the newer of two tabs wins. */
  updatedAt: number;
}

/** Counting down, silent, still: what a first visit (or unreadable settings) starts with. */
export const DEFAULT_TIMER_SETTINGS: TimerSettings = { mode: 'countdown', chime: false, vibrate: false, updatedAt: 0 };

const isMode = (v: unknown): v is TimerMode => v === 'countdown' || v === 'count-up';

/** Clean settings from storage, or a throw naming the bad field (the store then keeps a copy aside). */
export function parseTimerSettings(value: unknown): TimerSettings {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('timer-settings: must be an object');
  const o = value as Record<string, unknown>;
  if (!isMode(o.mode)) throw new Error('timer-settings.mode: must be countdown or count-up');
  if (typeof o.chime !== 'boolean') throw new Error('timer-settings.chime: must be true or false');
  if (typeof o.vibrate !== 'boolean') throw new Error('timer-settings.vibrate: must be true or false');
  if (typeof o.updatedAt !== 'number' || !Number.isFinite(o.updatedAt)) throw new Error('timer-settings.updatedAt: must be a number');
  return { mode: o.mode, chime: o.chime, vibrate: o.vibrate, updatedAt: o.updatedAt };
}

/** Two tabs changed the settings: the later change wins. */
export function mergeTimerSettings(stored: TimerSettings, ours: TimerSettings): TimerSettings {
  return stored.updatedAt > ours.updatedAt ? stored : ours;
}

/**
 * The settings a version-1 timer-run record (`coffee-chat:timer-run`, before the settings had their
 * own key) still holds, or null when it holds none. Each readable setting is taken, an unreadable
 * one falls back to its default; the run itself is not looked at. Never throws.
 */
export function settingsFromOldRun(raw: string | undefined): TimerSettings | null {
  if (raw === undefined) return null;
  const r = decodeEnvelope(raw, 1);
  if (r.kind !== 'ok' || r.from !== 1) return null;
  const o = r.data;
  if (!o || typeof o !== 'object' || Array.isArray(o)) return null;
  const { mode, chime, vibrate, updatedAt } = o as Record<string, unknown>;
  if (!isMode(mode) && typeof chime !== 'boolean' && typeof vibrate !== 'boolean') return null;
  const d = DEFAULT_TIMER_SETTINGS;
  return {
    mode: isMode(mode) ? mode : d.mode,
    chime: typeof chime === 'boolean' ? chime : d.chime,
    vibrate: typeof vibrate === 'boolean' ? vibrate : d.vibrate,
    updatedAt: typeof updatedAt === 'number' && Number.isFinite(updatedAt) ? updatedAt : d.updatedAt,
  };
}
