/** Write your own question: trimmed, 1 to 300 characters, with a clear message otherwise. */
import { useId, useState } from 'preact/hooks';
import { LIMITS } from '../../lib/meeting';
import { addQuestions } from './actions';
import type { Announce } from './QuestionBuilder';
import { strings } from './strings';

const s = strings.own;
const DEFAULT_MINUTES = 2;

export default function OwnQuestion({ meetingId, announce }: { meetingId: string; announce: Announce }) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (e: Event) => {
    e.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) return setError(s.empty);
    if (trimmed.length > LIMITS.questionText) return setError(s.tooLong(trimmed.length));
    addQuestions(meetingId, [{ text: trimmed, minutes: DEFAULT_MINUTES }]);
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
