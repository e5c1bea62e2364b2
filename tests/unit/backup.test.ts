import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BACKUP_VERSION,
  MAX_BACKUP_BYTES,
  backupFileName,
  createBackup,
  needsBackupReminder,
  parseBackup,
  serializeBackup,
} from '../../src/lib/backup';
import { createMeeting, type Meeting } from '../../src/lib/meeting';
import { fullMeeting } from './meeting-fixtures';
import { mergeMeetings, summarizeImport } from '../../src/lib/merge';
import { refusalText } from './refusal-words';

const now = new Date('2026-03-20T10:00:00.000Z');
const at = (iso: string) => new Date(iso);

function meeting(id: string, updatedAt: string, extra: Partial<Meeting> = {}): Meeting {
  return createMeeting(
    {
      id,
      title: 'My next coffee chat',
      updatedAt,
      checklist: [{ id: `${id}-c1`, templateId: 'after-thank-you', text: 'Send a thank-you', phase: 'after', done: true, doneAt: updatedAt }],
      questions: [{ id: `${id}-q1`, text: 'How did you start?', minutes: 3 }],
      ...extra,
    },
    at('2026-03-01T00:00:00.000Z'),
  );
}

const text = (o: unknown) => JSON.stringify(o);
const sizeOf = (s: string) => new TextEncoder().encode(s).length;
const parse = (s: string) => parseBackup(s, sizeOf(s));

describe('serializeBackup and parseBackup', () => {
  it('reads back exactly what it wrote, questions, checklist and all', () => {
    const meetings = [meeting('a', '2026-03-02T00:00:00.000Z'), meeting('b', '2026-03-03T00:00:00.000Z', { scheduledAt: '2026-03-10T15:00:00.000Z' })];
    const result = parse(serializeBackup(meetings, now));
    expect(result).toEqual({ ok: true, meetings, exportedAt: now.toISOString() });
  });

  it('carries the spoken-practice numbers through a backup', () => {
    const meetings = [fullMeeting()];
    const result = parse(serializeBackup(meetings, now));
    expect(result).toEqual({ ok: true, meetings, exportedAt: now.toISOString() });
    const back = (result as { meetings: Meeting[] }).meetings[0]!;
    expect(back.introTake?.spokenSec).toBe(31.2);
    expect(back.questions[0]!.askedSec).toBe(4.6);
    expect(back.runs[0]!.speech?.questionsShare).toBe(0.28);
  });

  it('writes the versioned envelope', () => {
    expect(createBackup([], now)).toEqual({ app: 'coffee-chat', kind: 'backup', version: BACKUP_VERSION, exportedAt: '2026-03-20T10:00:00.000Z', meetings: [] });
    expect(backupFileName(now)).toBe('coffee-chat-backup-2026-03-20.json');
  });

  it('says a file is not JSON', () => {
    const r = parse('{"app": "coffee-chat", ');
    expect(r).toMatchObject({ ok: false, problem: 'not-json' });
    expect(refusalText(r)).toMatch(/not JSON/);
  });

  it('names the field when the shape is wrong', () => {
    const good = createBackup([meeting('a', '2026-03-02T00:00:00.000Z')], now);
    const cases: [unknown, RegExp][] = [
      [[1, 2], /the file must hold one object/],
      [{ ...good, app: 'other' }, /"app" must be "coffee-chat"/],
      [{ ...good, kind: 'settings' }, /"kind" must be "backup"/],
      [{ ...good, version: '1' }, /"version"/],
      [{ ...good, exportedAt: 'yesterday' }, /"exportedAt"/],
      [{ ...good, meetings: {} }, /"meetings" must be a list/],
      [{ ...good, meetings: [{ ...good.meetings[0], title: 7 }] }, /"meetings\[0\]\.title" must be text/],
      [{ ...good, meetings: [{ ...good.meetings[0], checklist: [{ id: 'x', text: 'y', phase: 'later', done: false }] }] }, /meetings\[0\]\.checklist\[0\]\.phase/],
    ];
    for (const [data, message] of cases) {
      const r = parse(text(data));
      expect(r.ok).toBe(false);
      expect(!r.ok && r.problem).toBe('shape');
      expect(refusalText(r)).toMatch(message);
    }
  });

  it('refuses a file over 5 MB before looking inside', () => {
    const r = parseBackup(serializeBackup([], now), MAX_BACKUP_BYTES + 1);
    expect(r).toMatchObject({ ok: false, problem: 'too-large' });
    expect(refusalText(r)).toMatch(/too large \(5\.0 MB\)/);
  });

  it('refuses a backup from a newer version and says to reload', () => {
    const r = parse(text({ ...createBackup([], now), version: BACKUP_VERSION + 1 }));
    expect(r).toMatchObject({ ok: false, problem: 'future-version' });
    expect(refusalText(r)).toMatch(/newer version/);
  });

  it('still reads a backup from before request days existed (format 1)', () => {
    const m = createMeeting({ id: 'old', title: 'Chat with Ana' }, now);
    const r = parse(text({ ...createBackup([m], now), version: 1 }));
    expect(r).toMatchObject({ ok: true, meetings: [m] });
  });

  it('refuses more than 1,000 meetings', () => {
    const many = Array.from({ length: 1001 }, (_, i) => meeting(`m${i}`, '2026-03-02T00:00:00.000Z'));
    expect(parse(serializeBackup(many, now))).toMatchObject({ ok: false, problem: 'too-many' });
    expect(parse(serializeBackup(many.slice(0, 1000), now)).ok).toBe(true);
  });

  it('never throws, whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => text({ app: 'coffee-chat', kind: 'backup', version: 1, exportedAt: now.toISOString(), meetings: v }))), (s) => {
        const r = parse(s);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(refusalText(r).length).toBeGreaterThan(10);
      }),
    );
  });
});

describe('importing a backup', () => {
  it('previews "2 new, 1 newer than yours" and merging keeps every meeting in its newest version', () => {
    const mine = [meeting('a', '2026-03-05T00:00:00.000Z', { title: 'mine A' }), meeting('keep', '2026-03-05T00:00:00.000Z')];
    const file = [
      meeting('a', '2026-03-06T00:00:00.000Z', { title: 'backup A' }),
      meeting('b', '2026-03-02T00:00:00.000Z'),
      meeting('c', '2026-03-02T00:00:00.000Z'),
    ];
    const parsed = parse(serializeBackup(file, now));
    if (!parsed.ok) throw new Error(refusalText(parsed));
    expect(summarizeImport(mine, parsed.meetings)).toEqual({ added: 2, newer: 1, older: 0, same: 0 });
    const merged = mergeMeetings(mine, parsed.meetings);
    expect(merged.map((m) => [m.id, m.title])).toEqual([
      ['a', 'backup A'],
      ['keep', 'My next coffee chat'],
      ['b', 'My next coffee chat'],
      ['c', 'My next coffee chat'],
    ]);
  });

  it('does not let an older copy in the file overwrite newer work', () => {
    const mine = [meeting('a', '2026-03-09T00:00:00.000Z', { title: 'newer here' })];
    const file = [meeting('a', '2026-03-01T00:00:00.000Z', { title: 'old' })];
    expect(summarizeImport(mine, file)).toEqual({ added: 0, newer: 0, older: 1, same: 0 });
    expect(mergeMeetings(mine, file)[0].title).toBe('newer here');
  });
});

describe('needsBackupReminder', () => {
  const old = meeting('a', '2026-03-10T00:00:00.000Z'); // created 1 March, edited since

  it('reminds when work older than 7 days was never exported', () => {
    expect(needsBackupReminder([old], null, now)).toBe(true);
  });

  it('stays quiet after a backup that holds the latest changes', () => {
    expect(needsBackupReminder([old], '2026-03-11T00:00:00.000Z', now)).toBe(false);
    expect(needsBackupReminder([old], '2026-03-09T00:00:00.000Z', now)).toBe(true);
  });

  it('stays quiet for recent work and for untouched meetings', () => {
    expect(needsBackupReminder([old], null, at('2026-03-05T00:00:00.000Z'))).toBe(false);
    const untouched = createMeeting({ id: 'u' }, at('2026-01-01T00:00:00.000Z'));
    expect(needsBackupReminder([untouched], null, now)).toBe(false);
  });
});
