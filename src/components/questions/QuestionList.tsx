/** The ordered list: move by buttons or pointer drag, remove with the shell's undo offer; focus follows the moved item. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { dropSide } from '../../lib/drag-reorder';
import type { Meeting } from '../../lib/meeting';
import type { BankQuestion } from '../../lib/question-bank';
import { moveQuestion, removeQuestion, restoreQuestion } from '../../stores/question-list';
import { useAnnounce, useUndo } from '../shared/feedback';
import { QUESTION_IDS } from '../shared/focus-ids';
import { UndoBar } from '../shared/ToolShell';
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
  const { offerUndo } = useUndo();
  // Focus waits until the store's new order reaches the DOM: moving a focused node can blur it.
  const [focus, setFocus] = useState<{ id: string; index: number; target: FocusTarget } | null>(null);
  const n = meeting.questions.length;

  useEffect(() => {
    if (!focus || meeting.questions[focus.index]?.id !== focus.id) return;
    const li = Array.from(listRef.current?.children ?? []).find((el) => (el as HTMLElement).dataset.qid === focus.id);
    const el = focus.target === 'item' ? (li as HTMLElement | undefined) : document.getElementById(QUESTION_IDS.menu(focus.id));
    el?.focus();
    setFocus(null);
  }, [focus, meeting.questions]);

  const move = (id: string, to: number | ((from: number) => number), target: FocusTarget) => {
    const index = moveQuestion(meeting.id, id, to);
    if (index === -1) return;
    setFocus({ id, index, target });
    announce(s.moved(index + 1, n));
  };
  const remove = (id: string) => {
    const r = removeQuestion(meeting.id, id);
    if (!r) return;
    offerUndo({
      message: s.removed,
      label: s.undoLabel(r.question.text),
      // Back in place, focus goes to its menu button once the list shows it (see `focus` above).
      run: () => setFocus({ id, index: restoreQuestion(meeting.id, r), target: 'menu' }),
      restored: s.restored,
      focusId: QUESTION_IDS.menu(id),
      dismissFocusId: QUESTION_IDS.listTitle,
    });
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
      <UndoBar class="qb-undo" />
    </div>
  );
}
