/**
 * A labelled one-line text input with an optional hint and error, wired for assistive tech
 * (aria-invalid, aria-describedby). dir="auto" so right-to-left text reads the right way.
 */
import type { Ref } from 'preact';

interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | null;
  hint?: string;
  inputRef?: Ref<HTMLInputElement>;
  autoComplete?: string;
  onBlur?: () => void;
}

export default function TextInput({ id, label, value, onInput, error, hint, inputRef, autoComplete, onBlur }: Props) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && <span class="hint" id={`${id}-hint`}>{hint}</span>}
      <input
        ref={inputRef}
        id={id}
        type="text"
        dir="auto"
        autoComplete={autoComplete}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
        onBlur={onBlur}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
      />
      {error && <span class="error" id={`${id}-error`}>{error}</span>}
    </div>
  );
}
