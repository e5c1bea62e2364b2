/**
 * Accessibility sweep over tool states the page audit (site.test.ts) never reaches: empty and
 * full lists, a paused run, a summary with an error, every field error, and the storage notices
 * (blocked, full, damaged, partly damaged, newer), each in the light and dark themes. Then each tool end to end
 * by keyboard where the tool's own browser test does not already (timer.test.ts does the timer;
 * checklist.test.ts and questions.test.ts do reordering).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, newContext, storeTheme, useBrowser, watchErrors, type ContextOptions } from './harness';
import { PARTLY_DAMAGED, fillStorage, rowAction, rowActionByKeyboard, seedMeetings as seed } from './tools';

const browser = useBrowser();
const LONG = 'x'.repeat(400);
const EMPTY_ITEM = 'Write a few words for the item.';

/** Collects axe violations per named state, so one failure lists every broken state at once. */
function auditor(page: Page) {
  const problems: string[] = [];
  return {
    problems,
    async check(state: string) {
      for (const v of await axeViolations(page)) problems.push(`${state}: ${v}`);
    },
  };
}

async function themed(theme: 'light' | 'dark', options: ContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser(), { theme, ...options });
  await storeTheme(context, theme);
  return { context, page: await context.newPage() };
}

const DAMAGED = '{"v":1,"data":{"meetings":[{"id":42}]'; // cut off
const NEWER = JSON.stringify({ v: 99, data: {} });

for (const theme of ['light', 'dark'] as const) {
  describe(`every tool state passes axe (${theme} theme)`, () => {
    it('question builder: empty list, field errors, full list with undo, damaged, partly damaged and blocked storage', async () => {
      const { context, page } = await themed(theme);
      const a = auditor(page);
      await page.goto('/tools/questions/');
      await page.getByRole('heading', { name: 'Your list' }).waitFor();
      await a.check('empty list');
      await page.getByRole('button', { name: 'Add question' }).click();
      await page.getByText('Write a question first.').waitFor();
      await page.getByLabel('Their name', { exact: true }).fill(LONG);
      await page.getByText('Keep this to at most 120 characters.').waitFor();
      await a.check('empty question and over-long name errors');
      await page.getByLabel('Their name', { exact: true }).fill('Ana');
      await page.getByRole('button', { name: 'Suggest a list' }).click();
      await page.getByLabel('Minutes for question 1').waitFor();
      await page.getByLabel('Minutes for question 1').fill('99');
      await page.getByLabel('Note for question 1').fill('n'.repeat(1200));
      await page.getByText('Keep the note to at most 1,000 characters.').waitFor();
      await rowAction(page, /^Actions: /, 'Remove');
      await page.getByRole('button', { name: 'Undo' }).waitFor();
      await a.check('full list, minutes and note errors, undo offer');
      await page.getByRole('button', { name: /^Actions: / }).first().click();
      await page.getByRole('menu').waitFor();
      await a.check('a row menu open');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Rename' }).click();
      await page.getByLabel('New name for this meeting').fill(LONG);
      await page.getByRole('button', { name: 'Save name' }).click();
      await page.getByText(/Use at most 120 characters/).waitFor();
      await a.check('rename error');
      await context.close();

      const damaged = await themed(theme);
      await seed(damaged.context, DAMAGED);
      await damaged.page.goto('/tools/questions/');
      await damaged.page.getByText('Some saved data could not be read').waitFor();
      for (const v of await axeViolations(damaged.page)) a.problems.push(`damaged notice: ${v}`);
      await damaged.context.close();

      const partly = await themed(theme);
      await seed(partly.context, PARTLY_DAMAGED);
      await partly.page.goto('/tools/questions/');
      await partly.page.getByText('1 saved meeting could not be read and was set aside').waitFor();
      for (const v of await axeViolations(partly.page)) a.problems.push(`partly damaged notice: ${v}`);
      await partly.context.close();

      const blocked = await themed(theme, { blockStorage: true });
      await blocked.page.goto('/tools/questions/');
      await blocked.page.getByText('Your browser is blocking storage').waitFor();
      for (const v of await axeViolations(blocked.page)) a.problems.push(`blocked notice: ${v}`);
      await blocked.context.close();
      expect(a.problems).toEqual([]);
    });

    it('timer: invalid minutes, paused run, summary with over-long notes, history, newer-version notice', async () => {
      const { context, page } = await themed(theme);
      const a = auditor(page);
      await page.clock.install({ time: new Date('2026-03-02T09:00:00Z') });
      await page.goto('/tools/timer/');
      await page.getByRole('button', { name: 'Start the run' }).waitFor();
      const minutes = page.getByRole('textbox', { name: /^Minutes/ }).first();
      await minutes.fill('abc');
      await minutes.press('Tab');
      await page.getByText('Enter minutes from 0.5 to 240, for example 2 or 2.5.').waitFor();
      await a.check('invalid minutes');
      await minutes.fill('3');
      await minutes.press('Tab');
      await page.getByRole('button', { name: 'Start the run' }).click();
      await page.clock.runFor(30_000);
      await page.getByRole('button', { name: 'Pause' }).click();
      await page.getByRole('button', { name: 'Resume' }).waitFor();
      await a.check('paused run');
      await page.getByRole('button', { name: 'Finish' }).click();
      await page.getByLabel('Notes for next time').fill('n'.repeat(2100));
      await page.getByText(/Keep notes under 2000 characters/).waitFor();
      await page.getByRole('button', { name: 'Discard run' }).click();
      await a.check('summary with notes error and discard question');
      await page.getByRole('button', { name: /Keep/ }).click();
      await page.getByLabel('Notes for next time').fill('Slow start');
      await page.getByRole('button', { name: 'Save run' }).click();
      await page.getByRole('img', { name: /Planned and actual minutes/ }).waitFor();
      await a.check('history');
      await context.close();

      const newer = await themed(theme);
      await seed(newer.context, NEWER);
      await newer.page.goto('/tools/timer/');
      await newer.page.getByText(/saved by a newer version/).waitFor();
      for (const v of await axeViolations(newer.page)) a.problems.push(`newer-version notice: ${v}`);
      await newer.context.close();
      expect(a.problems).toEqual([]);
    });

    it('checklist: item errors, import error, empty phase, all done, storage full notice', async () => {
      const { context, page } = await themed(theme);
      const a = auditor(page);
      await page.goto('/tools/checklist/');
      await page.getByRole('checkbox', { name: 'Send a thank-you within 24 hours' }).waitFor();
      const day = page.getByRole('region', { name: 'On the day' });
      await page.getByRole('button', { name: 'Add item' }).click();
      await page.getByLabel('Import a backup').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('not json') });
      await page.getByRole('alert').waitFor();
      const first = day.getByRole('checkbox').first();
      const name = await first.evaluate((el) => (el as HTMLInputElement).labels![0]!.textContent!);
      await rowAction(page, name, 'Edit');
      await page.getByLabel('Item text').fill(LONG);
      await page.getByLabel('Item text').press('Enter');
      await page.getByText('Keep it to 300 characters or fewer.').waitFor();
      await page.getByText(EMPTY_ITEM).waitFor();
      await a.check('empty new item, over-long edit, import error');
      await page.getByLabel('Item text').press('Escape');
      // Empty one phase entirely and tick everything else.
      while ((await day.getByRole('checkbox').count()) > 0) {
        const n = await day.getByRole('checkbox').first().evaluate((el) => (el as HTMLInputElement).labels![0]!.textContent!);
        await rowAction(page, n, 'Delete');
      }
      const open = page.getByRole('checkbox', { checked: false });
      while ((await open.count()) > 0) await open.first().check();
      await a.check('an empty phase and everything else done');
      await fillStorage(page);
      // A change that makes the stored text longer (a shorter one still fits in a full store).
      await page.getByLabel('New item').fill('Bring a printed CV');
      await page.getByRole('button', { name: 'Add item' }).click();
      await page.getByText('Changes are not being saved.').waitFor();
      await a.check('storage full notice');
      expect(a.problems).toEqual([]);
      await context.close();
    });
  });
}

describe('each tool end to end by keyboard alone', () => {
  /** Presses Tab until the focused element matches, failing after `max` presses. */
  async function tabTo(page: Page, matches: (el: { role: string | null; name: string; tag: string }) => boolean, max = 400) {
    const seen: string[] = [];
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      const el = await page.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        const label = a && 'labels' in a ? (a as HTMLInputElement).labels?.[0]?.textContent : null;
        return { role: a?.getAttribute('role') ?? null, name: (a?.getAttribute('aria-label') ?? label ?? a?.textContent ?? '').trim(), tag: a?.tagName.toLowerCase() ?? '' };
      });
      if (matches(el)) return;
      seen.push(`${el.tag}:${el.name.slice(0, 30)}`);
    }
    throw new Error(`never reached the control by Tab; passed ${seen.slice(0, 40).join(' | ')}`);
  }

  it('question builder: write a question, add one from the bank, remove and undo, by keyboard', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = await watchErrors(page);
    await page.goto('/tools/questions/');
    await page.getByRole('heading', { name: 'Your list' }).waitFor();
    await tabTo(page, (el) => el.tag === 'textarea' && el.name.startsWith('Question'));
    await page.keyboard.type('What do you wish you had known?');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Add question');
    await page.keyboard.press('Enter');
    await page.locator('.qb-items').getByText('What do you wish you had known?').waitFor();
    await tabTo(page, (el) => el.name.startsWith('Add: '));
    const added = await page.evaluate(() => document.activeElement!.getAttribute('aria-label')!.replace(/^Add: /, ''));
    await page.keyboard.press('Enter');
    await page.locator('.qb-items').getByText(added, { exact: true }).waitFor();
    await rowActionByKeyboard(page, added, 'Remove');
    await expect.poll(() => page.locator('.qb-items').getByText(added, { exact: true }).count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await page.keyboard.press('Enter');
    await page.locator('.qb-items').getByText(added, { exact: true }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('checklist: add an item, tick it, set the date, export a backup, by keyboard', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = await watchErrors(page);
    await page.goto('/tools/checklist/');
    await page.getByRole('checkbox', { name: 'Ask who else you should talk to' }).waitFor();
    await tabTo(page, (el) => el.name === 'Meeting date and time');
    await page.keyboard.type('06012099');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1030AM');
    await tabTo(page, (el) => el.name === 'New item');
    await page.keyboard.type('Bring a printed CV');
    await page.keyboard.press('Enter');
    const item = page.getByRole('checkbox', { name: 'Bring a printed CV' });
    await item.waitFor();
    await item.focus();
    await page.keyboard.press('Space');
    expect(await item.isChecked()).toBe(true);
    await tabTo(page, (el) => el.name === 'Download backup (.json)');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('coffee-chat:meetings')!).data.meetings[0]);
    expect(stored.checklist.find((i: { text: string }) => i.text === 'Bring a printed CV').done).toBe(true);
    expect(stored.scheduledAt).toBeTruthy();
    expect(errors).toEqual([]);
    await context.close();
  });
});
