import { cleanStores, keepMount, type WritableAtom } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeEnvelope } from '../../src/lib/storage-envelope';
import { persistentEnvelope, persistentText } from '../../src/stores/persist';
import { $storageStatus, resetStorageStatus } from '../../src/stores/storage-status';
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
