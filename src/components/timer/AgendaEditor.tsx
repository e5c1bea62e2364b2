/** The agenda before the start: segments with adjustable minutes and how they add up. */
import { plannedTotal } from '../../lib/agenda';
import { href } from '../../lib/href';
import type { TimerPlan } from '../../lib/timer-engine';
import SegmentRow from './SegmentRow';
import { strings } from './strings';

export interface AgendaEditorProps {
  plan: TimerPlan;
  fromTemplate: boolean;
  lengthMinutes: number;
  edited: boolean;
  onSegment: (index: number, seconds: number) => void;
  onReset: () => void;
}

export default function AgendaEditor({ plan, fromTemplate, lengthMinutes, edited, onSegment, onReset }: AgendaEditorProps) {
  const s = strings.setup;
  const planned = plannedTotal(plan);
  return (
    <section class="card stack" aria-labelledby="mt-setup-heading">
      <h2 id="mt-setup-heading">{s.heading}</h2>
      {fromTemplate && (
        <p class="notice">
          {s.fromTemplate(lengthMinutes)} <a href={href(s.builderHref)}>{s.builderLink}</a>
        </p>
      )}
      <ol class="mt-agenda">
        {plan.segments.map((seg, i) => (
          <SegmentRow key={`${i}:${seg.label}`} index={i} label={seg.label} seconds={seg.seconds} onChange={onSegment} />
        ))}
      </ol>
      <p class={planned > plan.totalSec ? 'notice notice-warning' : 'muted'}>{s.adds(planned, plan.totalSec)}</p>
      {edited && (
        <button type="button" class="btn btn-quiet btn-small" onClick={onReset}>
          {s.reset}
        </button>
      )}
    </section>
  );
}
