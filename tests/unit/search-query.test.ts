import { describe, expect, it } from 'vitest';
import { searchTerms } from '../../src/lib/search-query';

describe('searchTerms', () => {
  it('drops common short words from a query of several words', () => {
    expect(searchTerms('ask for a job')).toBe('ask job');
    expect(searchTerms('thank you')).toBe('thank');
    expect(searchTerms('How long should it last')).toBe('How long should last');
  });
  it('keeps a query made only of common words', () => {
    expect(searchTerms('what to')).toBe('what to');
    expect(searchTerms('the')).toBe('the');
  });
  it('keeps quoted phrases whole', () => {
    expect(searchTerms('"a job"')).toBe('"a job"');
  });
  it('leaves single words, hyphenated words and accents alone, and normalises spacing', () => {
    expect(searchTerms('  thank-you  ')).toBe('thank-you');
    expect(searchTerms('résumé   tips')).toBe('résumé tips');
    expect(searchTerms('TIARA')).toBe('TIARA');
  });
  it('never returns an empty query for a non-empty one', () => {
    for (const q of ['a', 'the a of', ' x ']) expect(searchTerms(q).length).toBeGreaterThan(0);
  });
});
