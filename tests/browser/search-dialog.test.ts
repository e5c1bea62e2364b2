/**
 * The search dialog tells the truth and takes the reader there: the true count, pages with their
 * matching sections, "Show more" until every result is on screen, section links that land on the
 * section, highlights only on words that carry the query, and a layout that fits phones.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, newContext, storeTheme, useBrowser } from './harness';

const browser = useBrowser();
const BOX = 'Search guides, questions and tools';

async function openSearch(page: Page, query: string) {
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: BOX });
  await box.waitFor();
  await box.fill(query);
  await page.getByRole('status').filter({ hasText: /results? for/ }).waitFor();
  await textIn(page);
  return box;
}

const resultList = (page: Page) => page.getByRole('list', { name: 'Search results', exact: true });
/** Results show with their titles first; waits until their excerpts and sections are in (the list no longer busy). */
const textIn = (page: Page) => expect.poll(() => resultList(page).getAttribute('aria-busy')).toBeNull();
/** The page links: the first link of each top-level item. */
const pageLinks = (page: Page) => resultList(page).locator(':scope > li > a');

describe('search results', () => {
  it('says the true count for "thank you" and "Show more" reaches every result', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto('/guides/');
    await openSearch(page, 'thank you');
    const status = await page.getByRole('status').filter({ hasText: /results? for/ }).textContent();
    const total = Number(status!.match(/^(\d+) results/)![1]);
    expect(total).toBeGreaterThan(5);
    expect(await pageLinks(page).count()).toBe(5);
    const more = page.getByRole('button', { name: /^Show \d+ more results?$/ });
    while (await more.isVisible()) {
      const before = await pageLinks(page).count();
      await more.click();
      await expect.poll(() => pageLinks(page).count()).toBeGreaterThan(before);
    }
    expect(await pageLinks(page).count()).toBe(total);
    expect(await page.getByRole('status').filter({ hasText: /results? for/ }).textContent()).toBe(`${total} results for “thank you”.`);
    await context.close();
  });

  it('shows matching sections under their page, and Enter on a section lands on that section', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto('/');
    await openSearch(page, 'thank you');
    const sections = resultList(page).getByRole('list', { name: 'Sections of Following up' });
    await sections.waitFor();
    const first = sections.getByRole('link').first();
    const href = (await first.getAttribute('href'))!;
    expect(href).toMatch(/^\/guides\/following-up\/#[\w-]+$/);
    // Keyboard: ↓ from the box to the first result, then on until the section has focus.
    await page.keyboard.press('ArrowDown');
    for (let i = 0; i < 20 && !(await first.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${href}`);
    const id = decodeURIComponent(href.split('#')[1]!);
    const top = await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, id);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200); // in view, below the sticky header
    await context.close();
  });

  it('highlights "thank", never the "you" of "thank you"', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto('/');
    await openSearch(page, 'thank you');
    const marks = (await resultList(page).locator('mark').allTextContents()).map((m) => m.toLowerCase());
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.filter((m) => m === 'you')).toEqual([]);
    expect(marks.some((m) => m.startsWith('thank'))).toBe(true);
    await context.close();
  });

  it('uses the whole height of a phone for results and shows no keyboard hints on touch', async () => {
    const context = await newContext(browser(), { width: 360, height: 740, touch: true });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: 'Search' }).tap();
    const box = page.getByRole('searchbox', { name: BOX });
    await box.fill('thank you');
    await page.getByRole('status').filter({ hasText: /results? for/ }).waitFor();
    const list = (await resultList(page).boundingBox())!;
    expect(list.y + list.height).toBeGreaterThan(740 * 0.8);
    expect(await page.getByText(/Enter opens the first result/).isVisible()).toBe(false);
    // Nothing sticks out of the screen: the Close button and every result fit its width.
    const close = (await page.getByRole('button', { name: 'Close' }).boundingBox())!;
    expect(close.x + close.width).toBeLessThanOrEqual(360);
    const widest = await resultList(page).evaluate((ul) => Math.max(ul.scrollWidth, ul.getBoundingClientRect().right));
    expect(widest).toBeLessThanOrEqual(360);
    await context.close();
  });

  it('shows keyboard hints with a mouse and keyboard', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto('/');
    await openSearch(page, 'coffee');
    expect(await page.getByText(/Enter opens the first result/).isVisible()).toBe(true);
    await context.close();
  });

  it('works without the dialog at /search/?q=', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto('/search/?q=thank%20you');
    await page.getByRole('status').filter({ hasText: /results for “thank you”/ }).waitFor();
    expect(await page.getByRole('searchbox', { name: BOX }).inputValue()).toBe('thank you');
    expect(await pageLinks(page).first().textContent()).toContain('Following up');
    await context.close();
  });

  it('shows the results and their count before their text arrives, and fills it in without moving focus', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    // Hold every result's text (Pagefind's fragments) until released.
    let release = () => {};
    const held = new Promise<void>((done) => (release = done));
    await context.route('**/*.pf_fragment', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/guides/');
    // The titles come when search opens, after Pagefind's code; a reader types after that.
    const titles = page.waitForResponse('**/pagefind/pagefind-titles.json');
    await page.keyboard.press('/');
    await titles;
    const box = page.getByRole('searchbox', { name: BOX });
    await box.fill('thank you');
    await page.getByRole('status').filter({ hasText: /^\d+ results for “thank you”/ }).waitFor();
    expect(await pageLinks(page).count()).toBe(5);
    expect(await pageLinks(page).first().textContent()).toContain('Following up');
    expect(await resultList(page).getAttribute('aria-busy')).toBe('true');
    expect(await resultList(page).locator('mark').count()).toBe(0);
    // The reader moves to the first result while its text is on the way.
    await page.keyboard.press('ArrowDown');
    const first = pageLinks(page).first();
    expect(await first.evaluate((a) => a === document.activeElement)).toBe(true);
    release();
    await textIn(page);
    expect(await resultList(page).locator('mark').count()).toBeGreaterThan(0);
    expect(await first.evaluate((a) => a === document.activeElement)).toBe(true);
    expect(await first.textContent()).toContain('Following up');
    await context.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`axe finds nothing on the open dialog with results in the ${theme} theme`, async () => {
      const context = await newContext(browser(), { theme });
      await storeTheme(context, theme);
      const page = await context.newPage();
      await page.goto('/guides/');
      await openSearch(page, 'thank you');
      await page.getByRole('button', { name: /^Show \d+ more/ }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
