/** Turns segment, cue and status changes into one polite sentence, plus the chime and buzz when enabled. */
import { useEffect, useRef } from 'preact/hooks';
import { cueChange, isAlert, snapshot, type CueChange, type CueSnapshot } from '../../lib/timer-cues';
import type { TimerPlan, TimerState } from '../../lib/timer-engine';
import { useAnnounce } from '../shared/feedback';
import { buzz, chime } from './alerts';
import { strings } from './strings';

export interface AlertSettings {
  calm: boolean;
  chime: boolean;
  vibrate: boolean;
}

/** The sentence for one change, or null when a handler announces it itself (back to idle). */
function sentence(change: CueChange, state: TimerState, plan: TimerPlan, previous: CueSnapshot): string | null {
  const a = strings.announce;
  const label = plan.segments[state.index]?.label ?? '';
  switch (change.kind) {
    case 'segment':
      return a.segment(change.index, plan.segments.length, label);
    case 'wrap-up':
      return a.wrapUp;
    case 'cue':
      if (change.scope === 'meeting') return a.meetingOver;
      return change.cue === 'over' ? a.over : a.nearly;
    case 'status':
      if (change.status === 'running') return previous.status === 'paused' ? a.resumed : a.started(label);
      if (change.status === 'paused') return a.paused;
      if (change.status === 'finished') return a.finished;
      return null;
  }
}

/** Announces each change in the page's live region (see ToolShell). */
export function useCueAnnouncer(state: TimerState, plan: TimerPlan, settings: AlertSettings): void {
  const setMessage = useAnnounce();
  const prev = useRef<CueSnapshot | undefined>(undefined);
  const snap = snapshot(state);
  useEffect(() => {
    const before = prev.current;
    const change = cueChange(before, snap, settings.calm);
    prev.current = snap;
    if (!change || !before) return;
    const text = sentence(change, state, plan, before);
    if (text) setMessage(text);
    if (isAlert(change)) {
      if (settings.chime) chime();
      if (settings.vibrate) buzz();
    }
    // Only these fields matter; the rest of the state changes every tick.
  }, [snap.status, snap.index, snap.segmentCue, snap.meetingCue, snap.wrapUp]);
}
