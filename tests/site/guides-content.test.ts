import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/lib/reading-time';
import { page } from './dist';

interface Front {
  title: string;
  description: string;
  sources: { title: string; author?: string; publisher?: string; year?: number; url?: string }[];
  faq?: { question: string; answer: string }[];
}
const DIR = 'src/content/guides/';
const guides = readdirSync(DIR)
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => {
    const source = readFileSync(DIR + file, 'utf8');
    const front = load(source.match(/^---\n([\s\S]*?)\n---/)![1]!) as Front;
    return { slug: file.replace(/\.mdx$/, ''), source, front };
  });
const articles = guides.filter((g) => !g.front.faq);

describe('the guide library', () => {
  it('has thirteen guides and an FAQ', () => {
    expect(articles).toHaveLength(13);
    expect(guides.some((g) => g.slug === 'faq')).toBe(true);
  });

  it.each(articles.map((g) => [g.slug, g] as const))('%s has 900 to 2,000 words of prose', (_, g) => {
    const words = countWords(g.source);
    expect(words).toBeGreaterThanOrEqual(900);
    expect(words).toBeLessThanOrEqual(2000);
  });

  it.each(guides.map((g) => [g.slug, g] as const))('%s lists at least two sources, one with an https link', (_, g) => {
    expect(g.front.sources.length).toBeGreaterThanOrEqual(2);
    expect(g.front.sources.filter((s) => s.url?.startsWith('https://')).length).toBeGreaterThanOrEqual(1);
  });

  it.each(guides.map((g) => [g.slug, g] as const))('%s cites the book behind each method it uses', (_, g) => {
    const body = g.source.replace(/^---[\s\S]*?\n---/, '');
    const titles = g.front.sources.map((s) => s.title);
    if (/Dalton|TIARA|3B7/.test(body)) expect(titles.some((t) => t.startsWith('The 2-Hour Job Search'))).toBe(true);
    if (/Bolles|Parachute/.test(body)) expect(titles).toContain('What Color Is Your Parachute?');
  });

  it('renders a book as author, title and edition details, without a link', () => {
    const items = [...page('/guides/asking-for-the-meeting/').querySelectorAll('.sources li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).toContain('Steve Dalton, The 2-Hour Job Search, second edition (Ten Speed Press, 2020)');
  });

  it('shows each message template with its length against its limit', () => {
    const hint = page('/guides/asking-for-the-meeting/').querySelector('#tpl-request-cold-email')!.closest('figure')!.textContent!;
    expect(hint).toMatch(/\d+ words; limit 75 \(Steve Dalton/);
  });

  it('has unique titles and descriptions of at most 160 characters', () => {
    expect(new Set(guides.map((g) => g.front.title)).size).toBe(guides.length);
    expect(new Set(guides.map((g) => g.front.description)).size).toBe(guides.length);
    for (const g of guides) expect(g.front.description.length, g.slug).toBeLessThanOrEqual(160);
  });

  it.each(guides.map((g) => [g.slug] as const))('%s links to at least one other guide or tool from its text', (slug) => {
    const links = [...page(`/guides/${slug}/`).querySelectorAll('.guide-body a[href^="/"]')].map((a) => a.getAttribute('href')!);
    expect(links.filter((href) => href !== `/guides/${slug}/` && /^\/(guides|tools|questions)\//.test(href)).length).toBeGreaterThan(0);
  });
});

describe('structured data', () => {
  it('the FAQ page carries FAQPage data matching the questions on the page', () => {
    const doc = page('/guides/faq/');
    const blocks = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!));
    const faq = blocks.find((b) => b['@type'] === 'FAQPage');
    expect(faq.mainEntity.length).toBeGreaterThanOrEqual(10);
    const headings = [...doc.querySelectorAll('.faq h2')].map((h) => h.textContent!.trim());
    expect(faq.mainEntity.map((q: { name: string }) => q.name)).toEqual(headings);
    for (const q of faq.mainEntity) expect(q.acceptedAnswer.text.length).toBeGreaterThan(20);
  });

  it('the comparison table has a caption and header scopes', () => {
    const table = page('/guides/informational-vs-job-interview/').querySelector('table.compare')!;
    expect(table.querySelector('caption')?.textContent).toMatch(/side by side/);
    expect(table.querySelectorAll('th[scope="col"]')).toHaveLength(3);
    expect(table.querySelectorAll('th[scope="row"]').length).toBe(10);
  });

  it('timeline steps keep a space between when and what, so search excerpts do not run words together', () => {
    const text = page('/guides/following-up/').querySelector('.timeline ol')!.textContent!;
    expect(text).toContain('Within 24 hours A specific');
    expect(text).not.toMatch(/hoursA|weeksAn/);
  });
});

describe('links from the tools into the guides', () => {
  it('every checklist item points at a guide section that exists', async () => {
    const template = JSON.parse(readFileSync('src/content/checklists/template.json', 'utf8')) as { id: string; guide: string }[];
    const missing = template.filter(({ guide }) => {
      const [path, anchor] = guide.split('#');
      const doc = page(path!);
      return anchor ? doc.querySelector(`article h2[id="${anchor}"], article h3[id="${anchor}"]`) === null : false;
    });
    expect(missing.map((m) => `${m.id} -> ${m.guide}`)).toEqual([]);
  });
});
