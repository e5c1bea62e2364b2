/** A meeting whose checklist was never changed stores no items: the template's are derived for display. */
import { describe, expect, it } from 'vitest';
import { strings } from '../../src/components/checklist/strings';
import templateJson from '../../src/content/checklists/template.json';
import { followUpDues, itemViews, progress, type TemplateItem } from '../../src/lib/checklist';
import { checklistItems } from '../../src/lib/checklist-derive';
import { createMeeting } from '../../src/lib/meeting';

const template = templateJson as TemplateItem[];
const now = new Date('2026-03-10T12:00:00.000Z');

describe('checklistItems: the items a checklist shows', () => {
  it('derives the template, in order and unticked, for a meeting with no stored items, with ids that stay the same', () => {
    const m = createMeeting({}, now);
    const items = checklistItems(m, template);
    expect(items.map((i) => i.templateId)).toEqual(template.map((t) => t.id));
    expect(items.map((i) => i.text)).toEqual(template.map((t) => t.text));
    expect(items.every((i) => !i.done && i.doneAt === undefined)).toBe(true);
    expect(items.map((i) => i.id)).toEqual(template.map((t) => t.id));
    expect(checklistItems(m, template)).toEqual(items);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(m.checklist).toEqual([]); // nothing written to the meeting
  });

  it('shows the steps of messages already sent ticked, as the message writer recorded them', () => {
    const m = createMeeting({ requestSentOn: '2026-03-02', followUpSentOn: '2026-03-09', thankYouSentOn: '2026-03-11' }, now);
    const ticked = checklistItems(m, template).filter((i) => i.done).map((i) => i.templateId);
    expect(ticked.sort()).toEqual(['after-thank-you', 'before-3b7', 'before-request']);
    expect(progress(checklistItems(m, template)).overall).toEqual({ done: 3, total: template.length });
  });

  it('notes derived ticks as done at the time given (the moment the list is stored)', () => {
    const m = createMeeting({ requestSentOn: '2026-03-02' }, now);
    const stored = checklistItems(m, template, now).find((i) => i.templateId === 'before-request')!;
    expect(stored).toMatchObject({ done: true, doneAt: now.toISOString() });
    expect(checklistItems(m, template, now).filter((i) => i.doneAt)).toHaveLength(1);
  });

  it('returns a stored list as it is, however short, and derives nothing into it', () => {
    const own = [{ id: 'a', text: 'Mine', phase: 'before' as const, done: false }];
    const m = createMeeting({ checklist: own, requestSentOn: '2026-03-02' }, now);
    expect(checklistItems(m, template)).toBe(own);
  });

  it('gives due dates, the calendar and the overview the derived items, as if stored', () => {
    const m = createMeeting({ scheduledAt: '2026-03-12T15:00:00.000Z', contact: { name: 'Dana', role: '', organization: '' } }, now);
    const views = itemViews(m, template, now, 'UTC', strings.duePhrases);
    expect(views).toHaveLength(template.length);
    expect(views.find((v) => v.item.templateId === 'after-thank-you')!.dueAt).toEqual(new Date('2026-03-13T15:00:00.000Z'));
    // A follow-up already sent settles the 3B7 reminders, as a ticked stored item does.
    const waiting = createMeeting({ requestSentOn: '2026-03-05' }, now);
    expect(followUpDues(waiting, template, 'UTC').chase).not.toBeNull();
    expect(followUpDues({ ...waiting, followUpSentOn: '2026-03-10' }, template, 'UTC').chase).toBeNull();
  });
});
