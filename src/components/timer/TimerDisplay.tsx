/** What the reader practises from: the current question, the big clocks, the cue and what comes next. */
import { useEffect, useRef } from 'preact/hooks';
import { countdownSeconds, elapsedSeconds, formatClock, formatCountdown } from '../../lib/timer-format';
import type { TimerPlan, TimerState } from '../../lib/timer-engine';
import type { TimerMode } from '../../lib/timer-settings';
import ClockReadout from './ClockReadout';
import CueBadge from './CueBadge';
import { strings } from './strings';

export interface TimerDisplayProps {
  plan: TimerPlan;
  state: TimerState;
  mode: TimerMode;
  /** Scroll the whole display (cue, question, both clocks) into view: set when a run starts or resumes here. */
  reveal?: boolean;
}

export default function TimerDisplay({ plan, state, mode, reveal = false }: TimerDisplayProps) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (reveal) ref.current?.scrollIntoView({ block: 'start' });
  }, [reveal]);
  const s = strings.run;
  const segment = plan.segments[state.index];
  const next = plan.segments[state.index + 1];
  const countUp = mode === 'count-up';
  const segOver = countdownSeconds(state.segmentLeftMs).over;
  const meetOver = countdownSeconds(state.meetingLeftMs).over;
  const cueClass = countUp ? 'mt-calm' : `mt-state-${state.cue}`;
  return (
    <section ref={ref} class={`mt-display ${cueClass}`} aria-labelledby="mt-question">
      <div class="cluster mt-status">
        {countUp ? <span class="mt-cue mt-cue-calm">{s.countingUp}</span> : <CueBadge cue={state.cue} />}
        <span>{s.segmentOf(state.index, plan.segments.length)}</span>
        {state.status === 'paused' && <span class="mt-paused">{s.paused}</span>}
      </div>
      <h2 id="mt-question" class="mt-question" dir="auto">
        {segment?.label}
      </h2>
      {segment?.note && <p class="mt-note" dir="auto">{segment.note}</p>}
      <div role="timer" aria-label={s.timerLabel} class="mt-clocks">
        {countUp ? (
          <>
            <ClockReadout main label={s.usedInSegment} digits={formatClock(elapsedSeconds(state.segmentElapsedMs))} detail={s.ofPlanned(state.segmentPlannedMs / 1000)} />
            <ClockReadout label={s.usedInMeeting} digits={formatClock(elapsedSeconds(state.totalElapsedMs))} detail={s.ofPlanned(state.meetingPlannedMs / 1000)} />
          </>
        ) : (
          <>
            <ClockReadout main label={segOver ? s.overInSegment : s.leftInSegment} digits={formatCountdown(state.segmentLeftMs)} />
            <ClockReadout label={meetOver ? s.overInMeeting : s.leftInMeeting} digits={formatCountdown(state.meetingLeftMs)} />
          </>
        )}
      </div>
      {state.wrapUp && <p class="notice notice-warning mt-wrap-up">{s.wrapUp}</p>}
      {state.meetingCue === 'over' && !countUp && <p class="notice notice-error">{s.pastEnd}</p>}
      <p class="mt-next">
        {next ? (
          <>
            <strong>{s.next}:</strong> {next.label} <span class="muted">({formatClock(next.seconds)})</span>
          </>
        ) : (
          s.nextLast
        )}
      </p>
    </section>
  );
}
