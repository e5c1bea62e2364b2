/** Inline form to rename the active meeting: trimmed, 1–120 characters, with a clear message otherwise. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Meeting } from '../../lib/meeting';
import type { TitleProblem } from '../../lib/meeting-validate';
import { renameMeeting } from '../../stores/meetings';
import TextInput from './TextInput';
import { strings } from './strings';

const S = strings.meeting;

interface Props {
  id: string;
  meeting: Meeting;
  /** Called with the new title after a rename, or with nothing on cancel. */
  onClose: (renamedTo?: string) => void;
}

export default function RenameForm({ id, meeting, onClose }: Props) {
  const [value, setValue] = useState(meeting.title);
  const [problem, setProblem] = useState<TitleProblem | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select(); // the reader usually replaces the whole name
  }, []);

  const submit = (e: Event) => {
    e.preventDefault();
    const p = renameMeeting(meeting.id, value);
    setProblem(p);
    if (p) input.current?.focus();
    else onClose(value.trim());
  };

  return (
    <form class="meeting-rename" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onClose()} noValidate>
      {/* No maxLength: a pasted long name gets a message instead of being silently cut. */}
      <TextInput
        id={`${id}-input`}
        label={S.renameLabel}
        value={value}
        onInput={setValue}
        hint={S.renameHint}
        error={problem && S.titleProblems[problem]}
        inputRef={input}
        autoComplete="off"
      />
      <div class="cluster">
        <button type="submit" class="btn btn-primary">{S.save}</button>
        <button type="button" class="btn" onClick={() => onClose()}>{strings.cancel}</button>
      </div>
    </form>
  );
}
