/** House numbers (see ../house-numbers.ts, which exports them all): how many questions to bring. */

/** How many questions to bring. */
export const QUESTIONS = {
  /** Prepare this many, ranked. Our advice; published lists run from about 10 to 40 and more. */
  prepareMin: 5,
  prepareMax: 10,
  /** About how many a 20-minute chat gets through, at about three minutes an answer. Our arithmetic. */
  askedInDefaultMeeting: 5,
  /** Realistic answer time of one question with a follow-up, in minutes. */
  minutesPerAnswer: 3,
} as const;
