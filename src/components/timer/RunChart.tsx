/**
 * Planned (outlined) against actual (filled) minutes per run, on a minutes scale with each run
 * numbered, oldest first; theme colours through CSS, the same figures listed below it. A single
 * run carries its two figures on its bars.
 */
import type { Run } from '../../lib/meeting';
import { runChart } from '../../lib/run-chart';
import { strings } from './strings';

const W = 320;
const H = 120;
/** Room for the minutes scale on the left and the run numbers below. */
const LEFT = 44;
const BELOW = 18;

export default function RunChart({ runs }: { runs: Run[] }) {
  const h = strings.history;
  const chart = runChart(runs, W - LEFT, H);
  const single = chart.columns.length === 1;
  const mins = (sec: number) => h.chartMinutes(Math.round(sec / 60));
  return (
    <figure class="mt-chart">
      <svg viewBox={`0 -14 ${W} ${H + 14 + BELOW}`} role="img" aria-labelledby="mt-chart-title mt-chart-desc" focusable="false">
        <title id="mt-chart-title">{h.chartTitle}</title>
        <desc id="mt-chart-desc">{h.chartDesc(chart.columns.length)}</desc>
        {chart.ticks.map((t) => (
          <g key={t.minutes} class="mt-chart-tick">
            <line class={t.minutes === 0 ? 'mt-chart-axis' : 'mt-chart-grid'} x1={LEFT} y1={t.y} x2={W} y2={t.y} />
            <text x={LEFT - 6} y={t.y} dy="0.35em" text-anchor="end">
              {h.chartMinutes(t.minutes)}
            </text>
          </g>
        ))}
        <line class="mt-chart-axis" x1={LEFT} y1={0} x2={LEFT} y2={H} />
        <g transform={`translate(${LEFT} 0)`}>
          {chart.columns.map((c, i) => (
            <g key={c.runId}>
              <rect class="mt-bar-planned" x={c.planned.x + 0.75} y={c.planned.y + 0.75} width={Math.max(0, c.planned.width - 1.5)} height={Math.max(0, c.planned.height - 0.75)} />
              <rect class="mt-bar-actual" x={c.actual.x} y={c.actual.y} width={c.actual.width} height={c.actual.height} />
              <text class="mt-chart-run" x={c.actual.x} y={H + 13} text-anchor="middle">
                {single ? h.chartOneRun : i + 1}
              </text>
              {single && (
                <>
                  <text class="mt-chart-value" x={c.planned.x - 4} y={c.planned.y - 4} text-anchor="end">
                    {mins(c.plannedSec)}
                  </text>
                  <text class="mt-chart-value" x={c.actual.x + c.actual.width + 4} y={c.actual.y - 4} text-anchor="start">
                    {mins(c.actualSec)}
                  </text>
                </>
              )}
            </g>
          ))}
        </g>
      </svg>
      <figcaption class="cluster mt-legend" aria-hidden="true">
        <span>
          <span class="mt-swatch mt-swatch-planned" /> {h.legendPlanned}
        </span>
        <span>
          <span class="mt-swatch mt-swatch-actual" /> {h.legendActual}
        </span>
        {!single && <span>{h.legendOrder}</span>}
      </figcaption>
    </figure>
  );
}
