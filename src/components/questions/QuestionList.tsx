/** The ordered list: move by buttons or pointer drag, remove with undo; focus follows the moved item. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { dropSide } from '../../lib/drag-reorder';
import type { Meeting } from '../../lib/meeting';
import type { BankQuestion } from '../../lib/question-bank';
import { moveQuestion, removeQuestion, restoreQuestion, type Removed } from '../../stores/question-list';
import { useAnnounce } from '../shared/feedback';
import { QUESTION_IDS } from '../shared/focus-ids';
import QuestionItem, { type FocusTarget } from './QuestionItem';
import { strings } from './strings';
import { useDragReorder } from './use-drag-reorder';

const s = strings.list;

interface Props {
  meeting: Meeting;
  byId: Map<string, BankQuestion>;
  /** Whether the question at an index falls past the meeting's end. */
  pastLine: (index: number) => boolean;
}

export default function QuestionList({ meeting, byId, pastLine }: Props) {
  const announce = useAnnounce();
  const listRef = useRef<HTMLOListElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const [removed, setRemoved] = useState<Removed | null>(null);
  // Focus waits until the store's new order reaches the DOM: moving a focused node can blur it.
  const [focus, setFocus] = useState<{ id: string; index: number; target: FocusTarget } | null>(null);
  const [undoFocus, setUndoFocus] = useState(false);
  const n = meeting.questions.length;

  useEffect(() => {
    if (!focus || meeting.questions[focus.index]?.id !== focus.id) return;
    const li = Array.from(listRef.current?.children ?? []).find((el) => (el as HTMLElement).dataset.qid === focus.id);
    const el = focus.target === 'item' ? (li as HTMLElement | undefined) : document.getElementById(QUESTION_IDS.menu(focus.id));
    el?.focus();
    setFocus(null);
  }, [focus, meeting.questions]);

  useEffect(() => {
    if (undoFocus) undoRef.current?.focus();
    setUndoFocus(false);
  }, [undoFocus]);

  const move = (id: string, to: number | ((from: number) => number), target: FocusTarget) => {
    const index = moveQuestion(meeting.id, id, to);
    if (index === -1) return;
    setFocus({ id, index, target });
    announce(s.moved(index + 1, n));
  };
  const remove = (id: string) => {
    const r = removeQuestion(meeting.id, id);
    if (!r) return;
    setRemoved(r);
    setUndoFocus(true);
    announce(s.removed);
  };
  const undo = () => {
    if (!removed) return;
    restoreQuestion(meeting.id, removed);
    setFocus({ id: removed.question.id, index: Math.min(removed.index, n), target: 'menu' });
    setRemoved(null);
    announce(s.restored);
  };
  const { drag, start } = useDragReorder(listRef, (id, to) => move(id, to, 'item'));

  return (
    <div class="qb-list">
      {n === 0 ? (
        <p class="qb-empty">{s.empty}</p>
      ) : (
        <ol class={drag ? 'qb-items qb-dragging' : 'qb-items'} ref={listRef} role="list">
          {meeting.questions.map((q, i) => (
            <QuestionItem
              key={q.id}
              meetingId={meeting.id}
              question={q}
              index={i}
              count={n}
              bank={q.bankId ? byId.get(q.bankId) : undefined}
              over={pastLine(i)}
              lifted={drag?.id === q.id}
              dropSide={drag ? dropSide(i, drag.from, drag.to) : undefined}
              onMove={move}
              onRemove={remove}
              onHandleDown={(e) => start(q.id, e)}
            />
          ))}
        </ol>
      )}
      {removed && (
        <div class="notice qb-undo cluster">
          <span>{s.removed}</span>
          <button type="button" class="btn btn-small" ref={undoRef} onClick={undo} aria-label={`${s.undo}: ${removed.question.text}`}>
            {s.undo}
          </button>
        </div>
      )}
    </div>
  );
}
