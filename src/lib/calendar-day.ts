/**
 * Whether a text is a real calendar day, YYYY-MM-DD. Apart from zoned-time.ts (which re-exports it)
 * because the meeting validator on every tool page needs only this.
 */

/** Whether `value` is a real calendar day written YYYY-MM-DD (what <input type="date"> gives). */
export function isCalendarDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = m.slice(1).map(Number) as [number, number, number];
  const check = new Date(Date.UTC(year, month - 1, day));
  return year >= 1000 && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
}
