import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMeeting, isUntouched, LIMITS, uniqueTitle } from '../../src/lib/meeting';
import { checkTitle, parseMeeting, parseMeetings, parseMeetingsData, salvageMeetingsData } from '../../src/lib/meeting-validate';
import { CORRUPTIONS, fullMeeting, partlyCorruptArb } from './meeting-fixtures';
import { refused } from './refusal-words';

describe('parseMeeting', () => {
  it('accepts a meeting with every field filled and returns an equal copy', () => {
    const m = fullMeeting();
    const parsed = parseMeeting(m);
    expect(parsed).toEqual(m);
    expect(parsed).not.toBe(m);
  });

  it('accepts a fresh meeting from createMeeting', () => {
    const m = createMeeting();
    expect(parseMeeting(m)).toEqual(m);
  });

  it('drops fields it does not know, so imports cannot smuggle data in', () => {
    const parsed = parseMeeting({ ...fullMeeting(), extra: '<script>' }) as unknown as Record<string, unknown>;
    expect(parsed).not.toHaveProperty('extra');
  });

  it('leaves optional fields absent rather than undefined', () => {
    const parsed = parseMeeting(createMeeting());
    expect(Object.keys(parsed)).not.toContain('scheduledAt');
  });

  it.each([
    ['a title that is not text', { title: 5 }, 'meeting.title: must be text'],
    ['a title over the limit', { title: 'x'.repeat(LIMITS.title + 1) }, `meeting.title: must be at most ${LIMITS.title} characters`],
    ['a contact that is not an object', { contact: 'Ana' }, 'meeting.contact: must be an object'],
    ['a contact name over the limit', { contact: { name: 'x'.repeat(121), role: '', organization: '' } }, 'meeting.contact.name: must be at most 120 characters'],
    ['a length below the minimum', { lengthMinutes: 4 }, 'meeting.lengthMinutes: must be a whole number from 5 to 240'],
    ['a fractional length', { lengthMinutes: 20.5 }, 'meeting.lengthMinutes: must be a whole number from 5 to 240'],
    ['an unreadable date', { scheduledAt: 'next Tuesday' }, 'meeting.scheduledAt: must be a date and time (ISO 8601)'],
    ['an unreadable request day', { requestSentOn: '5 March' }, 'meeting.requestSentOn: must be a day (YYYY-MM-DD)'],
    ['a request day that does not exist', { requestSentOn: '2026-02-30' }, 'meeting.requestSentOn: must be a day (YYYY-MM-DD)'],
    ['an unreadable thank-you day', { thankYouSentOn: 'yesterday' }, 'meeting.thankYouSentOn: must be a day (YYYY-MM-DD)'],
    ['a connection over its limit', { connection: 'x'.repeat(LIMITS.connection + 1) }, `meeting.connection: must be at most ${LIMITS.connection} characters`],
    ['a draft of an unknown kind', { drafts: [{ kind: 'sonnet', subject: '', body: 'x', updatedAt: '2026-03-02T09:00:00.000Z' }] }, 'meeting.drafts[0].kind: must be a message kind'],
    ['a draft over its limit', { drafts: [{ kind: 'update', subject: '', body: 'x'.repeat(LIMITS.draftBody + 1), updatedAt: '2026-03-02T09:00:00.000Z' }] }, `meeting.drafts[0].body: must be at most ${LIMITS.draftBody} characters`],
    ['a negative introduction time', { introTake: { at: '2026-02-27T09:00:00.000Z', spokenSec: -1, durationSec: 3, pauses: 0, longestPauseSec: 0 } }, 'meeting.introTake.spokenSec: must be a number of 0 or more'],
    ['questions that are not a list', { questions: {} }, 'meeting.questions: must be a list'],
    ['notes over the limit', { notes: 'x'.repeat(LIMITS.meetingNotes + 1) }, 'meeting.notes: must be at most 5000 characters'],
    ['an empty id', { id: '' }, 'meeting.id: must not be empty'],
  ])('refuses %s, naming the field', (_, over, message) => {
    expect(refused(() => parseMeeting({ ...fullMeeting(), ...over }))).toMatch(message);
  });

  it('names the index of a bad question', () => {
    const m = fullMeeting();
    const questions = [...m.questions, { id: 'q2', text: 'Fine?', minutes: 16 }];
    expect(refused(() => parseMeeting({ ...m, questions }))).toMatch('meeting.questions[1].minutes: must be a whole number from 1 to 15');
  });

  it('refuses a checklist item in an unknown phase', () => {
    const m = fullMeeting();
    const checklist = [{ ...m.checklist[0], phase: 'later' }];
    expect(refused(() => parseMeeting({ ...m, checklist }))).toMatch('meeting.checklist[0].phase: must be one of before, day-of, after');
  });

  it('refuses a checklist item whose done is not a boolean', () => {
    const m = fullMeeting();
    expect(refused(() => parseMeeting({ ...m, checklist: [{ ...m.checklist[0], done: 'yes' }] }))).toMatch('meeting.checklist[0].done: must be true or false');
  });

  it('refuses a run segment with negative time', () => {
    const m = fullMeeting();
    const runs = [{ ...m.runs[0], segments: [{ label: 'x', plannedSec: 60, actualSec: -1 }] }];
    expect(refused(() => parseMeeting({ ...m, runs }))).toMatch('meeting.runs[0].segments[0].actualSec: must be a number of 0 or more');
  });
});

describe('parseMeetings', () => {
  it('names the meeting by index: meetings[2].title', () => {
    const list = [fullMeeting({ id: 'a' }), fullMeeting({ id: 'b' }), { ...fullMeeting({ id: 'c' }), title: null }];
    expect(refused(() => parseMeetings(list))).toMatch('meetings[2].title: must be text');
  });

  it('refuses repeated ids, because merging goes by id', () => {
    expect(refused(() => parseMeetings([fullMeeting(), fullMeeting()]))).toMatch('meetings[1].id: repeats the id of meetings[0]');
  });

  it('refuses something that is not a list', () => {
    expect(refused(() => parseMeetings({ meetings: [] }))).toMatch('meetings: must be a list');
  });
});

describe('parseMeetingsData', () => {
  it('accepts meetings with their deletion records', () => {
    const data = { meetings: [fullMeeting()], tombstones: [{ id: 'old', deletedAt: '2026-01-01T00:00:00.000Z' }] };
    expect(parseMeetingsData(data)).toEqual(data);
  });

  it('names a bad deletion record', () => {
    expect(refused(() => parseMeetingsData({ meetings: [], tombstones: [{ id: 'x', deletedAt: 'soon' }] }))).toMatch(
      'data.tombstones[0].deletedAt: must be a date and time (ISO 8601)',
    );
  });
});

describe('salvageMeetingsData', () => {
  const gone = { id: 'old', deletedAt: '2026-01-01T00:00:00.000Z' };

  it.each(Object.entries(CORRUPTIONS))('keeps the other meetings when one has %s, in their order', (_, corrupt) => {
    const a = fullMeeting({ id: 'a' });
    const c = fullMeeting({ id: 'c', title: 'Chat with Cy' });
    const r = salvageMeetingsData({ meetings: [a, corrupt(fullMeeting({ id: 'b' })), c], tombstones: [gone] });
    expect(r).toEqual({ data: { meetings: [a, c], tombstones: [gone] }, dropped: { meetings: 1, tombstones: 0 } });
  });

  it('drops an unreadable deletion record and keeps every meeting', () => {
    const r = salvageMeetingsData({ meetings: [fullMeeting()], tombstones: [{ id: 'x', deletedAt: 'soon' }, gone] });
    expect(r).toEqual({ data: { meetings: [fullMeeting()], tombstones: [gone] }, dropped: { meetings: 0, tombstones: 1 } });
  });

  it('keeps the first of two meetings with one id, the one parseMeetings accepts', () => {
    const r = salvageMeetingsData({ meetings: [fullMeeting({ title: 'first' }), fullMeeting({ title: 'second' })], tombstones: [] });
    expect(r.data.meetings.map((m) => m.title)).toEqual(['first']);
    expect(r.dropped.meetings).toBe(1);
  });

  it('returns what parseMeetingsData does, with nothing dropped, when everything validates', () => {
    const data = { meetings: [fullMeeting({ id: 'a' }), fullMeeting({ id: 'b' })], tombstones: [gone] };
    expect(salvageMeetingsData(data)).toEqual({ data: parseMeetingsData(data), dropped: { meetings: 0, tombstones: 0 } });
  });

  it.each([
    ['data that is not an object', [], 'data: must be an object'],
    ['meetings that are not a list', { meetings: { a: fullMeeting() }, tombstones: [] }, 'data.meetings: must be a list'],
    ['deletion records that are not a list', { meetings: [fullMeeting()] }, 'data.tombstones: must be a list'],
  ])('still refuses %s, like parseMeetingsData', (_, data, message) => {
    expect(refused(() => salvageMeetingsData(data))).toMatch(message);
    expect(refused(() => parseMeetingsData(data))).toMatch(message);
  });

  it('keeps exactly the meetings that were not corrupted, for any list and any corrupted subset (property)', () => {
    fc.assert(
      fc.property(partlyCorruptArb, ({ meetings, broken, stored }) => {
        const r = salvageMeetingsData({ meetings: stored, tombstones: [] });
        expect(r.data.meetings).toEqual(meetings.filter((_, i) => !broken[i]));
        expect(r.dropped.meetings).toBe(broken.filter(Boolean).length);
      }),
    );
  });
});

describe('checkTitle', () => {
  it('trims what the reader typed', () => {
    expect(checkTitle('  Chat with Ana  ')).toEqual({ title: 'Chat with Ana' });
  });

  it('refuses a title that is only spaces', () => {
    expect(checkTitle('   ')).toEqual({ problem: 'empty' });
  });

  it('accepts exactly the limit and refuses one more, never cutting', () => {
    expect(checkTitle('x'.repeat(LIMITS.title))).toEqual({ title: 'x'.repeat(LIMITS.title) });
    expect(checkTitle('x'.repeat(LIMITS.title + 1))).toEqual({ problem: 'too-long' });
  });
});

describe('uniqueTitle', () => {
  it('keeps a title no meeting has yet', () => {
    expect(uniqueTitle('Chat with Ana', ['My next coffee chat'])).toBe('Chat with Ana');
  });

  it('numbers a title that is taken, ignoring case and spaces at the ends', () => {
    expect(uniqueTitle('My next coffee chat', ['my next coffee chat '])).toBe('My next coffee chat (2)');
    expect(uniqueTitle('My next coffee chat', ['My next coffee chat', 'My next coffee chat (2)'])).toBe('My next coffee chat (3)');
  });

  it('stays within the title limit', () => {
    const long = 'x'.repeat(LIMITS.title);
    const title = uniqueTitle(long, [long]);
    expect(title).toHaveLength(LIMITS.title);
    expect(title.endsWith(' (2)')).toBe(true);
  });
});

describe('isUntouched', () => {
  const base = 'My next coffee chat';
  const item = { id: 'i', templateId: 't', text: 'Research', phase: 'before' as const, done: false };
  it('is true for a new meeting: its checklist is derived from the template, not stored', () => {
    expect(isUntouched(createMeeting({ title: base }), base)).toBe(true);
  });

  it.each([
    ['a date', { scheduledAt: '2026-03-10T15:00:00.000Z' }],
    ['the day they sent a request', { requestSentOn: '2026-03-05' }],
    ['how they are connected', { connection: 'fellow Temple alum' }],
    ['their interest', { interestNarrow: 'vaccine outreach' }],
    ['a thank-you day', { thankYouSentOn: '2026-03-05' }],
    ['a message draft', { drafts: [{ kind: 'cold-request' as const, subject: '', body: 'Hi', updatedAt: '2026-03-02T09:00:00.000Z' }] }],
    ['a rehearsed introduction', { introTake: { at: '2026-02-27T09:00:00.000Z', spokenSec: 30, durationSec: 33, pauses: 2, longestPauseSec: 1 } }],
    ['a name', { contact: { name: 'Ana', role: '', organization: '' } }],
    ['a question', { questions: [{ id: 'q', text: 'Why?', minutes: 2 }] }],
    ['a ticked item', { checklist: [{ ...item, done: true }] }],
    ['an item of their own', { checklist: [{ ...item, templateId: undefined }] }],
    ['any change to the checklist (which stores it)', { checklist: [item] }],
  ])('is false once the reader added %s', (_, partial) => {
    expect(isUntouched(createMeeting({ title: base, ...partial }), base)).toBe(false);
  });
});
