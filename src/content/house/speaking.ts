/** House numbers (see ../house-numbers.ts, which exports them all): speaking: the introduction and the questions, spoken. */

/** Speaking: your introduction and your questions. Our advice. */
export const SPEAKING = {
  /** Your introduction of yourself, spoken. */
  introductionSeconds: 30,
  /** A question that takes longer than this to say runs long: cut it down. */
  questionLongSeconds: 20,
  /** A planning figure for speech, to turn words into seconds (the spoken-script limit assumes it). */
  wordsPerMinute: 150,
  /** An introduction this many seconds either side of introductionSeconds is still on target. Our advice. */
  introductionToleranceSeconds: 10,
  /** In the questions, you should speak for at most this share of the time: the contact talks most. Our advice. */
  questionsPhaseMaxSharePercent: 30,
  /** Speech with gaps shorter than this (s) counts as one unbroken stretch (a monologue). Our advice. */
  monologueGapSeconds: 1.5,
  /** A silence shorter than this (s) is a breath between words, not a pause. Our advice. */
  pauseMinSeconds: 0.5,
} as const;
