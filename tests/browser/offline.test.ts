/**
 * Offline after the first visit: once the service worker has installed, the reader on a train can
 * read the guides they have read, search what they searched, tick the checklist and run the timer
 * with the network gone; a page not saved shows the offline page with the guides this device has.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, newContext, useBrowser, watchErrors } from './harness';

const browser = useBrowser();

/** First visit: the home page, until the service worker has precached the site and controls the page. */
async function visitOnce(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/');
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller, undefined, { timeout: 30_000 });
  return page;
}

/** Reads a guide online and waits until the service worker has saved it. */
async function readOnline(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(
    async (path) => !!(await (await caches.open('coffee-chat-pages')).match(path)),
    url,
    { timeout: 10_000 },
  );
}

/** Goes to a URL and fails unless the service worker, not the network, answered. */
async function gotoOffline(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.ok(), `${url} answered ${response?.status()}`).toBe(true);
  expect(response?.fromServiceWorker(), `${url} came from the service worker`).toBe(true);
}

describe('offline after the first visit', () => {
  it('reads a guide read before, searches, edits the checklist and runs the timer with no network', async () => {
    const context = await newContext(browser());
    const page = await visitOnce(context);
    const errors = await watchErrors(page);
    const search = async () => {
      await page.keyboard.press('Control+k');
      await page.getByRole('searchbox', { name: 'Search guides, questions and tools' }).fill('thank-you');
      const results = page.getByRole('list', { name: 'Search results', exact: true });
      await results.locator(':scope > li').first().waitFor();
      expect(await results.locator(':scope > li').first().textContent()).toContain('Following up');
      // Results show with their titles first; their text (fragments) follows, and is what gets saved.
      await expect.poll(() => results.getAttribute('aria-busy')).toBeNull();
      await page.keyboard.press('Escape');
    };
    // Online: read a guide and search once (the index chunks and results it fetched are saved).
    await readOnline(page, '/guides/following-up/');
    const fetched = new Set<string>();
    const note = (r: { url(): string }) => /\.pf_(index|fragment)$/.test(r.url()) && fetched.add(r.url());
    page.on('request', note);
    await search();
    page.off('request', note);
    expect(fetched.size, 'index chunks and fragments fetched by the search').toBeGreaterThan(1);
    // The page hands what search fetched to the service worker in idle time: wait for all of it (on a
    // busy machine the handing-over can lag the results).
    await page.waitForFunction(
      async (wanted) => {
        const urls = new Set((await (await caches.open('coffee-chat-search')).keys()).map((r) => r.url));
        return wanted.every((u) => urls.has(u));
      },
      [...fetched],
      { timeout: 10_000 },
    );
    await context.setOffline(true);

    // The guide read before.
    await gotoOffline(page, '/guides/following-up/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Following up');

    // Search: code and WebAssembly precached, index chunks and fragments saved by the search online.
    await search();

    // Checklist: a tick survives a reload.
    const referrals = 'Ask who else you should talk to';
    await gotoOffline(page, '/tools/checklist/');
    await page.getByRole('checkbox', { name: referrals }).check();
    await page.reload();
    await page.getByRole('checkbox', { name: referrals, checked: true }).waitFor();

    // Timer: a run starts and counts down.
    await page.clock.install();
    await gotoOffline(page, '/tools/timer/');
    await page.getByRole('button', { name: 'Start the run' }).click();
    const timer = page.getByRole('timer');
    await timer.waitFor();
    const before = await timer.textContent();
    await page.clock.runFor(65_000);
    await expect.poll(() => timer.textContent()).not.toBe(before);
    await page.getByRole('button', { name: 'Pause' }).waitFor();

    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the offline page, listing the guides saved, for a page not saved on this device', async () => {
    const context = await newContext(browser());
    const page = await visitOnce(context);
    const errors = await watchErrors(page);
    await readOnline(page, '/guides/etiquette/');
    await readOnline(page, '/guides/following-up/');
    await context.setOffline(true);

    for (const url of ['/guides/preparing/', '/guides/no-such-guide/']) {
      await gotoOffline(page, url);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/not here offline/i);
      const saved = page.getByRole('region', { name: 'Guides saved on this device' });
      await saved.getByRole('link').first().waitFor();
      expect(await saved.getByRole('link').allTextContents()).toEqual(['Etiquette', 'Following up']);
    }
    expect(await axeViolations(page)).toEqual([]);
    // A saved guide opens from the list.
    await page.getByRole('link', { name: 'Etiquette' }).click();
    await page.waitForURL('**/guides/etiquette/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Etiquette');
    expect(errors).toEqual([]);
    await context.close();
  });
});
