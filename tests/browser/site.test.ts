import { describe, expect, it } from 'vitest';
import { axeViolations, newContext, storeTheme, useBrowser, watchErrors } from './harness';
import { pagePaths as builtPages } from '../site/dist';

const browser = useBrowser();


describe('reading the site', () => {
  it('goes from the home page to the first guide and on to the next one', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = await watchErrors(page);
    await page.goto('/');
    await page.getByRole('link', { name: 'New to this? Start here' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('What an informational interview is');
    await page.getByRole('navigation', { name: 'Reading order' }).getByRole('link', { name: /Next/ }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/vs\.? job interview/i);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the chosen theme after a reload, applied before the page paints', async () => {
    const context = await newContext(browser(), { theme: 'light' });
    // Record the theme at the moment <body> is created: if it is already dark, nothing flashed.
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { themeAtBody: string }).themeAtBody = document.documentElement.dataset.theme ?? 'system';
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto('/guides/');
    await page.getByRole('button', { name: 'Theme: same as your system' }).click();
    await page.getByRole('button', { name: 'Theme: dark' }).waitFor();
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(27, 24, 22)');
    expect(await page.getByRole('button', { name: 'Theme: dark' }).isVisible()).toBe(true);
    await context.close();
  });
});

describe('guide pieces', () => {
  it('copies a message template by keyboard and says so', async () => {
    const context = await newContext(browser());
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await page.goto('/guides/asking-for-the-meeting/');
    const copy = page.getByRole('button', { name: 'Copy' }).first();
    await copy.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Copied to the clipboard' }).first().waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\[[^\]]+\]/); // the fields to fill in travel with the text
    expect(copied.length).toBeGreaterThan(100);
    await context.close();
  });

  it('prints a guide without navigation, search or table of contents', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto('/guides/etiquette/');
    await page.emulateMedia({ media: 'print' });
    for (const name of ['Main', 'Reading order']) expect(await page.getByRole('navigation', { name }).isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: /Search/ }).isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'On this page' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 1, name: 'Etiquette' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Sources' }).isVisible()).toBe(true);
    await context.close();
  });
});

describe('search', () => {
  it('opens with the slash key, finds a guide by a word only in its body, and opens it with Enter', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto('/guides/');
    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', { name: 'Search guides, questions and tools' });
    await box.waitFor();
    // "Bolles" appears in the body of the first guide, never in a title or description.
    await box.pressSequentially('Bolles', { delay: 30 });
    const results = page.getByRole('list', { name: 'Search results', exact: true });
    await results.locator(':scope > li').first().waitFor();
    expect(await results.locator(':scope > li').first().textContent()).toContain('What an informational interview is');
    // Titles show first; the excerpts, with their highlights, follow.
    await expect.poll(() => results.locator('mark').count()).toBeGreaterThan(0);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/guides/what-is-an-informational-interview/');
    await context.close();
  });

  it('says the connection failed when search cannot load, and works on the next try once it is back', async () => {
    const context = await newContext(browser());
    // Before the first visit has been stored for offline use: the search files do not arrive.
    await context.route('**/pagefind/**', (route) => route.abort('internetdisconnected'));
    const page = await context.newPage();
    await page.goto('/guides/');
    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', { name: 'Search guides, questions and tools' });
    await box.fill('thank-you');
    await page.getByText('Search could not load. Check your connection and try again.').waitFor();
    expect(await page.getByText(/npm start/).count()).toBe(0);
    await context.unroute('**/pagefind/**');
    await box.fill('thank-you note');
    const results = page.getByRole('list', { name: 'Search results', exact: true });
    await results.locator(':scope > li').first().waitFor();
    expect(await results.locator(':scope > li').first().textContent()).toContain('Following up');
    await context.close();
  });

  it('does not claim "no results" when the network drops after search has loaded', async () => {
    const context = await newContext(browser(), { noServiceWorker: true });
    const page = await context.newPage();
    await page.goto('/guides/');
    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', { name: 'Search guides, questions and tools' });
    await box.fill('coffee');
    await page.getByRole('list', { name: 'Search results', exact: true }).locator(':scope > li').first().waitFor();
    await context.setOffline(true);
    // "virtual" lives in an index chunk the first query did not need, so it cannot be fetched now.
    await box.fill('virtual');
    await page.getByText(/^No results for “virtual”\. You seem to be offline/).waitFor();
    expect(await page.getByRole('list', { name: 'Search results', exact: true }).locator(':scope > li').count()).toBe(0);
    await context.setOffline(false);
    await box.fill('virtual chats');
    await page.getByRole('list', { name: 'Search results', exact: true }).locator(':scope > li').first().waitFor();
    await context.close();
  });

  it('says when nothing matches, and Escape closes it and returns focus to the Search button', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto('/');
    const opener = page.getByRole('link', { name: /Search/ });
    await opener.focus();
    await page.keyboard.press('Enter');
    const box = page.getByRole('searchbox', { name: 'Search guides, questions and tools' });
    await box.waitFor();
    await box.fill('zzqxv');
    await page.getByText('No results for “zzqxv”').waitFor();
    await page.keyboard.press('Escape');
    expect(await box.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/Search/);
    await context.close();
  });

  it('gives results the full width of the dialog at 320 px, not just the input column', async () => {
    const context = await newContext(browser(), { width: 320 });
    const page = await context.newPage();
    await page.goto('/');
    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', { name: 'Search guides, questions and tools' });
    await box.fill('thank you');
    const results = page.getByRole('list', { name: 'Search results', exact: true });
    await results.locator(':scope > li').first().waitFor();
    const close = await page.getByRole('button', { name: 'Close' }).boundingBox();
    const list = await results.boundingBox();
    // The list reaches under the Close button instead of leaving an empty column beside it.
    expect(list!.x + list!.width).toBeGreaterThanOrEqual(close!.x + close!.width - 1);
    await context.close();
  });
});

describe('accessibility', () => {
  const pages = builtPages();
  for (const theme of ['light', 'dark'] as const) {
    it(`axe finds no violations on any of the ${pages.length} pages in the ${theme} theme`, async () => {
      const context = await newContext(browser(), { theme });
      await storeTheme(context, theme);
      const page = await context.newPage();
      const problems: string[] = [];
      for (const path of pages) {
        await page.goto(path);
        for (const v of await axeViolations(page)) problems.push(`${path}: ${v}`);
      }
      expect(problems).toEqual([]);
      await context.close();
    }, 240_000);
  }
});
