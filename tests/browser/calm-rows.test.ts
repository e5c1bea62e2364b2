/**
 * Calmer tools: at rest a row shows its text, its state and at most two controls; the rest sit in
 * its menu or appear when the row holds focus. The time budget stays in view while the reader
 * scrolls the bank on a wide screen.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContext, useBrowser } from './harness';
import { openChecklist, openQuestions } from './tools';

const getBrowser = useBrowser();

/** Controls a sighted reader sees in a row: buttons, links, fields wider than a clip. */
async function visibleControls(row: Locator): Promise<number> {
  return row.evaluate((li) =>
    [...li.querySelectorAll('button, a[href], input, textarea, select')].filter((el) => {
      const r = el.getBoundingClientRect();
      if (r.width <= 2 || r.height <= 2 || getComputedStyle(el).visibility === 'hidden') return false;
      // Clipped away inside a 1-pixel box (shown only while the row holds focus).
      for (let a = el.parentElement; a && a !== li; a = a.parentElement) {
        const b = a.getBoundingClientRect();
        if ((b.width <= 2 || b.height <= 2) && getComputedStyle(a).overflow.includes('hidden')) return false;
      }
      return true;
    }).length,
  );
}

async function addFromBank(page: Page, n: number) {
  await page.getByLabel('Category').selectOption('insights');
  for (let i = 0; i < n; i++) await page.getByRole('button', { name: /^Add: / }).nth(i).click();
}

describe('rows at rest', () => {
  it('builder rows show at most two controls; the fields appear when the row holds focus', async () => {
    const context = await newContext(getBrowser(), { width: 1280, height: 800 });
    const page = await context.newPage();
    await openQuestions(page);
    await addFromBank(page, 3);
    const rows = page.locator('.qb-items > li');
    await expect.poll(() => rows.count()).toBe(3);
    for (let i = 0; i < 3; i++) expect(await visibleControls(rows.nth(i)), `row ${i + 1}`).toBeLessThanOrEqual(2);
    // Keyboard: the menu button, then Tab shows and reaches the minutes field.
    const menu = rows.nth(1).getByRole('button', { name: /^Actions: / });
    await menu.focus();
    await page.keyboard.press('Tab');
    const minutes = page.getByLabel('Minutes for question 2');
    await expect.poll(() => minutes.evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await minutes.boundingBox())!.width).toBeGreaterThan(40);
    expect(await page.getByLabel('Note for question 2').isVisible()).toBe(true);
    // The menu's "Edit minutes and note" goes there too.
    await page.locator('h1').click();
    await rows.nth(2).getByRole('button', { name: /^Actions: / }).click();
    await page.getByRole('menuitem', { name: 'Edit minutes and note' }).click();
    await expect.poll(() => page.getByLabel('Minutes for question 3').evaluate((el) => el === document.activeElement)).toBe(true);
    await context.close();
  });

  it('checklist rows show their checkbox and one menu button', async () => {
    const context = await newContext(getBrowser(), { width: 1280, height: 800 });
    const page = await context.newPage();
    await openChecklist(page);
    const rows = page.locator('.ck-item');
    const n = await rows.count();
    expect(n).toBeGreaterThan(10);
    for (let i = 0; i < n; i++) expect(await visibleControls(rows.nth(i)), `row ${i + 1}`).toBeLessThanOrEqual(2);
    await context.close();
  });
});

describe('the time budget on a wide screen', () => {
  it('stays in view while the reader scrolls the bank', async () => {
    const context = await newContext(getBrowser(), { width: 1280, height: 720 });
    const page = await context.newPage();
    await openQuestions(page);
    await addFromBank(page, 2);
    await page.getByRole('button', { name: /^Show \d+ more/ }).scrollIntoViewIfNeeded().catch(() => {});
    const bankEnd = page.getByRole('link', { name: 'See the whole bank on one page' });
    await bankEnd.scrollIntoViewIfNeeded();
    const summary = page.locator('.qb-summary');
    const box = (await summary.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    expect(await summary.textContent()).toMatch(/min/);
    await context.close();
  });
});
