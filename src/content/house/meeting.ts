/** House numbers (see ../house-numbers.ts, which exports them all): meeting length and its phases. */

/** Meeting length: what to ask for, and the range sources give. */
export const MEETING = {
  /** What the site suggests asking for. Our advice: the short end of the common range. */
  defaultMinutes: 20,
  /** The typical range (UC Berkeley, Northeastern career centers). */
  typicalMinMinutes: 20,
  typicalMaxMinutes: 30,
  /** The lengths the tools offer. */
  lengthChoices: [15, 20, 30, 45, 60] as const,
} as const;

/** Opening (small talk and introduction) and close (next steps) of a meeting: about a tenth of it each, 1 to 5 minutes. */
export function openingMinutesFor(lengthMinutes: number): number {
  return Math.min(5, Math.max(1, Math.round(lengthMinutes / 10)));
}

/** Minutes for next steps and thanks at the end: the same tenth as the opening. */
export function closingMinutesFor(lengthMinutes: number): number {
  return openingMinutesFor(lengthMinutes);
}

/** The three phases of a meeting in whole minutes: opening, questions, close. Our split of Dalton's three phases. */
export function meetingSplit(lengthMinutes: number): { opening: number; questions: number; close: number } {
  const opening = openingMinutesFor(lengthMinutes);
  const close = closingMinutesFor(lengthMinutes);
  return { opening, questions: Math.max(0, lengthMinutes - opening - close), close };
}
