import { describe, expect, it } from 'vitest';
import { newContext, useBrowser } from './harness';

const browser = useBrowser();

/** Opens search on /guides/, types a query and returns the result titles in order. */
async function titlesFor(query: string) {
  const context = await newContext(browser());
  const page = await context.newPage();
  await page.goto('/guides/');
  await page.keyboard.press('Control+k');
  const box = page.getByRole('searchbox', { name: 'Search guides, questions and tools' });
  await box.waitFor();
  await box.fill(query);
  const list = page.getByRole('list', { name: 'Search results', exact: true });
  await list.locator(':scope > li').first().waitFor();
  const titles = await list.locator(':scope > li > a .result-title').allTextContents();
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
