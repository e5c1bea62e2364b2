/**
 * The house numbers: every figure Coffee Chat recommends, in one place.
 *
 * Guides show them through `{H....}` expressions (import `H` from this file in the MDX body), the
 * agenda and checklist templates and the question bank are checked against them by
 * `tests/site/house-numbers.test.ts`, and tools (message writer, speech meter, data pages) import
 * them by name. Where a figure comes from a source, `basis` says which; "our advice" means the site
 * states it as its own recommendation. Change a figure here and the test shows every page, template
 * or data file that still states the old one.
 */

/** A word or character ceiling for a message, with who sets it. */
export interface MessageLimit {
  max: number;
  unit: 'words' | 'characters';
  basis: string;
}

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

/** The request and the follow-up on it. */
export const OUTREACH = {
  /** 3B7 (Steve Dalton, The 2-Hour Job Search): no reply after 3 business days, ask someone else. */
  tryAnotherAfterBusinessDays: 3,
  /** 3B7: after 7 business days, follow up with the first person. */
  followUpAfterBusinessDays: 7,
  /** How many follow-ups to send: one (SFU; Dalton). */
  followUpsToSend: 1,
  /** Emails for one conversation: a minimum target in Michigan's plan (10 emails, at least 5 strangers, for at least one conversation), not a reply rate. */
  emailsPerConversationTarget: 10,
  /** Organizations on a target list: Dalton's LAMP list has at least 40 employers (The 2-Hour Job Search). */
  targetListOrganizations: 40,
  /** Conversations per direction you are exploring (our advice). */
  conversationsPerDirectionMin: 3,
  conversationsPerDirectionMax: 6,
} as const;

/** Word and character ceilings for the messages the site writes. */
export const LIMITS = {
  /** The cold request by email: Dalton's second edition. */
  coldRequest: { max: 75, unit: 'words', basis: 'Steve Dalton, The 2-Hour Job Search, 2nd ed., 2020' },
  /** The outer limit for any request: SFU, after Dalton's first edition. */
  requestOuter: {
    max: 100,
    unit: 'words',
    basis: "SFU, after Dalton's 1st ed., 2012",
  },
  /** LinkedIn invitation note, free account. */
  linkedinNoteFree: { max: 200, unit: 'characters', basis: 'LinkedIn, free accounts' },
  /** LinkedIn invitation note, Premium. */
  linkedinNotePremium: { max: 300, unit: 'characters', basis: 'LinkedIn, Premium accounts' },
  /** Short replies and notes: the follow-up, a yes, a reschedule, a cancel, a confirmation. Our advice. */
  shortNote: { max: 75, unit: 'words', basis: 'our advice' },
  /** Thank-you, update, keep-in-touch, blurb: readable on a phone without scrolling. Our advice. */
  note: { max: 100, unit: 'words', basis: 'our advice: readable on a phone' },
  /** A phone opening or a voicemail: about 30 seconds spoken, at about 150 words a minute. Our advice. */
  spoken: { max: 75, unit: 'words', basis: 'our advice: about 30 seconds aloud' },
} as const satisfies Record<string, MessageLimit>;
export type LimitName = keyof typeof LIMITS;

/** After the meeting. */
export const FOLLOW_UP = {
  /** Thank-you note: within 24 hours (the common norm). */
  thankYouWithinHours: 24,
  /** Report back on their advice after about two weeks. Our advice; Dalton describes a similar cadence. */
  updateAfterWeeks: 2,
  /** Keep in touch up to this many times a year (University of Portland career blog). */
  keepInTouchMaxPerYear: 3,
  /** The same cadence as a gap between notes, in months. */
  keepInTouchEveryMonths: 4,
} as const;

/** How early to arrive, by venue. */
export const ARRIVAL = {
  /** At a café: about 10 minutes early, to find a table and order. Our advice (some career offices say 10 to 15). */
  cafeMinutesEarly: 10,
  /** At an office: no more than about 5 minutes early, so nobody is kept waiting on you. Our advice. */
  officeMaxMinutesEarly: 5,
  /** On a video call: join 2 minutes early, after testing the link earlier in the day. Our advice. */
  videoJoinMinutesEarly: 2,
} as const;

/** The message writer's own checks, beyond the word limits above. */
export const MESSAGE_CHECKS = {
  /** A subject line longer than this is cut off on a phone's inbox list. Our advice. */
  subjectMaxChars: 60,
  /** Highest reading grade that still counts as plain language. Our advice: the grade plain-language guides commonly aim for. */
  readingGradeMax: 8,
  /** Below this many words a reading-level score says nothing, so the check stays quiet. Our advice. */
  readingMinWords: 25,
} as const;

/** Tools. */
export const TOOLS = {
  /** Remind the reader to export a backup when saved work is older than this many days. */
  backupReminderDays: 14,
} as const;

/** Everything above under one short name, for MDX expressions (`{H.FOLLOW_UP.thankYouWithinHours}`). */
export const H = { MEETING, SPEAKING, QUESTIONS, OUTREACH, LIMITS, FOLLOW_UP, ARRIVAL, MESSAGE_CHECKS, TOOLS, split: meetingSplit } as const;
