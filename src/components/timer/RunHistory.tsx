/** The meeting's saved runs, newest first, with the chart and the trend. */
import { useEffect, useRef } from 'preact/hooks';
import type { Run } from '../../lib/meeting';
import { chronological, runTotals, runTrend } from '../../lib/run-summary';
import RunChart from './RunChart';
import { strings } from './strings';

export default function RunHistory({ runs, focus = false }: { runs: Run[]; focus?: boolean }) {
  const h = strings.history;
  const heading = useRef<HTMLHeadingElement>(null);
  // After "Save run" the summary is gone; the history, where the run now sits, takes focus.
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  const newestFirst = chronological(runs).reverse();
  return (
    <section class="stack mt-history" aria-labelledby="mt-history-heading">
      <h2 id="mt-history-heading" tabIndex={-1} ref={heading}>
        {h.heading}
      </h2>
      {runs.length === 0 ? (
        <p class="muted">{h.empty}</p>
      ) : (
        <>
          <RunChart runs={runs} />
          <p>{h.trend[runTrend(runs)]}</p>
          <ol class="mt-run-list">
            {newestFirst.map((run) => {
              const t = runTotals(run.segments);
              return (
                <li key={run.id}>
                  <strong>{h.runLabel(strings.runDate(run.startedAt))}</strong>: {h.totals(t.plannedSec, t.actualSec, t.deltaSec)}
                  {run.rating !== undefined && <>. {h.rated(run.rating)}</>}
                  {run.speech && <p>{h.speech(run.speech)}</p>}
                  {run.notes && <p class="mt-run-notes" dir="auto">{run.notes}</p>}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
