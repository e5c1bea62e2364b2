/** Changes to a meeting's checklist: each one a pure helper from lib/checklist applied through updateMeeting. */
import {
  addItem,
  editItem,
  itemsFromTemplate,
  moveItem,
  removeItem,
  restoreItem,
  setDone,
  type TemplateItem,
} from '../lib/checklist';
import { sentChecklistItems, tickTemplateItem } from '../lib/messages/meeting-link';
import { newId, type ChecklistItem, type Meeting, type Phase } from '../lib/meeting';
import { getMeeting, updateMeeting } from './meetings';

/** Applies a change to one meeting's checklist. */
function edit(meetingId: string, fn: (items: ChecklistItem[]) => ChecklistItem[]): void {
  updateMeeting(meetingId, (m: Meeting) => ({ ...m, checklist: fn(m.checklist) }));
}

/** Fills an empty checklist with the template's items (first view of a meeting); messages already sent start ticked. */
export function fillFromTemplate(meetingId: string, template: readonly TemplateItem[]): void {
  const m = getMeeting(meetingId);
  if (m?.checklist.length !== 0) return;
  const sent = new Set(sentChecklistItems(m));
  const now = new Date();
  edit(meetingId, () => [...sent].reduce((items, id) => tickTemplateItem(items, id, now), itemsFromTemplate(template)));
}

/** Checks or unchecks one item. */
export function setChecklistItemDone(meetingId: string, itemId: string, done: boolean): void {
  edit(meetingId, (items) => setDone(items, itemId, done, new Date()));
}

/** Adds the reader's own item; returns its id. */
export function addChecklistItem(meetingId: string, text: string, phase: Phase): string {
  const id = newId();
  edit(meetingId, (items) => addItem(items, text, phase, id));
  return id;
}

/** Replaces an item's text. */
export function editChecklistItem(meetingId: string, itemId: string, text: string): void {
  edit(meetingId, (items) => editItem(items, itemId, text));
}

/** Moves an item within its phase. */
export function moveChecklistItem(meetingId: string, itemId: string, direction: -1 | 1): void {
  edit(meetingId, (items) => moveItem(items, itemId, direction));
}

/** Deletes an item; returns an undo that puts it back in its place (safe to call twice). */
export function removeChecklistItem(meetingId: string, itemId: string): () => void {
  const m = getMeeting(meetingId);
  if (!m) return () => {};
  const { removed, index } = removeItem(m.checklist, itemId);
  if (!removed) return () => {};
  edit(meetingId, (items) => removeItem(items, itemId).items);
  return () => edit(meetingId, (items) => restoreItem(items, removed, index));
}

/** Replaces the list with the template's items; returns an undo that brings the old list back. */
export function resetChecklist(meetingId: string, template: readonly TemplateItem[]): () => void {
  const before = getMeeting(meetingId)?.checklist;
  if (!before) return () => {};
  edit(meetingId, () => itemsFromTemplate(template));
  return () => edit(meetingId, () => before);
}
