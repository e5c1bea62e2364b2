/** Inline editor for an item's text: Enter saves, Escape cancels, a bad text says why and keeps the old one. */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { checkItemText } from '../../lib/checklist';
import { LIMITS, type ChecklistItem } from '../../lib/meeting';
import { rename } from './actions';
import { S } from './strings';

interface Props {
  meetingId: string;
  item: ChecklistItem;
  announce: (message: string) => void;
  onClose: () => void;
}

export default function EditItem({ meetingId, item, announce, onClose }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState(item.text);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => input.current?.select(), []);

  const save = (e: Event) => {
    e.preventDefault();
    const r = checkItemText(draft);
    if (!r.ok) {
      setError(r.error === 'empty' ? S.textEmpty : S.textTooLong(LIMITS.checklistText));
      input.current?.focus();
      return;
    }
    rename(meetingId, item.id, r.value);
    announce(S.edited);
    onClose();
  };
  return (
    <form class="ck-edit" onSubmit={save} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div class="field">
        <label for={id}>{S.editLabel}</label>
        <input
          ref={input}
          id={id}
          type="text"
          dir="auto"
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {error && <span class="error" id={`${id}-error`}>{error}</span>}
      </div>
      <div class="cluster">
        <button type="submit" class="btn btn-small btn-primary">{S.save}</button>
        <button type="button" class="btn btn-small" onClick={onClose}>{S.cancel}</button>
      </div>
    </form>
  );
}
