/** The time budget as a bar read at a glance, the sentence that says it, and TIARA coverage. */
import type { TiaraCoverage as Coverage, TimeBudget } from '../../lib/time-budget';
import { strings } from './strings';
import TiaraCoverage from './TiaraCoverage';

const s = strings.budget;
const pct = (n: number, of: number) => `${((n / of) * 100).toFixed(2)}%`;

export default function BudgetPanel({ budget: b, coverage }: { budget: TimeBudget; coverage: Coverage[] }) {
  const scale = Math.max(b.lengthMinutes, b.totalMinutes, 1);
  return (
    <div class="qb-budget">
      {/* The bar and its sentence stay in view on wide screens while the bank scrolls beside them. */}
      <div class="qb-budget-sticky">
        <h3 id="qb-budget-title">{s.heading}</h3>
        {/* The bar repeats the sentence below for sighted readers; the sentence carries the meaning. */}
        <div class="qb-bar" aria-hidden="true">
          <span class="qb-seg qb-seg-edge" style={{ width: pct(b.openingMinutes, scale) }} />
          <span class="qb-seg qb-seg-questions" style={{ width: pct(b.questionMinutes, scale) }} />
          <span class="qb-seg qb-seg-edge" style={{ width: pct(b.closingMinutes, scale) }} />
          {!b.fits && <span class="qb-seg-over" style={{ left: pct(b.lengthMinutes, scale), width: pct(b.overMinutes, scale) }} />}
          <span class="qb-end" style={{ left: pct(b.lengthMinutes, scale) }} />
        </div>
        <p class={`qb-summary ${b.fits ? 'qb-fits' : 'qb-overrun'}`}>
          <span aria-hidden="true">{b.fits ? '✓ ' : '⚠ '}</span>
          {s.summary(b)}
        </p>
        <p class="muted qb-breakdown">{s.breakdown(b)}</p>
      </div>
      <TiaraCoverage coverage={coverage} />
    </div>
  );
}
