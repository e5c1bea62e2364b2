/** Editable minutes and note of one question; invalid input shows a message and is not saved. */
import { useId, useState } from 'preact/hooks';
import { noteFits, parseQuestionMinutes } from '../../lib/fields';
import { LIMITS, type MeetingQuestion } from '../../lib/meeting';
import { editQuestion } from '../../stores/question-list';
import { useSyncedDraft } from '../shared/use-synced-draft';
import { strings } from './strings';

const s = strings.list;

export default function ItemFields({
  meetingId,
  question: q,
  position,
  minutesId,
}: {
  meetingId: string;
  question: MeetingQuestion;
  position: number;
  /** The minutes field's id, so the row's menu can send focus there. */
  minutesId?: string;
}) {
  const id = useId();
  const [minutesBad, setMinutesBad] = useState(false);
  const saveMinutes = (raw: string) => {
    const n = parseQuestionMinutes(raw);
    setMinutesBad(n === null);
    if (n === null) return;
    editQuestion(meetingId, q.id, { minutes: n });
    minutesField.saved(String(n));
  };
  const saveNote = (raw: string) => {
    if (!noteFits(raw)) return;
    editQuestion(meetingId, q.id, { note: raw || undefined });
    noteField.saved(raw);
  };
  // Another tab's change shows here unless the reader is editing that field.
  const minutesField = useSyncedDraft(String(q.minutes), saveMinutes);
  const noteField = useSyncedDraft<HTMLTextAreaElement>(q.note ?? '', saveNote);
  const minutes = minutesField.draft;
  const note = noteField.draft;
  const noteBad = !noteFits(note);
  const which = <span class="visually-hidden">{s.forQuestion(position)}</span>;

  const onMinutes = (e: Event) => {
    const raw = (e.currentTarget as HTMLInputElement).value;
    minutesField.input(raw);
    saveMinutes(raw);
  };
  const onNote = (e: Event) => {
    const raw = (e.currentTarget as HTMLTextAreaElement).value;
    noteField.input(raw);
    saveNote(raw);
  };

  return (
    <div class="qb-item-fields">
      <div class="field qb-minutes">
        <label for={minutesId ?? `${id}-m`}>
          {s.minutes}
          {which}
        </label>
        <input
          id={minutesId ?? `${id}-m`}
          type="number"
          inputMode="numeric"
          min={1}
          max={LIMITS.questionMinutesMax}
          step={1}
          value={minutes}
          ref={minutesField.ref}
          onInput={onMinutes}
          onBlur={minutesField.onBlur}
          aria-invalid={minutesBad ? 'true' : undefined}
          aria-describedby={minutesBad ? `${id}-me` : undefined}
        />
        {minutesBad && <span class="error" id={`${id}-me`}>{s.minutesError}</span>}
      </div>
      <div class="field qb-note">
        <label for={`${id}-n`}>
          {s.note}
          {which}
        </label>
        <textarea id={`${id}-n`} ref={noteField.ref} dir="auto" rows={1} value={note} onInput={onNote} onBlur={noteField.onBlur} aria-invalid={noteBad ? 'true' : undefined} aria-describedby={noteBad ? `${id}-ne` : undefined} />
        {noteBad && <span class="error" id={`${id}-ne`}>{s.noteTooLong}</span>}
      </div>
    </div>
  );
}
