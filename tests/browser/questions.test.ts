import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, newContext, storeTheme, useBrowser, watchErrors } from './harness';
import { openQuestions, rowAction, rowActionByKeyboard, seedMeetings } from './tools';

const browser = useBrowser();
const URL = '/tools/questions/';

const open = (page: import('playwright-core').Page, path = URL) => openQuestions(page, path);

function listItems(page: import('playwright-core').Page) {
  return page.locator('.qb-items > li .qb-text');
}

/** Asks for a suggested list and returns its questions in order. */
async function suggest(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Suggest a list' }).click();
  await expect.poll(() => listItems(page).count()).toBeGreaterThan(3);
  return listItems(page).allTextContents();
}

/** A question on the reader's list, by its text. */
function row(page: Page, text: string) {
  return page.getByRole('region', { name: 'Your list' }).getByRole('listitem').filter({ has: page.getByText(text, { exact: true }) });
}

/** A row's drag handle: hidden from assistive tech on purpose (Move up/down are the accessible way), so found from its row. */
function handle(page: Page, text: string) {
  return row(page, text).locator('.qb-handle');
}

function centre(box: { x: number; y: number; width: number; height: number } | null) {
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** With the mouse, presses a question's handle and moves it three quarters of the way down another's row. */
async function pressAndMove(page: Page, text: string, onto: string) {
  await placeNearTop(page, text);
  const from = centre(await handle(page, text).boundingBox());
  const target = (await row(page, onto).boundingBox())!;
  const y = target.y + target.height * 0.75;
  expect(y, 'the drop point is clear of the auto-scroll zones').toBeLessThan(page.viewportSize()!.height - 60);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x, y, { steps: 10 });
}

/** Scrolls a row to 100 px below the top of the viewport, clear of the drag's auto-scroll zone. */
async function placeNearTop(page: Page, text: string) {
  // Below the budget, which stays in view at the top of the list on wide screens.
  await row(page, text).evaluate((el) => {
    window.scrollBy(0, el.getBoundingClientRect().top - 100);
    const budget = document.querySelector('.qb-budget-sticky')?.getBoundingClientRect();
    if (budget && budget.bottom > 60) window.scrollBy(0, el.getBoundingClientRect().top - budget.bottom - 40);
  });
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

    // Keyboard only: the third question's menu, Move up, twice; focus stays on its menu button.
    await rowActionByKeyboard(page, 'What would you do in my place?', 'Move up');
    await expect.poll(() => listItems(page).allTextContents()).toEqual([first, 'What would you do in my place?', second]);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await expect.poll(focused).toBe('Actions: What would you do in my place?');
    await rowActionByKeyboard(page, 'What would you do in my place?', 'Move up');
    await expect.poll(() => listItems(page).allTextContents()).toEqual(['What would you do in my place?', first, second]);
    await expect.poll(focused).toBe('Actions: What would you do in my place?');

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

  it('reorders by dragging a question’s handle with the mouse, and the order survives a reload', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = await watchErrors(page);
    await open(page);
    const before = await suggest(page);
    await pressAndMove(page, before[0]!, before[2]!);
    expect(await row(page, before[0]!).getAttribute('class')).toContain('qb-lifted');
    expect(await row(page, before[2]!).getAttribute('class')).toContain('qb-drop-after');
    expect(await listItems(page).allTextContents(), 'nothing moves before the drop').toEqual(before);
    await page.mouse.up();
    const after = [before[1], before[2], before[0], ...before.slice(3)];
    await expect.poll(() => listItems(page).allTextContents()).toEqual(after);
    expect(await page.locator('.qb > [role="status"]').textContent()).toBe(`Moved to position 3 of ${before.length}.`);

    await page.waitForTimeout(100);
    await page.reload();
    await page.getByRole('heading', { name: 'Your list' }).waitFor();
    await expect.poll(() => listItems(page).allTextContents()).toEqual(after);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('cancels a mouse drag with Escape and keeps the order', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await open(page);
    const before = await suggest(page);
    await pressAndMove(page, before[0]!, before[2]!);
    await page.keyboard.press('Escape');
    expect(await page.locator('.qb-lifted, .qb-drop-after, .qb-drop-before').count()).toBe(0);
    await page.mouse.up();
    await page.waitForTimeout(100);
    expect(await listItems(page).allTextContents()).toEqual(before);
    await context.close();
  });

  it('reorders by touch on a phone without scrolling the page, while the rest of a row still scrolls', async () => {
    const context = await newContext(browser(), { width: 390, height: 844, touch: true });
    const page = await context.newPage();
    const errors = await watchErrors(page);
    await open(page);
    const before = await suggest(page);
    await placeNearTop(page, before[0]!);
    const from = centre(await handle(page, before[0]!).boundingBox());

    // The handle is a comfortable touch target: 44 px square around its glyph (WCAG 2.5.8 asks 24).
    const hits = await page.evaluate(({ x, y }) => {
      const at = (dx: number, dy: number) => document.elementFromPoint(x + dx, y + dy)?.classList.contains('qb-handle');
      return [at(-20, 0), at(20, 0), at(0, -20), at(0, 20)];
    }, from);
    expect(hits).toEqual([true, true, true, true]);

    const second = (await row(page, before[1]!).boundingBox())!;
    const to = { x: from.x, y: second.y + second.height * 0.75 };
    expect(to.y, 'the drop point is clear of the auto-scroll zones').toBeLessThan(844 - 60);
    const cdp = await context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x = 0, y = 0) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: Math.round(x), y: Math.round(y) }] });
    const scrolled = () => page.evaluate(() => window.scrollY);

    // A finger on the handle drags the row, and the page stays where it was.
    const top = await scrolled();
    await touch('touchStart', from.x, from.y);
    for (let i = 1; i <= 12; i++) await touch('touchMove', from.x, from.y + ((to.y - from.y) * i) / 12);
    expect(await row(page, before[0]!).getAttribute('class')).toContain('qb-lifted');
    expect(await row(page, before[1]!).getAttribute('class')).toContain('qb-drop-after');
    expect(await scrolled()).toBe(top);
    await touch('touchEnd');
    const after = [before[1], before[0], ...before.slice(2)];
    await expect.poll(() => listItems(page).allTextContents()).toEqual(after);
    expect(await scrolled()).toBe(top);

    // The same swipe upwards on a question's text scrolls the page as usual.
    const text = centre(await row(page, before[2]!).locator('.qb-text').boundingBox());
    await touch('touchStart', text.x, 700);
    for (let i = 1; i <= 12; i++) await touch('touchMove', text.x, 700 - 25 * i);
    await touch('touchEnd');
    await expect.poll(scrolled).toBeGreaterThan(top + 100);
    expect(await listItems(page).allTextContents()).toEqual(after);
    expect(errors).toEqual([]);
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
    await suggest(page);
    expect(await page.locator('.qb-summary').textContent()).toMatch(/Fits/);
    await context.close();
  });

  it('says so when stored data is damaged and keeps the damaged copy', async () => {
    const context = await newContext(browser());
    await seedMeetings(context, '{"v":1,"data":{"meetings":[{"id":42}]'); // cut off
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
    const sent = await suggest(page);
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
    await suggest(page);
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
      await suggest(page);
      await page.getByLabel('Length').selectOption('15');
      await rowAction(page, /^Actions: /, 'Remove');
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
