/** The bank: filters by category, audience and text, and an Add button per question. */
import { useMemo, useState } from 'preact/hooks';
import type { Meeting } from '../../lib/meeting';
import { filterBank, type BankFilter, type BankQuestion } from '../../lib/suggest';
import { addQuestions } from './actions';
import BankFilters from './BankFilters';
import BankItem from './BankItem';
import type { Announce } from './QuestionBuilder';
import { strings } from './strings';

const s = strings.bank;

interface Props {
  meeting: Meeting;
  bank: BankQuestion[];
  announce: Announce;
}

export default function BankPanel({ meeting, bank, announce }: Props) {
  const [filter, setFilter] = useState<BankFilter>({ category: '', audience: '', query: '' });
  const shown = useMemo(() => filterBank(bank, filter), [bank, filter]);
  const added = new Set(meeting.questions.map((q) => q.bankId).filter(Boolean));
  const add = (q: BankQuestion) => {
    if (added.has(q.id)) return;
    addQuestions(meeting.id, [{ bankId: q.id, text: q.text, minutes: q.minutes }]);
    announce(strings.list.added);
  };

  return (
    <section class="card qb-bank" aria-labelledby="qb-bank-title">
      <h2 id="qb-bank-title">{s.heading}</h2>
      <BankFilters filter={filter} onChange={setFilter} />
      <p class="muted qb-count">{s.count(shown.length, bank.length)}</p>
      {shown.length === 0 ? (
        <p>{s.none}</p>
      ) : (
        <ul class="qb-bank-list" role="list">
          {shown.map((q) => (
            <BankItem key={q.id} question={q} added={added.has(q.id)} onAdd={add} />
          ))}
        </ul>
      )}
      <p>
        <a href={`${import.meta.env.BASE_URL.replace(/\/$/, '')}/questions/`}>{s.bankLink}</a>
      </p>
    </section>
  );
}
