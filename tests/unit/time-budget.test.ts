import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  availableMinutes,
  closingMinutes,
  openingMinutes,
  tiaraCoverage,
  timeBudget,
} from '../../src/lib/time-budget';
import { strings } from '../../src/components/questions/strings';

describe('opening and closing allowances', () => {
  it('sets aside about a tenth of the meeting at each end, 1 to 5 minutes', () => {
    expect([5, 15, 20, 30, 60, 240].map(openingMinutes)).toEqual([1, 2, 2, 3, 5, 5]);
    expect([5, 15, 20, 30, 60, 240].map(closingMinutes)).toEqual([1, 2, 2, 3, 5, 5]);
    expect(availableMinutes(20)).toBe(16);
  });
});

describe('timeBudget', () => {
  it('reports the spare minutes when the list fits', () => {
    const b = timeBudget({ lengthMinutes: 20, questionMinutes: [3, 3, 4] });
    expect(b).toMatchObject({ fits: true, spareMinutes: 6, overMinutes: 0, totalMinutes: 14, firstOverIndex: -1, overCount: 0 });
  });

  it('fits exactly when the questions fill the available time', () => {
    const b = timeBudget({ lengthMinutes: 20, questionMinutes: [8, 8] });
    expect(b).toMatchObject({ fits: true, spareMinutes: 0 });
  });

  it('finds the first question past the line and counts the ones that will not fit', () => {
    const b = timeBudget({ lengthMinutes: 20, questionMinutes: [5, 5, 5, 3, 2] });
    // 16 minutes available: 5+5+5 = 15 fits, the 4th ends at 18.
    expect(b).toMatchObject({ fits: false, firstOverIndex: 3, overCount: 2, overMinutes: 4, totalMinutes: 24 });
  });

  it('treats an empty list as fitting with all question time spare', () => {
    expect(timeBudget({ lengthMinutes: 30, questionMinutes: [] })).toMatchObject({ fits: true, spareMinutes: 24 });
  });

  it('ignores damaged minutes instead of producing NaN', () => {
    const b = timeBudget({ lengthMinutes: 20, questionMinutes: [Number.NaN, -3, 2] });
    expect(b.questionMinutes).toBe(2);
    expect(b.fits).toBe(true);
  });

  it('always balances: spare or over accounts for the whole length', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 240 }), fc.array(fc.integer({ min: 1, max: 15 }), { maxLength: 40 }), (len, mins) => {
        const b = timeBudget({ lengthMinutes: len, questionMinutes: mins });
        expect(b.fits).toBe(b.totalMinutes <= len);
        if (b.fits) expect(b.totalMinutes + b.spareMinutes).toBe(len);
        else {
          expect(b.totalMinutes - b.overMinutes).toBe(len);
          expect(b.overCount).toBe(mins.length - b.firstOverIndex);
          const before = mins.slice(0, b.firstOverIndex).reduce((a, m) => a + m, 0);
          expect(before).toBeLessThanOrEqual(b.availableMinutes);
          expect(before + mins[b.firstOverIndex]!).toBeGreaterThan(b.availableMinutes);
        }
      }),
    );
  });
});

describe('tiaraCoverage', () => {
  it('counts the questions behind each TIARA letter and leaves other categories out', () => {
    const c = tiaraCoverage(['opening', 'trends', 'trends', 'assignments', undefined, 'closing']);
    expect(c.map((x) => `${x.letter}:${x.count}`)).toEqual(['T:2', 'I:0', 'A:0', 'R:0', 'A:1']);
  });
});

describe('the budget sentence', () => {
  it('says how many minutes are spare', () => {
    expect(strings.budget.summary(timeBudget({ lengthMinutes: 20, questionMinutes: [3, 3, 4] }))).toBe(
      'Fits with 6 min to spare.',
    );
  });

  it('says how far over and how many of the last questions will not fit', () => {
    const b = timeBudget({ lengthMinutes: 20, questionMinutes: [5, 5, 5, 3, 2] });
    expect(strings.budget.summary(b)).toBe("Over by 4 min: the last 2 questions won't fit.");
    const one = timeBudget({ lengthMinutes: 20, questionMinutes: [10, 7] });
    expect(strings.budget.summary(one)).toBe("Over by 1 min: the last question won't fit.");
  });

  it('says when the list fills the time exactly', () => {
    expect(strings.budget.summary(timeBudget({ lengthMinutes: 20, questionMinutes: [16] }))).toBe(
      'Fits exactly, with no minutes to spare.',
    );
  });
});

describe('a meeting’s budget', () => {
  it('is the time budget of its own list and length', async () => {
    const { meetingBudget, timeBudget } = await import('../../src/lib/time-budget');
    const questions = [{ minutes: 5 }, { minutes: 10 }, { minutes: 8 }];
    expect(meetingBudget({ lengthMinutes: 30, questions })).toEqual(timeBudget({ lengthMinutes: 30, questionMinutes: [5, 10, 8] }));
  });
});
