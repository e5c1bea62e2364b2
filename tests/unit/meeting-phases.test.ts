/**
 * Opening and closing questions: new questions go before the goodbye, and the opening and the close
 * are counted once, the same way in the builder's budget, the exports and the timer's agenda.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cleanStores } from 'nanostores';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { meetingSplit } from '../../src/content/house-numbers';
import { buildAgenda, plannedTotal } from '../../src/lib/agenda';
import { agendaData } from './timer-fixtures';

import { toPlainText } from '../../src/lib/question-export';
import { insertIndex, isPastLine, listPhases, meetingBudget } from '../../src/lib/time-budget';

const opener = { id: 'o', bankId: 'opening-thanks-and-time', text: 'Thanks for making time; is 20 minutes still good?', minutes: 2 };
const closer = { id: 'c', bankId: 'closing-at-time', text: "I see we're at the time we agreed. One last question?", minutes: 2 };
const own = (id: string, minutes = 3): { id: string; text: string; minutes: number; bankId?: string } => ({ id, text: `My question ${id}?`, minutes });

describe('where a new question goes', () => {
  it('before the closing questions at the end; a closing question goes last', () => {
    const list = [opener, own('a'), closer];
    expect(insertIndex(list, { bankId: 'insights-typical-week' })).toBe(2);
    expect(insertIndex(list, {})).toBe(2);
    expect(insertIndex(list, { bankId: 'closing-who-else' })).toBe(3);
    expect(insertIndex([own('a')], {})).toBe(1);
  });

  it('finds the opening and closing questions only at the ends', () => {
    expect(listPhases([opener, own('a'), closer])).toEqual({ openingCount: 1, closingCount: 1 });
    expect(listPhases([own('a'), opener, closer, own('b')])).toEqual({ openingCount: 0, closingCount: 0 });
  });
});

describe('opening and close counted once', () => {
  const split = meetingSplit(20);

  it('the opener and the closer are asked inside the opening and the close', () => {
    const b = meetingBudget({ lengthMinutes: 20, questions: [opener, own('a'), own('b'), closer] });
    expect(b.openingMinutes).toBe(Math.max(split.opening, opener.minutes));
    expect(b.closingMinutes).toBe(Math.max(split.close, closer.minutes));
    expect(b.totalMinutes).toBe(b.openingMinutes + 6 + b.closingMinutes);
    expect(b.totalMinutes).toBe(split.opening + 6 + split.close);
  });

  it('says where the middle questions start and end, so the timer reads the phases from the budget', () => {
    const b = meetingBudget({ lengthMinutes: 20, questions: [opener, own('a'), own('b'), closer] });
    expect([b.openingCount, b.closingStart]).toEqual([1, 3]);
    const none = meetingBudget({ lengthMinutes: 20, questions: [own('a'), opener] });
    expect([none.openingCount, none.closingStart]).toEqual([0, 2]);
  });

  it('a closing question at the end is never "won\'t fit"; the middle ones are', () => {
    const list = [opener, own('a', 8), own('b', 8), own('c', 3), closer];
    const b = meetingBudget({ lengthMinutes: 20, questions: list });
    expect(b.fits).toBe(false);
    expect(list.map((_, i) => isPastLine(b, i))).toEqual([false, false, false, true, false]);
  });

  it('the timer plays the closer as the close, with no separate "Next steps" after the goodbye', () => {
    const meeting = { lengthMinutes: 20, questions: [opener, own('a'), own('b'), closer] };
    const { plan } = buildAgenda(meeting, agendaData);
    const labels = plan.segments.map((s) => s.label);
    expect(labels.at(-1)).toBe(closer.text);
    expect(labels).not.toContain(agendaData.close);
    expect(labels[0]).toBe(opener.text);
    // The spare time comes before the goodbye, and the agenda fills the meeting exactly as the budget does.
    expect(labels.indexOf(agendaData.spare)).toBe(labels.length - 2);
    expect(plannedTotal(plan)).toBe(20 * 60);
  });

  it('a short opener leaves small talk the rest of the opening', () => {
    const meeting = { lengthMinutes: 30, questions: [{ ...opener, minutes: 1 }, own('a')] };
    const { plan } = buildAgenda(meeting, agendaData);
    expect(plan.segments[0]).toMatchObject({ label: agendaData.intro, seconds: (meetingSplit(30).opening - 1) * 60 });
    expect(plannedTotal(plan)).toBe(30 * 60);
  });

  it('the export marks the same questions past the line as the builder', () => {
    const list = [opener, own('a', 8), own('b', 8), own('c', 3), closer];
    const labels = { withPerson: 'With', length: 'Length', questions: 'Questions', note: 'Note', noQuestions: 'None', pastLine: 'PAST', minutes: (n: number) => `${n} min` };
    const text = toPlainText({ title: 'T', contact: { name: '', role: '', organization: '' }, lengthMinutes: 20, questions: list }, labels, '');
    expect(text.split('\n').filter((l) => l.includes('[PAST]'))).toEqual(['4. My question c? (3 min) [PAST]']);
  });
});

describe('the question bank', () => {
  it('names every question after its category, which is how lists find their opening and close', () => {
    const dir = 'src/content/questions';
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml') && !f.startsWith('avoid'))) {
      for (const q of parse(readFileSync(`${dir}/${file}`, 'utf8')) as { id: string; category: string }[]) {
        expect(q.id.startsWith(`${q.category}-`), `${file}: ${q.id}`).toBe(true);
      }
    }
  });
});

describe('adding to a list (store)', () => {
  let store: typeof import('../../src/stores/question-list');
  let M: typeof import('../../src/stores/meetings');
  let A: typeof import('../../src/stores/active-meeting');
  beforeEach(async () => {
    vi.resetModules();
    (await import('./fake-storage')).installFakeStorage();
    M = await import('../../src/stores/meetings');
    A = await import('../../src/stores/active-meeting');
    store = await import('../../src/stores/question-list');
  });
  afterEach(() => cleanStores(M.$meetings, M.$meetingList, A.$activeMeeting, A.$activeMeetingId));

  it('puts a bank question and the reader\'s own before the goodbye', () => {
    const id = A.ensureActiveMeeting();
    store.addQuestions(id, [opener, closer].map(({ id: _, ...q }) => q));
    store.addQuestions(id, [{ bankId: 'insights-typical-week', text: 'What does a typical week look like?', minutes: 3 }]);
    store.addQuestions(id, [{ text: 'My own question?', minutes: 3 }]);
    const texts = M.getMeeting(id)!.questions.map((q) => q.text);
    expect(texts).toEqual([opener.text, 'What does a typical week look like?', 'My own question?', closer.text]);
  });
});
