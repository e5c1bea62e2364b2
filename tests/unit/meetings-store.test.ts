import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeEnvelope } from '../../src/lib/storage-envelope';
import { LIMITS } from '../../src/lib/meeting';
import { fullMeeting } from './meeting-fixtures';
import { strings } from '../../src/components/shared/strings';

type FakeStorage = ReturnType<typeof import('./fake-storage').installFakeStorage>;
type Meetings = typeof import('../../src/stores/meetings');
type Active = typeof import('../../src/stores/active-meeting');
type Status = typeof import('../../src/stores/storage-status');

const KEY = 'coffee-chat:meetings';
const T0 = '2026-05-01T12:00:00.000Z';

let fake: FakeStorage;
let M: Meetings;
let A: Active;
let S: Status;

/** A fresh page: new modules (the stores are module singletons) over the given storage contents. */
async function load(stored: Record<string, string> = {}, mode: 'ok' | 'full' = 'ok') {
  vi.resetModules();
  fake = (await import('./fake-storage')).installFakeStorage();
  Object.assign(fake.data, stored);
  fake.setMode(mode);
  M = await import('../../src/stores/meetings');
  A = await import('../../src/stores/active-meeting');
  A.nameNewMeetings(strings.meeting.newTitle); // as the meeting bar does when its module loads
  S = await import('../../src/stores/storage-status');
}

/** What the meetings key holds now. */
const stored = () => JSON.parse(fake.data[KEY]!) as { v: number; data: { meetings: { id: string; title: string }[]; tombstones: { id: string }[] } };

/** Moves the clock, so updatedAt values differ the way they do for a person clicking. */
const later = (ms = 1000) => vi.setSystemTime(Date.now() + ms);

beforeEach(async () => {
  vi.useFakeTimers({ now: new Date(T0), toFake: ['Date'] });
  await load();
});

afterEach(() => {
  cleanStores(M.$meetings, M.$meetingList, A.$activeMeeting, A.$activeMeetingId);
  vi.useRealTimers();
});

describe('first visit', () => {
  it('creates "My next coffee chat" and makes it active, once', () => {
    const id = A.ensureActiveMeeting();
    expect(A.ensureActiveMeeting()).toBe(id);
    expect(M.$meetingList.get()).toHaveLength(1);
    expect(A.$activeMeeting.get()?.title).toBe('My next coffee chat');
    expect(fake.data['coffee-chat:active-meeting']).toBe(id);
    expect(stored().v).toBe(M.MEETINGS_VERSION);
  });

  it('creates nothing while rendering on the server, where there is no window', () => {
    keepMount(A.$activeMeeting);
    expect(A.$activeMeeting.get()).toBeUndefined();
    expect(M.$meetingList.get()).toEqual([]);
    expect(fake.writes).toEqual([]);
  });
});

describe('meetings store', () => {
  it('loads meetings saved on an earlier visit', async () => {
    const m = fullMeeting();
    await load({ [KEY]: encodeEnvelope(2, { meetings: [m], tombstones: [] }), 'coffee-chat:active-meeting': m.id });
    expect(M.getMeeting(m.id)).toEqual(m);
    expect(A.$activeMeeting.get()).toEqual(m);
  });

  it('reads meetings saved before request days existed (version 1) and saves them as the current version', async () => {
    const { requestSentOn: _none, ...m } = fullMeeting();
    await load({ [KEY]: encodeEnvelope(1, { meetings: [m], tombstones: [] }), 'coffee-chat:active-meeting': m.id });
    expect(M.getMeeting(m.id)).toEqual(m);
    M.updateMeeting(m.id, (x) => ({ ...x, requestSentOn: '2026-03-05' }));
    expect(stored().v).toBe(M.MEETINGS_VERSION);
    expect((stored().data.meetings[0] as { requestSentOn?: string }).requestSentOn).toBe('2026-03-05');
  });

  it('reads meetings saved before spoken practice (version 2) and keeps its numbers from then on (version 3)', async () => {
    const { introTake, ...m } = fullMeeting();
    const plain = { ...m, questions: m.questions.map(({ askedSec: _a, ...q }) => q), runs: m.runs.map(({ speech: _s, ...r }) => r) };
    await load({ [KEY]: encodeEnvelope(2, { meetings: [plain], tombstones: [] }), 'coffee-chat:active-meeting': m.id });
    expect(M.getMeeting(m.id)).toEqual(plain);
    M.updateMeeting(m.id, (x) => ({ ...x, introTake: introTake! }));
    expect(stored().v).toBe(3);
    expect((stored().data.meetings[0] as { introTake?: unknown }).introTake).toEqual(introTake);
  });

  it('copies unreadable saved meetings aside and starts fresh', async () => {
    const bad = '{"v":1,"data":{"meetings":[{"id":42}]'; // cut off
    await load({ [KEY]: bad });
    expect(M.$meetingList.get()).toEqual([]);
    expect(fake.data[`${KEY}:damaged:${T0}`]).toBe(bad);
    expect(S.$storageStatus.get()).toEqual({ state: 'damaged', damagedKey: `${KEY}:damaged:${T0}` });
  });

  it('sets aside a key whose only meeting is unreadable, and says none could be kept', async () => {
    const bad = encodeEnvelope(1, { meetings: [{ id: 'x' }], tombstones: [] });
    await load({ [KEY]: bad });
    expect(M.$meetingList.get()).toEqual([]);
    expect(fake.data[`${KEY}:damaged:${T0}`]).toBe(bad);
    expect(strings.storage.describe(S.$storageStatus.get())).toMatch(/^1 saved meeting could not be read and was set aside\. Nothing was deleted/);
  });

  it('creates a meeting, makes it active and saves it', () => {
    const id = A.createNewMeeting({ title: 'Chat with Ana' });
    expect(A.$activeMeetingId.get()).toBe(id);
    expect(stored().data.meetings.map((m) => m.title)).toEqual(['Chat with Ana']);
  });

  it('when the active meeting is gone, switches to the most recently edited one', () => {
    const a = A.createNewMeeting({ title: 'a' });
    later();
    const b = A.createNewMeeting({ title: 'b' });
    later();
    M.updateMeeting(a, (m) => ({ ...m, notes: 'edited last' }));
    A.$activeMeetingId.set('no-such-meeting');
    expect(A.ensureActiveMeeting()).toBe(a);
    expect(b).not.toBe(a);
  });

  it('switches meetings only to one that exists', () => {
    const a = A.createNewMeeting();
    const b = A.createNewMeeting();
    A.setActiveMeeting(a);
    A.setActiveMeeting('missing');
    expect(A.$activeMeetingId.get()).toBe(a);
    expect(A.$activeMeeting.get()?.id).not.toBe(b);
  });
});

describe('one unreadable meeting among readable ones', () => {
  const ASIDE = `${KEY}:damaged:${T0}`;
  const ana = fullMeeting({ id: 'ana', title: 'Chat with Ana' });
  const cy = fullMeeting({ id: 'cy', title: 'Chat with Cy' });
  const tooLong = fullMeeting({ id: 'bo', title: 'Chat with Bo', questions: [{ id: 'q1', text: 'x'.repeat(LIMITS.questionText + 1), minutes: 2 }] });
  const raw = encodeEnvelope(1, { meetings: [ana, tooLong, cy], tombstones: [] });

  it('loads the two readable meetings, keeps the original verbatim under the damaged key, and counts 1 set aside', async () => {
    await load({ [KEY]: raw, 'coffee-chat:active-meeting': 'bo' });
    expect(M.$meetingList.get()).toEqual([ana, cy]);
    expect(fake.data[ASIDE]).toBe(raw);
    expect(fake.writes).toEqual([ASIDE, KEY]); // the copy first, then the repair
    expect(S.$storageStatus.get()).toEqual({ state: 'damaged', damagedKey: ASIDE, setAside: { items: 'meeting', count: 1, kept: 2 } });
    expect(strings.storage.describe(S.$storageStatus.get())).toBe(
      `1 saved meeting could not be read and was set aside; your other meetings are here. Nothing was deleted: a copy of everything as it was is kept in this browser under the name “${ASIDE}”.`,
    );
    // The active meeting was the unreadable one: the tools move to a readable one instead of an empty new one.
    expect(A.ensureActiveMeeting()).toBe('ana');
  });

  it('saves later edits normally and leaves the damaged copy untouched', async () => {
    await load({ [KEY]: raw });
    later();
    M.updateMeeting('cy', (m) => ({ ...m, notes: 'edited after the repair' }));
    expect(stored().data.meetings.map((m) => m.id)).toEqual(['ana', 'cy']);
    expect(stored().data.meetings[1]).toMatchObject({ notes: 'edited after the repair' });
    expect(fake.data[ASIDE]).toBe(raw);
    // A reload finds nothing left to repair.
    const before = { ...fake.data };
    await load(before);
    expect(M.$meetingList.get().map((m) => m.id)).toEqual(['ana', 'cy']);
    expect(fake.writes).toEqual([]);
    expect(S.$storageStatus.get()).toEqual({ state: 'ok' });
  });

  it('writes nothing back and leaves the key untouched when the copy cannot be written (storage full)', async () => {
    await load({ [KEY]: raw }, 'full');
    expect(M.$meetingList.get()).toEqual([ana, cy]);
    fake.setMode('ok');
    later();
    M.updateMeeting('ana', (m) => ({ ...m, notes: 'typed while the copy was impossible' }));
    expect(M.getMeeting('ana')?.notes).toBe('typed while the copy was impossible');
    expect(fake.data[KEY]).toBe(raw);
    expect(Object.keys(fake.data)).toEqual([KEY]);
    expect(S.$storageStatus.get()).toEqual({ state: 'full' });
  });

  it('takes in a partly unreadable change from another tab: keeps what validates and sets the text aside', async () => {
    await load({ [KEY]: encodeEnvelope(1, { meetings: [ana], tombstones: [] }) });
    keepMount(M.$meetingList);
    const fromThere = encodeEnvelope(1, { meetings: [ana, cy, { ...tooLong, notes: 7 }], tombstones: [] });
    fake.otherTab(KEY, fromThere);
    expect(M.$meetingList.get()).toEqual([ana, cy]);
    expect(fake.data[ASIDE]).toBe(fromThere);
    expect(stored().data.meetings.map((m) => m.id)).toEqual(['ana', 'cy']);
    expect(S.$storageStatus.get().setAside).toEqual({ items: 'meeting', count: 1, kept: 2 });
  });
});

describe('updateMeeting', () => {
  it('applies the change, keeps the id and bumps updatedAt', () => {
    const id = A.createNewMeeting();
    later();
    M.updateMeeting(id, (m) => ({ ...m, id: 'hijacked', title: 'Renamed' }));
    const m = M.getMeeting(id)!;
    expect(m.title).toBe('Renamed');
    expect(m.updatedAt).toBe(new Date(Date.now()).toISOString());
    expect(stored().data.meetings[0]!.title).toBe('Renamed');
  });

  it('makes each edit newer than the last, even within one millisecond', () => {
    const id = A.createNewMeeting();
    const before = M.getMeeting(id)!.updatedAt;
    M.updateMeeting(id, (m) => ({ ...m, notes: 'x' }));
    expect(Date.parse(M.getMeeting(id)!.updatedAt)).toBeGreaterThan(Date.parse(before));
  });

  it('does nothing for an unknown id or an updater that changes nothing', () => {
    const id = A.createNewMeeting();
    const writes = fake.writes.length;
    M.updateMeeting('missing', (m) => ({ ...m, title: 'x' }));
    M.updateMeeting(id, (m) => m);
    expect(fake.writes.length).toBe(writes);
  });
});

describe('deleteMeeting', () => {
  it('removes the meeting, records a tombstone, and undo puts it back where it was', () => {
    const a = A.createNewMeeting({ title: 'a' });
    const b = A.createNewMeeting({ title: 'b' });
    A.createNewMeeting({ title: 'c' });
    later();
    const undo = A.deleteMeeting(b);
    expect(M.$meetingList.get().map((m) => m.title)).toEqual(['a', 'c']);
    expect(stored().data.tombstones.map((t) => t.id)).toEqual([b]);
    later();
    undo();
    undo();
    expect(M.$meetingList.get().map((m) => m.title)).toEqual(['a', 'b', 'c']);
    expect(stored().data.meetings.map((m) => m.title)).toEqual(['a', 'b', 'c']);
    expect(a).toBeTruthy();
  });

  it('after deleting the only meeting, a fresh one is active; undo brings the old one back and drops the untouched fresh one', () => {
    const id = A.createNewMeeting({ title: 'Chat with Ana' });
    const undo = A.deleteMeeting(id);
    expect(M.$meetingList.get().map((m) => m.title)).toEqual(['My next coffee chat']);
    expect(A.$activeMeeting.get()?.title).toBe('My next coffee chat');
    undo();
    expect(M.$meetingList.get().map((m) => m.title)).toEqual(['Chat with Ana']);
    expect(A.$activeMeetingId.get()).toBe(id);
  });

  it('a restored meeting survives a tab that still has the tombstone', () => {
    keepMount(M.$meetings);
    const id = A.createNewMeeting();
    const before = fake.data[KEY]!;
    later();
    const undo = A.deleteMeeting(id);
    const tombstoned = fake.data[KEY]!;
    later();
    undo();
    // A stale tab writes its old state (with the tombstone) back; the restore is newer and wins.
    fake.data[KEY] = tombstoned;
    M.updateMeeting(id, (m) => ({ ...m, notes: 'still here' }));
    expect(stored().data.meetings.map((m) => m.id)).toEqual([id]);
    expect(before).not.toBe(tombstoned);
  });
});

describe('two tabs', () => {
  it('a stale tab does not resurrect a meeting another tab deleted', async () => {
    const keep = fullMeeting({ id: 'keep', updatedAt: T0 });
    const gone = fullMeeting({ id: 'gone', updatedAt: T0 });
    await load({ [KEY]: encodeEnvelope(1, { meetings: [keep, gone], tombstones: [] }) });
    keepMount(M.$meetings); // mounted, so it does not re-read storage on get()
    later();
    // The other tab deletes "gone"; this tab does not hear about it (no storage event).
    fake.data[KEY] = encodeEnvelope(1, { meetings: [keep], tombstones: [{ id: 'gone', deletedAt: new Date().toISOString() }] });
    later();
    M.updateMeeting('keep', (m) => ({ ...m, notes: 'edited in the stale tab' }));
    expect(stored().data.meetings.map((m) => m.id)).toEqual(['keep']);
    expect(M.$meetingList.get().map((m) => m.id)).toEqual(['keep']);
  });

  it('a stale tab does not overwrite an edit another tab made to a different meeting', async () => {
    const a = fullMeeting({ id: 'a', title: 'A', updatedAt: T0 });
    const b = fullMeeting({ id: 'b', title: 'B', updatedAt: T0 });
    await load({ [KEY]: encodeEnvelope(1, { meetings: [a, b], tombstones: [] }) });
    keepMount(M.$meetings);
    later();
    fake.data[KEY] = encodeEnvelope(1, { meetings: [{ ...a, title: 'A from the other tab', updatedAt: new Date().toISOString() }, b], tombstones: [] });
    later();
    M.updateMeeting('b', (m) => ({ ...m, title: 'B from this tab' }));
    expect(stored().data.meetings.map((m) => m.title)).toEqual(['A from the other tab', 'B from this tab']);
  });

  it('shows changes from another tab as they happen', () => {
    keepMount(M.$meetingList);
    const m = fullMeeting({ id: 'remote' });
    fake.otherTab(KEY, encodeEnvelope(1, { meetings: [m], tombstones: [] }));
    expect(M.$meetingList.get()).toEqual([m]);
  });
});

describe('importMeetings', () => {
  it('merges a backup and says what it did: new, newer, older, same', () => {
    const t1 = '2026-05-02T00:00:00.000Z';
    const mine = [fullMeeting({ id: 'a', updatedAt: T0 }), fullMeeting({ id: 'b', updatedAt: t1 })];
    M.importMeetings(mine);
    const summary = M.importMeetings([
      fullMeeting({ id: 'a', title: 'newer', updatedAt: t1 }),
      fullMeeting({ id: 'b', title: 'older', updatedAt: T0 }),
      fullMeeting({ id: 'c', title: 'new' }),
    ]);
    expect(summary).toEqual({ added: 1, newer: 1, older: 1, same: 0 });
    expect(M.$meetingList.get().map((m) => `${m.id}:${m.title}`)).toEqual(['a:newer', 'b:Chat with Ana', 'c:new']);
  });

  it('brings back a meeting deleted here, since importing is a deliberate restore', () => {
    const m = fullMeeting({ id: 'x', updatedAt: T0 });
    M.importMeetings([m]);
    later();
    A.deleteMeeting('x');
    later();
    expect(M.importMeetings([m])).toEqual({ added: 1, newer: 0, older: 0, same: 0 });
    expect(M.getMeeting('x')?.title).toBe(m.title);
  });
});

describe('renameMeeting', () => {
  it('saves the trimmed title', () => {
    const id = A.createNewMeeting();
    expect(M.renameMeeting(id, '  Chat with Ana ')).toBeNull();
    expect(M.getMeeting(id)?.title).toBe('Chat with Ana');
  });

  it('refuses an empty title and keeps the old one', () => {
    const id = A.createNewMeeting({ title: 'Old' });
    expect(M.renameMeeting(id, '  ')).toBe('empty');
    expect(M.getMeeting(id)?.title).toBe('Old');
  });
});

describe('importing on a new device', () => {
  it('shows the newest imported meeting and drops the blank one made on arrival', async () => {
    await load();
    const { createMeeting } = await import('../../src/lib/meeting');
    const blank = A.ensureActiveMeeting();
    const older = createMeeting({ title: 'Chat with Ana', updatedAt: '2026-01-01T00:00:00.000Z' });
    const newer = createMeeting({ title: 'Chat with Ben', updatedAt: '2026-02-01T00:00:00.000Z' });
    const { summary, shown } = A.openMeetings([older, newer]);
    expect(summary.added).toBe(2);
    expect(shown?.id).toBe(newer.id);
    expect(A.$activeMeetingId.get()).toBe(newer.id);
    expect(M.getMeeting(blank)).toBeUndefined();
    expect(stored().data.meetings.map((m) => m.title).sort()).toEqual(['Chat with Ana', 'Chat with Ben']);
  });

  it('keeps showing a meeting the reader has worked on, and keeps it', async () => {
    await load();
    const { createMeeting } = await import('../../src/lib/meeting');
    const mine = A.createNewMeeting();
    M.updateMeeting(mine, (m) => ({ ...m, contact: { ...m.contact, name: 'Dana' } }));
    const { shown } = A.openMeetings([createMeeting({ title: 'From backup' })]);
    expect(shown).toBeUndefined();
    expect(A.$activeMeetingId.get()).toBe(mine);
    expect(M.getMeeting(mine)?.contact.name).toBe('Dana');
  });
});
