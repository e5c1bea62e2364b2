/** The reader's list with its time budget, suggestions, exports and the way to the timer. */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { href } from '../../lib/href';
import type { Meeting } from '../../lib/meeting';
import type { BankQuestion } from '../../lib/question-bank';
import { isPastLine, meetingBudget, tiaraCoverage } from '../../lib/time-budget';
import { QUESTION_IDS } from '../shared/focus-ids';
import BudgetPanel from './BudgetPanel';
import ExportPanel from './ExportPanel';
import QuestionList from './QuestionList';
import { strings } from './strings';
import SuggestPanel from './SuggestPanel';

interface Props {
  meeting: Meeting;
  bank: BankQuestion[];
  /** Move focus to the list heading (after a notice above it closed). */
  focusHeading?: boolean;
  onFocused?: () => void;
}

export default function ListPanel({ meeting, bank, focusHeading, onFocused }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focusHeading) return;
    heading.current?.focus();
    onFocused?.();
  }, [focusHeading]);
  const byId = useMemo(() => new Map(bank.map((q) => [q.id, q])), [bank]);
  const budget = meetingBudget(meeting);
  const coverage = tiaraCoverage(meeting.questions.map((q) => (q.bankId ? byId.get(q.bankId)?.category : undefined)));

  return (
    <section class="card qb-list-panel stack" aria-labelledby={QUESTION_IDS.listTitle}>
      <h2 id={QUESTION_IDS.listTitle} ref={heading} tabIndex={-1}>
        {strings.list.heading}
      </h2>
      <BudgetPanel budget={budget} coverage={coverage} />
      <QuestionList meeting={meeting} byId={byId} pastLine={(i) => isPastLine(budget, i)} />
      <SuggestPanel meeting={meeting} bank={bank} onDone={() => heading.current?.focus()} />
      <ExportPanel meeting={meeting} summary={strings.budget.summary(budget)} />
      <p>
        <a class="btn btn-primary" href={href('/tools/timer/')}>
          {strings.exports.timer}
        </a>
      </p>
    </section>
  );
}
