/** One question on the list: text, marks, minutes and note, and its move and remove buttons. */
import { useState } from 'preact/hooks';
import type { MeetingQuestion } from '../../lib/meeting';
import type { BankQuestion } from '../../lib/suggest';
import ItemFields from './ItemFields';
import { categoryNames, strings } from './strings';

const s = strings.list;
export type FocusTarget = 'up' | 'down' | 'remove' | 'item';

interface Props {
  meetingId: string;
  question: MeetingQuestion;
  index: number;
  count: number;
  bank?: BankQuestion;
  over: boolean;
  onMove: (id: string, to: (from: number) => number, target: FocusTarget) => void;
  onRemove: (id: string) => void;
  onDragStart: () => void;
  onDrop: () => void;
}

export default function QuestionItem(p: Props) {
  const { question: q, index: i, count } = p;
  const [target, setTarget] = useState(false);
  // The visible word starts the accessible name (WCAG 2.5.3); the question tells the buttons apart.
  const name = (verb: string) => `${verb}: ${q.text}`;
  const startDrag = (e: DragEvent) => {
    p.onDragStart();
    e.dataTransfer?.setData('text/plain', q.text);
    if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
    const li = (e.currentTarget as HTMLElement).closest('li');
    if (li) e.dataTransfer?.setDragImage?.(li, 16, 16);
  };
  const over = (e: DragEvent) => {
    e.preventDefault();
    setTarget(true);
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setTarget(false);
    p.onDrop();
  };
  const cls = ['qb-item', p.over && 'qb-over', p.over && i > 0 && 'qb-line', target && 'qb-drop'].filter(Boolean).join(' ');

  return (
    <li class={cls} data-qid={q.id} tabIndex={-1} onDragOver={over} onDragLeave={() => setTarget(false)} onDrop={drop}>
      <div class="qb-item-head">
        <span class="qb-handle" draggable title={s.drag} aria-hidden="true" onDragStart={startDrag}>
          ⠿
        </span>
        <span class="qb-num">{i + 1}.</span>
        <p class="qb-text" dir="auto">{q.text}</p>
      </div>
      <p class="qb-meta">
        {p.bank ? categoryNames[p.bank.category] : s.yours}
        {p.over && <strong class="qb-badge"> · {s.pastLine}</strong>}
      </p>
      <ItemFields meetingId={p.meetingId} question={q} position={i + 1} />
      <div class="cluster qb-item-actions">
        <button type="button" class="btn btn-small" data-action="up" aria-label={name(s.moveUp)} disabled={i === 0} onClick={() => p.onMove(q.id, (from) => from - 1, 'up')}>
          {s.moveUp}
        </button>
        <button type="button" class="btn btn-small" data-action="down" aria-label={name(s.moveDown)} disabled={i === count - 1} onClick={() => p.onMove(q.id, (from) => from + 1, 'down')}>
          {s.moveDown}
        </button>
        <button type="button" class="btn btn-small btn-danger" data-action="remove" aria-label={name(s.remove)} onClick={() => p.onRemove(q.id)}>
          {s.remove}
        </button>
      </div>
    </li>
  );
}
