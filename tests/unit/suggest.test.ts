import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidates, suggestList } from '../../src/lib/suggest';
import { filterBank, type BankQuestion } from '../../src/lib/question-bank';
import { meetingBudget } from '../../src/lib/time-budget';
import { QUESTION_CATEGORIES, type QuestionCategory } from '../../src/lib/question-bank';

function q(id: string, category: QuestionCategory, minutes = 2, audience: BankQuestion['audience'] = ['any']): BankQuestion {
  return { id, text: `Question ${id}?`, category, minutes, audience };
}

/** Three general questions per category plus a student-only one in trends and opening. */
const bank: BankQuestion[] = [
  ...QUESTION_CATEGORIES.flatMap((c) => [q(`${c}-1`, c, 1), q(`${c}-2`, c, 2), q(`${c}-3`, c, 3)]),
  q('trends-student', 'trends', 2, ['student']),
  q('opening-student', 'opening', 1, ['student', 'phd']),
];

describe('candidates', () => {
  it('puts questions written for the audience before general ones', () => {
    expect(candidates(bank, 'trends', 'student').map((x) => x.id)).toEqual(['trends-student', 'trends-1', 'trends-2', 'trends-3']);
  });

  it('leaves out questions written for someone else', () => {
    expect(candidates(bank, 'trends', 'career-changer').map((x) => x.id)).not.toContain('trends-student');
    expect(candidates(bank, 'trends', 'any').map((x) => x.id)).not.toContain('trends-student');
  });
});

/** Whether a suggested list fits its meeting, counted as the builder counts it (opener and closer in the opening and the close). */
const fits = (list: BankQuestion[], lengthMinutes: number) =>
  meetingBudget({ lengthMinutes, questions: list.map((x) => ({ bankId: x.id, minutes: x.minutes })) }).fits;

describe('suggestList', () => {
  it('builds an opener, one or two per TIARA letter and a closer, in meeting order', () => {
    const list = suggestList(bank, 'any', 30);
    const cats = list.map((x) => x.category);
    expect(cats[0]).toBe('opening');
    expect(cats.at(-1)).toBe('closing');
    for (const c of ['trends', 'insights', 'advice', 'resources', 'assignments'] as const) {
      const n = cats.filter((x) => x === c).length;
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(2);
    }
    expect(cats).not.toContain('path');
    const order = cats.map((c) => QUESTION_CATEGORIES.indexOf(c));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('prefers the questions written for the chosen audience', () => {
    const ids = suggestList(bank, 'student', 20).map((x) => x.id);
    expect(ids).toContain('trends-student');
    expect(ids[0]).toBe('opening-student');
  });

  it('gives the same list for the same input', () => {
    expect(suggestList(bank, 'phd', 45)).toEqual(suggestList(bank, 'phd', 45));
  });

  it('fits a very short meeting by choosing fewer, shorter questions', () => {
    const list = suggestList(bank, 'any', 5);
    expect(fits(list, 5)).toBe(true);
    expect(list.length).toBeGreaterThan(0);
  });

  it('returns an empty list for an empty bank', () => {
    expect(suggestList([], 'any', 30)).toEqual([]);
  });

  it('always fits the meeting and never repeats a question', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 240 }), fc.constantFrom('any', 'student', 'phd', 'introvert' as const), (len, aud) => {
        const list = suggestList(bank, aud, len);
        expect(fits(list, len)).toBe(true);
        expect(new Set(list.map((x) => x.id)).size).toBe(list.length);
      }),
    );
  });
});

describe('filterBank', () => {
  const small: BankQuestion[] = [
    { id: 'a', text: 'Should I bring my résumé?', category: 'advice', minutes: 2, audience: ['any'] },
    { id: 'b', text: 'Which courses helped you most?', category: 'path', minutes: 2, audience: ['student'] },
    { id: 'c', text: 'How did you move from academia?', category: 'path', minutes: 3, audience: ['phd'] },
  ];

  it('matches all words regardless of case and accents', () => {
    expect(filterBank(small, { category: '', audience: '', query: 'RESUME bring' }).map((q) => q.id)).toEqual(['a']);
  });

  it('filters by category and by audience, keeping general questions for an audience', () => {
    expect(filterBank(small, { category: 'path', audience: '', query: '' }).map((q) => q.id)).toEqual(['b', 'c']);
    expect(filterBank(small, { category: '', audience: 'student', query: '' }).map((q) => q.id)).toEqual(['a', 'b']);
  });

  it('returns everything for an empty filter', () => {
    expect(filterBank(small, { category: '', audience: '', query: '   ' })).toHaveLength(3);
  });
});
