/**
 * One checklist item. At rest: checkbox, text (or its editor), its state (due date, tally) and one
 * menu button holding the rest: move, edit, delete, the guide and the tool that helps.
 */
import { useState } from 'preact/hooks';
import type { ItemView, TemplateItem } from '../../lib/checklist';
import { href } from '../../lib/href';
import { focusLater } from '../shared/dom';
import { useAnnounce, useUndo } from '../shared/feedback';
import { CHECKLIST_IDS } from '../shared/focus-ids';
import { moveChecklistItem, removeChecklistItem, setChecklistItemDone } from '../../stores/checklist';
import DueLine from './DueLine';
import EditItem from './EditItem';
import RowMenu, { type RowMenuItem } from '../shared/RowMenu';
import { strings } from './strings';

interface Props {
  view: ItemView;
  meetingId: string;
  /** The checklist template: a list not stored yet is stored from it on the first change. */
  templateItems: readonly TemplateItem[];
  zone: string;
  position: number;
  total: number;
  /** The item that takes focus when this one is deleted. */
  neighbourId?: string;
}

const itemIds = CHECKLIST_IDS.item;

export default function ItemRow({ view, meetingId, templateItems, zone, position, total, neighbourId }: Props) {
  const announce = useAnnounce();
  const { offerUndo } = useUndo();
  const { item, template } = view;
  const ids = itemIds(item.id);
  const [editing, setEditing] = useState(false);

  const onToggle = (e: Event) => {
    const done = (e.currentTarget as HTMLInputElement).checked;
    setChecklistItemDone(meetingId, templateItems, item.id, done);
    announce(done ? strings.checked(item.text) : strings.unchecked(item.text));
  };
  const onMove = (direction: -1 | 1) => {
    moveChecklistItem(meetingId, templateItems, item.id, direction);
    const next = position + direction;
    announce(strings.moved(item.text, next, total));
    // Focus follows the item: its menu button, in the new place.
    focusLater(ids.menu);
  };
  const onDelete = () => {
    const undo = removeChecklistItem(meetingId, templateItems, item.id);
    const fallback = neighbourId ? itemIds(neighbourId).check : CHECKLIST_IDS.phaseHeading(item.phase);
    offerUndo({ message: strings.deleted(item.text), run: undo, focusId: ids.check, dismissFocusId: fallback });
  };

  const menuItems: RowMenuItem[] = [
    ...(editing ? [] : [{ label: strings.edit, onSelect: () => setEditing(true) }]),
    { label: strings.moveUp, disabled: position === 1, onSelect: () => onMove(-1) },
    { label: strings.moveDown, disabled: position === total, onSelect: () => onMove(1) },
    ...(template ? [{ label: strings.guideItem, href: href(template.guide) }] : []),
    ...(template?.link ? [{ label: strings.toolLinks[template.link] ?? strings.toolLinkFallback, href: href(template.link) }] : []),
    { label: strings.delete, danger: true, onSelect: onDelete },
  ];

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
          <EditItem meetingId={meetingId} template={templateItems} item={item} onClose={() => { setEditing(false); focusLater(ids.menu); }} />
        )}
        <RowMenu id={ids.menu} label={strings.actions} name={strings.actionsFor(item.text)} items={menuItems} />
      </div>
      {view.tally && (
        <p class={`ck-tally${view.tally.inRange ? ' ck-tally-met' : ''}`} id={`${ids.check}-tally`}>
          {strings.tally(view.tally.count, view.tally.min, view.tally.max, view.tally.inRange)}
        </p>
      )}
      <DueLine view={view} zone={zone} id={ids.due} />
    </li>
  );
}
