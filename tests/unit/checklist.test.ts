import { describe, expect, it } from 'vitest';
import { strings as checklistStrings } from '../../src/components/checklist/strings';
import fc from 'fast-check';
import templateJson from '../../src/content/checklists/template.json';
import {
  PHASES,
  addItem,
  byPhase,
  checkTemplate,
  readTemplate,
  checkItemText,
  editItem,
  followUpDues,
  itemViews,
  itemsFromTemplate,
  meetingEnded,
  moveItem,
  nextDue,
  overviewLine,
  progress,
  removeItem,
  restoreItem,
  setDone,
  type TemplateItem,
} from '../../src/lib/checklist';
import { createMeeting, type ChecklistItem, type Meeting } from '../../src/lib/meeting';

const template = templateJson as TemplateItem[];
// The guide pages the site has (src/content/guides/<slug>.mdx).
const GUIDE_SLUGS = [
  'what-is-an-informational-interview', 'informational-vs-job-interview', 'finding-people', 'asking-for-the-meeting',
  'preparing', 'questions-to-ask', 'during-the-meeting', 'etiquette', 'virtual-and-phone-chats', 'following-up',
  'keeping-track', 'special-situations', 'mistakes-to-avoid', 'faq',
];
const now = new Date('2026-03-10T12:00:00.000Z');
let counter = 0;
const ids = () => `id-${++counter}`;

function dana(extra: Partial<Meeting> = {}): Meeting {
  return createMeeting(
    { id: 'dana', contact: { name: 'Dana', role: '', organization: 'Acme' }, checklist: itemsFromTemplate(template, ids), ...extra },
    now,
  );
}

const item = (id: string, phase: ChecklistItem['phase'], done = false): ChecklistItem => ({ id, text: id, phase, done });

describe('the template', () => {
  it('has unique ids, all three phases, and links each step to a section of a guide page that exists', () => {
    expect(new Set(template.map((t) => t.id)).size).toBe(template.length);
    for (const phase of PHASES) expect(template.some((t) => t.phase === phase)).toBe(true);
    for (const t of template) {
      // The section itself is checked against the built pages in tests/site/guides-content.test.ts.
      expect(t.guide).toMatch(/^\/guides\/[a-z-]+\/#[a-z0-9-]+$/);
      expect(GUIDE_SLUGS).toContain(t.guide.split('/')[2]);
      expect(t.text.length).toBeLessThanOrEqual(300);
    }
  });

  it('puts the thank-you 24 hours after the meeting and the update two working weeks after', () => {
    expect(template.find((t) => t.id === 'after-thank-you')?.due).toEqual({ hoursFromMeeting: 24 });
    expect(template.find((t) => t.id === 'after-update')?.due).toEqual({ businessDaysFromMeeting: 10 });
  });

  it('dates the 3B7 follow-up seven business days after the request', () => {
    expect(template.find((t) => t.id === 'before-3b7')?.due).toEqual({ businessDaysFromRequest: 7 });
  });
});

describe('checkTemplate', () => {
  it('finds nothing wrong with the real template', () => {
    expect(checkTemplate(templateJson)).toEqual([]);
  });

  it('stops the build of both pages that read the template when it is broken (readTemplate)', () => {
    expect(readTemplate(templateJson)).toHaveLength(templateJson.length);
    expect(() => readTemplate([{ id: 'Bad Id', text: '', phase: 'later' }])).toThrow(/template\[0\] \(Bad Id\)\.id: must be lowercase/);
  });

  it('names the item and field of each problem', () => {
    const good = template[0];
    expect(checkTemplate({})).toEqual(['template: must be a list of items']);
    expect(
      checkTemplate([
        good,
        { ...good },
        { ...good, id: 'x', phase: 'later' },
        { ...good, id: 'y', guide: '/guides/preparing/#Research Now' },
        { ...good, id: 'z', due: { businessDaysFromMeeting: 1.5 } },
        { ...good, id: 'w', text: '' },
      ]),
    ).toEqual([
      `template[1] (${good.id}).id: is used twice`,
      'template[2] (x).phase: must be one of before, day-of, after',
      'template[3] (y).guide: must be "/guides/<slug>/" or "/guides/<slug>/#<heading>"',
      'template[4] (z).due: must be null, { hoursFromMeeting }, { businessDaysFromMeeting } or { businessDaysFromRequest } (whole days)',
      'template[5] (w).text: must be 1–300 characters',
    ]);
  });
});

describe('itemsFromTemplate and progress', () => {
  it('gives unchecked items in template order, remembering their template', () => {
    const items = itemsFromTemplate(template, ids);
    expect(items).toHaveLength(template.length);
    expect(items.every((i) => !i.done)).toBe(true);
    expect(items.map((i) => i.templateId)).toEqual(template.map((t) => t.id));
  });

  it('counts done items per phase and overall', () => {
    const items = [item('a', 'before', true), item('b', 'before'), item('c', 'after', true)];
    expect(progress(items)).toEqual({
      before: { done: 1, total: 2 },
      'day-of': { done: 0, total: 0 },
      after: { done: 1, total: 1 },
      overall: { done: 2, total: 3 },
    });
  });
});

describe('due dates on items', () => {
  it('dates only the 3B7 step while a request waits for an answer, and drops it once the meeting is set', () => {
    const waiting = itemViews(dana({ requestSentOn: '2026-03-05' }), template, now, 'UTC', checklistStrings.duePhrases);
    const dated = waiting.filter((v) => v.dueAt);
    expect(dated.map((v) => v.item.templateId)).toEqual(['before-3b7']);
    expect(dated[0]!.dueAt!.toISOString()).toBe('2026-03-16T09:00:00.000Z');
    expect(nextDue(waiting)?.item.templateId).toBe('before-3b7');
    expect(overviewLine(nextDue(waiting)!, dana())).toBe('Follow-up to Dana due in 6 days');
    const answered = itemViews(dana({ requestSentOn: '2026-03-05', scheduledAt: '2026-03-20T15:00:00.000Z' }), template, now, 'UTC', checklistStrings.duePhrases);
    expect(answered.find((v) => v.item.templateId === 'before-3b7')?.dueAt).toBeNull();
  });

  it('has no due dates until the meeting has a date', () => {
    const views = itemViews(dana(), template, now, 'UTC', checklistStrings.duePhrases);
    expect(views.every((v) => v.dueAt === null && v.status === 'none')).toBe(true);
    expect(nextDue(views)).toBeNull();
  });

  it('gives the next due item for the overview: "Thank-you to Dana due tomorrow"', () => {
    const m = dana({ scheduledAt: '2026-03-10T10:00:00.000Z' }); // two hours ago
    const open = { ...m, checklist: m.checklist.map((i) => ({ ...i, done: i.phase !== 'after' })) };
    const next = nextDue(itemViews(open, template, now, 'UTC', checklistStrings.duePhrases));
    expect(next?.item.templateId).toBe('after-thank-you');
    expect(overviewLine(next!, open)).toBe('Thank-you to Dana due tomorrow');
  });

  it('marks overdue items and puts them first', () => {
    const m = dana({ scheduledAt: '2026-03-13T10:00:00.000Z' }); // Friday; goals were due Tuesday
    const views = itemViews(m, template, now, 'UTC', checklistStrings.duePhrases);
    const goals = views.find((v) => v.item.templateId === 'before-goals')!;
    expect(goals.status).toBe('overdue');
    expect(goals.phrase).toBe('overdue since earlier today');
    expect(nextDue(views)?.item.templateId).toBe('before-goals');
  });

  it('stops counting preparation as due once the meeting is over, so the follow-up leads', () => {
    const m = dana({ scheduledAt: '2026-03-06T10:00:00.000Z' });
    const views = itemViews(m, template, now, 'UTC', checklistStrings.duePhrases);
    expect(views.filter((v) => v.item.phase !== 'after').every((v) => v.dueAt === null && v.status === 'none')).toBe(true);
    const thanks = views.find((v) => v.item.templateId === 'after-thank-you')!;
    expect(thanks.status).toBe('overdue');
    expect(thanks.phrase).toBe('3 days overdue');
    expect(nextDue(views)?.item.templateId).toBe('after-thank-you');
    expect(overviewLine(nextDue(views)!, m)).toBe('Thank-you to Dana 3 days overdue');
  });

  it('keeps day-of items due while the meeting is still going on', () => {
    const m = dana({ scheduledAt: '2026-03-10T11:50:00.000Z', lengthMinutes: 20 }); // ends 12:10, now is 12:00
    const phone = itemViews(m, template, now, 'UTC', checklistStrings.duePhrases).find((v) => v.item.templateId === 'day-phone')!;
    expect(phone.status).toBe('overdue');
    expect(meetingEnded(m, now)).toBe(false);
    expect(meetingEnded(m, new Date('2026-03-10T12:10:00.000Z'))).toBe(true);
  });

  it('shows no phrase for done items and uses the item text for items without an overview label', () => {
    const m = dana({ scheduledAt: '2026-03-13T10:00:00.000Z' }); // research is due two business days before
    const done = { ...m, checklist: setDone(m.checklist, m.checklist[0].id, true, now) };
    const views = itemViews(done, template, now, 'UTC', checklistStrings.duePhrases);
    expect(views[0].phrase).toBeNull();
    expect(views[0].status).toBe('done');
    expect(overviewLine(views[1], done)).toBe('Research the field, the organization and the person due tomorrow');
  });

  it('gives the calendar its follow-up dates even when the reader deleted those items', () => {
    const m = dana({ scheduledAt: '2026-03-06T15:00:00.000Z', checklist: [] });
    expect(followUpDues(m, template, 'UTC')).toEqual({
      thankYou: new Date('2026-03-07T15:00:00.000Z'),
      update: new Date('2026-03-20T15:00:00.000Z'),
      tryAnother: null,
      chase: null,
    });
  });

  it('gives the calendar the two 3B7 days while a request waits, and drops them once the meeting is set', () => {
    const waiting = dana({ requestSentOn: '2026-03-05' });
    expect(followUpDues(waiting, template, 'UTC')).toEqual({
      thankYou: null,
      update: null,
      tryAnother: new Date('2026-03-10T09:00:00.000Z'),
      chase: new Date('2026-03-16T09:00:00.000Z'),
    });
    const answered = followUpDues({ ...waiting, scheduledAt: '2026-03-20T15:00:00.000Z' }, template, 'UTC');
    expect([answered.tryAnother, answered.chase]).toEqual([null, null]);
    const ticked = { ...waiting, checklist: waiting.checklist.map((i) => (i.templateId === 'before-3b7' ? { ...i, done: true } : i)) };
    const settled = followUpDues(ticked, template, 'UTC');
    expect([settled.tryAnother, settled.chase]).toEqual([null, null]);
  });
});

describe('editing the list', () => {
  it('trims item text and refuses empty or over-long text', () => {
    expect(checkItemText('  Bring a notebook  ')).toEqual({ ok: true, value: 'Bring a notebook' });
    expect(checkItemText('   ')).toEqual({ ok: false, error: 'empty' });
    expect(checkItemText('x'.repeat(301))).toEqual({ ok: false, error: 'too-long' });
    expect(checkItemText('x'.repeat(300)).ok).toBe(true);
  });

  it('adds the reader\'s item at the end of its phase', () => {
    const items = [item('a', 'before'), item('b', 'day-of'), item('c', 'after')];
    expect(addItem(items, 'mine', 'before', 'new').map((i) => i.id)).toEqual(['a', 'new', 'b', 'c']);
    expect(addItem([], 'mine', 'after', 'new')[0]).toEqual({ id: 'new', text: 'mine', phase: 'after', done: false });
  });

  it('edits text and checks items with a time, unchecking clears it', () => {
    const items = [item('a', 'before')];
    expect(editItem(items, 'a', 'new text')[0].text).toBe('new text');
    const checked = setDone(items, 'a', true, now);
    expect(checked[0]).toMatchObject({ done: true, doneAt: now.toISOString() });
    expect(setDone(checked, 'a', false, now)[0]).toEqual(item('a', 'before'));
  });

  it('restores a deleted item to where it was', () => {
    const items = [item('a', 'before'), item('b', 'before'), item('c', 'after')];
    const { items: left, removed, index } = removeItem(items, 'b');
    expect(left.map((i) => i.id)).toEqual(['a', 'c']);
    expect(restoreItem(left, removed!, index)).toEqual(items);
    expect(restoreItem(items, removed!, index)).toEqual(items); // undo twice does not duplicate
  });

  it('moves an item within its phase and not past the edge', () => {
    const items = [item('a', 'before'), item('x', 'after'), item('b', 'before')];
    expect(moveItem(items, 'b', -1).map((i) => i.id)).toEqual(['b', 'x', 'a']);
    expect(moveItem(items, 'x', 1)).toEqual(items);
    expect(moveItem(items, 'a', -1)).toEqual(items);
  });

  it('keeps every item exactly once and each phase\'s other items in order, whatever the moves (property)', () => {
    const phase = fc.constantFrom(...PHASES);
    fc.assert(
      fc.property(fc.array(phase, { maxLength: 12 }), fc.array(fc.tuple(fc.nat(20), fc.constantFrom(-1 as const, 1 as const)), { maxLength: 20 }), (phases, moves) => {
        let items = phases.map((p, i) => item(`i${i}`, p));
        for (const [n, dir] of moves) if (items.length) items = moveItem(items, items[n % items.length].id, dir);
        expect(items.map((i) => i.id).sort()).toEqual(phases.map((_, i) => `i${i}`).sort());
        // Phases keep their slots: moving never lets an item jump into another phase's place.
        expect(items.map((i) => i.phase)).toEqual(phases);
        expect(Object.values(byPhase(items)).flat()).toHaveLength(phases.length);
      }),
    );
  });
});

describe('calendar readiness', () => {
  it('needs a meeting date, or a request date for the 3B7 reminders alone', async () => {
    const { calendarReadiness } = await import('../../src/lib/checklist');
    expect(calendarReadiness({})).toBe('none');
    expect(calendarReadiness({ requestSentOn: '2026-03-05' })).toBe('request');
    expect(calendarReadiness({ scheduledAt: '2026-03-10T10:00:00.000Z', requestSentOn: '2026-03-05' })).toBe('meeting');
  });
});

describe('the overview status of a meeting', () => {
  it('says there is no date, names the next item due, or says all is done', async () => {
    const { overviewStatus, itemsFromTemplate } = await import('../../src/lib/checklist');
    const { createMeeting } = await import('../../src/lib/meeting');
    const template: TemplateItem[] = [{ id: 'thanks', phase: 'after', text: 'Send a thank-you', guide: '/g/', due: { hoursFromMeeting: 24 }, overview: 'Thank-you to {name}' }];
    const now = new Date('2026-03-01T00:00:00.000Z');
    const m = createMeeting({ contact: { name: 'Dana', role: '', organization: '' } });
    expect(overviewStatus(m, template, now, 'UTC', checklistStrings.duePhrases)).toEqual({ kind: 'no-date' });
    const dated = { ...m, scheduledAt: '2026-03-10T10:00:00.000Z' };
    const next = overviewStatus(dated, template, now, 'UTC', checklistStrings.duePhrases);
    expect(next).toMatchObject({ kind: 'next', overdue: false });
    expect(next.kind === 'next' && next.line.startsWith('Thank-you to Dana')).toBe(true);
    const done = { ...dated, checklist: itemsFromTemplate(template).map((i) => ({ ...i, done: true })) };
    expect(overviewStatus(done, template, now, 'UTC', checklistStrings.duePhrases)).toEqual({ kind: 'all-done' });
  });
});
