/** A labelled text input that only passes valid values on, and says why otherwise. */
import { useId, useState } from 'preact/hooks';

interface Props {
  label: string;
  value: string;
  /** Returns an error message, or null when the value may be saved. */
  validate: (value: string) => string | null;
  onValid: (value: string) => void;
  hint?: string;
}

export default function TextField({ label, value, validate, onValid, hint }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const onInput = (e: Event) => {
    const next = (e.currentTarget as HTMLInputElement).value;
    setDraft(next);
    const problem = validate(next);
    setError(problem);
    if (!problem) onValid(next);
  };
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && <span class="hint" id={`${id}-hint`}>{hint}</span>}
      <input id={id} type="text" dir="auto" value={draft} onInput={onInput} aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy} />
      {error && <span class="error" id={`${id}-error`}>{error}</span>}
    </div>
  );
}
