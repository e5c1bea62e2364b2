import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chunkBounds,
  compareBytes,
  findChunk,
  meetingPrefixes,
  sharedStart,
  splitWords,
  wordCost,
  type IndexWord,
} from '../../src/lib/search-chunks';

const utf8 = new TextEncoder();
const byBytes = (a: string, b: string) => compareBytes(utf8.encode(a), utf8.encode(b));

/** A word on one page with `positions` positions: it costs positions + 1. */
const word = (text: string, positions = 1): IndexWord => [text, [[0, Array.from({ length: positions }, (_, i) => i)]]];
const texts = (chunks: IndexWord[][]) => chunks.map((chunk) => chunk.map(([w]) => w));

/** Sorted, distinct words from a small alphabet, so many share their starts (as real words do), with Unicode in the mix. */
const wordsArb = fc
  .uniqueArray(
    fc.record({
      text: fc.array(fc.constantFrom('a', 'b', 'c', 'é', '日', '0'), { minLength: 1, maxLength: 6 }).map((cs) => cs.join('')),
      positions: fc.integer({ min: 1, max: 30 }),
    }),
    { selector: (w) => w.text, minLength: 1, maxLength: 120 },
  )
  .map((list) => list.sort((a, b) => byBytes(a.text, b.text)).map((w) => word(w.text, w.positions)));

describe('wordCost', () => {
  it("counts a word's positions plus one for each page, as Pagefind does", () => {
    expect(wordCost(['x', [[0, [1, 2, 3]], [4, [-26, 9]]]])).toBe(3 + 1 + 2 + 1);
  });
});

describe('splitWords', () => {
  it('never drops, repeats or reorders a word, and never leaves an empty chunk', () => {
    fc.assert(
      fc.property(wordsArb, fc.integer({ min: 1, max: 200 }), (words, limit) => {
        const chunks = splitWords(words, limit);
        expect(chunks.flat()).toEqual(words);
        expect(chunks.every((chunk) => chunk.length > 0)).toBe(true);
      }),
    );
  });

  it('keeps each chunk under one and a half limits plus one word, and all but the last at half the limit or more', () => {
    fc.assert(
      fc.property(wordsArb, fc.integer({ min: 1, max: 200 }), (words, limit) => {
        const chunks = splitWords(words, limit);
        chunks.forEach((chunk, i) => {
          const cost = chunk.reduce((sum, w) => sum + wordCost(w), 0);
          expect(cost - wordCost(chunk.at(-1)!)).toBeLessThan(limit * 1.5);
          if (i < chunks.length - 1) expect(cost).toBeGreaterThanOrEqual(limit / 2);
        });
      }),
    );
  });

  it('cuts where the words either side share the shortest start, within the second half of the chunk', () => {
    // Each word costs 2; the limit of 10 is reached at "da", half of it at "cad".
    const words = ['cab', 'cac', 'cad', 'cae', 'da', 'db', 'dc'].map((w) => word(w));
    expect(texts(splitWords(words, 10))).toEqual([['cab', 'cac', 'cad', 'cae'], ['da', 'db', 'dc']]);
  });

  it('runs a chunk on to the end of a two-letter start rather than split it, to one and a half limits at most', () => {
    // Each word costs 2; the limit of 8 is reached at "thd", inside the run of "th" words.
    const words = ['tha', 'thb', 'thc', 'thd', 'the', 'tia', 'tib'].map((w) => word(w));
    expect(texts(splitWords(words, 8))).toEqual([['tha', 'thb', 'thc', 'thd', 'the'], ['tia', 'tib']]);
  });

  it('cuts at the limit when every boundary in reach shares as much', () => {
    const words = ['ba', 'bb', 'bc', 'bd', 'be', 'bf'].map((w) => word(w));
    expect(texts(splitWords(words, 6))).toEqual([['ba', 'bb', 'bc'], ['bd', 'be', 'bf']]);
  });

  it('gives a word heavier than the limit a chunk of its own', () => {
    const words = [word('a'), word('the', 50), word('to')];
    expect(texts(splitWords(words, 4))).toEqual([['a'], ['the'], ['to']]);
  });

  it('refuses a limit that would never close a chunk', () => {
    expect(() => splitWords([word('a')], 0)).toThrow(RangeError);
  });
});

describe('meetingPrefixes', () => {
  it('cuts both words one character past their shared start (the cases in Pagefind’s own tests)', () => {
    expect(meetingPrefixes('apple', 'apricot')).toEqual(['app', 'apr']);
    expect(meetingPrefixes('cataraman', 'yacht')).toEqual(['c', 'y']);
    expect(meetingPrefixes('cath', 'cathartic')).toEqual(['cath', 'catha']);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(sharedStart('😀a', '😀b')).toBe(1);
    expect(meetingPrefixes('😀a', '😀b')).toEqual(['😀a', '😀b']);
  });
});

describe('compareBytes', () => {
  it('orders strings by their UTF-8 bytes, as Rust does, where JavaScript’s order differs', () => {
    // "Ａ" (U+FF21) sorts after "😀" in UTF-16 units, before it in UTF-8 bytes.
    expect('Ａ' > '😀').toBe(true);
    expect(byBytes('Ａ', '😀')).toBeLessThan(0);
    expect(byBytes('a', 'ab')).toBeLessThan(0);
    expect(byBytes('ab', 'ab')).toBe(0);
  });
});

describe('chunkBounds and findChunk', () => {
  it('sends a word at the end of a chunk to that chunk, not to an earlier one ending in a letter it starts with', () => {
    const chunks = [[word('0'), word('a')], [word('ab'), word('am'), word('among')], [word('an'), word('as')]];
    const bounds = chunkBounds(chunks);
    expect(bounds).toEqual([
      { from: '', to: 'a' },
      { from: 'ab', to: 'among' },
      { from: 'an', to: 'as' },
    ]);
    expect(findChunk(bounds, 'among')).toBe(1);
    expect(findChunk(bounds, 'amo')).toBe(1);
  });

  it('finds every word in the chunk that holds it, and every partly typed word where all its completions are', () => {
    fc.assert(
      fc.property(wordsArb, fc.integer({ min: 1, max: 120 }), (words, limit) => {
        const chunks = splitWords(words, limit);
        const bounds = chunkBounds(chunks);
        const home = new Map(chunks.flatMap((chunk, i) => chunk.map(([w]) => [w, i] as const)));
        for (const [w, i] of home) expect(findChunk(bounds, w), w).toBe(i);
        for (const [w] of home) {
          const chars = [...w];
          for (let n = 1; n < chars.length; n++) {
            const typed = chars.slice(0, n).join('');
            const homes = new Set([...home].filter(([other]) => other.startsWith(typed)).map(([, i]) => i));
            if (homes.size === 1) expect(findChunk(bounds, typed), typed).toBe([...homes][0]);
          }
        }
      }),
    );
  });

  it('finds no chunk for an empty index', () => {
    expect(findChunk([], 'coffee')).toBe(-1);
  });
});
