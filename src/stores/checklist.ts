/**
 * Changes to a meeting's checklist: each one a pure helper from lib/checklist applied through
 * updateMeeting. Opening the checklist writes nothing: a meeting with no stored items shows the
 * template's (lib/checklist-derive checklistItems), and the first change stores that list with the change.
 */
import { checklistItems } from '../lib/checklist-derive';
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
import { newId, type ChecklistItem, type Meeting, type Phase } from '../lib/meeting';
import { getMeeting, updateMeeting } from './meetings';

/** Applies a change to the items one meeting's checklist shows, storing them (derived ones too) with it. */
function edit(meetingId: string, template: readonly TemplateItem[], fn: (items: ChecklistItem[]) => ChecklistItem[]): void {
  updateMeeting(meetingId, (m: Meeting) => ({ ...m, checklist: fn(checklistItems(m, template, new Date())) }));
}

/** Checks or unchecks one item. */
export function setChecklistItemDone(meetingId: string, template: readonly TemplateItem[], itemId: string, done: boolean): void {
  edit(meetingId, template, (items) => setDone(items, itemId, done, new Date()));
}

/** Adds the reader's own item; returns its id. */
export function addChecklistItem(meetingId: string, template: readonly TemplateItem[], text: string, phase: Phase): string {
  const id = newId();
  edit(meetingId, template, (items) => addItem(items, text, phase, id));
  return id;
}

/** Replaces an item's text. */
export function editChecklistItem(meetingId: string, template: readonly TemplateItem[], itemId: string, text: string): void {
  edit(meetingId, template, (items) => editItem(items, itemId, text));
}

/** Moves an item within its phase. */
export function moveChecklistItem(meetingId: string, template: readonly TemplateItem[], itemId: string, direction: -1 | 1): void {
  edit(meetingId, template, (items) => moveItem(items, itemId, direction));
}

/** Deletes an item; returns an undo that puts it back in its place (safe to call twice). */
export function removeChecklistItem(meetingId: string, template: readonly TemplateItem[], itemId: string): () => void {
  const m = getMeeting(meetingId);
  if (!m) return () => {};
  const { removed, index } = removeItem(checklistItems(m, template), itemId);
  if (!removed) return () => {};
  edit(meetingId, template, (items) => removeItem(items, itemId).items);
  // Into the stored list: the delete stored it, and one emptied since is the reader's, not the template's.
  return () => updateMeeting(meetingId, (x) => ({ ...x, checklist: restoreItem(x.checklist, removed, index) }));
}

/** Replaces the list with the template's items, unticked; returns an undo that brings the old list back. */
export function resetChecklist(meetingId: string, template: readonly TemplateItem[]): () => void {
  const before = getMeeting(meetingId)?.checklist;
  if (!before) return () => {};
  updateMeeting(meetingId, (m) => ({ ...m, checklist: itemsFromTemplate(template) }));
  return () => updateMeeting(meetingId, (m) => ({ ...m, checklist: before }));
}
