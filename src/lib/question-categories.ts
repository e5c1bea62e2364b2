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
