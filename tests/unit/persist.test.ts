import { cleanStores, keepMount, type WritableAtom } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeEnvelope } from '../../src/lib/storage-envelope';
import { persistentEnvelope, persistentText, type Salvaged } from '../../src/stores/persist';
import { $storageStatus, resetStorageStatus } from '../../src/stores/storage-status';
import { strings } from '../../src/components/shared/strings';
import { installFakeStorage } from './fake-storage';

interface Notes {
  items: string[];
}

const KEY = 'coffee-chat:notes';
const NOW = '2026-05-01T12:00:00.000Z';

/** Accepts { items: string[] } only. */
function validate(data: unknown): Notes {
  const items = (data as Notes | null)?.items;
  if (!Array.isArray(items) || !items.every((i) => typeof i === 'string')) throw new Error('items: must be a list of text');
  return { items: [...items] };
}

/** Keeps the items that are text and counts the rest; throws like validate when there is no list at all. */
function keepText(data: unknown): Salvaged<Notes> {
  const items = (data as Notes | null)?.items;
  if (!Array.isArray(items)) throw new Error('items: must be a list');
  const kept = items.filter((i): i is string => typeof i === 'string');
  return { data: { items: kept }, count: items.length - kept.length, kept: kept.length };
}

/** Union of both lists, so the tests can see whether a merge happened. */
const union = (stored: Notes, ours: Notes): Notes => ({ items: [...new Set([...stored.items, ...ours.items])] });

let fake: ReturnType<typeof installFakeStorage>;
let stores: WritableAtom<unknown>[] = [];

/** A notes store on the fake engine; cleaned after each test. */
function notes(opts: Partial<Parameters<typeof persistentEnvelope<Notes>>[1]> = {}) {
  const $s = persistentEnvelope<Notes>('notes', { version: 1, initial: { items: [] }, validate, ...opts });
  stores.push($s as WritableAtom<unknown>);
  return $s;
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date(NOW), toFake: ['Date'] });
  fake = installFakeStorage();
  resetStorageStatus();
});

afterEach(() => {
  cleanStores(...stores);
  stores = [];
  vi.useRealTimers();
});

describe('persistentEnvelope', () => {
  it('starts from the initial value when nothing is stored, and stores changes in an envelope', () => {
    const $s = notes();
    expect($s.get()).toEqual({ items: [] });
    $s.set({ items: ['a'] });
    expect(JSON.parse(fake.data[KEY]!)).toEqual({ v: 1, data: { items: ['a'] } });
    expect($storageStatus.get()).toEqual({ state: 'ok' });
  });

  it('loads and validates what is stored', () => {
    fake.data[KEY] = encodeEnvelope(1, { items: ['kept'], junk: true });
    expect(notes().get()).toEqual({ items: ['kept'] });
  });

  it('migrates older data on load', () => {
    fake.data[KEY] = encodeEnvelope(1, ['x', 'y']);
    const $s = notes({ version: 2, migrations: { 2: (old) => ({ items: old as string[] }) } });
    expect($s.get()).toEqual({ items: ['x', 'y'] });
  });

  it('works in memory when storage is blocked (SecurityError) and says so', () => {
    fake.setMode('blocked');
    const $s = notes();
    keepMount($s);
    $s.set({ items: ['a'] });
    expect($s.get()).toEqual({ items: ['a'] });
    expect($storageStatus.get()).toEqual({ state: 'unavailable' });
  });

  it('switches to memory when storage becomes blocked after loading', () => {
    const $s = notes();
    fake.setMode('blocked');
    expect(() => $s.set({ items: ['a'] })).not.toThrow();
    expect($s.get()).toEqual({ items: ['a'] });
    expect($storageStatus.get().state).toBe('unavailable');
  });

  it('keeps a change in memory when storage is full, leaves the stored copy intact, and recovers once there is room', () => {
    fake.data[KEY] = encodeEnvelope(1, { items: ['old'] });
    const $s = notes();
    fake.setMode('full');
    $s.set({ items: ['old', 'new'] });
    expect($s.get()).toEqual({ items: ['old', 'new'] });
    expect(fake.data[KEY]).toBe(encodeEnvelope(1, { items: ['old'] }));
    expect($storageStatus.get()).toEqual({ state: 'full' });
    fake.setMode('ok');
    $s.set({ items: ['old', 'new', 'newest'] });
    expect(JSON.parse(fake.data[KEY]!).data.items).toEqual(['old', 'new', 'newest']);
    expect($storageStatus.get()).toEqual({ state: 'ok' });
  });

  it.each([
    ['text that is not JSON', '{"v":1,"data":'],
    ['JSON of the wrong shape', JSON.stringify({ items: ['no envelope'] })],
    ['data that fails validation', encodeEnvelope(1, { items: [1, 2] })],
  ])('copies %s aside, starts fresh and says where the copy is', (_, raw) => {
    fake.data[KEY] = raw;
    const $s = notes();
    const aside = `${KEY}:damaged:${NOW}`;
    expect(fake.data[aside]).toBe(raw);
    expect($s.get()).toEqual({ items: [] });
    expect($storageStatus.get()).toEqual({ state: 'damaged', damagedKey: aside });
    // The damage is replaced only after the copy exists, so the next load does not copy it again.
    expect(fake.writes).toEqual([aside, KEY]);
  });

  it('never overwrites damaged data it could not copy aside', () => {
    fake.data[KEY] = 'garbage';
    fake.setMode('full');
    const $s = notes();
    fake.setMode('ok');
    $s.set({ items: ['a'] });
    expect(fake.data[KEY]).toBe('garbage');
    expect($s.get()).toEqual({ items: ['a'] });
    expect($storageStatus.get().state).toBe('full');
  });

  it('never writes to a key holding data from a newer version, and works in memory', () => {
    const newer = encodeEnvelope(2, { shape: 'unknown to us' });
    fake.data[KEY] = newer;
    const $s = notes();
    keepMount($s);
    $s.set({ items: ['a'] });
    expect($s.get()).toEqual({ items: ['a'] });
    expect(fake.data[KEY]).toBe(newer);
    expect(fake.writes).toEqual([]);
    expect($storageStatus.get()).toEqual({ state: 'newer' });
  });

  it('stops saving when another tab of a newer version writes the key', () => {
    const $s = notes();
    keepMount($s);
    const newer = encodeEnvelope(2, {});
    fake.otherTab(KEY, newer);
    $s.set({ items: ['a'] });
    expect(fake.data[KEY]).toBe(newer);
    expect($storageStatus.get().state).toBe('newer');
  });

  it('takes in changes from other tabs while mounted', () => {
    const $s = notes();
    keepMount($s);
    fake.otherTab(KEY, encodeEnvelope(1, { items: ['from the other tab'] }));
    expect($s.get()).toEqual({ items: ['from the other tab'] });
  });

  it('merges a change from another tab with unsaved changes here when mergeOnWrite is given', () => {
    const $s = notes({ mergeOnWrite: union });
    keepMount($s);
    fake.setMode('full');
    $s.set({ items: ['unsaved here'] });
    fake.otherTab(KEY, encodeEnvelope(1, { items: ['there'] }));
    expect($s.get().items.sort()).toEqual(['there', 'unsaved here']);
  });

  it('picks up changes made while nobody was listening when it mounts again', () => {
    const $s = notes();
    fake.data[KEY] = encodeEnvelope(1, { items: ['changed meanwhile'] });
    keepMount($s);
    expect($s.get()).toEqual({ items: ['changed meanwhile'] });
  });

  it('merges with what is stored before writing, so a stale tab cannot overwrite newer data', () => {
    const $stale = notes({ mergeOnWrite: union });
    // Another tab wrote, and this tab never heard (it was not listening).
    fake.data[KEY] = encodeEnvelope(1, { items: ['other tab'] });
    $stale.set({ items: ['stale tab'] });
    expect(JSON.parse(fake.data[KEY]!).data.items.sort()).toEqual(['other tab', 'stale tab']);
    expect($stale.get().items.sort()).toEqual(['other tab', 'stale tab']);
  });

  it('without mergeOnWrite, the last write wins', () => {
    const $s = notes();
    fake.data[KEY] = encodeEnvelope(1, { items: ['other tab'] });
    $s.set({ items: ['this tab'] });
    expect(JSON.parse(fake.data[KEY]!).data.items).toEqual(['this tab']);
  });

  it('copies aside damage another tab wrote before writing over it', () => {
    const $s = notes();
    fake.data[KEY] = 'broken by someone';
    $s.set({ items: ['a'] });
    expect(fake.data[`${KEY}:damaged:${NOW}`]).toBe('broken by someone');
    expect(JSON.parse(fake.data[KEY]!).data.items).toEqual(['a']);
  });
});

describe('persistentEnvelope with salvage', () => {
  const ASIDE = `${KEY}:damaged:${NOW}`;
  const salvaging = (opts: Partial<Parameters<typeof persistentEnvelope<Notes>>[1]> = {}) => notes({ salvage: { items: 'meeting', read: keepText }, ...opts });
  const partly = encodeEnvelope(1, { items: ['a', 7, 'b'] });

  it('shows what validates, copies the original aside verbatim first, and says how many items were left out', () => {
    fake.data[KEY] = partly;
    const $s = salvaging();
    expect($s.get()).toEqual({ items: ['a', 'b'] });
    expect(fake.data[ASIDE]).toBe(partly);
    expect(fake.writes).toEqual([ASIDE, KEY]);
    expect(JSON.parse(fake.data[KEY]!)).toEqual({ v: 1, data: { items: ['a', 'b'] } });
    expect($storageStatus.get()).toEqual({ state: 'damaged', damagedKey: ASIDE, setAside: { items: 'meeting', count: 1, kept: 2 } });
  });

  it('keeps saving afterwards, never touches the copy again, and the next load finds nothing to repair', () => {
    fake.data[KEY] = partly;
    const $s = salvaging();
    $s.set({ items: ['a', 'b', 'c'] });
    expect(JSON.parse(fake.data[KEY]!).data.items).toEqual(['a', 'b', 'c']);
    expect(fake.data[ASIDE]).toBe(partly);
    // The notice stays until the page reloads, even though saving works again.
    expect($storageStatus.get().setAside?.count).toBe(1);
    resetStorageStatus();
    const writes = fake.writes.length;
    expect(salvaging().get()).toEqual({ items: ['a', 'b', 'c'] });
    expect(fake.writes.length).toBe(writes);
    expect($storageStatus.get()).toEqual({ state: 'ok' });
  });

  it('writes nothing back and leaves the key alone when the copy cannot be made, but still shows what validates', () => {
    fake.data[KEY] = partly;
    fake.setMode('full');
    const $s = salvaging();
    expect($s.get()).toEqual({ items: ['a', 'b'] });
    fake.setMode('ok');
    $s.set({ items: ['a', 'b', 'typed'] });
    expect($s.get()).toEqual({ items: ['a', 'b', 'typed'] });
    expect(fake.data[KEY]).toBe(partly);
    expect(fake.writes).toEqual([]);
    expect($storageStatus.get()).toEqual({ state: 'full' });
  });

  it.each([
    ['text that is not JSON', '{"v":1,"data":'],
    ['an envelope without the list', encodeEnvelope(1, { items: 'a, b' })],
  ])('treats %s as before: copied aside, started fresh, no count', (_, raw) => {
    fake.data[KEY] = raw;
    const $s = salvaging();
    expect($s.get()).toEqual({ items: [] });
    expect(fake.data[ASIDE]).toBe(raw);
    expect($storageStatus.get()).toEqual({ state: 'damaged', damagedKey: ASIDE });
  });

  it('applies the same rule to a partly unreadable value another tab writes, and copies it aside once', () => {
    const $s = salvaging({ mergeOnWrite: union });
    keepMount($s);
    $s.set({ items: ['mine'] });
    const fromThere = encodeEnvelope(1, { items: ['theirs', null] });
    fake.otherTab(KEY, fromThere);
    expect($s.get().items.sort()).toEqual(['mine', 'theirs']);
    expect(fake.data[ASIDE]).toBe(fromThere);
    expect(JSON.parse(fake.data[KEY]!).data.items.sort()).toEqual(['mine', 'theirs']);
    expect($storageStatus.get()).toEqual({ state: 'damaged', damagedKey: ASIDE, setAside: { items: 'meeting', count: 1, kept: 1 } });
    $s.set({ items: ['mine', 'theirs', 'more'] });
    expect(Object.keys(fake.data).filter((k) => k.includes(':damaged:'))).toEqual([ASIDE]);
  });

  it('copies aside a partly unreadable value another tab wrote unheard, then merges what validates before writing', () => {
    const $s = salvaging({ mergeOnWrite: union });
    const unheard = encodeEnvelope(1, { items: ['other tab', 3] });
    fake.data[KEY] = unheard;
    $s.set({ items: ['this tab'] });
    expect(fake.data[ASIDE]).toBe(unheard);
    expect(JSON.parse(fake.data[KEY]!).data.items.sort()).toEqual(['other tab', 'this tab']);
    expect($s.get().items.sort()).toEqual(['other tab', 'this tab']);
  });

  it('never writes over an earlier copy made in the same millisecond', () => {
    const $s = salvaging();
    keepMount($s);
    const first = encodeEnvelope(1, { items: ['one', 1] });
    const second = encodeEnvelope(1, { items: ['two', 2] });
    fake.otherTab(KEY, first);
    fake.otherTab(KEY, second);
    expect(fake.data[ASIDE]).toBe(first);
    expect(fake.data[`${ASIDE}-2`]).toBe(second);
    expect($storageStatus.get().damagedKey).toBe(`${ASIDE}-2`);
  });
});

describe('the storage notice for items set aside', () => {
  const at = (count: number, kept: number) =>
    strings.storage.describe({ state: 'damaged', damagedKey: 'coffee-chat:meetings:damaged:T', setAside: { items: 'meeting', count, kept } });
  const COPY = 'Nothing was deleted: a copy of everything as it was is kept in this browser under the name “coffee-chat:meetings:damaged:T”.';

  it.each([
    [1, 2, '1 saved meeting could not be read and was set aside; your other meetings are here.'],
    [2, 1, '2 saved meetings could not be read and were set aside; your other meeting is here.'],
    [3, 0, '3 saved meetings could not be read and were set aside.'],
    [0, 2, 'Some saved data could not be read and was set aside; your meetings are here.'],
    [0, 1, 'Some saved data could not be read and was set aside; your meeting is here.'],
  ])('%i left out and %i kept reads in plain words', (count, kept, words) => {
    expect(at(count, kept)).toBe(`${words} ${COPY}`);
  });

  it('still names the copy when the whole key was unreadable', () => {
    expect(strings.storage.describe({ state: 'damaged', damagedKey: 'k' })).toBe(
      'Some saved data could not be read, so this tool started fresh. Nothing was deleted: a copy was kept in this browser under the name “k”.',
    );
  });
});

describe('persistentText', () => {
  it('stores a plain string under the prefixed key and reads it back', () => {
    const $t = persistentText('choice');
    stores.push($t as WritableAtom<unknown>);
    $t.set('m-1');
    expect(fake.data['coffee-chat:choice']).toBe('m-1');
    expect(persistentText('choice').get()).toBe('m-1');
  });

  it('keeps working in memory when storage is full', () => {
    const $t = persistentText('choice');
    fake.setMode('full');
    $t.set('m-2');
    expect($t.get()).toBe('m-2');
    expect($storageStatus.get().state).toBe('full');
  });
});
