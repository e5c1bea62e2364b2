/** What the message writer knows about the meeting; every field may be missing (an empty meeting). */
export interface MeetingContext {
  /** The reader's IANA time zone (the UI passes readerTimeZone() from src/lib/zoned-time). */
  timeZone: string;
  name?: string;
  role?: string;
  organization?: string;
  /** How the reader is connected to them ("Sam Lee, my old manager", "fellow Temple alum"). */
  connection?: string;
  interestBroad?: string;
  interestNarrow?: string;
  lengthMinutes?: number;
  /** ISO 8601 instant of the meeting. */
  scheduledAt?: string;
  /** YYYY-MM-DD days (a day, not an instant), as Meeting.requestSentOn. */
  requestSentOn?: string;
  followUpSentOn?: string;
  thankYouSentOn?: string;
  /** The meeting's question texts and notes, so the thank-you can be matched against them. */
  questions?: readonly string[];
  notes?: string;
}
