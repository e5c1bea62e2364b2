/** One question on the list: text, marks, minutes and note, its drag handle, and its move and remove buttons. */
import type { MeetingQuestion } from '../../lib/meeting';
import type { BankQuestion } from '../../lib/question-bank';
import { questionRunsLong } from '../../lib/speech/metrics';
import { DEFAULT_SPEECH_TARGETS } from '../../lib/speech/targets';
import ItemFields from './ItemFields';
import { strings } from './strings';

const s = strings.list;
export type FocusTarget = 'up' | 'down' | 'remove' | 'item';

interface Props {
  meetingId: string;
  question: MeetingQuestion;
  index: number;
  count: number;
  bank?: BankQuestion;
  over: boolean;
  /** Being dragged with the pointer. */
  lifted: boolean;
  /** Where the drop line shows while another row is dragged here. */
  dropSide?: 'before' | 'after';
  onMove: (id: string, to: (from: number) => number, target: FocusTarget) => void;
  onRemove: (id: string) => void;
  onHandleDown: (e: PointerEvent) => void;
}

export default function QuestionItem(p: Props) {
  const { question: q, index: i, count } = p;
  // The visible word starts the accessible name (WCAG 2.5.3); the question tells the buttons apart.
  const name = (verb: string) => `${verb}: ${q.text}`;
  const cls = ['qb-item', p.over && 'qb-over', p.over && i > 0 && 'qb-line', p.lifted && 'qb-lifted', p.dropSide && `qb-drop-${p.dropSide}`]
    .filter(Boolean)
    .join(' ');

  return (
    <li class={cls} data-qid={q.id} tabIndex={-1}>
      <div class="qb-item-head">
        {/* Pointer drag is an extra: the Move buttons are the accessible way, so the handle stays hidden. */}
        <span class="qb-handle" title={s.drag} aria-hidden="true" onPointerDown={p.onHandleDown}>
          ⠿
        </span>
        <span class="qb-num">{i + 1}.</span>
        <p class="qb-text" dir="auto">{q.text}</p>
      </div>
      <p class="qb-meta">
        {p.bank ? strings.categoryNames[p.bank.category] : s.yours}
        {p.over && <strong class="qb-badge"> · {s.pastLine}</strong>}
        {q.askedSec !== undefined && (
          <>
            {' · '}
            {s.askedIn(q.askedSec)}
            {questionRunsLong(q.askedSec, DEFAULT_SPEECH_TARGETS) && <strong class="qb-badge"> · {s.askedLong(DEFAULT_SPEECH_TARGETS.questionMaxS)}</strong>}
          </>
        )}
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
