/** House numbers (see ../house-numbers.ts, which exports them all): the messages the site writes: outreach, word limits, follow-up, the writer's checks. */

/** A word or character ceiling for a message, with who sets it. */
export interface MessageLimit {
  max: number;
  unit: 'words' | 'characters';
  basis: string;
}

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

/** The message writer's own checks, beyond the word limits above. */
export const MESSAGE_CHECKS = {
  /** A subject line longer than this is cut off on a phone's inbox list. Our advice. */
  subjectMaxChars: 60,
  /** Highest reading grade that still counts as plain language. Our advice: the grade plain-language guides commonly aim for. */
  readingGradeMax: 8,
  /** Below this many words a reading-level score says nothing, so the check stays quiet. Our advice. */
  readingMinWords: 25,
} as const;
