import { describe, expect, it } from 'vitest';
import { parseTitles, quickPage, titleEntry } from '../../src/lib/search-titles';
import { pageHit } from '../../src/lib/search-results';

describe('result titles before result text', () => {
  it('keeps a page’s address, title and section from its fragment', () => {
    expect(titleEntry({ url: '/guides/following-up/', meta: { title: ' Following up ', section: 'Follow up' } })).toEqual(['/guides/following-up/', 'Following up', 'Follow up']);
    expect(titleEntry({ url: '/data/', meta: {} })).toEqual(['/data/', '', '']);
    expect(titleEntry({ meta: { title: 'No address' } })).toBeNull();
  });

  it('reads the file, leaving out what is malformed instead of failing', () => {
    const titles = parseTitles({ en_a: ['/a/', 'A', 'Guides'], en_b: ['/b/', 2, ''], en_c: 'x', en_d: ['', 'D', ''] });
    expect([...titles.keys()]).toEqual(['en_a']);
    for (const bad of [null, 'text', 3, [['/a/', 'A', '']]]) expect(parseTitles(bad).size).toBe(0);
  });

  it('gives a result the page hit a reader sees, under the base path, with no text yet', () => {
    const titles = parseTitles({ en_a: ['/guides/following-up/', 'Following up', 'Follow up'] });
    const raw = quickPage(titles, 'en_a', (path) => `/coffee-chat${path}`)!;
    expect(pageHit(raw, 'thank you')).toEqual({ title: 'Following up', url: '/coffee-chat/guides/following-up/', section: 'Follow up', excerpt: '', sections: [] });
  });

  it('answers null for a page the file does not know, so the result waits for its fragment', () => {
    expect(quickPage(parseTitles({}), 'en_new', (path) => path)).toBeNull();
  });
});
