/**
 * What is worth saying aloud: the live region speaks only when the segment, the cue or the run's
 * status changes, never on every second, and the chime sounds only on a worsening cue.
 */
import type { Cue, TimerState, TimerStatus } from './timer-engine';

export type CueChange =
  | { kind: 'segment'; index: number }
  | { kind: 'cue'; cue: Exclude<Cue, 'on-track'>; scope: 'segment' | 'meeting' }
  | { kind: 'wrap-up' }
  | { kind: 'status'; status: TimerStatus };

/** The part of a state the announcements follow. */
export interface CueSnapshot {
  status: TimerStatus;
  index: number;
  segmentCue: Cue;
  meetingCue: Cue;
  wrapUp: boolean;
}

/** The fields of a state that announcements depend on. */
export function snapshot(s: TimerState): CueSnapshot {
  return { status: s.status, index: s.index, segmentCue: s.segmentCue, meetingCue: s.meetingCue, wrapUp: s.wrapUp };
}

/**
 * The one change to announce between two snapshots, most important first, or null. With
 * `calm` (count-up mode) time cues are left out: no pressure, only where you are.
 */
export function cueChange(prev: CueSnapshot | undefined, next: CueSnapshot, calm = false): CueChange | null {
  if (!prev) return null;
  if (prev.status !== next.status) return { kind: 'status', status: next.status };
  if (next.status !== 'running' && next.status !== 'paused') return null;
  if (prev.index !== next.index) return { kind: 'segment', index: next.index };
  if (calm) return null;
  if (next.meetingCue === 'over' && prev.meetingCue !== 'over') return { kind: 'cue', cue: 'over', scope: 'meeting' };
  if (next.wrapUp && !prev.wrapUp) return { kind: 'wrap-up' };
  if (next.segmentCue !== prev.segmentCue && next.segmentCue !== 'on-track')
    return { kind: 'cue', cue: next.segmentCue, scope: 'segment' };
  return null;
}

/** Whether a change deserves the chime and vibration: a time cue getting more urgent. */
export function isAlert(change: CueChange | null): boolean {
  return change?.kind === 'cue' || change?.kind === 'wrap-up';
}
