/** After the finish: how the run went, a rating and notes, then save, go back, or discard. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_RUNS_PER_MEETING } from '../../lib/data-care';
import { LIMITS } from '../../lib/meeting';
import { notesFit, overtimeSec, runSegments } from '../../lib/run-summary';
import type { TimerEvent, TimerPlan } from '../../lib/timer-engine';
import { setRunNotes, setRunRating } from '../../stores/timer-run';
import ConfirmBar from '../shared/ConfirmBar';
import { TIMER_IDS } from '../shared/focus-ids';
import RatingField from './RatingField';
import { strings } from './strings';
import SummaryTable from './SummaryTable';
import type { RunSpeech } from '../../lib/meeting';

export interface RunSummaryProps {
  plan: TimerPlan;
  events: TimerEvent[];
  rating: number | undefined;
  notes: string;
  /** What the microphone measured during this run, when it listened. */
  speech?: RunSpeech | undefined;
  autoFocus: boolean;
  /** 'full': the meeting holds the most runs it keeps (lib/data-care). */
  saveFailed: boolean | 'full';
  onSave: () => void;
  onUndoFinish: () => void;
  onDiscard: () => void;
}

export default function RunSummary(p: RunSummaryProps) {
  const s = strings.summary;
  const heading = useRef<HTMLHeadingElement>(null);
  const notesRef = useRef<HTMLTextAreaElement>(null);
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    if (p.autoFocus) heading.current?.focus();
  }, [p.autoFocus]);
  // Finished runs are frozen, so any `now` gives the same segments.
  const segments = runSegments(p.plan, p.events, p.events.at(-1)?.at ?? 0);
  const tooLong = !notesFit(p.notes);
  const save = () => (tooLong ? notesRef.current?.focus() : p.onSave());
  return (
    <section class="card stack" aria-labelledby="mt-summary-heading">
      <h2 id="mt-summary-heading" tabIndex={-1} ref={heading}>
        {s.heading}
      </h2>
      <SummaryTable segments={segments} />
      <p>{s.overtime(overtimeSec(p.plan, segments))}</p>
      {p.speech && <p>{strings.history.speech(p.speech)}</p>}
      <RatingField value={p.rating} onChange={setRunRating} />
      <div class="field">
        <label for="mt-notes">{s.notes}</label>
        <textarea
          id="mt-notes"
          ref={notesRef}
          rows={4}
          dir="auto"
          value={p.notes}
          aria-invalid={tooLong}
          aria-describedby={tooLong ? 'mt-notes-hint mt-notes-error' : 'mt-notes-hint'}
          onInput={(e) => setRunNotes(e.currentTarget.value)}
        />
        <p id="mt-notes-hint" class="hint">
          {s.notesHint}
        </p>
        {tooLong && (
          <p id="mt-notes-error" class="error">
            {s.notesTooLong(LIMITS.runNotes)}
          </p>
        )}
      </div>
      {p.saveFailed && (
        <p class="notice notice-error" role="alert">
          {p.saveFailed === 'full' ? s.runsFull(MAX_RUNS_PER_MEETING) : s.saveFailed}
        </p>
      )}
      <div class="cluster">
        <button type="button" class="btn btn-primary" onClick={save}>
          {s.save}
        </button>
        <button type="button" class="btn" onClick={p.onUndoFinish}>
          {s.undoFinish}
        </button>
        {!confirming && (
          <button type="button" id={TIMER_IDS.discard} class="btn btn-danger" onClick={() => setConfirming(true)}>
            {s.discard}
          </button>
        )}
      </div>
      {confirming && (
        // A second step before throwing a run away; focus moves into it and back out on "Keep it".
        <ConfirmBar
          id="mt-discard"
          question={s.confirmDiscard}
          confirm={s.yesDiscard}
          cancel={s.keep}
          onConfirm={p.onDiscard}
          onCancel={() => setConfirming(false)}
          focus="cancel"
          back={TIMER_IDS.discard}
        />
      )}
    </section>
  );
}
