/**
 * The time budget of a question list: does it fit the meeting, and which TIARA letters does it cover.
 * Pure arithmetic on whole minutes; wording lives with the component that shows it.
 */

import type { QuestionCategory } from './question-bank';

/** The five TIARA letters (Steve Dalton, The 2-Hour Job Search) and the category each one maps to. */
export const TIARA = [
  { letter: 'T', category: 'trends' },
  { letter: 'I', category: 'insights' },
  { letter: 'A', category: 'advice' },
  { letter: 'R', category: 'resources' },
  { letter: 'A', category: 'assignments' },
] as const satisfies readonly { letter: string; category: QuestionCategory }[];

export interface BudgetInput {
  lengthMinutes: number;
  /** The questions' minutes, in list order. */
  questionMinutes: readonly number[];
}

export interface TimeBudget {
  lengthMinutes: number;
  /** Small talk and your introduction before the first question. */
  openingMinutes: number;
  /** Thanks and next steps after the last question. */
  closingMinutes: number;
  /** Minutes left for questions once opening and closing are set aside. */
  availableMinutes: number;
  questionMinutes: number;
  /** Opening + questions + closing. */
  totalMinutes: number;
  fits: boolean;
  /** Minutes left over when the list fits, else 0. */
  spareMinutes: number;
  /** Minutes past the meeting's end when it does not fit, else 0. */
  overMinutes: number;
  /** Index of the first question that ends after the available time, or -1 when all fit. */
  firstOverIndex: number;
  /** How many questions, from firstOverIndex to the end, won't fit. */
  overCount: number;
}

/** Minutes set aside for the opening: about a tenth of the meeting, 1 to 5 minutes. */
export function openingMinutes(lengthMinutes: number): number {
  return clamp(Math.round(lengthMinutes / 10), 1, 5);
}

/** Minutes set aside for the close and next steps: about a tenth of the meeting, 1 to 5 minutes. */
export function closingMinutes(lengthMinutes: number): number {
  return clamp(Math.round(lengthMinutes / 10), 1, 5);
}

/** Minutes left for questions in a meeting of the given length. */
export function availableMinutes(lengthMinutes: number): number {
  return Math.max(0, lengthMinutes - openingMinutes(lengthMinutes) - closingMinutes(lengthMinutes));
}

/** Totals a list against the meeting length and finds the first question past the line. */
export function timeBudget({ lengthMinutes, questionMinutes }: BudgetInput): TimeBudget {
  const opening = openingMinutes(lengthMinutes);
  const closing = closingMinutes(lengthMinutes);
  const available = availableMinutes(lengthMinutes);
  let used = 0;
  let firstOverIndex = -1;
  questionMinutes.forEach((m, i) => {
    used += safeMinutes(m);
    if (firstOverIndex === -1 && used > available) firstOverIndex = i;
  });
  const total = opening + used + closing;
  const fits = firstOverIndex === -1;
  return {
    lengthMinutes,
    openingMinutes: opening,
    closingMinutes: closing,
    availableMinutes: available,
    questionMinutes: used,
    totalMinutes: total,
    fits,
    spareMinutes: fits ? available - used : 0,
    overMinutes: fits ? 0 : total - lengthMinutes,
    firstOverIndex,
    overCount: fits ? 0 : questionMinutes.length - firstOverIndex,
  };
}

/** The budget of a meeting's own list: the one every view of a list uses (builder, print, exports). */
export function meetingBudget(m: { lengthMinutes: number; questions: readonly { minutes: number }[] }): TimeBudget {
  return timeBudget({ lengthMinutes: m.lengthMinutes, questionMinutes: m.questions.map((q) => q.minutes) });
}

export interface TiaraCoverage {
  letter: string;
  category: QuestionCategory;
  /** How many questions of the list are in this category. */
  count: number;
}

/** For each TIARA letter, how many questions of the list (given by category) cover it. */
export function tiaraCoverage(categories: readonly (string | undefined)[]): TiaraCoverage[] {
  return TIARA.map(({ letter, category }) => ({
    letter,
    category,
    count: categories.filter((c) => c === category).length,
  }));
}

/** Non-finite or negative minutes count as zero, so damaged data cannot poison the total. */
function safeMinutes(m: number): number {
  return Number.isFinite(m) && m > 0 ? Math.round(m) : 0;
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}
