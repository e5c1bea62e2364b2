import { describe, expect, it } from 'vitest';
import { TOOLS } from '../../src/content/house-numbers';
import { BACKUP_REMINDER_DAYS, MAX_BACKUP_MEETINGS } from '../../src/lib/backup';
import {
  damagedCopiesOf,
  MAX_DAMAGED_COPIES,
  BACKUP_NUDGE_DAYS,
  backupReminderDue,
  boundTombstones,
  canAddMeeting,
  canAddRun,
  changeMatters,
  MAX_MEETINGS,
  MAX_RUNS_PER_MEETING,
  MAX_TOMBSTONES,
  runUnderWay,
} from '../../src/lib/data-care';
import { byteSize, damagedCopy, damagedFileName, keyKind, readMeetingsCopy, utf8Bytes } from '../../src/lib/data-inventory';
import { strings as dataStrings } from '../../src/components/data/strings';
import { fullMeeting } from './meeting-fixtures';

const DAY = 24 * 3_600_000;
const created = '2026-02-01T09:00:00.000Z';
const edited = (at: string, id = 'm1') => fullMeeting({ id, createdAt: created, updatedAt: at });
const day = (n: number) => new Date(Date.parse(created) + n * DAY);

describe('changeMatters: which change asks the browser to keep storage', () => {
  const m = fullMeeting();
  it('a question list, a ticked item or a saved run matters', () => {
    expect(changeMatters(m, { ...m, questions: [...m.questions, { id: 'q2', text: 'Why?', minutes: 2 }] })).toBe(true);
    expect(changeMatters(m, { ...m, checklist: m.checklist.map((i) => ({ ...i, done: false })) })).toBe(true);
    expect(changeMatters(m, { ...m, runs: [...m.runs, m.runs[0]!] })).toBe(true);
  });
  it('a rename, a date or a length does not', () => {
    expect(changeMatters(m, { ...m, title: 'New name' })).toBe(false);
    expect(changeMatters(m, { ...m, scheduledAt: '2026-04-01T10:00:00.000Z', lengthMinutes: 30 })).toBe(false);
  });
});

describe('backupReminderDue: the meeting bar reminder', () => {
  const base = { lastBackupAt: null, lastRemindedAt: null, running: false };
  it('uses the house number (14 days), not the panel’s Safari window (7)', () => {
    expect(BACKUP_NUDGE_DAYS).toBe(TOOLS.backupReminderDays);
    expect(BACKUP_NUDGE_DAYS).toBe(14);
    expect(BACKUP_REMINDER_DAYS).toBe(7);
  });
  it('is due 14 days after the first unsaved work, not a day before', () => {
    const meetings = [edited(day(1).toISOString())];
    expect(backupReminderDue({ ...base, meetings, now: day(13.9) })).toBe(false);
    expect(backupReminderDue({ ...base, meetings, now: day(14) })).toBe(true);
  });
  it('counts from the last backup, and only when something changed since', () => {
    const meetings = [edited(day(20).toISOString())];
    const lastBackupAt = day(10).toISOString();
    expect(backupReminderDue({ ...base, meetings, lastBackupAt, now: day(23) })).toBe(false);
    expect(backupReminderDue({ ...base, meetings, lastBackupAt, now: day(24) })).toBe(true);
    expect(backupReminderDue({ ...base, meetings, lastBackupAt: day(21).toISOString(), now: day(60) })).toBe(false);
  });
  it('never for untouched meetings, never during a run, at most once a day', () => {
    expect(backupReminderDue({ ...base, meetings: [fullMeeting({ createdAt: created, updatedAt: created })], now: day(30) })).toBe(false);
    const meetings = [edited(day(1).toISOString())];
    expect(backupReminderDue({ ...base, meetings, running: true, now: day(30) })).toBe(false);
    const lastRemindedAt = day(30).toISOString();
    expect(backupReminderDue({ ...base, meetings, lastRemindedAt, now: new Date(day(30).getTime() + 23 * 3_600_000) })).toBe(false);
    expect(backupReminderDue({ ...base, meetings, lastRemindedAt, now: day(31) })).toBe(true);
  });
  it('a garbled or future "last reminded" time does not silence it for ever', () => {
    const meetings = [edited(day(1).toISOString())];
    expect(backupReminderDue({ ...base, meetings, lastRemindedAt: 'garbage', now: day(30) })).toBe(true);
    expect(backupReminderDue({ ...base, meetings, lastRemindedAt: day(300).toISOString(), now: day(30) })).toBe(true);
  });
});

describe('runUnderWay: read from the timer record’s text', () => {
  const rec = (events: unknown) => JSON.stringify({ v: 1, data: { events } });
  it('started and not finished is under way', () => {
    expect(runUnderWay(rec([{ type: 'start', at: 1 }, { type: 'pause', at: 2 }]))).toBe(true);
    expect(runUnderWay(rec([{ type: 'start', at: 1 }, { type: 'finish', at: 2 }]))).toBe(false);
    expect(runUnderWay(rec([]))).toBe(false);
  });
  it('nothing, garbage or a wrong shape is not', () => {
    for (const raw of [undefined, null, '', 'not json', '{"v":1}', 'null', rec('x')]) expect(runUnderWay(raw)).toBe(false);
  });
});

describe('growth bound: runs per meeting', () => {
  it('is far above years of practice and stops at the bound', () => {
    expect(MAX_RUNS_PER_MEETING).toBeGreaterThanOrEqual(365 * 2);
    expect(canAddRun({ runs: new Array(MAX_RUNS_PER_MEETING - 1) })).toBe(true);
    expect(canAddRun({ runs: new Array(MAX_RUNS_PER_MEETING) })).toBe(false);
  });
});

describe('growth bound: meetings and deletions', () => {
  it('keeps no more meetings than a backup can hold, so every set can be backed up and imported whole', () => {
    expect(MAX_MEETINGS).toBe(MAX_BACKUP_MEETINGS);
    expect(canAddMeeting(MAX_MEETINGS - 1)).toBe(true);
    expect(canAddMeeting(MAX_MEETINGS)).toBe(false);
  });
  it('remembers the newest deletions only, past the bound', () => {
    const list = Array.from({ length: MAX_TOMBSTONES + 5 }, (_, i) => ({ id: `t${i}`, deletedAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString() }));
    const kept = boundTombstones(list);
    expect(kept).toHaveLength(MAX_TOMBSTONES);
    expect(kept.map((t) => t.id)).not.toContain('t0');
    expect(kept.map((t) => t.id)).toContain(`t${MAX_TOMBSTONES + 4}`);
    expect(boundTombstones(list.slice(0, 3))).toEqual(list.slice(0, 3));
  });
});

describe('data inventory', () => {
  it('tells our keys apart and ignores others', () => {
    expect(keyKind('coffee-chat:meetings')).toBe('meetings');
    expect(keyKind('coffee-chat:timer-run')).toBe('draft');
    expect(keyKind('coffee-chat:backup-meta')).toBe('setting');
    expect(keyKind('coffee-chat:timer-settings')).toBe('setting');
    expect(keyKind('coffee-chat:meetings:damaged:2026-03-01T10:00:00.000Z')).toBe('damaged');
    expect(keyKind('coffee-chat:meetings:damaged:2026-03-01T10:00:00.000Z-2')).toBe('damaged');
    expect(keyKind('theme')).toBeNull();
    expect(keyKind('other:coffee-chat:meetings')).toBeNull();
  });
  it('lists a damaged copy with its date, UTF-8 size and a safe file name', () => {
    const c = damagedCopy('coffee-chat:meetings:damaged:2026-03-01T10:00:00.000Z-2', 'é☕😀');
    expect(c).toMatchObject({ store: 'meetings', bytes: 2 + 3 + 4 });
    expect(c!.at.toISOString()).toBe('2026-03-01T10:00:00.000Z');
    expect(damagedFileName(c!)).toBe('coffee-chat-meetings-damaged-2026-03-01T10-00-00-000Z-2.txt');
    expect(damagedCopy('coffee-chat:meetings', 'x')).toBeNull();
  });
  it('sizes in words', () => {
    expect(utf8Bytes('abc')).toBe(3);
    const words = (bytes: number) => dataStrings.bytes(byteSize(bytes));
    expect(words(1)).toBe('1 byte');
    expect(words(300)).toBe('300 bytes');
    expect(words(2048)).toBe('2 KB');
    expect(words(3 * 1024 * 1024)).toBe('3.0 MB');
    expect(words(1.44 * 1024 * 1024)).toBe('1.4 MB');
    expect(words(10 * 1024 ** 3)).toBe('10 GB');
    expect(byteSize(1023)).toEqual({ value: 1023, unit: 'B' });
  });
});

describe('readMeetingsCopy: what a damaged copy still holds', () => {
  const good = fullMeeting({ id: 'a' });
  const bad = { ...fullMeeting({ id: 'b' }), title: 42 };
  const env = (data: unknown, v = 2) => JSON.stringify({ v, data });
  it('keeps the readable meetings and counts the rest', () => {
    const r = readMeetingsCopy(env({ meetings: [good, bad], tombstones: [] }), 2, { 2: (d) => d });
    expect(r).toEqual({ ok: true, meetings: [good], dropped: 1 });
  });
  it('migrates an older envelope and reads one without tombstones', () => {
    const r = readMeetingsCopy(env({ meetings: [good] }, 1), 2, { 2: (d) => d });
    expect(r).toEqual({ ok: true, meetings: [good], dropped: 0 });
  });
  it('says why when nothing can be read', () => {
    expect(readMeetingsCopy('{"v":1,"data":', 2, {})).toEqual({ ok: false, problem: 'not-json' });
    expect(readMeetingsCopy(env({ meetings: [] }, 9), 2, {})).toEqual({ ok: false, problem: 'newer' });
    expect(readMeetingsCopy(env({ events: [] }), 2, {})).toEqual({ ok: false, problem: 'no-meetings' });
    expect(readMeetingsCopy('[1,2]', 2, {})).toEqual({ ok: false, problem: 'no-meetings' });
  });
});

describe('damaged copies per store', () => {
  it('counts only the copies of the given key, numbered ones included', () => {
    const keys = [
      'coffee-chat:meetings',
      'coffee-chat:meetings:damaged:2026-01-01T09:00:00.000Z',
      'coffee-chat:meetings:damaged:2026-01-01T09:00:00.000Z-2',
      'coffee-chat:timer-run:damaged:2026-01-02T09:00:00.000Z',
      'other:coffee-chat:meetings:damaged:2026-01-03T09:00:00.000Z',
    ];
    expect(damagedCopiesOf(keys, 'coffee-chat:meetings')).toBe(2);
    expect(damagedCopiesOf(keys, 'coffee-chat:timer-run')).toBe(1);
    expect(damagedCopiesOf([], 'coffee-chat:meetings')).toBe(0);
  });

  it('keeps a bound no reader reaches by normal use, a copy being made only for unreadable data', () => {
    expect(MAX_DAMAGED_COPIES).toBeGreaterThanOrEqual(10);
    expect(MAX_DAMAGED_COPIES).toBeLessThanOrEqual(100);
  });
});
