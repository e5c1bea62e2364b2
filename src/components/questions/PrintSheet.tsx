/** The print view: the meeting and the list on one clean page, with room for notes. Hidden on screen. */
import type { Meeting } from '../../lib/meeting';
import { personLine } from '../../lib/who';
import { isPastLine, meetingBudget } from '../../lib/time-budget';
import { strings } from './strings';

const s = strings.print;

export default function PrintSheet({ meeting: m }: { meeting: Meeting }) {
  const b = meetingBudget(m);
  const person = personLine(m.contact);
  return (
    <div class="qb-print">
      <h2>{m.title}</h2>
      <p>
        {person && (
          <>
            {s.with}: {person} ·{' '}
          </>
        )}
        {s.length}: {strings.minutes(m.lengthMinutes)} · {strings.budget.summary(b)}
      </p>
      <ol>
        {m.questions.map((q, i) => (
          <li key={q.id}>
            <span>{q.text}</span> <span class="qb-print-min">({strings.minutes(q.minutes)})</span>
            {isPastLine(b, i) && <strong> · {strings.list.pastLine}</strong>}
            {q.note && <p class="qb-print-note">{q.note}</p>}
            <div class="qb-print-lines" />
          </li>
        ))}
      </ol>
      <h3>{s.notes}</h3>
      <div class="qb-print-lines qb-print-lines-big" />
    </div>
  );
}
