import { FOLLOW_UP, LIMITS, MESSAGE_CHECKS, OUTREACH } from '../../content/house-numbers';

/**
 * Every figure the message checks use, passed in rather than hard-coded, so one house-numbers
 * module can own them.
 */

export interface MessageLimits {
  /** Words in a request (cold, referral, follow-up): Dalton's 2020 figure, "fewer than 75". */
  requestWords: number;
  /** The outer limit shown beside it: SFU's "fewer than 100 words". */
  requestWordsOuter: number;
  /** Characters in a LinkedIn invitation note on a free account. */
  linkedInChars: number;
  /** Characters in a LinkedIn invitation note on Premium. */
  linkedInCharsPremium: number;
  /** Words for any other kind of message (thank-you, update...): our advice, not a sourced figure. */
  otherMessageWords: number;
  /** The one follow-up goes out no sooner than this many business days after the request (3B7). */
  followUpAfterBusinessDays: number;
  /** The thank-you goes out within this many hours of the meeting. */
  thankYouWithinHours: number;
  /** The update goes out about this many calendar days after the meeting ("about two weeks"). */
  updateAfterDays: number;
  /** A subject line longer than this many characters is cut off on a phone: our advice. */
  subjectMaxChars: number;
  /** Highest reading grade (Automated Readability Index) that still counts as plain language: our advice. */
  readingGradeMax: number;
  /** Below this many words a readability score says nothing, so the check stays quiet. */
  readingMinWords: number;
  /** Checks read at most this many characters of a draft, so a huge paste cannot stall typing. */
  maxInputChars: number;
  /** Longest `mailto:` link offered; longer ones fail in some mail apps. */
  mailtoMaxLength: number;
}

/**
 * The figures, from the house numbers (src/content/house-numbers.ts says who sets each): 75 / 100
 * words for a request, 200 / 300 characters on LinkedIn, 100 words for any other note, 7 business
 * days (3B7), 24 hours, about two weeks, and the writer's own subject and reading-level advice.
 * Only the two technical ceilings (how much a check reads, how long a mail link may be) live here.
 */
export const DEFAULT_MESSAGE_LIMITS: Readonly<MessageLimits> = Object.freeze({
  requestWords: LIMITS.coldRequest.max,
  requestWordsOuter: LIMITS.requestOuter.max,
  linkedInChars: LIMITS.linkedinNoteFree.max,
  linkedInCharsPremium: LIMITS.linkedinNotePremium.max,
  otherMessageWords: LIMITS.note.max,
  followUpAfterBusinessDays: OUTREACH.followUpAfterBusinessDays,
  thankYouWithinHours: FOLLOW_UP.thankYouWithinHours,
  updateAfterDays: FOLLOW_UP.updateAfterWeeks * 7,
  subjectMaxChars: MESSAGE_CHECKS.subjectMaxChars,
  readingGradeMax: MESSAGE_CHECKS.readingGradeMax,
  readingMinWords: MESSAGE_CHECKS.readingMinWords,
  maxInputChars: 20_000,
  mailtoMaxLength: 2_000,
});
