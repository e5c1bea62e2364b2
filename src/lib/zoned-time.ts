/**
 * Time in the reader's zone: wall-clock arithmetic (calendar and business days that keep the time
 * of day across daylight-saving changes), formatting for display, and the conversions to and from
 * form inputs (datetime-local, date). No rules about what is due when: those are due-rules.ts.
 */
import { isCalendarDay } from './calendar-day';

/** Wall-clock fields of an instant in a zone; month is 1–12, weekday 0 (Sunday) – 6. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

export const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const formatters = new Map<string, Intl.DateTimeFormat>();

// Its own module, so the meeting validator every tool page runs does not carry the rest of this file.
export { isCalendarDay };

/** The reader's IANA time zone (falls back to UTC where Intl cannot tell). */
export function readerTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** A cached formatter that yields numeric wall-clock parts in a zone. */
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock shown in `timeZone` at `instant`. */
export function wallClock(instant: Date, timeZone: string): WallClock {
  const out: Record<string, number> = {};
  for (const p of partsFormatter(timeZone).formatToParts(instant)) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  const hour = out.hour === 24 ? 0 : out.hour;
  const weekday = new Date(Date.UTC(out.year, out.month - 1, out.day)).getUTCDay();
  return { year: out.year, month: out.month, day: out.day, hour, minute: out.minute, second: out.second, weekday };
}

/** The zone's offset from UTC at `instant`, in milliseconds (east positive). */
export function zoneOffset(instant: Date, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

type WallInput = Omit<WallClock, 'weekday' | 'second'> & { second?: number };

/**
 * The instant a wall-clock time happens in a zone. A time skipped by a spring-forward gap moves
 * forward by the gap; a time repeated at fall-back takes the first occurrence (like Temporal's
 * "compatible" disambiguation).
 */
export function zonedToInstant(w: WallInput, timeZone: string): Date {
  const guess = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second ?? 0);
  // The offsets in force around this time: east of UTC the two nearest readings can both give the
  // later offset at fall-back, so the offsets a day either side are candidates too.
  const offsets = new Set([guess - DAY, guess, guess + DAY].map((t) => zoneOffset(new Date(t), timeZone)));
  offsets.add(zoneOffset(new Date(guess - zoneOffset(new Date(guess), timeZone)), timeZone));
  const matches = [...offsets]
    .map((o) => guess - o)
    .filter((t) => sameWall(wallClock(new Date(t), timeZone), w))
    .sort((a, b) => a - b);
  if (matches.length > 0) return new Date(matches[0]);
  // In a gap: read the time with the offset in force just before the transition.
  return new Date(guess - zoneOffset(new Date(guess - DAY), timeZone));
}

/** Whether two wall clocks show the same date and time (to the second). */
function sameWall(a: WallInput, b: WallInput): boolean {
  return (
    a.year === b.year &&
    a.month === b.month &&
    a.day === b.day &&
    a.hour === b.hour &&
    a.minute === b.minute &&
    (a.second ?? 0) === (b.second ?? 0)
  );
}

/** The same wall-clock time `days` calendar days later (or earlier) in the zone. */
export function addCalendarDays(instant: Date, days: number, timeZone: string): Date {
  const w = wallClock(instant, timeZone);
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day + days));
  return zonedToInstant(
    { ...w, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() },
    timeZone,
  );
}

/** The same wall-clock time `n` business days (Monday–Friday) later, or earlier when negative. */
export function addBusinessDays(instant: Date, n: number, timeZone: string): Date {
  const w = wallClock(instant, timeZone);
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(Math.trunc(n));
  const cursor = new Date(Date.UTC(w.year, w.month - 1, w.day));
  while (remaining > 0) {
    cursor.setUTCDate(cursor.getUTCDate() + step);
    const wd = cursor.getUTCDay();
    if (wd !== 0 && wd !== 6) remaining -= 1;
  }
  return zonedToInstant(
    { ...w, year: cursor.getUTCFullYear(), month: cursor.getUTCMonth() + 1, day: cursor.getUTCDate() },
    timeZone,
  );
}

/** Calendar days from `now`'s date to `due`'s date in the zone (0 = same day, 1 = tomorrow, -2 = two days ago). */
export function calendarDaysBetween(now: Date, due: Date, timeZone: string): number {
  const a = wallClock(now, timeZone);
  const b = wallClock(due, timeZone);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY);
}

/** A readable date and time in the reader's locale and zone, e.g. "Tue, Mar 10, 2:30 PM". */
export function formatDateTime(instant: Date, timeZone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(instant);
}

/** A readable day in the reader's locale and zone, e.g. "Tue, Mar 10". */
export function formatDate(instant: Date, timeZone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short', month: 'short', day: 'numeric' }).format(instant);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The value for an <input type="datetime-local"> showing `iso` in the zone ("" when absent or invalid). */
export function toDateTimeLocal(iso: string | undefined, timeZone: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const w = wallClock(d, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** The UTC ISO instant for a datetime-local value read in the zone; null when the value is not a valid date-time. */
export function fromDateTimeLocal(value: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
  // Date.UTC reads years 0-99 as 1900-1999; a year before 1000 is a half-typed one anyway.
  if (year < 1000) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    return null;
  }
  return zonedToInstant({ year, month, day, hour, minute, second }, timeZone).toISOString();
}

/**
 * A day the reader names without a time (the day they sent a request) is stored as the day itself,
 * "2026-03-05", not as an instant: an instant would move to another date when the reader's time
 * zone changes. Counting starts at 9 in the morning of that day, in whatever zone the reader is in.
 */
const DAY_START_HOUR = 9;

/** 9:00 on a YYYY-MM-DD day in the zone; null when it is not a real day. */
export function dayStart(day: string, timeZone: string): Date | null {
  if (!isCalendarDay(day)) return null;
  const iso = fromDateTimeLocal(`${day}T${pad(DAY_START_HOUR)}:00`, timeZone);
  return iso ? new Date(iso) : null;
}
