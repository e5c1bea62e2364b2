/** Planned (outlined) against actual (filled) minutes per run; theme colours through CSS, text alternative below it. */
import type { Run } from '../../lib/meeting';
import { runChart } from '../../lib/run-chart';
import { strings } from './strings';

const W = 320;
const H = 120;

export default function RunChart({ runs }: { runs: Run[] }) {
  const h = strings.history;
  const chart = runChart(runs, W, H);
  return (
    <figure class="mt-chart">
      <svg viewBox={`0 -4 ${W} ${H + 8}`} role="img" aria-labelledby="mt-chart-title mt-chart-desc" focusable="false">
        <title id="mt-chart-title">{h.chartTitle}</title>
        <desc id="mt-chart-desc">{h.chartDesc(chart.columns.length)}</desc>
        <line class="mt-chart-axis" x1="0" y1={H} x2={W} y2={H} />
        {chart.columns.map((c) => (
          <g key={c.runId}>
            <rect class="mt-bar-planned" x={c.planned.x + 0.75} y={c.planned.y + 0.75} width={Math.max(0, c.planned.width - 1.5)} height={Math.max(0, c.planned.height - 0.75)} />
            <rect class="mt-bar-actual" x={c.actual.x} y={c.actual.y} width={c.actual.width} height={c.actual.height} />
          </g>
        ))}
      </svg>
      <figcaption class="cluster mt-legend" aria-hidden="true">
        <span>
          <span class="mt-swatch mt-swatch-planned" /> {h.legendPlanned}
        </span>
        <span>
          <span class="mt-swatch mt-swatch-actual" /> {h.legendActual}
        </span>
        <span>{h.legendOrder}</span>
      </figcaption>
    </figure>
  );
}
