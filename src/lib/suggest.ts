/**
 * "Suggest a list": a balanced starting list from the bank for one audience that fits the meeting.
 * Deterministic (same bank, audience and length give the same list) so it can be tested and explained.
 */
import { AUDIENCES, type Audience } from './question-categories';
import { availableMinutes, QUESTION_CATEGORIES, TIARA, type QuestionCategory } from './time-budget';

export { AUDIENCES, type Audience };

/** A question of the bank as the pages hand it to the builder. */
export interface BankQuestion {
  id: string;
  text: string;
  category: QuestionCategory;
  minutes: number;
  audience: readonly Audience[];
  followUp?: string;
}

/** True when a bank question suits the audience: tagged for it, or for anyone. */
export function suitsAudience(q: BankQuestion, audience: Audience): boolean {
  return q.audience.includes(audience) || q.audience.includes('any');
}

/** Questions of one category for an audience: the ones written for it first, then general ones, bank order kept. */
export function candidates(bank: readonly BankQuestion[], category: QuestionCategory, audience: Audience): BankQuestion[] {
  const inCategory = bank.filter((q) => q.category === category && suitsAudience(q, audience));
  if (audience === 'any') return inCategory;
  const specific = inCategory.filter((q) => q.audience.includes(audience));
  return [...specific, ...inCategory.filter((q) => !q.audience.includes(audience))];
}

/**
 * An opener, a closer, then one question per TIARA letter, then a second per letter while time
 * allows; each pick is the first candidate that still fits. Returned in meeting order.
 */
export function suggestList(bank: readonly BankQuestion[], audience: Audience, lengthMinutes: number): BankQuestion[] {
  let left = availableMinutes(lengthMinutes);
  const chosen = new Set<string>();
  const picks: BankQuestion[] = [];
  const pick = (category: QuestionCategory): void => {
    const q = candidates(bank, category, audience).find((c) => !chosen.has(c.id) && c.minutes <= left);
    if (!q) return;
    chosen.add(q.id);
    picks.push(q);
    left -= q.minutes;
  };
  pick('opening');
  pick('closing');
  for (let round = 0; round < 2; round++) for (const { category } of TIARA) pick(category);
  const order = (q: BankQuestion): number => QUESTION_CATEGORIES.indexOf(q.category);
  // Array.prototype.sort is stable, so picks within a category keep their pick order.
  return picks.sort((a, b) => order(a) - order(b));
}

export interface BankFilter {
  /** A category, or '' for all. */
  category: QuestionCategory | '';
  /** An audience (its own questions plus general ones), or '' for all. */
  audience: Audience | '';
  /** Words that must all appear in the text, ignoring case and accents. */
  query: string;
}

/** Folds case and accents so "resume" finds "résumé". */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The bank questions that match a filter, bank order kept. */
export function filterBank(bank: readonly BankQuestion[], filter: BankFilter): BankQuestion[] {
  const words = foldText(filter.query).split(/\s+/).filter(Boolean);
  return bank.filter(
    (q) =>
      (!filter.category || q.category === filter.category) &&
      (!filter.audience || suitsAudience(q, filter.audience)) &&
      words.every((w) => foldText(q.text).includes(w)),
  );
}
