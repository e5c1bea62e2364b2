/** Inline editor for an item's text: Enter saves, Escape cancels, a bad text says why and keeps the old one. */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { checkItemText, type TemplateItem } from '../../lib/checklist';
import type { ChecklistItem } from '../../lib/meeting';
import { useAnnounce } from '../shared/feedback';
import TextInput from '../shared/TextInput';
import { editChecklistItem } from '../../stores/checklist';
import { strings } from './strings';

interface Props {
  meetingId: string;
  template: readonly TemplateItem[];
  item: ChecklistItem;
  onClose: () => void;
}

export default function EditItem({ meetingId, template, item, onClose }: Props) {
  const announce = useAnnounce();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState(item.text);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => input.current?.select(), []);

  const save = (e: Event) => {
    e.preventDefault();
    const r = checkItemText(draft);
    if (!r.ok) {
      setError(strings.textProblem(r.error));
      input.current?.focus();
      return;
    }
    editChecklistItem(meetingId, template, item.id, r.value);
    announce(strings.edited);
    onClose();
  };
  return (
    <form class="ck-edit" onSubmit={save} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <TextInput id={id} label={strings.editLabel} value={draft} onInput={setDraft} error={error} inputRef={input} />
      <div class="cluster">
        <button type="submit" class="btn btn-small btn-primary">{strings.save}</button>
        <button type="button" class="btn btn-small" onClick={onClose}>{strings.cancel}</button>
      </div>
    </form>
  );
}
