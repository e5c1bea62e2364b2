/**
 * Opening a tool never writes to a meeting (issue 12, item 6): once the first visit has made the
 * arrival meeting, opening the checklist (whose items are derived from the template, not stored)
 * and every other tool leaves localStorage as it was, byte for byte. The first change stores the list.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContext, useBrowser, watchErrors } from './harness';
import { MEETINGS_KEY, THANKS, openChecklist, openQuestions } from './tools';

const browser = useBrowser();

/** Every localStorage key and value, sorted by key. */
const snapshot = (page: Page) =>
  page.evaluate(() => JSON.stringify(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])));

const TOOLS: [string, (page: Page) => Promise<unknown>][] = [
  ['/tools/checklist/', (page) => page.getByRole('checkbox', { name: THANKS }).waitFor()],
  ['/tools/questions/', (page) => page.getByRole('heading', { name: 'Your list' }).waitFor()],
  ['/tools/timer/', (page) => page.getByRole('button', { name: 'Start the run' }).waitFor()],
  ['/tools/messages/', (page) => page.getByLabel('Message text').waitFor()],
  ['/data/', (page) => page.getByText(/^This browser (will keep|may clear|cannot promise)/).waitFor()],
];

describe('opening a tool on a fresh meeting', () => {
  it('leaves localStorage unchanged on every tool page, and the first tick stores the whole list', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = await watchErrors(page);
    await openQuestions(page); // the first visit makes the meeting the tools work on
    await page.waitForTimeout(300);
    const before = await snapshot(page);
    expect(before).toContain(MEETINGS_KEY);
    for (const [path, ready] of TOOLS) {
      await page.goto(path);
      await ready(page);
      await page.waitForTimeout(300); // effects and deferred work have run
      expect(await snapshot(page), path).toBe(before);
    }

    await openChecklist(page);
    await page.getByRole('checkbox', { name: THANKS }).check();
    const stored = () => page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).data.meetings[0].checklist, MEETINGS_KEY);
    await expect.poll(async () => (await stored()).length).toBeGreaterThan(10);
    expect((await stored()).filter((i: { done: boolean }) => i.done).map((i: { text: string }) => i.text)).toEqual([THANKS]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
