/**
 * Due dates for checklist items, computed from the meeting's instant (time arithmetic is
 * zoned-time.ts). "Hours" are absolute (24 h after the meeting is 24 h after, whatever the clocks
 * do); "days" are wall-clock days in the reader's zone (the same time of day on a later date), so a
 * daylight-saving change between the meeting and the due date never shifts it by an hour.
 */
import { addBusinessDays, calendarDaysBetween, dayStart, HOUR } from './zoned-time';

/**
 * When a checklist step is due: hours or business days from the meeting, or business days from the
 * day the reader sent their request (the 3B7 routine, which only applies while no meeting is set).
 */
export type DueRule = { hoursFromMeeting: number } | { businessDaysFromMeeting: number } | { businessDaysFromRequest: number } | null;

export type DueStatus = 'none' | 'done' | 'overdue' | 'due-soon' | 'upcoming';

/** The 3B7 routine after a request sent at `sentAt`: try someone else after 3 business days, follow up after 7. */
export function threeBSeven(sentAt: Date, timeZone: string): { tryAnother: Date; followUp: Date } {
  return { tryAnother: addBusinessDays(sentAt, 3, timeZone), followUp: addBusinessDays(sentAt, 7, timeZone) };
}

/**
 * When an item with this rule is due, or null when it has no rule or its starting point is missing
 * or invalid. A rule counted from the request applies only while the meeting has no date: once a
 * meeting is set, the person has answered and there is nobody to chase.
 */
export function dueDate(rule: DueRule | undefined, scheduledAt: string | undefined, timeZone: string, requestSentOn?: string): Date | null {
  if (!rule) return null;
  if ('businessDaysFromRequest' in rule) {
    const sent = waitingSince(scheduledAt, requestSentOn, timeZone);
    return sent ? addBusinessDays(sent, rule.businessDaysFromRequest, timeZone) : null;
  }
  if (!scheduledAt) return null;
  const meeting = new Date(scheduledAt);
  if (Number.isNaN(meeting.getTime())) return null;
  if ('hoursFromMeeting' in rule) return new Date(meeting.getTime() + rule.hoursFromMeeting * HOUR);
  return addBusinessDays(meeting, rule.businessDaysFromMeeting, timeZone);
}

/** Overdue (past and not done), due soon (today or tomorrow), upcoming, done, or none (no date). */
export function dueStatus(due: Date | null, done: boolean, now: Date, timeZone: string): DueStatus {
  if (done) return 'done';
  if (!due) return 'none';
  if (due.getTime() < now.getTime()) return 'overdue';
  return calendarDaysBetween(now, due, timeZone) <= 1 ? 'due-soon' : 'upcoming';
}

/** Words for due phrases (the checklist's strings.ts gives them), swappable for a translation. */
export interface DuePhrases {
  today: string;
  tomorrow: string;
  inDays: (n: number) => string;
  overdueToday: string;
  daysOverdue: (n: number) => string;
}

/** A short human phrase for a due date: "due tomorrow", "2 days overdue". */
export function duePhrase(
  due: Date,
  now: Date,
  timeZone: string,
  phrases: DuePhrases,
): string {
  const days = calendarDaysBetween(now, due, timeZone);
  if (due.getTime() < now.getTime()) return days >= 0 ? phrases.overdueToday : phrases.daysOverdue(-days);
  if (days <= 0) return phrases.today;
  if (days === 1) return phrases.tomorrow;
  return phrases.inDays(days);
}

/**
 * When a request started waiting for an answer (9:00 on the day it went out), or null once a
 * meeting is set (they answered) or when no real request day is known.
 */
export function waitingSince(scheduledAt: string | undefined, requestSentOn: string | undefined, timeZone: string): Date | null {
  return scheduledAt || !requestSentOn ? null : dayStart(requestSentOn, timeZone);
}
