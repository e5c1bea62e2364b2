import { describe, expect, it } from 'vitest';
import { buildAgenda } from '../../src/lib/agenda';
import { agendaData } from './timer-fixtures';
import { runSegments } from '../../src/lib/run-summary';
import { fromDateTimeLocal, zonedToInstant } from '../../src/lib/zoned-time';
import { createMeeting, isDefaultTitle, isUntouched } from '../../src/lib/meeting';
import { parseMeeting } from '../../src/lib/meeting-validate';

describe('a practice run of a long question', () => {
  it('is stored data that reads back, so saving it can never make the meetings unreadable', () => {
    const text = `${'Could you walk me through how your team decides what to build next, '.repeat(4)}?`.slice(0, 300);
    const meeting = createMeeting({ questions: [{ id: 'q1', text, minutes: 3 }] });
    const { plan } = buildAgenda(meeting, agendaData);
    const start = Date.parse('2026-05-01T10:00:00.000Z');
    const events = [{ type: 'start' as const, at: start }, { type: 'finish' as const, at: start + 20 * 60_000 }];
    const run = { id: 'r1', startedAt: '2026-05-01T10:00:00.000Z', endedAt: '2026-05-01T10:20:00.000Z', segments: runSegments(plan, events, start + 20 * 60_000) };
    expect(run.segments.some((s) => s.label.length > 120)).toBe(true);
    expect(() => parseMeeting({ ...meeting, runs: [run] })).not.toThrow();
  });
});

describe('which meetings count as untouched', () => {
  it('a renamed meeting or one with its length changed is the reader\'s own', () => {
    const base = 'My next coffee chat';
    expect(isUntouched(createMeeting({ title: base }), base)).toBe(true);
    expect(isUntouched(createMeeting({ title: 'My next coffee chat (2)' }), base)).toBe(true);
    expect(isUntouched(createMeeting({ title: 'Interview with Sam at Acme' }), base)).toBe(false);
    expect(isUntouched(createMeeting({ title: base, lengthMinutes: 45 }), base)).toBe(false);
    // The name is the caller's: the same meeting is the reader's own under another base.
    expect(isUntouched(createMeeting({ title: base }), 'Ma prochaine rencontre')).toBe(false);
  });
  it('knows the default title, numbered or not, and nothing else', () => {
    expect(isDefaultTitle('My next coffee chat', 'My next coffee chat')).toBe(true);
    expect(isDefaultTitle('My next coffee chat (12)', 'My next coffee chat')).toBe(true);
    expect(isDefaultTitle('My next coffee chat with Sam', 'My next coffee chat')).toBe(false);
    expect(isDefaultTitle('My next coffee chat (x)', 'My next coffee chat')).toBe(false);
  });
});

describe('wall-clock times at the autumn clock change', () => {
  it('takes the first of the two 02:30s in Berlin (CEST, UTC+2)', () => {
    expect(zonedToInstant({ year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, 'Europe/Berlin').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });
  it('takes the first of the two 01:30s in New York (EDT, UTC-4)', () => {
    expect(zonedToInstant({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });
  it('refuses a half-typed year instead of reading 0050 as 1950', () => {
    expect(fromDateTimeLocal('0050-06-01T10:00', 'UTC')).toBeNull();
    expect(fromDateTimeLocal('2026-06-01T10:00', 'UTC')).toBe('2026-06-01T10:00:00.000Z');
  });
});
