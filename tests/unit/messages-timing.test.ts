import { describe, expect, it } from 'vitest';
import { checkFollowUpTiming, checkThankYouTiming, checkUpdateTiming, checkMessage, DEFAULT_MESSAGE_LIMITS } from '../../src/lib/messages';

const L = DEFAULT_MESSAGE_LIMITS;

describe('follow-up timing (3B7)', () => {
  // Request sent Tuesday 2026-03-03: 7 business days later is Thursday 2026-03-12.
  const ny = { timeZone: 'America/New_York', requestSentOn: '2026-03-03' };

  it('is too early on the sixth business day and says from when', () => {
    const [f] = checkFollowUpTiming(ny, 7, new Date('2026-03-11T22:00:00Z'));
    expect(f).toMatchObject({ id: 'follow-up-too-early', dueDay: '2026-03-12', businessDays: 7 });
  });

  it('is fine from the morning of the seventh business day, in the reader zone', () => {
    expect(checkFollowUpTiming(ny, 7, new Date('2026-03-12T05:00:00Z'))).toEqual([]); // 1 a.m. in New York
  });

  it('counts the day in the reader zone: late Wednesday in Los Angeles is already Thursday in UTC', () => {
    const la = { timeZone: 'America/Los_Angeles', requestSentOn: '2026-03-03' };
    expect(checkFollowUpTiming(la, 7, new Date('2026-03-12T06:30:00Z'))[0]).toMatchObject({ id: 'follow-up-too-early' });
    expect(checkFollowUpTiming({ ...la, timeZone: 'UTC' }, 7, new Date('2026-03-12T06:30:00Z'))).toEqual([]);
  });

  it('skips weekends and crosses the daylight-saving change without moving a day', () => {
    // Friday 2026-03-06 + 7 business days = Tuesday 2026-03-17 (clocks change on 2026-03-08).
    const [f] = checkFollowUpTiming({ timeZone: 'America/New_York', requestSentOn: '2026-03-06' }, 7, new Date('2026-03-16T15:00:00Z'));
    expect(f).toMatchObject({ id: 'follow-up-too-early', dueDay: '2026-03-17' });
  });

  it('only once, and not when the meeting is already set', () => {
    expect(checkFollowUpTiming({ ...ny, followUpSentOn: '2026-03-12' }, 7, new Date('2026-03-20T12:00:00Z'))).toEqual([
      { id: 'follow-up-already-sent', sentOn: '2026-03-12' },
    ]);
    expect(checkFollowUpTiming({ ...ny, scheduledAt: '2026-03-20T15:00:00Z' }, 7, new Date('2026-03-20T12:00:00Z'))).toEqual([
      { id: 'follow-up-not-needed' },
    ]);
  });

  it('says what it needs when the request day is missing or not a real day', () => {
    const note = [{ id: 'timing-unknown', needs: 'request-sent-on' }];
    expect(checkFollowUpTiming({ timeZone: 'UTC' }, 7, new Date())).toEqual(note);
    expect(checkFollowUpTiming({ timeZone: 'UTC', requestSentOn: '2026-02-30' }, 7, new Date())).toEqual(note);
  });

  it('reports a missing date as a note, not a flag', () => {
    const r = checkMessage('follow-up', { subject: 'Re: hi', body: 'Hi Maria,\nJust checking in about 20 minutes.' }, { timeZone: 'UTC', lengthMinutes: 20 }, L, new Date());
    expect(r.flags.map((f) => f.id)).not.toContain('timing-unknown');
    expect(r.notes).toContainEqual({ id: 'timing-unknown', needs: 'request-sent-on' });
    expect(r.results.find((x) => x.check === 'timing')?.status).toBe('note');
  });
});

describe('thank-you timing', () => {
  const meeting = { timeZone: 'Europe/Berlin', scheduledAt: '2026-10-24T15:00:00Z' };

  it('is fine within 24 hours, even across the autumn clock change', () => {
    // 24 real hours, though the wall clock in Berlin moves 23.
    expect(checkThankYouTiming(meeting, 24, new Date('2026-10-25T14:59:00Z'))).toEqual([]);
  });

  it('is late after 24 hours and says how late', () => {
    expect(checkThankYouTiming(meeting, 24, new Date('2026-10-26T15:00:00Z'))).toEqual([{ id: 'thank-you-late', hoursSince: 48, limit: 24 }]);
  });

  it('waits for the meeting', () => {
    expect(checkThankYouTiming(meeting, 24, new Date('2026-10-24T14:00:00Z'))[0]).toMatchObject({ id: 'thank-you-before-meeting' });
  });

  it('needs a valid meeting date', () => {
    expect(checkThankYouTiming({ timeZone: 'UTC', scheduledAt: 'soon' }, 24, new Date())).toEqual([{ id: 'timing-unknown', needs: 'meeting-date' }]);
  });
});

describe('update timing', () => {
  it('waits about two weeks, counted in calendar days in the reader zone', () => {
    const m = { timeZone: 'Asia/Kolkata', scheduledAt: '2026-03-01T04:30:00Z' }; // 10:00 in India, 1 March
    expect(checkUpdateTiming(m, 14, new Date('2026-03-14T17:00:00Z'))[0]).toMatchObject({ id: 'update-too-early', dueDay: '2026-03-15', days: 14 });
    expect(checkUpdateTiming(m, 14, new Date('2026-03-14T19:00:00Z'))).toEqual([]); // past midnight on the 15th in India
  });
});
