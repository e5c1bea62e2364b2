import { describe, expect, it } from 'vitest';
import { articleLd } from '../../src/lib/structured-data';
import { ogCard, titleSize, OG_SIZE, type OgNode } from '../../src/lib/og-card';

describe('Article structured data', () => {
  it('names the site as author and publisher, with both dates', () => {
    const ld = articleLd({ title: 'T', published: new Date('2026-01-02'), updated: new Date('2026-03-04'), siteName: 'Coffee Chat', siteUrl: 'https://x.example/', image: 'https://x.example/og/t.png' });
    expect(ld).toMatchObject({
      '@type': 'Article',
      headline: 'T',
      datePublished: '2026-01-02',
      dateModified: '2026-03-04',
      image: 'https://x.example/og/t.png',
      author: { '@type': 'Organization', name: 'Coffee Chat', url: 'https://x.example/' },
      publisher: { '@type': 'Organization', name: 'Coffee Chat' },
    });
  });
  it('never says a guide was modified before it was published', () => {
    const ld = articleLd({ title: 'T', published: new Date('2026-05-01'), updated: new Date('2026-01-01'), siteName: 'S', siteUrl: 'https://x.example/' });
    expect(ld.dateModified).toBe('2026-05-01');
  });
});

describe('social preview card', () => {
  const text = (n: OgNode | string): string => (typeof n === 'string' ? n : [n.props.children ?? []].flat().map(text).join(' '));
  it('carries the title, section and site name at the card size', () => {
    const card = ogCard({ title: 'Following up', section: 'Follow up', siteName: 'Coffee Chat' });
    expect(card.props.style).toMatchObject({ width: OG_SIZE.width, height: OG_SIZE.height });
    expect(text(card)).toContain('Following up');
    expect(text(card)).toContain('Follow up');
    expect(text(card)).toContain('Coffee Chat');
  });
  it('makes long titles smaller', () => {
    expect(titleSize('Etiquette')).toBeGreaterThan(titleSize('Informational interview vs. job interview but much longer still'));
  });
});
