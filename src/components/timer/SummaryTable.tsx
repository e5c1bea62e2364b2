/** Planned against actual time per segment, with totals. */
import type { RunSegment } from '../../lib/meeting';
import { runTotals, segmentSkipped } from '../../lib/run-summary';
import { formatClock } from '../../lib/timer-format';
import { useId } from 'preact/hooks';
import { strings } from './strings';

export default function SummaryTable({ segments }: { segments: RunSegment[] }) {
  const s = strings.summary;
  const t = runTotals(segments);
  const caption = useId();
  // On a narrow screen the table scrolls sideways: a named region in the tab order, so a keyboard can scroll it too.
  return (
    <div class="table-scroll" role="region" aria-labelledby={caption} tabIndex={0}>
      <table class="mt-summary-table">
        <caption id={caption}>{s.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{s.segment}</th>
            <th scope="col">{s.planned}</th>
            <th scope="col">{s.actual}</th>
            <th scope="col">{s.difference}</th>
          </tr>
        </thead>
        <tbody>
          {segments.map((seg, i) => {
            // A segment never reached is skipped, not "fast": no time and no difference to show.
            const skipped = segmentSkipped(seg);
            return (
              <tr key={i} class={skipped ? 'mt-skipped' : undefined}>
                <th scope="row" dir="auto">{seg.label}</th>
                <td>{formatClock(seg.plannedSec)}</td>
                <td>{skipped ? s.notReached : formatClock(seg.actualSec)}</td>
                <td>{skipped ? s.skipped : s.delta(seg.actualSec - seg.plannedSec)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{s.total}</th>
            <td>{formatClock(t.plannedSec)}</td>
            <td>{formatClock(t.actualSec)}</td>
            <td>{s.delta(t.deltaSec)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
