/** A labelled text input that only passes valid values on, and says why otherwise. */
import { useId, useState } from 'preact/hooks';
import TextInput from '../shared/TextInput';
import { useSyncedDraft } from '../shared/use-synced-draft';

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
  const [error, setError] = useState<string | null>(null);
  const save = (next: string) => {
    const problem = validate(next);
    setError(problem);
    if (problem) return;
    onValid(next);
    field.saved(next);
  };
  // Another tab's change shows here unless the reader is editing this field.
  const field = useSyncedDraft(value, save);
  const onInput = (next: string) => {
    field.input(next);
    save(next);
  };
  return <TextInput id={id} label={label} value={field.draft} onInput={onInput} error={error} hint={hint} inputRef={field.ref} onBlur={field.onBlur} />;
}
