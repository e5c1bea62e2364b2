/** The bank: filters by category, audience and text, and an Add button per question. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { href } from '../../lib/href';
import type { Meeting } from '../../lib/meeting';
import { filterBank, type BankFilter, type BankQuestion } from '../../lib/question-bank';
import { addQuestions } from '../../stores/question-list';
import BankFilters from './BankFilters';
import BankItem from './BankItem';
import { useAnnounce } from '../shared/feedback';
import { strings } from './strings';

const s = strings.bank;
/** Questions rendered at once: the whole bank would make hydration a long task on slow phones. */
const PAGE = 25;

interface Props {
  meeting: Meeting;
  bank: BankQuestion[];
  /** The bank's file could not be fetched or read: the panel says so and links to the bank page. */
  failed?: boolean;
}

export default function BankPanel({ meeting, bank, failed }: Props) {
  const announce = useAnnounce();
  const [filter, setFilterState] = useState<BankFilter>({ category: '', audience: '', query: '' });
  const [limit, setLimit] = useState(PAGE);
  const list = useRef<HTMLUListElement>(null);
  const shown = useMemo(() => filterBank(bank, filter), [bank, filter]);
  const setFilter = (next: BankFilter) => (setFilterState(next), setLimit(PAGE));
  // Keyboard readers land on the first newly shown question instead of the top of the page.
  const focusIndex = useRef<number | null>(null);
  const showMore = () => ((focusIndex.current = limit), setLimit(limit + PAGE));
  useEffect(() => {
    if (focusIndex.current === null) return;
    list.current?.querySelectorAll('button')[focusIndex.current]?.focus();
    focusIndex.current = null;
  }, [limit]);
  const added = new Set(meeting.questions.map((q) => q.bankId).filter(Boolean));
  const add = (q: BankQuestion) => {
    if (added.has(q.id)) return;
    addQuestions(meeting.id, [{ bankId: q.id, text: q.text, minutes: q.minutes }]);
    announce(strings.list.added);
  };
  // One handler for the panel's life, so a rendered question re-renders only when its own Added mark changes.
  const latestAdd = useRef(add);
  latestAdd.current = add;
  const onAdd = useCallback((q: BankQuestion) => latestAdd.current(q), []);

  return (
    <section class="card qb-bank" aria-labelledby="qb-bank-title">
      <h2 id="qb-bank-title">{s.heading}</h2>
      <BankFilters filter={filter} onChange={setFilter} />
      {!failed && <p class="muted qb-count">{s.count(Math.min(limit, shown.length), shown.length, bank.length)}</p>}
      {shown.length === 0 ? (
        <p>{failed ? s.failed : s.none}</p>
      ) : (
        <ul class="qb-bank-list" role="list" ref={list}>
          {shown.slice(0, limit).map((q) => (
            <BankItem key={q.id} question={q} added={added.has(q.id)} onAdd={onAdd} />
          ))}
        </ul>
      )}
      {shown.length > limit && (
        <button type="button" class="btn btn-small" onClick={showMore}>
          {s.showMore(Math.min(PAGE, shown.length - limit), shown.length - limit)}
        </button>
      )}
      <p>
        <a href={href('/questions/')}>{s.bankLink}</a>
      </p>
    </section>
  );
}
