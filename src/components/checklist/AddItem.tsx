/** Adds the reader's own item to a phase; the text is trimmed and must be 1–300 characters. */
import { useRef, useState } from 'preact/hooks';
import { PHASES, checkItemText, type TemplateItem } from '../../lib/checklist';
import type { Phase } from '../../lib/meeting';
import { useAnnounce } from '../shared/feedback';
import { CHECKLIST_IDS } from '../shared/focus-ids';
import { addChecklistItem } from '../../stores/checklist';
import { strings } from './strings';

const ADD_INPUT_ID = CHECKLIST_IDS.addInput;

interface Props {
  meetingId: string;
  template: readonly TemplateItem[];
}

export default function AddItem({ meetingId, template }: Props) {
  const announce = useAnnounce();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [phase, setPhase] = useState<Phase>('before');
  const [error, setError] = useState<string | null>(null);

  const submit = (e: Event) => {
    e.preventDefault();
    const r = checkItemText(text);
    if (!r.ok) {
      setError(strings.textProblem(r.error));
    } else {
      addChecklistItem(meetingId, template, r.value, phase);
      announce(strings.added(r.value));
      setText('');
      setError(null);
    }
    input.current?.focus();
  };
  return (
    <form class="ck-add card stack" onSubmit={submit} aria-labelledby="ck-add-heading">
      <h2 id="ck-add-heading">{strings.addHeading}</h2>
      <div class="ck-add-row">
        <div class="field ck-add-text">
          <label for={ADD_INPUT_ID}>{strings.addLabel}</label>
          <input
            ref={input}
            id={ADD_INPUT_ID}
            type="text"
            dir="auto"
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? `${ADD_INPUT_ID}-error` : undefined}
          />
        </div>
        <div class="field">
          <label for="ck-add-phase">{strings.addPhase}</label>
          <select id="ck-add-phase" value={phase} onChange={(e) => setPhase(e.currentTarget.value as Phase)}>
            {PHASES.map((p) => (
              <option key={p} value={p}>
                {strings.phaseTitles[p]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="btn btn-primary">
          {strings.addButton}
        </button>
      </div>
      {error && (
        <p class="error ck-error" id={`${ADD_INPUT_ID}-error`}>
          {error}
        </p>
      )}
    </form>
  );
}
