/** One bank question with its Add button; the button names the question for screen readers. */
import { memo } from '../shared/memo';
import type { BankQuestion } from '../../lib/question-bank';
import { strings } from './strings';

const s = strings.bank;

interface Props {
  question: BankQuestion;
  added: boolean;
  onAdd: (q: BankQuestion) => void;
}

function BankItem({ question: q, added, onAdd }: Props) {
  return (
    <li class="qb-bank-item">
      <div>
        <p class="qb-text">{q.text}</p>
        <p class="qb-meta">
          {strings.categoryNames[q.category]} · {s.minutes(q.minutes)}
        </p>
      </div>
      {/* aria-disabled instead of disabled keeps focus on the button after adding. */}
      <button
        type="button"
        class={`btn btn-small ${added ? 'qb-added' : ''}`}
        aria-disabled={added ? 'true' : undefined}
        aria-label={`${added ? s.added : s.add}: ${q.text}`}
        onClick={() => onAdd(q)}
      >
        {added ? s.added : s.add}
      </button>
    </li>
  );
}

/** Memoised: a change to the list (a keystroke in a note) does not re-render the bank's questions. */
export default memo(BankItem);
