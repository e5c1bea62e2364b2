/** Planned against actual time per segment, with totals. */
import type { RunSegment } from '../../lib/meeting';
import { runTotals } from '../../lib/run-summary';
import { formatClock } from '../../lib/timer-format';
import { strings } from './strings';

export default function SummaryTable({ segments }: { segments: RunSegment[] }) {
  const s = strings.summary;
  const t = runTotals(segments);
  return (
    <div class="table-scroll">
      <table class="mt-summary-table">
        <caption>{s.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{s.segment}</th>
            <th scope="col">{s.planned}</th>
            <th scope="col">{s.actual}</th>
            <th scope="col">{s.difference}</th>
          </tr>
        </thead>
        <tbody>
          {segments.map((seg, i) => (
            <tr key={i}>
              <th scope="row" dir="auto">{seg.label}</th>
              <td>{formatClock(seg.plannedSec)}</td>
              <td>{formatClock(seg.actualSec)}</td>
              <td>{s.delta(seg.actualSec - seg.plannedSec)}</td>
            </tr>
          ))}
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
