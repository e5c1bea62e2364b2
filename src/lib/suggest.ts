/**
 * "Suggest a list": a balanced starting list from the bank for one audience that fits the meeting.
 * Deterministic (same bank, audience and length give the same list) so it can be tested and explained.
 */
import { QUESTION_CATEGORIES, filterBank, type Audience, type BankQuestion, type QuestionCategory } from './question-bank';
import { closingMinutes, availableMinutes, openingMinutes, TIARA } from './time-budget';

/** Questions of one category for an audience: the ones written for it first, then general ones, bank order kept. */
export function candidates(bank: readonly BankQuestion[], category: QuestionCategory, audience: Audience): BankQuestion[] {
  const inCategory = filterBank(bank, { category, audience, query: '' });
  if (audience === 'any') return inCategory;
  const specific = inCategory.filter((q) => q.audience.includes(audience));
  return [...specific, ...inCategory.filter((q) => !q.audience.includes(audience))];
}

/**
 * An opener and a closer that fit the opening and the close, then one question per TIARA letter, then a second per letter while time
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
  // The opener and the closer are asked in the opening and the close (time-budget counts them
  // there), so they fit those allowances and leave the question time alone.
  const pickEdge = (category: 'opening' | 'closing', allowance: number): void => {
    const q = candidates(bank, category, audience).find((c) => c.minutes <= allowance);
    if (!q) return;
    chosen.add(q.id);
    picks.push(q);
  };
  pickEdge('opening', openingMinutes(lengthMinutes));
  pickEdge('closing', closingMinutes(lengthMinutes));
  for (let round = 0; round < 2; round++) for (const { category } of TIARA) pick(category);
  const order = (q: BankQuestion): number => QUESTION_CATEGORIES.indexOf(q.category);
  // Array.prototype.sort is stable, so picks within a category keep their pick order.
  return picks.sort((a, b) => order(a) - order(b));
}
