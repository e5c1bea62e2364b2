/**
 * What the checklist shares with the message writer: the checklist items a meeting's recorded sends
 * tick. The rest of how the writer meets a meeting (templates, drafts, "I sent it") is writer.ts,
 * so the checklist page loads none of it.
 */
import type { ChecklistItem, Meeting } from '../meeting';

/** The meeting day a sent message records. */
export type SentField = 'requestSentOn' | 'followUpSentOn' | 'thankYouSentOn';

/** The checklist template item each recorded send stands for: one table for the checklist and "I sent it". */
export const SENT_ITEM: Readonly<Record<SentField, string>> = {
  requestSentOn: 'before-request',
  followUpSentOn: 'before-3b7',
  thankYouSentOn: 'after-thank-you',
};

/** Checklist template items a meeting's recorded sends stand for (so a checklist filled later starts ticked). */
export function sentChecklistItems(m: Pick<Meeting, SentField>): string[] {
  return (Object.keys(SENT_ITEM) as SentField[]).filter((f) => m[f]).map((f) => SENT_ITEM[f]);
}

/**
 * The checklist with the template item ticked (dated `now`), as ticking it in the checklist does;
 * unchanged when the item is missing or already done.
 */
export function tickTemplateItem(items: readonly ChecklistItem[], templateId: string, now: Date): ChecklistItem[] {
  return items.map((i) => (i.templateId === templateId && !i.done ? { ...i, done: true, doneAt: now.toISOString() } : i));
}
