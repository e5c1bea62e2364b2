/**
 * Offline after the first visit: once the service worker has installed, the reader on a train can
 * read any guide, search, tick the checklist and run the timer with the network gone.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContext, useBrowser, watchErrors } from './harness';

const browser = useBrowser();

/** First visit: the home page, until the service worker has precached the site and controls the page. */
async function visitOnce(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/');
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller, undefined, { timeout: 30_000 });
  return page;
}

/** Goes to a URL and fails unless the service worker, not the network, answered. */
async function gotoOffline(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.ok(), `${url} answered ${response?.status()}`).toBe(true);
  expect(response?.fromServiceWorker(), `${url} came from the service worker`).toBe(true);
}

describe('offline after the first visit', () => {
  it('reads a guide, searches, edits the checklist and runs the timer with no network', async () => {
    const context = await newContext(browser());
    const page = await visitOnce(context);
    const errors = await watchErrors(page);
    await context.setOffline(true);

    // A guide never opened before.
    await gotoOffline(page, '/guides/following-up/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Following up');

    // Search: code, WebAssembly, index and fragments all from the cache.
    await page.keyboard.press('Control+k');
    await page.getByRole('searchbox', { name: 'Search guides, questions and tools' }).fill('thank-you');
    const results = page.getByRole('list', { name: 'Search results', exact: true });
    await results.locator(':scope > li').first().waitFor();
    expect(await results.locator(':scope > li').first().textContent()).toContain('Following up');
    await page.keyboard.press('Escape');

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

  it('shows the 404 page, not the browser error, for a page that was never built', async () => {
    const context = await newContext(browser());
    const page = await visitOnce(context);
    await context.setOffline(true);
    const response = await page.goto('/guides/no-such-guide/');
    expect(response?.fromServiceWorker()).toBe(true);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/not here|not found/i);
    await context.close();
  });
});
