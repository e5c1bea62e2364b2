import { describe, expect, it } from 'vitest';
import { RUNTIME_CACHES, savedGuides, savedPageTitle } from '../../src/lib/offline-cache';

const ORIGIN = 'https://coffee-chat.example';

describe('savedPageTitle', () => {
  it('takes the first h1, without its markup', () => {
    expect(savedPageTitle('<title>X · Coffee Chat</title><h1 class="t">Following <em>up</em></h1>', '/guides/following-up/')).toBe('Following up');
  });
  it('falls back to the title without the site name', () => {
    expect(savedPageTitle('<title>Thank-you notes &amp; follow-ups · Coffee Chat</title>', '/g/')).toBe('Thank-you notes & follow-ups');
  });
  it('gives the path for empty or broken HTML', () => {
    expect(savedPageTitle('', '/guides/x/')).toBe('/guides/x/');
    expect(savedPageTitle('<h1>   </h1><title></title>', '/guides/y/')).toBe('/guides/y/');
    expect(savedPageTitle('<h1>unclosed', '/guides/z/')).toBe('/guides/z/');
  });
  it('decodes numeric entities', () => {
    expect(savedPageTitle('<h1>R&#233;sum&#xe9;s</h1>', '/')).toBe('Résumés');
  });
});

describe('savedGuides', () => {
  it('keeps guide pages of this site only, once each, sorted by title', () => {
    const pages = [
      { path: `${ORIGIN}/guides/preparing/`, title: 'Preparing' },
      { path: `${ORIGIN}/guides/`, title: 'Guides' },
      { path: `${ORIGIN}/questions/`, title: 'Question bank' },
      { path: '/guides/etiquette/', title: 'Etiquette' },
      { path: `${ORIGIN}/guides/preparing/`, title: 'Preparing again' },
      { path: 'https://elsewhere.example/guides/x/', title: 'Elsewhere' },
      { path: `${ORIGIN}/guides/a/b/`, title: 'Too deep' },
    ];
    expect(savedGuides(pages, ORIGIN)).toEqual([
      { path: '/guides/etiquette/', title: 'Etiquette' },
      { path: '/guides/preparing/', title: 'Preparing' },
    ]);
  });
  it('is empty when nothing is saved', () => {
    expect(savedGuides([], ORIGIN)).toEqual([]);
  });
});

describe('runtime caches', () => {
  it('each have a distinct name, an entry cap and an expiry', () => {
    const caches = Object.values(RUNTIME_CACHES);
    expect(new Set(caches.map((c) => c.name)).size).toBe(caches.length);
    for (const c of caches) {
      expect(c.maxEntries).toBeGreaterThan(0);
      expect(c.maxAgeDays).toBeGreaterThan(0);
    }
  });
});
