/** "Suggest a list" for an audience; offered only while the list is empty. */
import { useId, useState } from 'preact/hooks';
import type { Meeting } from '../../lib/meeting';
import { suggestList } from '../../lib/suggest';
import { AUDIENCES, type Audience, type BankQuestion } from '../../lib/question-bank';
import { addQuestions } from '../../stores/question-list';
import { useAnnounce } from '../shared/feedback';
import { strings } from './strings';

const s = strings.suggest;

interface Props {
  meeting: Meeting;
  bank: BankQuestion[];
  onDone: () => void;
}

export default function SuggestPanel({ meeting, bank, onDone }: Props) {
  const announce = useAnnounce();
  const id = useId();
  const [audience, setAudience] = useState<Audience>('any');
  const blocked = meeting.questions.length > 0;
  const suggest = () => {
    if (blocked) return;
    const picks = suggestList(bank, audience, meeting.lengthMinutes);
    addQuestions(
      meeting.id,
      picks.map((q) => ({ bankId: q.id, text: q.text, minutes: q.minutes })),
    );
    announce(s.done(picks.length));
    onDone();
  };
  return (
    <div class="qb-suggest">
      <h3>{s.heading}</h3>
      <div class="cluster qb-suggest-row">
        <div class="field">
          <label for={`${id}-aud`}>{s.audience}</label>
          <select id={`${id}-aud`} value={audience} onChange={(e) => setAudience((e.currentTarget as HTMLSelectElement).value as Audience)}>
            {AUDIENCES.map((a) => (
              <option key={a} value={a}>
                {strings.audienceNames[a]}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          class="btn"
          onClick={suggest}
          aria-disabled={blocked ? 'true' : undefined}
          aria-describedby={blocked ? `${id}-why` : undefined}
        >
          {s.button}
        </button>
      </div>
      {blocked && (
        <p class="muted qb-small" id={`${id}-why`}>
          {s.disabled}
        </p>
      )}
    </div>
  );
}
