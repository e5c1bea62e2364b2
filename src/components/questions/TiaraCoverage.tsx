/** Which TIARA letters the list covers, in words as well as marks. */
import type { TiaraCoverage as Coverage } from '../../lib/time-budget';
import { strings } from './strings';

const s = strings.budget;

export default function TiaraCoverage({ coverage }: { coverage: Coverage[] }) {
  return (
    <div class="qb-tiara">
      <h4 id="qb-tiara-title">{s.tiara}</h4>
      <ul class="qb-tiara-list" role="list" aria-labelledby="qb-tiara-title">
        {coverage.map((c) => (
          <li key={c.category} class={c.count ? 'qb-covered' : 'qb-missing'}>
            <span class="qb-letter" aria-hidden="true">
              {c.letter}
            </span>
            <span>
              <strong>{strings.categoryNames[c.category]}</strong>: {c.count ? s.tiaraCovered(c.count) : s.tiaraMissing}
            </span>
          </li>
        ))}
      </ul>
      <p class="muted qb-small">{s.tiaraAbout}</p>
    </div>
  );
}
