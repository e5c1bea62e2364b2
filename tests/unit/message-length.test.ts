import { describe, expect, it } from 'vitest';
import { measureMessage, messageChars, messageWords } from '../../src/lib/message-length';

describe('message length', () => {
  it('counts bracketed fields as the words they hold and skips lone punctuation', () => {
    expect(messageWords('Hi [First name], — thanks!\n\nBest,\n[Your name]')).toBe(7);
  });

  it('counts characters as code points, so an emoji is one', () => {
    expect(messageChars(' Hi 👋 ')).toBe(4);
  });

  it('says whether a message meets a word or a character limit', () => {
    expect(measureMessage('one two three', { max: 3, unit: 'words', basis: 'x' })).toEqual({ count: 3, fits: true });
    expect(measureMessage('abcd', { max: 3, unit: 'characters', basis: 'x' })).toEqual({ count: 4, fits: false });
  });
});
