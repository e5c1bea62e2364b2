/**
 * The message writer's changes to a meeting: how the reader is connected to them, their interest,
 * drafts per kind, and "I sent it" (a day on the meeting plus the checklist item it ticks).
 */
import { checklistItems, type ChecklistTemplateItem } from '../lib/checklist-derive';
import { tickTemplateItem } from '../lib/messages/meeting-link';
import { draftFits, draftFor, sentRecord, withDraft, withoutDraft, type WriterText } from '../lib/messages/writer';
import type { MessageKind } from '../lib/messages/kinds';
import { getMeeting, updateMeeting } from './meetings';

/** Sets one of the reader's own texts: how they are connected to them, their broad or narrow interest (empty removes it). */
export function setWriterText(meetingId: string, key: WriterText, value: string): void {
  updateMeeting(meetingId, (m) => {
    const { [key]: _old, ...rest } = m;
    return value.trim() ? { ...rest, [key]: value } : rest;
  });
}

/**
 * Saves the draft of one kind. Refuses (returns false, changes nothing) a draft over the stored
 * limits, so the meeting always stays valid; the writer says so instead of cutting it.
 */
export function saveDraft(meetingId: string, kind: MessageKind, draft: { subject: string; body: string }): boolean {
  if (!draftFits(draft)) return false;
  const m = getMeeting(meetingId);
  const old = m && draftFor(m, kind);
  if (!m || (old && old.subject === draft.subject && old.body === draft.body)) return true;
  updateMeeting(meetingId, (x) => ({ ...x, drafts: withDraft(x.drafts, { kind, ...draft, updatedAt: new Date().toISOString() }) }));
  return true;
}

/** Forgets the draft of one kind (the writer starts again from the template). */
export function clearDraft(meetingId: string, kind: MessageKind): void {
  updateMeeting(meetingId, (m) => {
    const { drafts, ...rest } = m;
    const kept = withoutDraft(drafts, kind);
    return kept.length ? { ...rest, drafts: kept } : rest;
  });
}

/**
 * Records that the reader sent a message of this kind on `day` (YYYY-MM-DD): the matching meeting
 * day (request, follow-up, thank-you), which moves the 3B7 and follow-up due dates, and the
 * matching checklist item ticked (a checklist never changed, derived from `checklistTemplate`, is
 * stored with it, as the checklist's own first change does). Returns false when this kind records nothing.
 */
export function markMessageSent(
  meetingId: string,
  kind: MessageKind,
  day: string,
  checklistTemplate: readonly ChecklistTemplateItem[],
  now: Date = new Date(),
): boolean {
  const record = sentRecord(kind);
  if (!record) return false;
  updateMeeting(meetingId, (m) => {
    const sent = record.field ? { ...m, [record.field]: day } : m;
    return { ...sent, checklist: tickTemplateItem(checklistItems(sent, checklistTemplate, now), record.checklistItem, now) };
  });
  return true;
}
