/**
 * The question bank's vocabulary, shared by the content schema (build time) and the islands
 * (browser), so neither copies the other's list.
 */

/** Question bank categories in meeting order. */
export const QUESTION_CATEGORIES = [
  'opening',
  'trends',
  'insights',
  'advice',
  'resources',
  'assignments',
  'path',
  'closing',
] as const;
export type QuestionCategory = (typeof QUESTION_CATEGORIES)[number];

/** Who a question suits. */
export const AUDIENCES = [
  'any',
  'student',
  'first-gen',
  'career-changer',
  'senior',
  'returner',
  'internal',
  'veteran',
  'phd',
  'international',
  'introvert',
] as const;
export type Audience = (typeof AUDIENCES)[number];

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
function suitsAudience(q: BankQuestion, audience: Audience): boolean {
  return q.audience.includes(audience) || q.audience.includes('any');
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

/** The bank questions that match a filter, bank order kept: the one query of both question pages (the /questions/ page's groups, the builder's bank) and of "Suggest a list". */
export function filterBank(bank: readonly BankQuestion[], filter: BankFilter): BankQuestion[] {
  const words = foldText(filter.query).split(/\s+/).filter(Boolean);
  return bank.filter(
    (q) =>
      (!filter.category || q.category === filter.category) &&
      (!filter.audience || suitsAudience(q, filter.audience)) &&
      words.every((w) => foldText(q.text).includes(w)),
  );
}
