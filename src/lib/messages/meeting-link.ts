/**
 * What the checklist shares with the message writer: the checklist items a meeting's recorded sends
 * tick. The rest of how the writer meets a meeting (templates, drafts, "I sent it") is writer.ts,
 * so the checklist page loads none of it.
 */
import type { ChecklistItem, Meeting } from '../meeting';

/** The meeting day a sent message records. */
export type SentField = 'requestSentOn' | 'followUpSentOn' | 'thankYouSentOn';

/** Checklist template items a meeting's recorded sends stand for (so a checklist filled later starts ticked). */
export function sentChecklistItems(m: Pick<Meeting, SentField>): string[] {
  const ids: string[] = [];
  if (m.requestSentOn) ids.push('before-request');
  if (m.followUpSentOn) ids.push('before-3b7');
  if (m.thankYouSentOn) ids.push('after-thank-you');
  return ids;
}

/**
 * The checklist with the template item ticked (dated `now`), as ticking it in the checklist does;
 * unchanged when the item is missing or already done.
 */
export function tickTemplateItem(items: readonly ChecklistItem[], templateId: string, now: Date): ChecklistItem[] {
  return items.map((i) => (i.templateId === templateId && !i.done ? { ...i, done: true, doneAt: now.toISOString() } : i));
}
