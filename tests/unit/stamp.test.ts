import { describe, expect, it } from 'vitest';
import { newerStamp } from '../../src/lib/stamp';

describe('newerStamp, the stamp of a change to the timer run or settings', () => {
  it('stamps a change with the time now', () => expect(newerStamp(1_000, 5_000)).toBe(5_000));
  it('stays newer than the version it replaces within one millisecond or when the clock runs behind', () => {
    expect(newerStamp(5_000, 5_000)).toBe(5_001);
    expect(newerStamp(9_000, 5_000)).toBe(9_001);
  });
});
