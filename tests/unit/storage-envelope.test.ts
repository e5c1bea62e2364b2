import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEnvelope, encodeEnvelope, migrate, type Migrations } from '../../src/lib/storage-envelope';

describe('storage envelope', () => {
  it('gives back exactly the data it encoded, at the current version', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 1, max: 50 }), (data, v) => {
        const r = decodeEnvelope(encodeEnvelope(v, data), v);
        // JSON turns -0 into 0; compare through JSON so that is not a false alarm.
        expect(r).toEqual({ kind: 'ok', data: JSON.parse(JSON.stringify(data)), from: v });
      }),
    );
  });

  it('calls text that is not JSON damaged', () => {
    expect(decodeEnvelope('{"v":1,', 1)).toEqual({ kind: 'damaged', message: 'not valid JSON' });
  });

  it.each([
    ['an array', [1, 2]],
    ['null', null],
    ['an object without data', { v: 1 }],
    ['an object without a version', { data: {} }],
    ['a fractional version', { v: 1.5, data: {} }],
    ['a zero version', { v: 0, data: {} }],
    ['a version written as text', { v: '1', data: {} }],
  ])('calls %s damaged', (_, raw) => {
    expect(migrate(raw, 1).kind).toBe('damaged');
  });

  it('reports data from a newer version instead of reading it', () => {
    expect(decodeEnvelope(encodeEnvelope(3, { x: 1 }), 2)).toEqual({ kind: 'newer', version: 3 });
  });

  it('runs only the migrations above the stored version, in ascending order', () => {
    const order: number[] = [];
    const migrations: Migrations = {
      2: (d) => (order.push(2), { ...(d as object), two: true }),
      4: (d) => (order.push(4), { ...(d as object), four: true }),
      3: (d) => (order.push(3), { ...(d as object), three: true }),
    };
    expect(migrate({ v: 2, data: { one: true } }, 4, migrations)).toEqual({
      kind: 'ok',
      data: { one: true, three: true, four: true },
      from: 2,
    });
    expect(order).toEqual([3, 4]);
  });

  it('applies every step between any stored and current version exactly once', () => {
    // Each step appends its version number, so the output records the path taken.
    const migrations: Migrations = Object.fromEntries(
      Array.from({ length: 9 }, (_, i) => [i + 2, (d: unknown) => [...(d as number[]), i + 2]]),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 10 }), (from, to) => {
        fc.pre(from <= to);
        const r = migrate({ v: from, data: [] }, to, migrations);
        const expected = Array.from({ length: to - from }, (_, i) => from + 1 + i);
        expect(r).toEqual({ kind: 'ok', data: expected, from });
      }),
    );
  });

  it('calls data damaged when a migration step is missing, naming the version', () => {
    expect(migrate({ v: 1, data: {} }, 3, { 3: (d) => d })).toEqual({
      kind: 'damaged',
      message: 'no migration to version 2',
    });
  });

  it('calls data damaged when a migration throws, keeping its message', () => {
    const r = migrate({ v: 1, data: {} }, 2, {
      2: () => {
        throw new Error('bad shape');
      },
    });
    expect(r).toEqual({ kind: 'damaged', message: 'migration to version 2 failed: bad shape' });
  });
});
