import { describe, expect, it } from 'vitest';
import {
  checkMessage,
  cleanDraftText,
  contentSentences,
  countChars,
  countWords,
  isMostlyNonLatin,
  looksLikeMarkup,
  sentences,
  DEFAULT_MESSAGE_LIMITS,
  readingGrade,
  words,
  PLACEHOLDER_RE,
} from '../../src/lib/messages';
import { MESSAGE_CORPUS } from './fixtures/message-corpus';

describe('counting words and characters', () => {
  it('counts plain English words, ignoring punctuation', () => {
    expect(countWords("Hi Maria, would you have 20 minutes? I'm free.")).toBe(9);
  });

  it('counts an emoji as one word and one character, even a family joined by ZWJ', () => {
    expect(countWords('Thanks 👋')).toBe(2);
    expect(countChars('👨‍👩‍👧')).toBe(1);
    expect(countChars('Hi 👍🏽')).toBe(4);
    expect('👨‍👩‍👧'.length).toBeGreaterThan(1);
  });

  it('counts an accented letter as one character, composed or not', () => {
    expect(countChars('Zoë')).toBe(3);
    expect(countChars('Zoe\u0308')).toBe(3);
    expect(countWords('résumé café naïve')).toBe(3);
  });

  it('counts Chinese and Japanese words without spaces', () => {
    expect(countWords('我想请教您一些问题')).toBeGreaterThan(1);
    expect(countChars('我想请教您一些问题')).toBe(9);
    expect(countWords('医療情報の仕事に興味があります')).toBeGreaterThan(3);
  });

  it('counts Arabic and Hindi words', () => {
    expect(countWords('مرحبا ماريا كيف حالك')).toBe(4);
    expect(countChars('नमस्ते')).toBe(3);
  });
});

describe('sentences', () => {
  it('does not end a sentence after a title or a.m.', () => {
    const list = sentences('Dear Ms. Lopez,\nWould 10 a.m. Tuesday work? Thanks.').map((s) => s.text);
    expect(list).toEqual(['Dear Ms. Lopez,', 'Would 10 a.m. Tuesday work?', 'Thanks.']);
  });

  it('gives each sentence its offset in the text', () => {
    const text = 'Hi Sam,\n\nFirst one. Second one?';
    for (const s of sentences(text)) expect(text.slice(s.index, s.index + s.text.length)).toBe(s.text);
  });

  it('leaves out the greeting and the signature', () => {
    const list = contentSentences('Hi Maria,\n\nOne. Two?\n\nBest,\nJordan Park').map((s) => s.text);
    expect(list).toEqual(['One.', 'Two?']);
  });
});

describe('input hygiene', () => {
  it('turns rich-text whitespace into plain spaces and line breaks', () => {
    const { text } = cleanDraftText('Hi\u00A0Maria,\r\n\r\n\r\n\tThanks\u200B for\u2029your  time\u00AD.', 1000);
    expect(text).toBe('Hi Maria,\n\nThanks for\nyour time.');
  });

  it('keeps the joiners emoji and other scripts need', () => {
    expect(cleanDraftText('👨‍👩‍👧 می‌خواهم', 100).text).toBe('👨‍👩‍👧 می‌خواهم');
  });

  it('bounds a very long paste without splitting an emoji', () => {
    const r = cleanDraftText('a'.repeat(9) + '😀' + 'b'.repeat(100), 10);
    expect(r.truncated).toBe(true);
    expect(r.text).toBe('a'.repeat(9));
  });

  it('checks a megabyte of text quickly and says only the start was read', () => {
    const body = 'Would you have 20 minutes? '.repeat(40_000);
    const t0 = performance.now();
    const report = checkMessage('cold-request', { subject: 'Hi', body }, { timeZone: 'UTC' });
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(report.notes).toContainEqual({ id: 'truncated', readChars: DEFAULT_MESSAGE_LIMITS.maxInputChars });
    expect(report.flags.map((f) => f.id)).toContain('over-outer-limit');
  });

  it('strips directional controls so a hidden override cannot hide a job ask', () => {
    const body = 'Hi Maria,\nSam Lee suggested I write. Would you have 20 minutes? I attached my \u202Eresume\u202C.';
    const ids = checkMessage('cold-request', { subject: 'Sam Lee suggested I write', body }, { timeZone: 'UTC', lengthMinutes: 20 }).flags.map((f) => f.id);
    expect(ids).toContain('job-ask');
  });

  it('treats pasted HTML as text and says so', () => {
    expect(looksLikeMarkup('<p>Hi</p><p>there</p>')).toBe(true);
    expect(looksLikeMarkup('I use <3 and 2 < 3')).toBe(false);
    const r = checkMessage('time-slots', { body: '<div>Hi Maria,</div><div>Would <b>Tuesday</b> work?</div>' }, { timeZone: 'UTC' });
    expect(r.notes.map((n) => n.id)).toContain('markup-pasted');
    expect(r.stats.words).toBeGreaterThan(4);
  });

  it('never throws on empty, whitespace-only or missing text', () => {
    expect(checkMessage('cold-request', { body: '' }, { timeZone: 'UTC' }).empty).toBe(true);
    expect(checkMessage('thank-you', { body: ' \n\u00A0\u200B ' }, { timeZone: 'UTC' }).flags).toEqual([]);
    expect(() => checkMessage('update', undefined as never, { timeZone: 'UTC' })).not.toThrow();
    expect(() => checkMessage('thank-you', { body: 'Thanks!' }, undefined as never)).not.toThrow();
    expect(() => checkMessage('bogus' as never, { body: 'Hi' }, { timeZone: 'UTC' })).not.toThrow();
    const r = checkMessage('follow-up', { body: 'Hi there' }, { timeZone: 'Mars/Olympus', requestSentOn: '2026-03-03' }, undefined, new Date('2026-03-04T12:00:00Z'));
    expect(r.flags.map((f) => f.id)).toContain('follow-up-too-early');
  });
});

describe('other scripts', () => {
  it('tells mostly non-Latin text apart, right to left included', () => {
    expect(isMostlyNonLatin('مرحبا ماريا، هل لديك عشرون دقيقة؟')).toBe(true);
    expect(isMostlyNonLatin('Hi Maria, قرأت مقالك. Would you have 20 minutes?')).toBe(false);
    expect(isMostlyNonLatin('こんにちは、Maria さん')).toBe(true);
    expect(isMostlyNonLatin('12345 !!!')).toBe(false);
  });

  it('skips the English checks but still counts and finds placeholders', () => {
    const r = checkMessage('cold-request', { subject: '', body: 'مرحبا [Name]، أنا ممرضة وأرغب في معرفة المزيد عن عملك. هل لديك عشرون دقيقة للحديث؟' }, { timeZone: 'UTC' });
    expect(r.englishOnly).toBe(true);
    expect(r.notes.find((n) => n.id === 'english-only')).toMatchObject({ skipped: expect.arrayContaining(['no-job-ask', 'subject']) });
    expect(r.flags.map((f) => f.id)).toEqual(['unfilled-placeholder']);
    expect(r.results.find((x) => x.check === 'subject')?.status).toBe('skipped');
  });
});

describe('reading level', () => {
  it('grades plain sentences low and dense ones high', () => {
    expect(readingGrade('We met at the fair. I liked your talk a lot. Would you have time for a call next week?').grade).toBeLessThan(4);
    expect(
      readingGrade('Interdisciplinary implementation methodologies necessitate organizational transformation initiatives throughout integrated healthcare delivery organizations.').grade,
    ).toBeGreaterThan(12);
  });

  it('stays close to Flesch-Kincaid (syllable counts) on the example corpus, and agrees on every good and every hard-to-read one', async () => {
    const { syllable } = await import('syllable');
    const { fleschKincaid } = await import('flesch-kincaid');
    for (const c of MESSAGE_CORPUS.filter((x) => !isMostlyNonLatin(x.draft.body))) {
      const list = contentSentences(c.draft.body.replace(PLACEHOLDER_RE, 'it'));
      const ws = list.flatMap((s) => words(s.text)).filter((w) => /\p{L}/u.test(w));
      if (ws.length < DEFAULT_MESSAGE_LIMITS.readingMinWords) continue;
      const fk = fleschKincaid({ sentence: list.length, word: ws.length, syllable: ws.reduce((n, w) => n + Math.max(1, syllable(w)), 0) });
      const ari = readingGrade(c.draft.body).grade;
      expect(Math.abs(ari - fk), c.name).toBeLessThan(3.5);
      const limit = DEFAULT_MESSAGE_LIMITS.readingGradeMax;
      if (c.good || c.mustFlag?.includes('hard-to-read')) expect(ari > limit, c.name).toBe(fk > limit);
    }
  });
});
