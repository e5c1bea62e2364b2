import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeShare,
  encodeShare,
  readShareFragment,
  SHARE_MAX_CHARS,
  shareFragment,
  type SharedList,
} from '../../src/lib/share-link';

const list: SharedList = {
  title: 'Chat with Ana',
  lengthMinutes: 25,
  questions: [
    { text: 'What changed most in your field this year?', minutes: 3, bankId: 'trends-changed' },
    { text: 'Mein eigener Frage – ünïcödé 🙂 日本語?', minutes: 2 },
  ],
};

function encoded(l: SharedList): string {
  const r = encodeShare(l);
  if (!r.ok) throw new Error(r.error);
  return r.payload;
}

describe('encodeShare / decodeShare', () => {
  it('round-trips a list including unicode and emoji', () => {
    expect(decodeShare(encoded(list))).toEqual({ ok: true, value: list });
  });

  it('produces a versioned payload of URL-safe characters only', () => {
    expect(encoded(list)).toMatch(/^1\.[A-Za-z0-9_-]+$/);
  });

  it('reads the payload back from a location hash', () => {
    const payload = encoded(list);
    expect(readShareFragment(shareFragment(payload))).toBe(payload);
    expect(readShareFragment('#section-2')).toBeNull();
    expect(readShareFragment('')).toBeNull();
  });

  it('round-trips any valid list', () => {
    const text = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 120 })
      .map((s) => s.trim())
      .filter((s) => s.length > 0 && s.length <= 300);
    const arbList = fc.record({
      title: fc.string({ maxLength: 60 }).map((s) => s.trim()),
      lengthMinutes: fc.integer({ min: 5, max: 240 }),
      questions: fc.array(
        fc.record({ text, minutes: fc.integer({ min: 1, max: 15 }) }, { requiredKeys: ['text', 'minutes'] }),
        { maxLength: 8 },
      ),
    });
    fc.assert(
      fc.property(arbList, (l) => {
        expect(decodeShare(encoded(l))).toEqual({ ok: true, value: l });
      }),
    );
  });

  it('refuses to encode a list whose link would be too long', () => {
    const long: SharedList = {
      title: 'Long',
      lengthMinutes: 60,
      questions: Array.from({ length: 40 }, (_, i) => ({ text: `${i} ${'x'.repeat(290)}`, minutes: 2 })),
    };
    expect(encodeShare(long)).toEqual({ ok: false, error: 'too-long' });
  });

  it('refuses to encode a list that would not decode', () => {
    expect(encodeShare({ ...list, lengthMinutes: 2 })).toEqual({ ok: false, error: 'invalid' });
  });
});

describe('decodeShare with bad links', () => {
  it('says an empty link is empty', () => {
    expect(decodeShare('')).toEqual({ ok: false, error: 'empty' });
  });

  it('says garbage is damaged', () => {
    expect(decodeShare('hello world')).toEqual({ ok: false, error: 'malformed' });
    expect(decodeShare('1.!!!')).toEqual({ ok: false, error: 'malformed' });
    expect(decodeShare('1.aGVsbG8')).toEqual({ ok: false, error: 'malformed' }); // "hello", not JSON
  });

  it('says a cut-off link is damaged', () => {
    const payload = encoded(list);
    for (let cut = 3; cut < payload.length; cut += 7) {
      const r = decodeShare(payload.slice(0, cut));
      expect(r.ok).toBe(false);
    }
  });

  it('refuses oversized links before decoding them', () => {
    expect(decodeShare(`1.${'A'.repeat(SHARE_MAX_CHARS)}`)).toEqual({ ok: false, error: 'too-long' });
  });

  it('names a link from another version', () => {
    const payload = encoded(list).replace(/^1\./, '2.');
    expect(decodeShare(payload)).toEqual({ ok: false, error: 'wrong-version' });
  });

  it('rejects well-formed data that breaks the limits', () => {
    const wrap = (o: unknown) => `1.${Buffer.from(JSON.stringify(o)).toString('base64url')}`;
    expect(decodeShare(wrap({ t: 'x', l: 20, q: [['', 2]] }))).toEqual({ ok: false, error: 'invalid' });
    expect(decodeShare(wrap({ t: 'x', l: 20, q: [['Fine?', 99]] }))).toEqual({ ok: false, error: 'invalid' });
    expect(decodeShare(wrap({ t: 'x', l: 1000, q: [] }))).toEqual({ ok: false, error: 'invalid' });
    expect(decodeShare(wrap({ t: 'x', l: 20, q: [['Fine?', 2, 'Bad Id!']] }))).toEqual({ ok: false, error: 'invalid' });
    expect(decodeShare(wrap([1, 2, 3]))).toEqual({ ok: false, error: 'invalid' });
    expect(decodeShare(wrap({ t: 'x', l: 20, q: [['x'.repeat(301), 2]] }))).toEqual({ ok: false, error: 'invalid' });
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string().map((s) => `1.${s}`), fc.base64String().map((s) => `1.${s}`)), (s) => {
        const r = decodeShare(s);
        expect(typeof r.ok).toBe('boolean');
      }),
    );
  });
});

describe('a meeting’s share link', () => {
  const base = { title: 'Chat with Ana', lengthMinutes: 30 };
  it('carries the title, length and questions, with bank ids, and never notes', async () => {
    const { sharedList } = await import('../../src/lib/share-link');
    const questions = [
      { id: 'a', text: 'What changed?', minutes: 3, bankId: 'trends-1', note: 'private' },
      { id: 'b', text: 'Mine', minutes: 2 },
    ];
    expect(sharedList({ ...base, questions })).toEqual({
      ...base,
      questions: [{ text: 'What changed?', minutes: 3, bankId: 'trends-1' }, { text: 'Mine', minutes: 2 }],
    });
  });
  it('is refused for an empty list, and round-trips otherwise', async () => {
    const { shareMeeting, decodeShare } = await import('../../src/lib/share-link');
    expect(shareMeeting({ ...base, questions: [] })).toEqual({ ok: false, error: 'empty' });
    const r = shareMeeting({ ...base, questions: [{ id: 'a', text: 'Q?', minutes: 2 }] });
    expect(r.ok && decodeShare(r.payload)).toEqual({ ok: true, value: { ...base, questions: [{ text: 'Q?', minutes: 2 }] } });
  });
});
