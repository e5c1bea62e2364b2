/** A time zone the checks can use, and the day an instant falls on in it. */
import { toDateTimeLocal } from '../zoned-time';

/** `zone` when Intl knows it, else UTC. */
export function safeTimeZone(zone: string | undefined): string {
  if (!zone) return 'UTC';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone;
  } catch {
    return 'UTC';
  }
}

/** The calendar day (YYYY-MM-DD) of an instant in a zone: "today" for "I sent it", a due day. */
export function dayIn(instant: Date, timeZone: string): string {
  return toDateTimeLocal(instant.toISOString(), safeTimeZone(timeZone)).slice(0, 10);
}
