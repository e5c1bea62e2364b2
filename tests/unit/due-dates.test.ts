import { describe, expect, it } from 'vitest';
import { strings as checklistStrings } from '../../src/components/checklist/strings';
import fc from 'fast-check';
import { dueDate, duePhrase, dueStatus, threeBSeven } from '../../src/lib/due-rules';
import { addBusinessDays, addCalendarDays, calendarDaysBetween, dayStart, formatDate, fromDateTimeLocal, isCalendarDay, toDateTimeLocal, wallClock, zonedToInstant } from '../../src/lib/zoned-time';

// The host's own zone must not matter: every function takes the zone explicitly.
process.env.TZ = 'Pacific/Chatham';

const NY = 'America/New_York';
const BERLIN = 'Europe/Berlin';
const SYDNEY = 'Australia/Sydney';
const iso = (d: Date | null) => d?.toISOString();

describe('dueDate counted from the request (3B7)', () => {
  const rule = { businessDaysFromRequest: 7 };

  it('falls seven business days after the day the request went out, at 9 in the morning', () => {
    // Thu 5 March 2026 -> Mon 16 March, 09:00 EDT (two weekends and a clock change later).
    const due = dueDate(rule, undefined, NY, '2026-03-05');
    expect(iso(due)).toBe('2026-03-16T13:00:00.000Z');
    expect(wallClock(due!, NY)).toMatchObject({ day: 16, hour: 9, weekday: 1 });
  });

  it('keeps the same days wherever the reader is: the request day is a day, not an instant', () => {
    for (const zone of [NY, BERLIN, SYDNEY, 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      expect(wallClock(dueDate(rule, undefined, zone, '2026-03-05')!, zone), zone).toMatchObject({ month: 3, day: 16, hour: 9 });
    }
  });

  it('has no date once the meeting has one (they answered), or before the request is sent', () => {
    expect(dueDate(rule, '2026-03-20T14:00:00.000Z', NY, '2026-03-05')).toBeNull();
    expect(dueDate(rule, undefined, NY)).toBeNull();
    expect(dueDate(rule, undefined, NY, '2026-02-30')).toBeNull();
  });

  it('leaves meeting-based rules alone when a request day is also known', () => {
    expect(iso(dueDate({ hoursFromMeeting: 24 }, '2026-03-07T20:00:00.000Z', NY, '2026-03-01'))).toBe('2026-03-08T20:00:00.000Z');
  });
});

describe('days without a time', () => {
  it('accepts only real days written YYYY-MM-DD', () => {
    expect(isCalendarDay('2026-03-05')).toBe(true);
    expect(isCalendarDay('2028-02-29')).toBe(true);
    for (const bad of ['', '2026-02-30', '2026-3-1', '10/03/2026', '2026-03-10T09:00', '0099-01-01', ' 2026-03-05']) expect(isCalendarDay(bad), bad).toBe(false);
  });

  it('starts a day at 9:00 in the reader\'s zone, across a clock change', () => {
    expect(iso(dayStart('2026-03-08', NY))).toBe('2026-03-08T13:00:00.000Z'); // the day New York springs forward
    expect(iso(dayStart('2026-03-07', NY))).toBe('2026-03-07T14:00:00.000Z');
    expect(iso(dayStart('2026-10-25', BERLIN))).toBe('2026-10-25T08:00:00.000Z');
    expect(dayStart('2026-02-30', NY)).toBeNull();
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), fc.constantFrom(NY, BERLIN, SYDNEY, 'Asia/Kolkata'), (d, zone) => {
        const day = d.toISOString().slice(0, 10);
        const w = wallClock(dayStart(day, zone)!, zone);
        expect(`${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`).toBe(day);
      }),
    );
  });

  it('names a day briefly for hints', () => {
    expect(formatDate(new Date('2026-03-16T13:00:00.000Z'), NY, 'en-US')).toBe('Mon, Mar 16');
  });
});

describe('dueDate', () => {
  it('puts the thank-you exactly 24 hours after the meeting, even across a spring-forward night', () => {
    // Sat 7 March 2026, 15:00 EST; clocks in New York jump forward on Sunday 8 March.
    const due = dueDate({ hoursFromMeeting: 24 }, '2026-03-07T20:00:00.000Z', NY);
    expect(iso(due)).toBe('2026-03-08T20:00:00.000Z');
    expect(wallClock(due!, NY).hour).toBe(16);
  });

  it('keeps the update at the same wall-clock time two working weeks later across a DST change', () => {
    // Fri 6 March 2026, 15:00 EST -> Fri 20 March, 15:00 EDT.
    const due = dueDate({ businessDaysFromMeeting: 10 }, '2026-03-06T20:00:00.000Z', NY);
    expect(iso(due)).toBe('2026-03-20T19:00:00.000Z');
    expect(wallClock(due!, NY)).toMatchObject({ day: 20, hour: 15, minute: 0, weekday: 5 });
  });

  it('keeps the wall-clock time across a fall-back weekend in Berlin', () => {
    // Fri 23 Oct 2026, 10:00 CEST -> Mon 26 Oct, 10:00 CET.
    const due = dueDate({ businessDaysFromMeeting: 1 }, '2026-10-23T08:00:00.000Z', BERLIN);
    expect(iso(due)).toBe('2026-10-26T09:00:00.000Z');
  });

  it('handles the southern hemisphere, where clocks go back in April', () => {
    // Fri 3 April 2026, 09:00 AEDT (UTC+11) -> Mon 6 April 09:00 AEST (UTC+10).
    const due = dueDate({ businessDaysFromMeeting: 1 }, '2026-04-02T22:00:00.000Z', SYDNEY);
    expect(iso(due)).toBe('2026-04-05T23:00:00.000Z');
  });

  it('counts business days from the reader\'s own date, not from UTC', () => {
    const meeting = '2026-03-06T23:30:00.000Z'; // Friday in London, Saturday morning in Tokyo
    expect(iso(dueDate({ businessDaysFromMeeting: 1 }, meeting, 'UTC'))).toBe('2026-03-09T23:30:00.000Z');
    expect(iso(dueDate({ businessDaysFromMeeting: 1 }, meeting, 'Asia/Tokyo'))).toBe('2026-03-08T23:30:00.000Z');
  });

  it('goes back over the weekend for items due before the meeting', () => {
    // Monday 9 March 2026 10:00 UTC, one business day before is Friday 6 March.
    expect(iso(dueDate({ businessDaysFromMeeting: -1 }, '2026-03-09T10:00:00.000Z', 'UTC'))).toBe(
      '2026-03-06T10:00:00.000Z',
    );
    expect(iso(dueDate({ hoursFromMeeting: -0.25 }, '2026-03-09T10:00:00.000Z', 'UTC'))).toBe(
      '2026-03-09T09:45:00.000Z',
    );
  });

  it('has no due date without a rule or without a valid meeting date', () => {
    expect(dueDate(null, '2026-03-09T10:00:00.000Z', 'UTC')).toBeNull();
    expect(dueDate({ hoursFromMeeting: 24 }, undefined, 'UTC')).toBeNull();
    expect(dueDate({ hoursFromMeeting: 24 }, 'not a date', 'UTC')).toBeNull();
  });
});

describe('addBusinessDays', () => {
  it('moves a Saturday meeting\'s next business day to Monday', () => {
    expect(iso(addBusinessDays(new Date('2026-03-07T12:00:00Z'), 1, 'UTC'))).toBe('2026-03-09T12:00:00.000Z');
  });

  it('gives the 3B7 days: 3 and 7 business days after the request', () => {
    const { tryAnother, followUp } = threeBSeven(new Date('2026-03-02T09:00:00Z'), 'UTC'); // Monday
    expect(iso(tryAnother)).toBe('2026-03-05T09:00:00.000Z'); // Thursday
    expect(iso(followUp)).toBe('2026-03-11T09:00:00.000Z'); // next Wednesday
  });

  it('always lands on a weekday at the same wall-clock time (property)', () => {
    const zones = fc.constantFrom('UTC', NY, BERLIN, SYDNEY, 'Asia/Kolkata', 'America/Sao_Paulo');
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) }),
        fc.integer({ min: -30, max: 30 }).filter((n) => n !== 0),
        zones,
        (ms, n, zone) => {
          // Start at 12:00 local so no DST gap (they happen at night) can move the time.
          const w = wallClock(new Date(ms), zone);
          const start = zonedToInstant({ ...w, hour: 12, minute: 0, second: 0 }, zone);
          const out = wallClock(addBusinessDays(start, n, zone), zone);
          expect(out.weekday).not.toBe(0);
          expect(out.weekday).not.toBe(6);
          expect([out.hour, out.minute]).toEqual([12, 0]);
          expect(Math.sign(calendarDaysBetween(start, addBusinessDays(start, n, zone), zone))).toBe(Math.sign(n));
        },
      ),
    );
  });
});

describe('zonedToInstant', () => {
  it('moves a time skipped by spring-forward ahead by the gap', () => {
    expect(iso(zonedToInstant({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, NY))).toBe(
      '2026-03-08T07:30:00.000Z',
    );
  });

  it('takes the first of two repeated times at fall-back', () => {
    expect(iso(zonedToInstant({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, NY))).toBe(
      '2026-11-01T05:30:00.000Z',
    );
  });

  it('adds calendar days at the same local time across DST', () => {
    expect(iso(addCalendarDays(new Date('2026-03-28T09:00:00Z'), 1, BERLIN))).toBe('2026-03-29T08:00:00.000Z');
  });
});

describe('datetime-local values', () => {
  it('shows the stored UTC instant in the reader\'s zone and reads it back', () => {
    expect(toDateTimeLocal('2026-07-01T13:30:00.000Z', BERLIN)).toBe('2026-07-01T15:30');
    expect(fromDateTimeLocal('2026-07-01T15:30', BERLIN)).toBe('2026-07-01T13:30:00.000Z');
    expect(fromDateTimeLocal('2026-01-01T15:30', BERLIN)).toBe('2026-01-01T14:30:00.000Z');
  });

  it('refuses values that are not a real date and time', () => {
    for (const bad of ['', 'tomorrow', '2026-02-30T10:00', '2026-13-01T10:00', '2026-01-01T24:00']) {
      expect(fromDateTimeLocal(bad, 'UTC')).toBeNull();
    }
    expect(toDateTimeLocal(undefined, 'UTC')).toBe('');
    expect(toDateTimeLocal('garbage', 'UTC')).toBe('');
  });

  it('round-trips any instant at minute precision in any zone (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2040, 0, 1) / 60_000 }),
        fc.constantFrom('UTC', NY, BERLIN, SYDNEY, 'Asia/Kathmandu', 'Pacific/Chatham'),
        (minutes, zone) => {
          const at = new Date(minutes * 60_000).toISOString();
          const back = fromDateTimeLocal(toDateTimeLocal(at, zone), zone)!;
          // At fall-back the repeated hour reads as its first occurrence; otherwise exact.
          expect(Math.abs(Date.parse(back) - Date.parse(at))).toSatisfy((d: number) => d === 0 || d === 3_600_000 || d === 1_800_000);
          expect(toDateTimeLocal(back, zone)).toBe(toDateTimeLocal(at, zone));
        },
      ),
    );
  });
});

describe('dueStatus and duePhrase', () => {
  const now = new Date('2026-03-10T15:00:00Z'); // Tuesday afternoon in UTC

  it('says "due tomorrow" and "due in 3 days" by the reader\'s calendar', () => {
    expect(duePhrase(new Date('2026-03-11T09:00:00Z'), now, 'UTC', checklistStrings.duePhrases)).toBe('due tomorrow');
    expect(duePhrase(new Date('2026-03-10T20:00:00Z'), now, 'UTC', checklistStrings.duePhrases)).toBe('due today');
    expect(duePhrase(new Date('2026-03-13T09:00:00Z'), now, 'UTC', checklistStrings.duePhrases)).toBe('due in 3 days');
  });

  it('says how many days an item is overdue', () => {
    expect(duePhrase(new Date('2026-03-08T18:00:00Z'), now, 'UTC', checklistStrings.duePhrases)).toBe('2 days overdue');
    expect(duePhrase(new Date('2026-03-09T18:00:00Z'), now, 'UTC', checklistStrings.duePhrases)).toBe('1 day overdue');
    expect(duePhrase(new Date('2026-03-10T09:00:00Z'), now, 'UTC', checklistStrings.duePhrases)).toBe('overdue since earlier today');
  });

  it('counts days in the reader\'s zone: the same moment can be tomorrow in Tokyo and today in New York', () => {
    const at = new Date('2026-03-10T14:00:00Z'); // 10:00 in New York, 23:00 Tuesday in Tokyo
    const due = new Date('2026-03-10T16:00:00Z'); // 12:00 in New York, 01:00 Wednesday in Tokyo
    expect(duePhrase(due, at, NY, checklistStrings.duePhrases)).toBe('due today');
    expect(duePhrase(due, at, 'Asia/Tokyo', checklistStrings.duePhrases)).toBe('due tomorrow');
  });

  it('classifies items as overdue, due soon, upcoming, done or undated', () => {
    expect(dueStatus(new Date('2026-03-10T14:59:00Z'), false, now, 'UTC')).toBe('overdue');
    expect(dueStatus(new Date('2026-03-11T23:00:00Z'), false, now, 'UTC')).toBe('due-soon');
    expect(dueStatus(new Date('2026-03-12T01:00:00Z'), false, now, 'UTC')).toBe('upcoming');
    expect(dueStatus(new Date('2026-03-01T00:00:00Z'), true, now, 'UTC')).toBe('done');
    expect(dueStatus(null, false, now, 'UTC')).toBe('none');
  });
});
