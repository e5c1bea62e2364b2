/**
 * The items a checklist shows when none are stored: the template's, derived (issue 12: opening a
 * tool never writes to a meeting). Its own small module, apart from lib/checklist, because the
 * message writer needs it too ("I sent it" stores the list with its tick) and nothing else of the checklist.
 */
import type { ChecklistItem, Meeting, Phase } from './meeting';
import { sentChecklistItems, tickTemplateItem, type SentField } from './messages/meeting-link';

/** What a list derived from the template needs of each template item (the message writer gets only this). */
export interface ChecklistTemplateItem {
  id: string;
  text: string;
  phase: Phase;
}

/** Unticked items from the template, in template order; ids are the template's own unless `id` gives new ones. */
export function templateItems(template: readonly ChecklistTemplateItem[], id: (t: ChecklistTemplateItem) => string = (t) => t.id): ChecklistItem[] {
  return template.map((t) => ({ id: id(t), templateId: t.id, text: t.text, phase: t.phase, done: false }));
}

/**
 * The items a meeting's checklist holds: its stored list, or, while none is stored (a meeting never
 * changed in the checklist, or one whose list was emptied), the template's items derived on the fly,
 * with the steps its recorded messages stand for ticked (done at `now`). Deriving writes nothing:
 * the first change the reader makes stores this list with that change (stores/checklist).
 * Each item keeps its template id as its id, so a row keeps its place and focus when the list is stored.
 */
export function checklistItems(
  meeting: Pick<Meeting, 'checklist' | SentField>,
  template: readonly ChecklistTemplateItem[],
  now: Date = new Date(),
): ChecklistItem[] {
  return meeting.checklist.length
    ? meeting.checklist
    : sentChecklistItems(meeting).reduce(
        (items, id) => tickTemplateItem(items, id, now),
        templateItems(template),
      );
}
