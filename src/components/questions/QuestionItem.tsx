/**
 * One question on the list. At rest: its number, text and state (category, minutes, note, "won't
 * fit") and one menu button (edit, move, remove); the minutes and note fields appear while one of
 * them holds focus (Tab reaches them after the menu button; "Edit minutes and note" goes there too).
 * The drag handle is the pointer's extra.
 */
import type { MeetingQuestion } from '../../lib/meeting';
import type { BankQuestion } from '../../lib/question-bank';
import { questionRunsLong } from '../../lib/speech/metrics';
import { DEFAULT_SPEECH_TARGETS } from '../../lib/speech/targets';
import { focusLater } from '../shared/dom';
import { QUESTION_IDS } from '../shared/focus-ids';
import RowMenu from '../shared/RowMenu';
import ItemFields from './ItemFields';
import { strings } from './strings';

const s = strings.list;
export type FocusTarget = 'menu' | 'item';

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
  const cls = ['qb-item', p.over && 'qb-over', p.over && i > 0 && 'qb-line', p.lifted && 'qb-lifted', p.dropSide && `qb-drop-${p.dropSide}`]
    .filter(Boolean)
    .join(' ');
  const note = q.note?.trim();

  return (
    <li class={cls} data-qid={q.id} tabIndex={-1}>
      <div class="qb-item-head">
        {/* Pointer drag is an extra: the menu's Move items are the accessible way, so the handle stays hidden. */}
        <span class="qb-handle" title={s.drag} aria-hidden="true" onPointerDown={p.onHandleDown}>
          ⠿
        </span>
        <span class="qb-num">{i + 1}.</span>
        <p class="qb-text" dir="auto">{q.text}</p>
        <RowMenu
          id={QUESTION_IDS.menu(q.id)}
          label={s.actions}
          name={s.actionsFor(q.text)}
          items={[
            { label: s.editFields, onSelect: () => focusLater(QUESTION_IDS.minutes(q.id)) },
            { label: s.moveUp, disabled: i === 0, onSelect: () => p.onMove(q.id, (from) => from - 1, 'menu') },
            { label: s.moveDown, disabled: i === count - 1, onSelect: () => p.onMove(q.id, (from) => from + 1, 'menu') },
            { label: s.remove, danger: true, onSelect: () => p.onRemove(q.id) },
          ]}
        />
      </div>
      <p class="qb-meta">
        {p.bank ? strings.categoryNames[p.bank.category] : s.yours} · {strings.minutes(q.minutes)}
        {p.over && <strong class="qb-badge"> · {s.pastLine}</strong>}
        {q.askedSec !== undefined && (
          <>
            {' · '}
            {s.askedIn(q.askedSec)}
            {questionRunsLong(q.askedSec, DEFAULT_SPEECH_TARGETS) && <strong class="qb-badge"> · {s.askedLong(DEFAULT_SPEECH_TARGETS.questionMaxS)}</strong>}
          </>
        )}
      </p>
      {note && (
        <p class="qb-note-text" dir="auto">
          {note}
        </p>
      )}
      <ItemFields meetingId={p.meetingId} question={q} position={i + 1} minutesId={QUESTION_IDS.minutes(q.id)} />
    </li>
  );
}
