import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_FALLBACKS,
  STOP_WORDS,
  fallbackQueries,
  focusQuery,
  queryWords,
  searchTerms,
  searchWithFallback,
} from '../../src/lib/search-query';

/** A fake index: a page matches when it holds every word of the query (Pagefind's rule). */
function fakeSearch(pages: Record<string, string>, log: string[] = []) {
  return async (q: string) => {
    log.push(q);
    const words = q.split(' ').filter(Boolean);
    return Object.entries(pages)
      .filter(([, text]) => words.every((w) => text.split(' ').includes(w)))
      .map(([id]) => ({ id }));
  };
}

const PAGES = {
  phone: 'virtual and phone chats video call informational interview',
  thanks: 'following up thank you email informational interview',
  asking: 'asking for the meeting email request informational interview',
};

describe('queryWords', () => {
  it('lower-cases, splits on spaces and trims punctuation at the ends, keeping inner hyphens and accents', () => {
    expect(queryWords('  How long should it last?  ')).toEqual(['how', 'long', 'should', 'it', 'last']);
    expect(queryWords('Thank-you, Résumé!')).toEqual(['thank-you', 'résumé']);
    expect(queryWords('?? !!')).toEqual([]);
  });
});

describe('fallbackQueries', () => {
  it('first drops the words that carry no meaning here, then words one at a time', () => {
    expect(fallbackQueries('phone interview tips')).toEqual(['phone interview', 'phone', 'interview']);
    expect(fallbackQueries('how should I dress')).toEqual(['dress']);
  });

  it('keeps earlier words longest when it has to drop meaningful ones', () => {
    expect(fallbackQueries('alumni zoom etiquette')).toEqual(['alumni zoom', 'alumni etiquette', 'zoom etiquette', 'alumni', 'zoom', 'etiquette']);
  });

  it('offers nothing for a single word, and never the query itself', () => {
    expect(fallbackQueries('TIARA')).toEqual([]);
    expect(fallbackQueries('how to')).toEqual(['how', 'to']);
  });

  it('never repeats a query, never offers an empty one, never more than MAX_FALLBACKS, and only ever fewer words', () => {
    const word = fc.oneof(fc.constantFrom(...STOP_WORDS), fc.stringMatching(/^[a-z]{1,8}$/));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 9 }), (words) => {
        const query = words.join(' ');
        const out = fallbackQueries(query);
        expect(new Set(out).size).toBe(out.length);
        expect(out.length).toBeLessThanOrEqual(MAX_FALLBACKS);
        for (const q of out) {
          expect(q).not.toBe('');
          expect(q).not.toBe(queryWords(query).join(' '));
          expect(q.split(' ').length).toBeLessThanOrEqual(words.length);
        }
      }),
    );
  });
});

describe('focusQuery', () => {
  it('leaves out the words every page shares', () => {
    expect(focusQuery('How to prepare for an informational interview?')).toBe('how to prepare for');
    expect(focusQuery('zoom coffee chat')).toBe('zoom');
  });
  it('keeps the shared words when nothing else is left', () => {
    expect(focusQuery('Informational interviews')).toBe('informational interviews');
  });
});

describe('searchWithFallback', () => {
  it('answers with the reader’s own query when it finds something', async () => {
    const answer = await searchWithFallback('thank you email', fakeSearch(PAGES));
    expect(answer).toEqual({ query: 'thank you email', results: [{ id: 'thanks' }], shortened: false });
  });

  it('finds "Virtual and phone chats" for "phone interview tips" and says it searched "phone interview"', async () => {
    const answer = await searchWithFallback('phone interview tips', fakeSearch(PAGES));
    expect(answer).toEqual({ query: 'phone interview', results: [{ id: 'phone' }], shortened: true });
  });

  it('does not need the words every page shares to be on a page', async () => {
    const answer = await searchWithFallback('email informational interview', fakeSearch({ a: 'email request', b: 'video' }));
    expect(answer?.results).toEqual([{ id: 'a' }]);
    expect(answer?.shortened).toBe(false);
  });

  it('never says "no results" while a shorter query would find a page', async () => {
    const word = fc.constantFrom('phone', 'video', 'thank', 'email', 'request', 'salary', 'tips', 'how', 'to', 'zoom');
    await fc.assert(
      fc.asyncProperty(fc.array(word, { minLength: 1, maxLength: 4 }), async (words) => {
        const answer = await searchWithFallback(words.join(' '), fakeSearch(PAGES));
        const findable = words.some((w) => Object.values(PAGES).some((text) => text.split(' ').includes(w)));
        expect(answer!.results.length > 0).toBe(findable);
      }),
    );
  });

  it('answers "nothing" with the reader’s query when no shorter one finds anything', async () => {
    expect(await searchWithFallback('salary negotiation', fakeSearch(PAGES))).toEqual({ query: 'salary negotiation', results: [], shortened: false });
  });

  it('stops as soon as a newer search supersedes it', async () => {
    const log: string[] = [];
    const answer = await searchWithFallback('phone interview tips', async (q) => (log.push(q), null));
    expect(answer).toBeNull();
    expect(log).toEqual(['phone tips']);
  });

  it('searches each focused query once', async () => {
    const log: string[] = [];
    await searchWithFallback('phone interview tips', fakeSearch(PAGES, log));
    expect(log).toEqual(['phone tips', 'phone']);
  });
});

describe('searchTerms', () => {
  it('drops common short words from a query of several words', () => {
    expect(searchTerms('ask for a job')).toBe('ask for job');
    expect(searchTerms('what the contact said and I heard')).toBe('what contact said and heard');
    expect(searchTerms('thank you')).toBe('thank you');
  });
  it('keeps a query made only of common words', () => {
    expect(searchTerms('a the')).toBe('a the');
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
