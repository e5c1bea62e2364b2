import { describe, expect, it } from 'vitest';
import { createMeeting } from '../../src/lib/meeting';

describe('createMeeting', () => {
  it('starts empty and untitled (the name is the caller\'s words), with the default length', () => {
    const m = createMeeting({}, new Date('2026-01-02T03:04:05Z'));
    expect(m.title).toBe('');
    expect(m.lengthMinutes).toBe(20);
    expect(m.createdAt).toBe('2026-01-02T03:04:05.000Z');
    expect(m.questions).toEqual([]);
  });
});
