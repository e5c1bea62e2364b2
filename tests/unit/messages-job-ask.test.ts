import { describe, expect, it } from 'vitest';
import { findJobAsks } from '../../src/lib/messages';
import { JOB_ASK_CORPUS } from './fixtures/job-ask-corpus';

describe('job-ask rule on its corpus', () => {
  for (const { text, ask } of JOB_ASK_CORPUS) {
    it(`${ask ? 'catches' : 'lets through'}: ${text}`, () => {
      expect(findJobAsks(text).length > 0).toBe(ask);
    });
  }

  it('points at the words that tipped it, at their place in the text', () => {
    const text = 'Hi Maria,\nThanks for your talk. I have attached my resume for you.';
    const [hit] = findJobAsks(text);
    expect(hit.phrase).toMatch(/attached my resume/);
    expect(text.slice(hit.index, hit.index + hit.phrase.length)).toBe(hit.phrase);
  });
});

describe('job-ask rule and placeholders', () => {
  it('does not read a word inside an unfilled placeholder as an ask ("your move into [their role]")', () => {
    expect(findJobAsks("Your move into [their role] is a path I'd love to understand.")).toEqual([]);
    expect(findJobAsks('Could you refer me for the [role] opening?').length).toBe(1);
  });
});
