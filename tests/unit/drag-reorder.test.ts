import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dropIndex, dropSide, edgeScroll } from '../../src/lib/drag-reorder';

/** Four rows 100 px tall with 10 px gaps: midpoints at 50, 160, 270, 380. */
const mids = [50, 160, 270, 380];

describe('dropIndex', () => {
  it('lands above the first row at 0 and below the last at the last index', () => {
    expect(dropIndex(-500, mids, 2)).toBe(0);
    expect(dropIndex(10, mids, 2)).toBe(0);
    expect(dropIndex(9999, mids, 0)).toBe(3);
    expect(dropIndex(390, mids, 1)).toBe(3);
  });

  it('stays put while the pointer is over the dragged row itself', () => {
    // Row 1 spans 110 to 210: anywhere between the neighbours' midpoints keeps it at 1.
    for (const y of [51, 110, 160, 210, 270]) expect(dropIndex(y, mids, 1)).toBe(1);
  });

  it('goes past a row once the pointer passes that row’s midpoint, not before', () => {
    expect(dropIndex(160, mids, 0)).toBe(0);
    expect(dropIndex(161, mids, 0)).toBe(1);
    expect(dropIndex(271, mids, 0)).toBe(2);
    expect(dropIndex(269, mids, 3)).toBe(2);
    expect(dropIndex(49, mids, 3)).toBe(0);
  });

  it('ignores the dragged row’s own midpoint, wherever the row has been moved to', () => {
    expect(dropIndex(300, [50, 160, -1000, 380], 2)).toBe(2);
    expect(dropIndex(300, [50, 160, 9999, 380], 2)).toBe(2);
  });

  it('handles a single row and an empty list', () => {
    expect(dropIndex(-10, [50], 0)).toBe(0);
    expect(dropIndex(500, [50], 0)).toBe(0);
    expect(dropIndex(100, [], 0)).toBe(-1);
  });

  it('always gives an index inside the list', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1 }), fc.integer({ min: -2000, max: 2000 }), fc.nat(), (raw, y, pick) => {
        const sorted = [...raw].sort((a, b) => a - b);
        const from = pick % sorted.length;
        const to = dropIndex(y, sorted, from);
        expect(to).toBeGreaterThanOrEqual(0);
        expect(to).toBeLessThan(sorted.length);
      }),
    );
  });
});

describe('dropSide', () => {
  it('draws the line before the target when moving up and after it when moving down', () => {
    expect(dropSide(1, 3, 1)).toBe('before');
    expect(dropSide(2, 0, 2)).toBe('after');
  });

  it('draws nothing on other rows or when the row would not move', () => {
    expect(dropSide(0, 3, 1)).toBeUndefined();
    expect(dropSide(3, 3, 1)).toBeUndefined();
    expect(dropSide(2, 2, 2)).toBeUndefined();
  });
});

describe('edgeScroll', () => {
  it('scrolls up near the top and down near the bottom, faster nearer the edge', () => {
    expect(edgeScroll(0, 800)).toBe(-12);
    expect(edgeScroll(24, 800)).toBe(-6);
    expect(edgeScroll(800, 800)).toBe(12);
    expect(edgeScroll(776, 800)).toBe(6);
    expect(edgeScroll(-50, 800)).toBe(-12);
    expect(edgeScroll(900, 800)).toBe(12);
  });

  it('does not scroll in between', () => {
    expect(edgeScroll(48, 800)).toBe(0);
    expect(edgeScroll(400, 800)).toBe(0);
    expect(edgeScroll(752, 800)).toBe(0);
  });

  it('keeps the zones to a quarter of a short viewport each, and ignores an empty one', () => {
    expect(edgeScroll(50, 100)).toBe(0);
    expect(edgeScroll(20, 100)).toBeLessThan(0);
    expect(edgeScroll(80, 100)).toBeGreaterThan(0);
    expect(edgeScroll(0, 0)).toBe(0);
  });
});
