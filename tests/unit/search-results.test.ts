import { describe, expect, it } from 'vitest';
import { isStopWord, meaningfulHighlights, nextShown, pageHit, type RawPage } from '../../src/lib/search-results';

describe('search highlights', () => {
  it('drops the highlight on "you" in "thank you" and keeps it on "thank"', () => {
    expect(meaningfulHighlights('<mark>Thank</mark> <mark>you</mark> for your time', 'thank you')).toBe('<mark>Thank</mark> you for your time');
  });
  it('keeps every highlight when the query is only common words', () => {
    const excerpt = 'what <mark>you</mark> do';
    expect(meaningfulHighlights(excerpt, 'you')).toBe(excerpt);
  });
  it('keeps highlights on words with accents and hyphens', () => {
    expect(meaningfulHighlights('a <mark>résumé</mark> and a <mark>thank-you</mark>', 'résumé thank-you')).toBe('a <mark>résumé</mark> and a <mark>thank-you</mark>');
  });
  it('knows common words in any case, with a curly apostrophe', () => {
    expect(isStopWord('The')).toBe(true);
    expect(isStopWord('coffee')).toBe(false);
  });
});

describe('page hits', () => {
  const raw: RawPage = {
    url: '/guides/following-up/',
    excerpt: 'Send a <mark>thank</mark> note',
    meta: { title: 'Following up', section: 'Follow up' },
    sub_results: [
      { title: 'Following up', url: '/guides/following-up/', excerpt: 'intro' },
      { title: 'Timing', url: '/guides/following-up/#timing', excerpt: 'a', weighted_locations: [{ balanced_score: 1 }] },
      { title: 'The thank-you note', url: '/guides/following-up/#note', excerpt: '<mark>thank</mark> <mark>you</mark>', weighted_locations: [{ balanced_score: 5 }, { balanced_score: 5 }] },
      { title: 'Later', url: '/guides/following-up/#later', excerpt: 'b', weighted_locations: [{ balanced_score: 2 }] },
      { title: 'Last', url: '/guides/following-up/#last', excerpt: 'c', weighted_locations: [{ balanced_score: 0.5 }] },
    ],
  };
  it('lists the strongest sections with their anchors, never the page itself twice', () => {
    const hit = pageHit(raw, 'thank you');
    expect(hit.url).toBe('/guides/following-up/');
    expect(hit.sections.map((s) => s.url)).toEqual(['/guides/following-up/#note', '/guides/following-up/#later', '/guides/following-up/#timing']);
    expect(hit.sections[0]!.excerpt).toBe('<mark>thank</mark> you');
  });
  it('falls back to the URL when a page has no title', () => {
    expect(pageHit({ url: '/x/', excerpt: '', meta: {} }, 'x').title).toBe('/x/');
  });
});

describe('show more', () => {
  it('adds one step at a time and stops at the total', () => {
    expect(nextShown(0, 17)).toBe(5);
    expect(nextShown(15, 17)).toBe(17);
    expect(nextShown(17, 17)).toBe(17);
    expect(nextShown(0, 3)).toBe(3);
  });
});

describe('page excerpts', () => {
  it('leaves the page excerpt out when a section under it says the same', () => {
    const hit = pageHit(
      { url: '/g/', excerpt: 'x <mark>tiara</mark>', meta: { title: 'G' }, sub_results: [{ title: 'S', url: '/g/#s', excerpt: 'x <mark>tiara</mark>', locations: [1] }] },
      'tiara',
    );
    expect(hit.excerpt).toBe('');
    expect(hit.sections[0]!.excerpt).toBe('x <mark>tiara</mark>');
  });
});
