/** A labelled text input that only passes valid values on, and says why otherwise. */
import { useId, useState } from 'preact/hooks';
import TextInput from '../shared/TextInput';

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
  const onInput = (next: string) => {
    setDraft(next);
    const problem = validate(next);
    setError(problem);
    if (!problem) onValid(next);
  };
  return <TextInput id={id} label={label} value={draft} onInput={onInput} error={error} hint={hint} />;
}
