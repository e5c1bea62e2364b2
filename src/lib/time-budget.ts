/**
 * The time budget of a question list: does it fit the meeting, and which TIARA letters does it cover.
 * Pure arithmetic on whole minutes; wording lives with the component that shows it.
 */

import { meetingSplit } from '../content/house-numbers';
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
  /** How many questions at the start of the list are asked in the opening (see listPhases). */
  openingCount?: number;
  /** How many questions at the end of the list are asked in the close. */
  closingCount?: number;
}

/** Where a question belongs in a meeting: its opening, its close, or the questions between. */
export type QuestionPhase = 'opening' | 'closing' | 'middle';

/** A bank question's id starts with its category ("closing-at-time"); the reader's own questions are in the middle. */
export function questionPhase(q: { bankId?: string | undefined }): QuestionPhase {
  if (q.bankId?.startsWith('opening-')) return 'opening';
  if (q.bankId?.startsWith('closing-')) return 'closing';
  return 'middle';
}

/**
 * The opening questions at the start of a list and the closing ones at its end. An opening question
 * further down, or a closing one in the middle, is just a question where the reader put it.
 */
export function listPhases(questions: readonly { bankId?: string | undefined }[]): { openingCount: number; closingCount: number } {
  let openingCount = 0;
  while (openingCount < questions.length && questionPhase(questions[openingCount]!) === 'opening') openingCount++;
  let closingCount = 0;
  while (closingCount < questions.length - openingCount && questionPhase(questions[questions.length - 1 - closingCount]!) === 'closing') closingCount++;
  return { openingCount, closingCount };
}

/**
 * Where new questions go: before the closing questions at the end of the list, so a list never ends
 * on a question asked after "we're at the time we agreed". An added closing question goes last.
 */
export function insertIndex(questions: readonly { bankId?: string | undefined }[], added: { bankId?: string | undefined }): number {
  if (questionPhase(added) === 'closing') return questions.length;
  return questions.length - listPhases(questions).closingCount;
}

export interface TimeBudget {
  lengthMinutes: number;
  /** Small talk and your introduction, with the opening questions asked in it: counted once. */
  openingMinutes: number;
  /** Thanks and next steps, with the closing questions asked in it: counted once. */
  closingMinutes: number;
  /** Minutes left for questions once opening and closing are set aside. */
  availableMinutes: number;
  /** Minutes of the questions between the opening and the close. */
  questionMinutes: number;
  /** How many questions at the start of the list are asked in the opening (the index of the first other one). */
  openingCount: number;
  /** Index of the first closing question at the end of the list (the list's length when none). */
  closingStart: number;
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

/** Minutes set aside for the opening: the house split (about a tenth of the meeting, 1 to 5 minutes). */
export function openingMinutes(lengthMinutes: number): number {
  return meetingSplit(lengthMinutes).opening;
}

/** Minutes set aside for the close and next steps: the house split. */
export function closingMinutes(lengthMinutes: number): number {
  return meetingSplit(lengthMinutes).close;
}

/** Minutes left for questions in a meeting of the given length. */
export function availableMinutes(lengthMinutes: number): number {
  return meetingSplit(lengthMinutes).questions;
}

/**
 * Totals a list against the meeting length and finds the first question past the line. Opening
 * questions are asked in the opening and closing ones in the close, so each phase takes the longer
 * of its allowance and its questions, never both: the builder, the exports and the timer's agenda
 * (lib/agenda.ts) count them this one way.
 */
export function timeBudget({ lengthMinutes, questionMinutes, openingCount = 0, closingCount = 0 }: BudgetInput): TimeBudget {
  const n = questionMinutes.length;
  const a = clamp(openingCount, 0, n);
  const z = clamp(closingCount, 0, n - a);
  const sum = (from: number, to: number) => questionMinutes.slice(from, to).reduce((t, m) => t + safeMinutes(m), 0);
  const opening = Math.max(openingMinutes(lengthMinutes), sum(0, a));
  const closing = Math.max(closingMinutes(lengthMinutes), sum(n - z, n));
  const available = Math.max(0, lengthMinutes - opening - closing);
  let used = 0;
  let firstOverIndex = -1;
  for (let i = a; i < n - z; i++) {
    used += safeMinutes(questionMinutes[i]!);
    if (firstOverIndex === -1 && used > available) firstOverIndex = i;
  }
  const total = opening + used + closing;
  const fits = total <= lengthMinutes;
  return {
    lengthMinutes,
    openingMinutes: opening,
    closingMinutes: closing,
    availableMinutes: available,
    questionMinutes: used,
    openingCount: a,
    closingStart: n - z,
    totalMinutes: total,
    fits,
    spareMinutes: fits ? lengthMinutes - total : 0,
    overMinutes: fits ? 0 : total - lengthMinutes,
    firstOverIndex: fits ? -1 : firstOverIndex,
    overCount: fits || firstOverIndex === -1 ? 0 : n - z - firstOverIndex,
  };
}

/** Whether the question at `index` falls past the meeting's end (closing questions keep their reserved time). */
export function isPastLine(b: Pick<TimeBudget, 'firstOverIndex' | 'closingStart'>, index: number): boolean {
  return b.firstOverIndex !== -1 && index >= b.firstOverIndex && index < b.closingStart;
}

/** The budget of a meeting's own list: the one every view of a list uses (builder, print, exports). */
export function meetingBudget(m: {
  lengthMinutes: number;
  questions: readonly { minutes: number; bankId?: string | undefined }[];
}): TimeBudget {
  return timeBudget({ lengthMinutes: m.lengthMinutes, questionMinutes: m.questions.map((q) => q.minutes), ...listPhases(m.questions) });
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
