import { describe, expect, it } from 'vitest';
import { newContext, useBrowser } from './harness';

const browser = useBrowser();

/** Opens search on /guides/, types a query and returns the result titles in order (and the status line). */
async function search(query: string) {
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
  const status = await page.getByRole('dialog').getByRole('status').textContent();
  await context.close();
  return { titles, status };
}
const titlesFor = async (query: string) => (await search(query)).titles;

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
  it('puts the request guide first for a question as typed', async () => {
    expect((await titlesFor('how to ask for an informational interview'))[0]).toBe('Asking for the meeting');
  });
  it('answers "phone interview tips", a word of which is on no page, with a shorter query and says so', async () => {
    const { titles, status } = await search('phone interview tips');
    expect(titles[0]).toBe('Virtual and phone chats');
    expect(status).toMatch(/No results for “phone interview tips”\. \d+ results? for “phone interview”\./);
  });
});
