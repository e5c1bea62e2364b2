import { describe, expect, it } from 'vitest';
import { axeViolations, newContext, storeTheme, useBrowser, watchErrors } from './harness';
import { openQuestions } from './tools';

const browser = useBrowser();
const URL = '/tools/questions/';

const open = (page: import('playwright-core').Page, path = URL) => openQuestions(page, path);

function listItems(page: import('playwright-core').Page) {
  return page.locator('.qb-items > li .qb-text');
}

describe('question builder in a real browser', () => {
  it('builds a list, reorders it by keyboard, and finds it intact after a reload', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = await watchErrors(page);
    await open(page);
    await page.getByLabel('Category').selectOption('trends');
    const adds = page.getByRole('button', { name: /^Add: / });
    const first = (await adds.nth(0).getAttribute('aria-label'))!.replace(/^Add: /, '');
    const second = (await adds.nth(1).getAttribute('aria-label'))!.replace(/^Add: /, '');
    await page.getByRole('button', { name: `Add: ${first}` }).click();
    await page.getByRole('button', { name: `Add: ${second}` }).click();
    await page.getByRole('button', { name: `Added: ${first}` }).waitFor();
    await page.getByLabel('Question', { exact: true }).fill('What would you do in my place?');
    await page.getByRole('button', { name: 'Add question' }).click();
    await expect.poll(() => listItems(page).allTextContents()).toEqual([first, second, 'What would you do in my place?']);

    // Keyboard only: focus the third question's Move up and press Enter twice.
    const up = page.getByRole('button', { name: 'Move up: What would you do in my place?' });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => listItems(page).allTextContents()).toEqual([first, 'What would you do in my place?', second]);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await expect.poll(focused).toBe('Move up: What would you do in my place?');
    await page.keyboard.press('Enter');
    await expect.poll(() => listItems(page).allTextContents()).toEqual(['What would you do in my place?', first, second]);
    // At the top Move up is disabled; focus moved to Move down of the same question.
    await expect.poll(focused).toBe('Move down: What would you do in my place?');

    await page.getByLabel('Minutes for question 1').fill('4');
    await page.getByLabel('Note for question 1').fill('Lead with this one');
    await page.waitForTimeout(100);
    await page.reload();
    await page.getByRole('heading', { name: 'Your list' }).waitFor();
    await expect.poll(() => listItems(page).allTextContents()).toEqual(['What would you do in my place?', first, second]);
    expect(await page.getByLabel('Minutes for question 1').inputValue()).toBe('4');
    expect(await page.getByLabel('Note for question 1').inputValue()).toBe('Lead with this one');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reorders by dragging a question with the pointer', async () => {
    // Tall enough that nothing scrolls mid-drag: Playwright scrolls the target into view after
    // pressing the mouse, which would make Chromium start the drag from another item.
    const context = await newContext(browser(), { height: 2400 });
    const page = await context.newPage();
    await open(page);
    await page.getByRole('button', { name: 'Suggest a list' }).click();
    await expect.poll(() => listItems(page).count()).toBeGreaterThan(3);
    const before = await listItems(page).allTextContents();
    await page.locator('.qb-items > li').nth(0).locator('.qb-handle').dragTo(page.locator('.qb-items > li').nth(2));
    await expect.poll(() => listItems(page).allTextContents()).toEqual([before[1], before[2], before[0], ...before.slice(3)]);
    await context.close();
  });

  it('shows a question containing markup as text and never runs it', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = await watchErrors(page);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await open(page);
    const evil = '<img src=x onerror=alert(1)>';
    await page.getByLabel('Question', { exact: true }).fill(evil);
    await page.getByRole('button', { name: 'Add question' }).click();
    await page.locator('.qb-items').getByText(evil, { exact: true }).waitFor();
    expect(await page.locator('main img').count()).toBe(0);
    await page.waitForTimeout(200);
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works in memory when storage is blocked, and says so', async () => {
    const context = await newContext(browser(), { blockStorage: true });
    const page = await context.newPage();
    await open(page);
    await page.getByText('Your browser is blocking storage').waitFor();
    await page.getByRole('button', { name: 'Suggest a list' }).click();
    await expect.poll(() => listItems(page).count()).toBeGreaterThan(3);
    expect(await page.locator('.qb-summary').textContent()).toMatch(/Fits/);
    await context.close();
  });

  it('says so when stored data is damaged and keeps the damaged copy', async () => {
    const context = await newContext(browser());
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('coffee-chat:meetings', '{"v":1,"data":{"meetings":[{"id":42}]'); // cut off
        sessionStorage.setItem('seeded', '1');
      }
    });
    const page = await context.newPage();
    await open(page);
    await page.getByText('Some saved data could not be read').waitFor();
    const keys = await page.evaluate(() => Object.keys(localStorage));
    const aside = keys.find((k) => k.startsWith('coffee-chat:meetings:damaged:'));
    expect(aside).toBeTruthy();
    expect(await page.evaluate((k) => localStorage.getItem(k), aside!)).toBe('{"v":1,"data":{"meetings":[{"id":42}]');
    await context.close();
  });

  it('shares a list by link and imports it elsewhere as a new meeting', async () => {
    const sender = await newContext(browser());
    const page = await sender.newPage();
    await open(page);
    await page.getByRole('button', { name: 'Suggest a list' }).click();
    await expect.poll(() => listItems(page).count()).toBeGreaterThan(3);
    const sent = await listItems(page).allTextContents();
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.getByLabel('Share link').inputValue();
    expect(link).toMatch(/\/tools\/questions\/#share=1\./);
    await sender.close();

    const receiver = await newContext(browser());
    const other = await receiver.newPage();
    await open(other);
    await other.getByLabel('Question', { exact: true }).fill('My own question stays?');
    await other.getByRole('button', { name: 'Add question' }).click();
    await other.goto(new globalThis.URL(link).pathname + new globalThis.URL(link).hash);
    await other.getByRole('button', { name: 'Import as a new meeting' }).click();
    await expect.poll(() => listItems(other).allTextContents()).toEqual(sent);
    expect(await other.evaluate(() => location.hash)).toBe('');
    const stored = await other.evaluate(() => JSON.parse(localStorage.getItem('coffee-chat:meetings')!).data.meetings.length);
    expect(stored).toBe(2);
    await receiver.close();
  });

  it('explains a broken share link', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await open(page, `${URL}#share=1.garbage!!`);
    expect(await page.getByRole('alert').textContent()).toContain('This share link is damaged or cut off.');
    expect(await page.evaluate(() => location.hash)).toBe('');
    await context.close();
  });

  it('prints only the meeting and the list', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await open(page);
    await page.getByRole('button', { name: 'Suggest a list' }).click();
    await expect.poll(() => listItems(page).count()).toBeGreaterThan(3);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.qb-print').isVisible()).toBe(true);
    expect(await page.locator('.qb-screen').isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    await context.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations with a full list in the ${theme} theme`, async () => {
      const context = await newContext(browser(), { theme });
      await storeTheme(context, theme);
      const page = await context.newPage();
      await open(page);
      await page.getByRole('button', { name: 'Suggest a list' }).click();
      await expect.poll(() => listItems(page).count()).toBeGreaterThan(3);
      await page.getByLabel('Length').selectOption('15');
      await page.getByRole('button', { name: /^Remove: / }).first().click();
      await page.getByRole('button', { name: 'Copy share link' }).click();
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
});

describe('the question bank page', () => {
  it('lists every category and the questions to avoid without JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, baseURL: (await import('./harness')).baseUrl() });
    const page = await context.newPage();
    await page.goto('/questions/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('The question bank');
    for (const name of ['Opening', 'Trends', 'Insights', 'Advice', 'Resources', 'Assignments', 'Their path', 'Closing', 'Questions to avoid']) {
      await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
    }
    expect(await page.locator('.bank-questions > li').count()).toBeGreaterThanOrEqual(150);
    expect(await page.getByRole('link', { name: 'Build your list in the question builder' }).getAttribute('href')).toBe('/tools/questions/');
    await context.close();
  });
});
