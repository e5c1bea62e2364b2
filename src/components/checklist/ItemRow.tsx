/** One checklist item: checkbox, text (or its editor), due date, guide link and the item's buttons. */
import { useState } from 'preact/hooks';
import type { ItemView } from '../../lib/checklist';
import { href } from '../../lib/href';
import { focusLater } from '../shared/dom';
import { useAnnounce, useUndo } from '../shared/feedback';
import { CHECKLIST_IDS } from '../shared/focus-ids';
import { moveChecklistItem, removeChecklistItem, setChecklistItemDone } from '../../stores/checklist';
import DueLine from './DueLine';
import EditItem from './EditItem';
import ItemButton from './ItemButton';
import { strings } from './strings';

interface Props {
  view: ItemView;
  meetingId: string;
  zone: string;
  position: number;
  total: number;
  /** The item that takes focus when this one is deleted. */
  neighbourId?: string;
}

const itemIds = CHECKLIST_IDS.item;

export default function ItemRow({ view, meetingId, zone, position, total, neighbourId }: Props) {
  const announce = useAnnounce();
  const { offerUndo } = useUndo();
  const { item, template } = view;
  const ids = itemIds(item.id);
  const [editing, setEditing] = useState(false);

  const onToggle = (e: Event) => {
    const done = (e.currentTarget as HTMLInputElement).checked;
    setChecklistItemDone(meetingId, item.id, done);
    announce(done ? strings.checked(item.text) : strings.unchecked(item.text));
  };
  const onMove = (direction: -1 | 1) => {
    moveChecklistItem(meetingId, item.id, direction);
    const next = position + direction;
    announce(strings.moved(item.text, next, total));
    // At the edge the button in the direction of travel is disabled: hand focus to the other one.
    const edge = (direction === -1 && next === 1) || (direction === 1 && next === total);
    focusLater(edge ? (direction === -1 ? ids.down : ids.up) : direction === -1 ? ids.up : ids.down);
  };
  const onDelete = () => {
    const undo = removeChecklistItem(meetingId, item.id);
    const fallback = neighbourId ? itemIds(neighbourId).check : CHECKLIST_IDS.phaseHeading(item.phase);
    offerUndo({ message: strings.deleted(item.text), run: undo, focusId: ids.check, dismissFocusId: fallback });
  };

  return (
    <li class={`ck-item ck-status-${view.status}`}>
      <div class="ck-item-main">
        {/* Done by the meeting's data (a question list in range): checked, and the tally line says why. */}
        <input
          type="checkbox"
          id={ids.check}
          checked={view.done}
          disabled={view.done && !item.done}
          onChange={onToggle}
          aria-describedby={[view.phrase && ids.due, view.tally && `${ids.check}-tally`].filter(Boolean).join(' ') || undefined}
        />
        <label for={ids.check} class={editing ? 'visually-hidden' : 'ck-text'} dir="auto">
          {item.text}
        </label>
        {editing && (
          <EditItem meetingId={meetingId} item={item} onClose={() => { setEditing(false); focusLater(ids.edit); }} />
        )}
      </div>
      {view.tally && (
        <p class={`ck-tally${view.tally.inRange ? ' ck-tally-met' : ''}`} id={`${ids.check}-tally`}>
          {strings.tally(view.tally.count, view.tally.min, view.tally.max, view.tally.inRange)}
        </p>
      )}
      <DueLine view={view} zone={zone} id={ids.due} />
      <div class="ck-item-tools cluster">
        {template && (
          <a href={href(template.guide)} class="ck-link" aria-label={strings.guideFor(item.text)}>
            {strings.guide}
          </a>
        )}
        {template?.link && (
          <a href={href(template.link)} class="ck-link">
            {strings.toolLinks[template.link] ?? strings.toolLinkFallback}
          </a>
        )}
        <span class="ck-buttons cluster">
          <ItemButton id={ids.up} icon="up" label={strings.moveUp} name={strings.moveFor(strings.moveUp, item.text)} disabled={position === 1} onClick={() => onMove(-1)} />
          <ItemButton id={ids.down} icon="down" label={strings.moveDown} name={strings.moveFor(strings.moveDown, item.text)} disabled={position === total} onClick={() => onMove(1)} />
          {!editing && <ItemButton id={ids.edit} icon="edit" label={strings.edit} name={strings.editFor(item.text)} onClick={() => setEditing(true)} />}
          <ItemButton icon="delete" label={strings.delete} name={strings.deleteFor(item.text)} danger onClick={onDelete} />
        </span>
      </div>
    </li>
  );
}
