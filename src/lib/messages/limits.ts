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
  /** Highest Flesch-Kincaid grade that still counts as plain language: our advice. */
  readingGradeMax: number;
  /** Below this many words a readability score says nothing, so the check stays quiet. */
  readingMinWords: number;
  /** Checks read at most this many characters of a draft, so a huge paste cannot stall typing. */
  maxInputChars: number;
  /** Longest `mailto:` link offered; longer ones fail in some mail apps. */
  mailtoMaxLength: number;
}

/**
 * TEMPORARY defaults. Replace with the import from the house numbers module (issue "Content a
 * reader can trust") when it lands: 75 / 100 words, 200 / 300 characters, 7 business days, 24 hours
 * and about two weeks come from there; the rest are this tool's own advice and may move there too.
 */
export const DEFAULT_MESSAGE_LIMITS: Readonly<MessageLimits> = Object.freeze({
  requestWords: 75,
  requestWordsOuter: 100,
  linkedInChars: 200,
  linkedInCharsPremium: 300,
  otherMessageWords: 150,
  followUpAfterBusinessDays: 7,
  thankYouWithinHours: 24,
  updateAfterDays: 14,
  subjectMaxChars: 60,
  readingGradeMax: 8,
  readingMinWords: 25,
  maxInputChars: 20_000,
  mailtoMaxLength: 2_000,
});
