import { describe, expect, it } from 'vitest';
import { strings as checklistStrings } from '../../src/components/checklist/strings';
import fc from 'fast-check';
import {
  buildCalendar,
  calendarFileName,
  escapeText,
  foldLine,
  formatUtc,
  meetingCalendar,
} from '../../src/lib/ics';
import { createMeeting } from '../../src/lib/meeting';

const now = new Date('2026-03-01T12:00:00.123Z');
const octets = (s: string) => new TextEncoder().encode(s).length;

/** Undoes folding: a CRLF followed by one space is removed. */
const unfold = (s: string) => s.replace(/\r\n /g, '');

function dana() {
  return createMeeting(
    {
      id: 'm-1',
      title: 'Chat with Dana',
      contact: { name: 'Dana Lee', role: 'Designer', organization: 'Acme, Inc.' },
      scheduledAt: '2026-03-10T15:00:00.000Z',
      lengthMinutes: 30,
    },
    now,
  );
}

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('drops control characters that TEXT may not hold, keeping tabs', () => {
    expect(escapeText('a\u0000b\u0007c\td\u007f')).toBe('abc\td');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds the 76th onto a space-led line', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('never splits a multi-byte character and keeps every physical line within 75 octets (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', '€', '😀', '中', ' ', ';'), maxLength: 300 });
    fc.assert(
      fc.property(text, (s) => {
        const folded = foldLine(`SUMMARY:${s}`);
        for (const line of folded.split('\r\n')) {
          expect(octets(line)).toBeLessThanOrEqual(75);
          expect(line).not.toMatch(/[\uD800-\uDBFF]$/); // no lone high surrogate at a break
        }
        expect(unfold(folded)).toBe(`SUMMARY:${s}`);
      }),
    );
  });
});

describe('buildCalendar', () => {
  const cal = buildCalendar(
    [
      {
        uid: 'u1@x',
        start: new Date('2026-03-10T15:00:00Z'),
        end: new Date('2026-03-10T15:30:00Z'),
        summary: 'Lunch; with, friends',
        alarms: [{ trigger: '-PT30M', description: 'Soon' }],
      },
    ],
    now,
  );

  it('uses CRLF everywhere and ends with one', () => {
    expect(cal.endsWith('\r\n')).toBe(true);
    expect(cal.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has the required calendar and event properties with UTC times', () => {
    const lines = unfold(cal).split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    expect(lines).toContain('DTSTAMP:20260301T120000Z');
    expect(lines).toContain('DTSTART:20260310T150000Z');
    expect(lines).toContain('DTEND:20260310T153000Z');
    expect(lines).toContain('SUMMARY:Lunch\\; with\\, friends');
    expect(lines).toContain('TRIGGER:-PT30M');
    expect(lines).toContain('ACTION:DISPLAY');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('formats instants as basic UTC without milliseconds', () => {
    expect(formatUtc(new Date('2026-12-31T23:59:59.999Z'))).toBe('20261231T235959Z');
  });
});

describe('meetingCalendar', () => {
  const dues = {
    thankYou: new Date('2026-03-11T15:00:00.000Z'),
    update: new Date('2026-03-24T15:00:00.000Z'),
  };

  it('holds the meeting and the thank-you and update reminders, each with an alarm', () => {
    const ics = unfold(meetingCalendar(dana(), dues, now, checklistStrings.calendarText)!);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(3);
    expect(ics).toContain('SUMMARY:Coffee chat: Dana Lee (Acme\\, Inc.)');
    expect(ics).toContain('DTEND:20260310T153000Z'); // 30-minute meeting
    expect(ics).toContain('SUMMARY:Send a thank-you to Dana Lee');
    expect(ics).toContain('DTEND:20260311T150000Z'); // the thank-you reminder ends at its due time
    expect(ics).toContain('DTEND:20260324T150000Z');
  });

  it('names the meeting, not a person, in the reminders when no contact name is set', () => {
    const m = { ...dana(), title: 'My next coffee chat', contact: { name: '', role: '', organization: 'Acme' } };
    const ics = unfold(meetingCalendar(m, dues, now, checklistStrings.calendarText)!);
    expect(ics).toContain('SUMMARY:Send a thank-you after “My next coffee chat”');
    expect(ics).toContain('SUMMARY:Send an update after “My next coffee chat”');
    expect(ics).not.toContain('to My next coffee chat');
  });

  it('gives the same UIDs on every export so a re-import updates instead of duplicating', () => {
    const a = meetingCalendar(dana(), dues, now, checklistStrings.calendarText)!;
    const b = meetingCalendar(dana(), dues, new Date('2026-03-05T00:00:00Z'), checklistStrings.calendarText)!;
    const uids = (s: string) => s.match(/^UID:.*$/gm);
    expect(uids(a)).toEqual(uids(b));
    expect(uids(a)).toEqual(['UID:m-1-meeting@coffee-chat', 'UID:m-1-thank-you@coffee-chat', 'UID:m-1-update@coffee-chat']);
  });

  it('leaves out a reminder without a due date and gives no calendar without a meeting date', () => {
    const ics = meetingCalendar(dana(), { thankYou: dues.thankYou, update: null }, now, checklistStrings.calendarText)!;
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(meetingCalendar({ ...dana(), scheduledAt: undefined }, dues, now, checklistStrings.calendarText)).toBeNull();
  });

  it('holds the two 3B7 reminders, with alarms and stable UIDs, before the meeting has a date', () => {
    const waiting = { ...dana(), scheduledAt: undefined };
    const threeB7 = { thankYou: null, update: null, tryAnother: new Date('2026-03-10T09:00:00.000Z'), chase: new Date('2026-03-16T09:00:00.000Z') };
    const ics = unfold(meetingCalendar(waiting, threeB7, now, checklistStrings.calendarText)!);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(2);
    expect(ics).toContain('SUMMARY:No reply from Dana Lee (Acme\\, Inc.)? Ask someone else too');
    expect(ics).toContain('SUMMARY:Follow up once with Dana Lee (Acme\\, Inc.)');
    expect(ics).toContain('DTEND:20260310T090000Z');
    expect(ics).toContain('DTEND:20260316T090000Z');
    expect(ics.match(/^UID:.*$/gm)).toEqual(['UID:m-1-3b7-try-another@coffee-chat', 'UID:m-1-3b7-follow-up@coffee-chat']);
    // Once the meeting is set, the file is the meeting and its follow-up, whatever 3B7 days are passed.
    expect(meetingCalendar(dana(), { ...dues, tryAnother: threeB7.tryAnother, chase: threeB7.chase }, now, checklistStrings.calendarText)).not.toContain('3b7');
  });

  it('keeps what the reader typed as text, escaped, even with line breaks and long names', () => {
    const m = { ...dana(), title: 'Line one\nLine two, with commas; and semicolons', contact: { name: 'Zoë 😀'.repeat(20), role: '', organization: '' } };
    const ics = meetingCalendar(m, dues, now, checklistStrings.calendarText)!;
    expect(unfold(ics)).toContain('DESCRIPTION:Line one\\nLine two\\, with commas\\; and semicolons');
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });
});

describe('calendarFileName', () => {
  it('makes a plain ASCII file name from the contact', () => {
    expect(calendarFileName(dana())).toBe('coffee-chat-dana-lee-acme-inc.ics');
    expect(calendarFileName({ ...dana(), title: '', contact: { name: '😀', role: '', organization: '' } })).toBe('coffee-chat.ics');
  });

  it('drops accents rather than splitting words on them, keeps other scripts, and never ends in a dash', () => {
    const named = (name: string, organization = '') => calendarFileName({ ...dana(), contact: { name, role: '', organization } });
    expect(named('Ōtsuka')).toBe('coffee-chat-otsuka.ics');
    expect(named('Zoë Nguyễn', 'Crédit Agricole')).toBe('coffee-chat-zoe-nguyen-credit-agricole.ics');
    expect(named('田中 さくら', 'ガーデン')).toBe('coffee-chat-田中-さくら-ガーデン.ics');
    expect(named('Jane 😀 Doe 🎉')).toBe('coffee-chat-jane-doe.ics');
    // Cut at 40 characters right after a separator: the dash goes too.
    const cut = named('Doe, Jane JJ', 'Back-U-Ni-Code-L-Ng Org Inc. Extra words');
    expect(cut).not.toMatch(/-\.ics$/);
    expect(cut).toBe('coffee-chat-doe-jane-jj-back-u-ni-code-l-ng-org-inc.ics');
  });
});

describe('3B7 reminders', () => {
  const threeB7 = { thankYou: null, update: null, tryAnother: new Date('2026-03-10T09:00:00.000Z'), chase: new Date('2026-03-16T09:00:00.000Z') };
  const waiting = (contact: { name: string; role: string; organization: string }) =>
    unfold(meetingCalendar({ ...dana(), title: 'My next coffee chat', scheduledAt: undefined, contact }, threeB7, now, checklistStrings.calendarText)!);

  it('never treat the meeting title as a person', () => {
    const ics = waiting({ name: '', role: '', organization: '' });
    expect(ics).not.toContain('from My next coffee chat');
    expect(ics).not.toContain('with My next coffee chat');
    expect(ics).toContain('SUMMARY:No reply to your request for “My next coffee chat”? Ask someone else too');
    expect(ics).toContain('SUMMARY:Follow up once on your request for “My next coffee chat”');
  });

  it('name the organization when there is no name', () => {
    expect(waiting({ name: '', role: '', organization: 'Acme' })).toContain('SUMMARY:No reply from Acme? Ask someone else too');
  });
});
