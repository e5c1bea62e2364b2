/**
 * A minimal RFC 5545 writer for one meeting and its follow-up reminders. Hand-written: the
 * calendar libraries on npm are 10–40 KB and we need four properties' worth of the format.
 */
import type { Meeting } from './meeting';
import { fileSlug } from './file-name';
import { meetingWho, requestedOf } from './who';

export interface IcsAlarm {
  /** A DURATION relative to the event start, e.g. "-PT30M". */
  trigger: string;
  description: string;
}

export interface IcsEvent {
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  alarms?: IcsAlarm[];
}

export const PRODID = '-//Coffee Chat//Prep checklist 1.0//EN';
const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks; drops other control characters. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, '');
}

/** Folds a content line into chunks of at most 75 octets, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const chunks: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      chunks.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1; // the leading space of a continuation line counts
    }
    current += ch;
    octets += size;
  }
  chunks.push(current);
  return chunks.join(`${CRLF} `);
}

/** A UTC DATE-TIME value: 20260310T150000Z. */
export function formatUtc(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The lines of one VEVENT with its alarms. */
function eventLines(e: IcsEvent, stamp: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(e.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${formatUtc(e.start)}`,
    `DTEND:${formatUtc(e.end)}`,
    `SUMMARY:${escapeText(e.summary)}`,
  ];
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  for (const a of e.alarms ?? []) {
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:${a.trigger}`, `DESCRIPTION:${escapeText(a.description)}`, 'END:VALARM');
  }
  lines.push('END:VEVENT');
  return lines;
}

/** A complete VCALENDAR with CRLF line endings, folded lines and a final CRLF. */
export function buildCalendar(events: IcsEvent[], now: Date): string {
  const stamp = formatUtc(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flatMap((e) => eventLines(e, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** Words used in the calendar file (the checklist's strings.ts gives them). */
export interface CalendarText {
  meeting: (who: string) => string;
  meetingAlarm: string;
  thankYou: (who: string) => string;
  /** The thank-you reminder when no contact name is set, by the meeting's title. */
  thankYouAfter: (title: string) => string;
  thankYouDetail: string;
  update: (who: string) => string;
  /** The update reminder when no contact name is set, by the meeting's title. */
  updateAfter: (title: string) => string;
  updateDetail: string;
  /** 3B7, three business days after a request with no reply. */
  tryAnother: (who: string) => string;
  /** The same when no person or organization is set, by the meeting's title. */
  tryAnotherAfter: (title: string) => string;
  tryAnotherDetail: string;
  /** 3B7, seven business days after a request with no reply. */
  chase: (who: string) => string;
  /** The same when no person or organization is set, by the meeting's title. */
  chaseAfter: (title: string) => string;
  chaseDetail: string;
}

export interface FollowUpDues {
  thankYou: Date | null;
  update: Date | null;
  /** The 3B7 days, while a request waits for an answer (no meeting date yet). */
  tryAnother?: Date | null;
  chase?: Date | null;
}

/**
 * The meeting's calendar: the meeting itself with a 30-minute alarm, and a 30-minute reminder
 * event ending at each follow-up's due time with an alarm at its start. Before the meeting has a
 * date, the 3B7 reminders for an unanswered request instead. Null when there is nothing to put in.
 */
export function meetingCalendar(
  m: Meeting,
  dues: FollowUpDues,
  now: Date,
  text: CalendarText,
): string | null {
  const who = meetingWho(m);
  // Reminders name the person; without a name, "Send a thank-you to My next coffee chat" reads
  // wrong, so they name the meeting instead.
  const name = m.contact.name.trim();
  const title = m.title.trim() || who;
  const events: IcsEvent[] = [];
  const reminder = (kind: string, due: Date | null | undefined, summary: string, description: string) => {
    if (!due) return;
    events.push({
      uid: `${m.id}-${kind}@coffee-chat`,
      start: new Date(due.getTime() - 30 * 60_000),
      end: due,
      summary,
      description,
      alarms: [{ trigger: '-PT0M', description: summary }],
    });
  };
  if (!m.scheduledAt || Number.isNaN(Date.parse(m.scheduledAt))) {
    // Never the title as if it were a person: "No reply from My next coffee chat?" reads wrong.
    const asked = requestedOf(m) ? who : '';
    reminder('3b7-try-another', dues.tryAnother, asked ? text.tryAnother(asked) : text.tryAnotherAfter(title), text.tryAnotherDetail);
    reminder('3b7-follow-up', dues.chase, asked ? text.chase(asked) : text.chaseAfter(title), text.chaseDetail);
    return events.length ? buildCalendar(events, now) : null;
  }
  const start = new Date(m.scheduledAt);
  events.push({
    uid: `${m.id}-meeting@coffee-chat`,
    start,
    end: new Date(start.getTime() + m.lengthMinutes * 60_000),
    summary: text.meeting(who),
    description: m.title,
    alarms: [{ trigger: '-PT30M', description: text.meetingAlarm }],
  });
  reminder('thank-you', dues.thankYou, name ? text.thankYou(name) : text.thankYouAfter(title), text.thankYouDetail);
  reminder('update', dues.update, name ? text.update(name) : text.updateAfter(title), text.updateDetail);
  return buildCalendar(events, now);
}

/** A safe file name for the download, e.g. "coffee-chat-dana-lee.ics" (lib/file-name.ts). */
export function calendarFileName(m: Meeting): string {
  const slug = fileSlug(meetingWho(m));
  return `coffee-chat${slug ? `-${slug}` : ''}.ics`;
}
