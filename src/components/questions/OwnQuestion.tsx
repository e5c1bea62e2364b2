/** Write your own question: trimmed, 1 to 300 characters, with a clear message otherwise. */
import { useId, useState } from 'preact/hooks';
import { checkQuestionText } from '../../lib/fields';
import { addQuestions } from '../../stores/question-list';
import { useAnnounce } from '../shared/feedback';
import { strings } from './strings';

const s = strings.own;
const DEFAULT_MINUTES = 2;

export default function OwnQuestion({ meetingId }: { meetingId: string }) {
  const announce = useAnnounce();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (e: Event) => {
    e.preventDefault();
    const r = checkQuestionText(text);
    if (!r.ok) return setError(r.error === 'empty' ? s.empty : s.tooLong(r.length));
    addQuestions(meetingId, [{ text: r.value, minutes: DEFAULT_MINUTES }]);
    setText('');
    setError(null);
    announce(s.addedStatus);
  };

  return (
    <section class="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{s.heading}</h2>
      <form class="qb-own" onSubmit={submit} noValidate>
        <div class="field">
          <label for={`${id}-text`}>{s.label}</label>
          <span class="hint" id={`${id}-hint`}>{s.hint}</span>
          <textarea
            id={`${id}-text`}
            dir="auto"
            rows={2}
            value={text}
            onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          />
          {error && <span class="error" id={`${id}-error`}>{error}</span>}
        </div>
        <button type="submit" class="btn">
          {s.submit}
        </button>
      </form>
    </section>
  );
}
