/**
 * Fault matrix rows that the per-feature tests did not cover: huge and crowded import files,
 * text at and past every field's limit, emoji and right-to-left text through every way data
 * leaves or enters (storage, share links, backups, calendar files, Markdown), and "no stored
 * data is ever lost" as a property of the guarded store, and of the meetings store when only some
 * meetings are unreadable. See README "What happens when things go wrong".
 */
import fc from 'fast-check';
import { cleanStores, keepMount, type WritableAtom } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { strings as checklistStrings } from '../../src/components/checklist/strings';
import { checkBackupSize, MAX_BACKUP_BYTES, MAX_BACKUP_MEETINGS, parseBackup, serializeBackup } from '../../src/lib/backup';
import { checkItemText } from '../../src/lib/checklist';
import { meetingCalendar } from '../../src/lib/ics';
import { createMeeting, LIMITS, type Meeting } from '../../src/lib/meeting';
import { checkTitle, parseMeeting } from '../../src/lib/meeting-validate';
import { mergeMeetings } from '../../src/lib/merge';
import { toMarkdown, toPlainText, type ExportLabels } from '../../src/lib/question-export';
import { notesFit } from '../../src/lib/run-summary';
import { decodeShare, encodeShare } from '../../src/lib/share-link';
import { encodeEnvelope } from '../../src/lib/storage-envelope';
import { persistentEnvelope } from '../../src/stores/persist';
import { $storageStatus, resetStorageStatus } from '../../src/stores/storage-status';
import { installFakeStorage } from './fake-storage';
import { fullMeeting, partlyCorruptArb } from './meeting-fixtures';
import { refused, refusalText } from './refusal-words';

const NOW = new Date('2026-05-01T12:00:00.000Z');
const MB = 1024 * 1024;
const sizeOf = (s: string) => new TextEncoder().encode(s).length;

/** Text a reader might type: Arabic and Hebrew (right to left), emoji with skin tones and ZWJ, combining marks, mixed direction. */
const WORLD = {
  arabic: 'مقابلة مع سارة حول علم البيانات',
  hebrew: 'שיחה עם דנה על עיצוב מוצר',
  emoji: 'Coffee ☕ with 👩🏽‍💻 and 🇯🇵 friends 🙂',
  combining: 'Zoë Ångström — Ñandú',
  mixed: 'Ask سارة about “data” 📊 then שלום',
};

describe('an import file of 50 MB', () => {
  const big = `{"app":"coffee-chat","kind":"backup","version":1,"exportedAt":"2026-01-01T00:00:00Z","meetings":[${'"x",'.repeat((50 * MB) / 4 - 40)}"x"]}`;

  it('is refused by its size alone, before the file is read', () => {
    const r = checkBackupSize(50 * MB);
    expect(r).toMatchObject({ ok: false, problem: 'too-large' });
    expect(refusalText(r)).toBe('This file is too large (50.0 MB). A Coffee Chat backup is at most 5 MB.');
  });

  it('is refused before parsing even when the caller passes the text with a wrong size', () => {
    expect(big.length).toBeGreaterThan(49 * MB);
    const parse = vi.spyOn(JSON, 'parse');
    const started = performance.now();
    const r = parseBackup(big, 0);
    expect(performance.now() - started).toBeLessThan(200);
    expect(parse).not.toHaveBeenCalled();
    expect(r).toMatchObject({ ok: false, problem: 'too-large' });
    expect(refusalText(r)).toMatch(/too large \(\d+\.\d MB\)\. A Coffee Chat backup is at most 5 MB\./);
  });
});

describe('an import file with 10,000 meetings', () => {
  it('is refused with the count and the limit, without checking each meeting', () => {
    // Minimal meetings so the file stays under 5 MB and the count, not the size, is what refuses it.
    const many = Array.from({ length: 10_000 }, (_, i) => ({ id: `m${i}` }));
    const text = JSON.stringify({ app: 'coffee-chat', kind: 'backup', version: 1, exportedAt: NOW.toISOString(), meetings: many });
    expect(sizeOf(text)).toBeLessThan(MAX_BACKUP_BYTES);
    const started = performance.now();
    const r = parseBackup(text, sizeOf(text));
    expect(performance.now() - started).toBeLessThan(500);
    expect(r).toEqual({ ok: false, problem: 'too-many', count: 10_000, max: MAX_BACKUP_MEETINGS });
    expect(refusalText(r)).toBe(`This backup holds 10000 meetings; at most ${MAX_BACKUP_MEETINGS} can be imported.`);
  });

  it('of full meetings is refused for its size with a plain message', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => fullMeeting({ id: `m${i}` }));
    const text = serializeBackup(many, NOW);
    const r = parseBackup(text, sizeOf(text));
    expect(r).toMatchObject({ ok: false, problem: 'too-large' });
    expect(refusalText(r)).toMatch(/^This file is too large \(\d+\.\d MB\)\./);
  });
});

describe('very long text in every field', () => {
  const long = (n: number) => 'ل'.repeat(n + 1); // one over the limit, in a right-to-left script

  it('every field accepts exactly its limit and refuses one more, never cutting', () => {
    expect(checkTitle(long(LIMITS.title - 1))).toEqual({ title: long(LIMITS.title - 1) });
    expect(checkTitle(long(LIMITS.title))).toEqual({ problem: 'too-long' });
    expect(checkItemText(long(LIMITS.checklistText))).toEqual({ ok: false, error: 'too-long' });
    expect(checkItemText(long(LIMITS.checklistText - 1))).toEqual({ ok: true, value: long(LIMITS.checklistText - 1) });
    expect(notesFit(long(LIMITS.runNotes))).toBe(false);
    expect(notesFit(long(LIMITS.runNotes - 1))).toBe(true);
  });

  it.each([
    ['title', (m: Meeting) => ({ ...m, title: long(LIMITS.title) }), 'meeting.title'],
    ['contact name', (m: Meeting) => ({ ...m, contact: { ...m.contact, name: long(LIMITS.contactField) } }), 'meeting.contact.name'],
    ['contact role', (m: Meeting) => ({ ...m, contact: { ...m.contact, role: long(LIMITS.contactField) } }), 'meeting.contact.role'],
    ['contact organization', (m: Meeting) => ({ ...m, contact: { ...m.contact, organization: long(LIMITS.contactField) } }), 'meeting.contact.organization'],
    ['question text', (m: Meeting) => ({ ...m, questions: [{ ...m.questions[0]!, text: long(LIMITS.questionText) }] }), 'meeting.questions[0].text'],
    ['question note', (m: Meeting) => ({ ...m, questions: [{ ...m.questions[0]!, note: long(LIMITS.note) }] }), 'meeting.questions[0].note'],
    ['checklist item', (m: Meeting) => ({ ...m, checklist: [{ ...m.checklist[0]!, text: long(LIMITS.checklistText) }] }), 'meeting.checklist[0].text'],
    ['run notes', (m: Meeting) => ({ ...m, runs: [{ ...m.runs[0]!, notes: long(LIMITS.runNotes) }] }), 'meeting.runs[0].notes'],
    ['meeting notes', (m: Meeting) => ({ ...m, notes: long(LIMITS.meetingNotes) }), 'meeting.notes'],
  ])('an over-long %s in stored or imported data is named in the message', (_, edit, field) => {
    expect(refused(() => parseMeeting(edit(fullMeeting())))).toMatch(new RegExp(`^${field.replace(/[[\].]/g, '\\$&')}: must be at most \\d+ characters`));
  });

  it('a backup holding one over-long field is refused whole, naming the meeting and field', () => {
    const text = serializeBackup([fullMeeting({ id: 'a' }), fullMeeting({ id: 'b', contact: { name: long(LIMITS.contactField), role: '', organization: '' } })], NOW);
    const r = parseBackup(text, sizeOf(text));
    expect(refusalText(r)).toBe('This is not a usable Coffee Chat backup: the field "meetings[1].contact.name" must be at most 120 characters.');
  });

  it('a share link refuses a question over 300 characters rather than cutting it', () => {
    expect(encodeShare({ title: 'x', lengthMinutes: 20, questions: [{ text: long(LIMITS.questionText), minutes: 2 }] })).toEqual({ ok: false, error: 'invalid' });
  });
});

describe('emoji and right-to-left text', () => {
  const meeting = (): Meeting =>
    fullMeeting({
      title: WORLD.arabic,
      contact: { name: WORLD.hebrew, role: WORLD.emoji, organization: WORLD.combining },
      questions: [{ id: 'q1', text: `${WORLD.mixed}?`, note: WORLD.emoji, minutes: 3 }],
      checklist: [{ id: 'c1', text: WORLD.arabic, phase: 'before', done: false }],
      runs: [{ ...fullMeeting().runs[0]!, notes: `${WORLD.hebrew}\n${WORLD.emoji}`, segments: [{ label: `${WORLD.mixed}?`, plannedSec: 60, actualSec: 61 }] }],
      notes: WORLD.mixed,
    });

  it('round-trip through a backup file unchanged', () => {
    const text = serializeBackup([meeting()], NOW);
    expect(parseBackup(text, sizeOf(text))).toEqual({ ok: true, meetings: [meeting()], exportedAt: NOW.toISOString() });
  });

  it('round-trip through a share link unchanged', () => {
    const list = { title: WORLD.arabic, lengthMinutes: 30, questions: Object.values(WORLD).map((text) => ({ text, minutes: 2 })) };
    const r = encodeShare(list);
    expect(r.ok).toBe(true);
    expect(decodeShare(r.ok ? r.payload : '')).toEqual({ ok: true, value: list });
  });

  it('come out of the calendar file as the same text once unfolded and unescaped', () => {
    const m = { ...meeting(), scheduledAt: '2026-06-01T10:00:00.000Z' };
    const ics = meetingCalendar(m, { thankYou: new Date('2026-06-02T10:00:00.000Z'), update: null }, NOW, checklistStrings.calendarText)!;
    const unfolded = ics.replace(/\r\n /g, '');
    const value = (name: string) =>
      unfolded
        .split('\r\n')
        .find((l) => l.startsWith(`${name}:`))!
        .slice(name.length + 1)
        .replace(/\\([,;\\])/g, '$1')
        .replace(/\\n/g, '\n');
    expect(value('SUMMARY')).toContain(WORLD.hebrew);
    expect(value('SUMMARY')).toContain(WORLD.combining);
    expect(value('DESCRIPTION')).toBe(WORLD.arabic);
    // Folding never splits a character: every line is valid UTF-8 on its own.
    for (const line of ics.split('\r\n')) expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line))).toBe(line);
  });

  it('come out of the Markdown and plain-text exports unchanged', () => {
    const labels: ExportLabels = { withPerson: 'With', length: 'Length', questions: 'Questions', note: 'Note', noQuestions: 'None', pastLine: 'Past', minutes: (n) => `${n} min` };
    const md = toMarkdown(meeting(), labels, 'Fits');
    const txt = toPlainText(meeting(), labels, 'Fits');
    for (const out of [md, txt]) {
      expect(out).toContain(WORLD.arabic);
      expect(out).toContain(WORLD.hebrew);
      expect(out).toContain('👩🏽‍💻');
    }
  });

  describe('through storage', () => {
    beforeEach(() => {
      vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
      resetStorageStatus();
    });
    afterEach(() => {
      cleanStores(...stores);
      stores = [];
      vi.useRealTimers();
    });

    it('a meeting saved with them reads back the same after a reload', async () => {
      vi.resetModules();
      const fake = (await import('./fake-storage')).installFakeStorage();
      const first = await import('../../src/stores/meetings');
      const id = (await import('../../src/stores/active-meeting')).createNewMeeting({ title: WORLD.arabic, contact: { name: WORLD.hebrew, role: WORLD.emoji, organization: WORLD.combining } });
      const saved = first.getMeeting(id);
      vi.resetModules();
      const again = (await import('./fake-storage')).installFakeStorage();
      Object.assign(again.data, fake.data);
      const second = await import('../../src/stores/meetings');
      expect(second.getMeeting(id)).toEqual(saved);
      expect(second.getMeeting(id)?.contact.role).toBe(WORLD.emoji);
      cleanStores(first.$meetings, second.$meetings);
    });
  });
});

/** Accepts { items: string[] } only: the smallest store that can be damaged. */
function validate(data: unknown): { items: string[] } {
  const items = (data as { items?: unknown } | null)?.items;
  if (!Array.isArray(items) || !items.every((i) => typeof i === 'string')) throw new Error('items: must be a list of text');
  return { items: [...items] };
}
let stores: WritableAtom<unknown>[] = [];

describe('the guarded store never loses stored text (property)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  });
  afterEach(() => {
    cleanStores(...stores);
    stores = [];
    vi.useRealTimers();
  });

  /** Whatever a key held, after loading and one edit it is either read as data or kept verbatim under a damaged: key. */
  const raws = fc.oneof(
    fc.string(),
    fc.json(),
    fc.jsonValue().map((data) => encodeEnvelope(1, data)),
    fc.array(fc.string({ unit: 'grapheme' })).map((items) => encodeEnvelope(1, { items })),
    fc.integer({ min: 2, max: 9 }).map((v) => encodeEnvelope(v, { items: ['from the future'] })),
  );

  it('loading any stored text and editing keeps the original readable or set aside, and never throws', () => {
    fc.assert(
      fc.property(raws, fc.constantFrom('ok', 'full') as fc.Arbitrary<'ok' | 'full'>, (raw, mode) => {
        const fake = installFakeStorage();
        resetStorageStatus();
        fake.data['coffee-chat:notes'] = raw;
        const $s = persistentEnvelope('notes', { version: 1, initial: { items: [] as string[] }, validate });
        stores.push($s as WritableAtom<unknown>);
        keepMount($s);
        const loaded = $s.get();
        fake.setMode(mode);
        $s.set({ items: [...loaded.items, 'typed here'] });
        // The edit is always visible, whatever storage did.
        expect($s.get().items.at(-1)).toBe('typed here');
        const asides = Object.keys(fake.data).filter((k) => k.startsWith('coffee-chat:notes:damaged:'));
        const readable = (() => {
          try {
            const env = JSON.parse(raw) as { v?: unknown; data?: unknown };
            return env && env.v === 1 && (validate(env.data), true);
          } catch {
            return false;
          }
        })();
        if (readable) expect(loaded.items).toEqual((JSON.parse(raw) as { data: { items: string[] } }).data.items);
        else if (fake.data['coffee-chat:notes'] !== raw) expect(asides.map((k) => fake.data[k])).toContain(raw);
        // A newer version's data is never touched.
        if (/^\{"v":[2-9],/.test(raw)) {
          expect(fake.data['coffee-chat:notes']).toBe(raw);
          expect($storageStatus.get().state).toBe('newer');
        }
        cleanStores($s);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a meetings key with some meetings unreadable (property)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows every readable meeting, and the original text can be had back from the damaged key', async () => {
    const key = 'coffee-chat:meetings';
    await fc.assert(
      fc.asyncProperty(partlyCorruptArb, async ({ meetings, broken, stored }) => {
        vi.resetModules();
        const fake = (await import('./fake-storage')).installFakeStorage();
        const raw = encodeEnvelope(1, { meetings: stored, tombstones: [] });
        fake.data[key] = raw;
        const M = await import('../../src/stores/meetings');
        const A = await import('../../src/stores/active-meeting');
        const { $storageStatus } = await import('../../src/stores/storage-status');
        expect(M.$meetingList.get()).toEqual(meetings.filter((_, i) => !broken[i]));
        const asides = Object.keys(fake.data).filter((k) => k.startsWith(`${key}:damaged:`));
        if (broken.some(Boolean)) {
          expect(asides.map((k) => fake.data[k])).toEqual([raw]);
          expect($storageStatus.get()).toMatchObject({ state: 'damaged', damagedKey: asides[0], setAside: { count: broken.filter(Boolean).length } });
        } else {
          expect(asides).toEqual([]);
          expect(fake.data[key]).toBe(raw);
        }
        // Editing afterwards never touches the copy.
        A.createNewMeeting({ title: 'typed after loading' });
        expect(asides.map((k) => fake.data[k])).toEqual(asides.map(() => raw));
        cleanStores(M.$meetings, M.$meetingList);
      }),
      { numRuns: 60 },
    );
  });
});

describe('import and merge (property)', () => {
  const text = fc.string({ unit: 'grapheme', maxLength: 40 });
  const meetingArb = fc
    .record({
      id: fc.constantFrom('a', 'b', 'c', 'd'),
      title: text.filter((t) => t.length <= LIMITS.title),
      name: text.filter((t) => t.length <= LIMITS.contactField),
      item: text.map((t) => t.trim() || 'x').filter((t) => t.length <= LIMITS.checklistText),
      done: fc.boolean(),
      updatedAt: fc.integer({ min: 0, max: 10_000 }).map((s) => new Date(Date.parse('2026-01-01T00:00:00Z') + s * 1000).toISOString()),
    })
    .map(({ id, title, name, item, done, updatedAt }) =>
      createMeeting(
        { id, title, contact: { name, role: '', organization: '' }, checklist: [{ id: `${id}-1`, text: item, phase: 'after', done }], updatedAt },
        new Date('2025-12-01T00:00:00Z'),
      ),
    );
  const listArb = fc.uniqueArray(meetingArb, { selector: (m) => m.id, maxLength: 4 });

  it('a backup of any meetings reads back exactly', () => {
    fc.assert(
      fc.property(listArb, (meetings) => {
        const file = serializeBackup(meetings, NOW);
        expect(parseBackup(file, sizeOf(file))).toEqual({ ok: true, meetings, exportedAt: NOW.toISOString() });
      }),
    );
  });

  it('importing a backup into any list keeps every meeting of both, each in its newest version', () => {
    fc.assert(
      fc.property(listArb, listArb, (mine, backup) => {
        const file = serializeBackup(backup, NOW);
        const parsed = parseBackup(file, sizeOf(file));
        if (!parsed.ok) throw new Error(refusalText(parsed));
        const merged = mergeMeetings(mine, parsed.meetings);
        expect(new Set(merged.map((m) => m.id))).toEqual(new Set([...mine, ...backup].map((m) => m.id)));
        for (const m of merged) {
          const newest = Math.max(...[...mine, ...backup].filter((x) => x.id === m.id).map((x) => Date.parse(x.updatedAt)));
          expect(Date.parse(m.updatedAt)).toBe(newest);
        }
      }),
    );
  });
});
