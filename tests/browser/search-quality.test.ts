import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { newContext, useBrowser } from './harness';

const browser = useBrowser();

/** Opens search on /guides/, types a query and returns the result titles in order. */
async function titlesFor(query: string, onRequest?: (url: string) => void) {
  const context = await newContext(browser());
  const page = await context.newPage();
  if (onRequest) page.on('request', (r) => onRequest(r.url()));
  await page.goto('/guides/');
  await page.keyboard.press('Control+k');
  const box = page.getByRole('combobox', { name: 'Search guides, questions and tools' });
  await box.waitFor();
  await box.fill(query);
  const list = page.getByRole('listbox', { name: 'Search results' });
  await list.getByRole('option').first().waitFor();
  const titles = await list.locator('.result-title').allTextContents();
  await context.close();
  return titles;
}

describe('search ranking', () => {
  it('puts the follow-up guide first for "thank-you"', async () => {
    expect((await titlesFor('thank-you'))[0]).toBe('Following up');
  });
  it('puts the questions guide first for "TIARA"', async () => {
    expect((await titlesFor('TIARA'))[0]).toBe('Questions to ask');
  });
  it('puts the etiquette guide near the top for "résumé"', async () => {
    expect((await titlesFor('résumé')).slice(0, 3)).toContain('Etiquette');
  });
});

describe('search weight', () => {
  it('fetches under 100 KB gzip of search code and index for a first query', async () => {
    const fetched = new Set<string>();
    await titlesFor('coffee', (url) => {
      const path = new URL(url).pathname;
      if (path.startsWith('/pagefind/') || path.startsWith('/_astro/search')) fetched.add(path);
    });
    const bytes = [...fetched].reduce((sum, path) => sum + gzipSync(readFileSync(`dist${path}`)).length, 0);
    expect(fetched.size).toBeGreaterThan(2);
    expect(bytes, [...fetched].join(', ')).toBeLessThan(100 * 1024);
  });
});
