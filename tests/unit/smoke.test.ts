import { describe, expect, it } from 'vitest';
import { createMeeting } from '../../src/lib/meeting';

describe('createMeeting', () => {
  it('starts empty with the default title and length', () => {
    const m = createMeeting({}, new Date('2026-01-02T03:04:05Z'));
    expect(m.title).toBe('My next coffee chat');
    expect(m.createdAt).toBe('2026-01-02T03:04:05.000Z');
    expect(m.questions).toEqual([]);
  });
});
