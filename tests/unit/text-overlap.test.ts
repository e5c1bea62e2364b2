import { describe, expect, it } from 'vitest';
import { NEAR_DUPLICATE_OVERLAP, contentWords, wordOverlap } from './text-overlap';

describe('word overlap', () => {
  it('ignores common words and meets word forms halfway', () => {
    expect([...contentWords('How is the field changing? What changes do you see?')]).toEqual(['chang', 'see']);
  });

  it('flags a reworded question that says the same thing', () => {
    expect(wordOverlap('Who else should I talk to about this field?', 'Is there anyone else I should talk to?')).toBeGreaterThan(NEAR_DUPLICATE_OVERLAP);
  });

  it('keeps apart questions on different subjects', () => {
    expect(wordOverlap('Which newsletters do insiders read?', 'How predictable are your hours?')).toBe(0);
  });
});
