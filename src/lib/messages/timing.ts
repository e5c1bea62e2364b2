/**
 * When each message should go out, from the meeting's dates. Date arithmetic is the project's
 * zoned helpers in src/lib/zoned-time.ts: business days and calendar days in the reader's zone.
 */
import { HOUR, addBusinessDays, addCalendarDays, calendarDaysBetween, dayStart, isCalendarDay } from '../zoned-time';
import { dayIn } from './zone';
import type { MeetingContext } from './context';
import type { Finding } from './findings';
import type { MessageKind } from './kinds';
import type { MessageLimits } from './limits';

function meetingInstant(ctx: MeetingContext): Date | null {
  if (!ctx.scheduledAt) return null;
  const d = new Date(ctx.scheduledAt);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The one follow-up: only while no meeting is set, only once, and not before N business days. */
export function checkFollowUpTiming(ctx: MeetingContext, businessDays: number, now: Date): Finding[] {
  if (meetingInstant(ctx)) return [{ id: 'follow-up-not-needed' }];
  if (ctx.followUpSentOn && isCalendarDay(ctx.followUpSentOn)) return [{ id: 'follow-up-already-sent', sentOn: ctx.followUpSentOn }];
  const sent = ctx.requestSentOn ? dayStart(ctx.requestSentOn, ctx.timeZone) : null;
  if (!sent) return [{ id: 'timing-unknown', needs: 'request-sent-on' }];
  const due = addBusinessDays(sent, businessDays, ctx.timeZone);
  if (calendarDaysBetween(now, due, ctx.timeZone) > 0) {
    return [{ id: 'follow-up-too-early', due: due.toISOString(), dueDay: dayIn(due, ctx.timeZone), businessDays }];
  }
  return [];
}

/** The thank-you: after the meeting and within N hours of it. */
export function checkThankYouTiming(ctx: MeetingContext, withinHours: number, now: Date): Finding[] {
  const meeting = meetingInstant(ctx);
  if (!meeting) return [{ id: 'timing-unknown', needs: 'meeting-date' }];
  if (now.getTime() < meeting.getTime()) return [{ id: 'thank-you-before-meeting', meetingAt: meeting.toISOString() }];
  const hoursSince = Math.floor((now.getTime() - meeting.getTime()) / HOUR);
  return now.getTime() - meeting.getTime() > withinHours * HOUR ? [{ id: 'thank-you-late', hoursSince, limit: withinHours }] : [];
}

/** The update: about N calendar days after the meeting, not sooner (from that day on is fine). */
export function checkUpdateTiming(ctx: MeetingContext, days: number, now: Date): Finding[] {
  const meeting = meetingInstant(ctx);
  if (!meeting) return [{ id: 'timing-unknown', needs: 'meeting-date' }];
  const due = addCalendarDays(meeting, days, ctx.timeZone);
  if (calendarDaysBetween(now, due, ctx.timeZone) > 0) {
    return [{ id: 'update-too-early', due: due.toISOString(), dueDay: dayIn(due, ctx.timeZone), days }];
  }
  return [];
}

/** The timing check for a kind (follow-up, thank-you, update); other kinds have none. */
export function checkTiming(kind: MessageKind, ctx: MeetingContext, limits: MessageLimits, now: Date): Finding[] {
  if (kind === 'follow-up') return checkFollowUpTiming(ctx, limits.followUpAfterBusinessDays, now);
  if (kind === 'thank-you') return checkThankYouTiming(ctx, limits.thankYouWithinHours, now);
  if (kind === 'update') return checkUpdateTiming(ctx, limits.updateAfterDays, now);
  return [];
}
