import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, newContext, storeTheme, useBrowser, watchErrors } from './harness';
import { THANKS, openChecklist, rowAction, rowActionByKeyboard, storedEnvelope } from './tools';

const browser = useBrowser();
const REFERRALS = 'Ask who else you should talk to';

/** The value of the overall progress bar. */
function overallDone(page: Page) {
  return page.getByRole('progressbar', { name: 'Overall progress' }).evaluate((el) => (el as HTMLProgressElement).value);
}

/** What the meetings key holds, parsed. */
// Typed loosely: these tests read whatever shape the page saved.
const stored = (page: Page) => storedEnvelope<any>(page);

describe('prep checklist', () => {
  it('keeps ticked items and the meeting date after a reload', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = await watchErrors(page);
    await openChecklist(page);
    await page.getByRole('checkbox', { name: REFERRALS }).check();
    await page.getByLabel('Meeting date and time').fill('2099-06-01T10:30');
    await page.getByLabel('Meeting date and time').blur();
    await expect.poll(() => overallDone(page)).toBe(1);
    await page.reload();
    await page.getByRole('checkbox', { name: THANKS }).waitFor();
    expect(await page.getByRole('checkbox', { name: REFERRALS }).isChecked()).toBe(true);
    expect(await page.getByLabel('Meeting date and time').inputValue()).toBe('2099-06-01T10:30');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('dates the 3B7 follow-up from the day the request was sent, typed with the keyboard', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openChecklist(page);
    const field = page.getByLabel('Request sent on (optional)');
    await field.focus();
    // Chromium's date field takes the digits in the reader's order (en-US here: month, day, year).
    await page.keyboard.type('03052099');
    await page.keyboard.press('Tab');
    const followUp = page.getByRole('checkbox', { name: /^No reply\? Follow up once/ });
    const dueTime = async () => {
      const id = await followUp.getAttribute('aria-describedby');
      return id ? page.locator(`[id="${id}"] time`).getAttribute('datetime') : null;
    };
    // Thu 5 March 2099 at 9:00, plus seven business days: Mon 16 March at 9:00 in the page's zone.
    await expect.poll(dueTime).toMatch(/^2099-03-16T/);
    expect(await page.getByText(/^No reply by Tue, Mar 10\? Ask someone else too\. Still nothing by Mon, Mar 16\? Follow up once\.$/).count()).toBe(1);
    await context.close();
  });

  it('keeps each tab on its own meeting; a new tab opens the one chosen last', async () => {
    const context = await newContext(browser());
    const shown = (page: Page) => page.getByLabel('Switch meeting').evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent);
    const a = await context.newPage();
    await openChecklist(a);
    await a.getByRole('button', { name: 'New meeting' }).click();
    await expect.poll(() => shown(a)).toBe('My next coffee chat (2)');
    const b = await context.newPage();
    await openChecklist(b);
    expect(await shown(b)).toBe('My next coffee chat (2)');
    await b.getByLabel('Switch meeting').selectOption({ label: 'My next coffee chat' });
    await expect.poll(() => shown(b)).toBe('My next coffee chat');
    // Tab A stays where the reader left it, now and after a reload.
    await a.waitForTimeout(300);
    expect(await shown(a)).toBe('My next coffee chat (2)');
    await a.reload();
    await a.getByRole('checkbox', { name: THANKS }).waitFor();
    expect(await shown(a)).toBe('My next coffee chat (2)');
    const c = await context.newPage();
    await openChecklist(c);
    expect(await shown(c)).toBe('My next coffee chat');
    await context.close();
  });

  it('merges edits from two tabs so neither is lost', async () => {
    const context = await newContext(browser());
    const a = await context.newPage();
    await openChecklist(a);
    const b = await context.newPage();
    await openChecklist(b);
    await a.getByRole('checkbox', { name: REFERRALS }).check();
    await b.getByLabel('New item').fill('Bring a printed CV');
    await b.getByRole('button', { name: 'Add item' }).click();
    // Each tab sees the other's change without a reload.
    await b.getByRole('checkbox', { name: REFERRALS, checked: true }).waitFor();
    await a.getByRole('checkbox', { name: 'Bring a printed CV' }).waitFor();
    const data = await stored(a);
    const items = data.data.meetings[0].checklist as { text: string; done: boolean }[];
    expect(items.find((i) => i.text === REFERRALS)?.done).toBe(true);
    expect(items.some((i) => i.text === 'Bring a printed CV')).toBe(true);
    await context.close();
  });

  it('reorders by keyboard alone and deletes with undo', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openChecklist(page);
    const day = page.getByRole('region', { name: 'On the day' });
    const first = await day.getByRole('checkbox').first().getAttribute('id');
    const name = await day.getByRole('checkbox').first().evaluate((el) => (el as HTMLInputElement).labels![0].textContent!);
    await rowActionByKeyboard(page, name, 'Move down');
    await expect.poll(() => day.getByRole('checkbox').nth(1).getAttribute('id')).toBe(first);
    // Focus follows the moved item: back on its menu button (restored after the re-render).
    const menu = page.getByRole('button', { name: `Actions: ${name}` });
    await expect.poll(() => menu.evaluate((el) => el === document.activeElement)).toBe(true);
    await rowActionByKeyboard(page, name, 'Move up');
    await expect.poll(() => day.getByRole('checkbox').first().getAttribute('id')).toBe(first);

    await rowAction(page, REFERRALS, 'Delete');
    await expect.poll(() => page.getByRole('checkbox', { name: REFERRALS }).count()).toBe(0);
    // Focus moves to Undo (after the render that shows it), so Enter there brings the item back.
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await expect.poll(() => undo.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('checkbox', { name: REFERRALS }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('checkbox');
    await context.close();
  });

  it('changes nothing when a damaged backup is imported, and says why', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openChecklist(page);
    await page.getByRole('checkbox', { name: REFERRALS }).check();
    await expect.poll(() => overallDone(page)).toBe(1);
    const before = JSON.stringify((await stored(page)).data);
    await page.getByLabel('Import a backup').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"app":"coffee-chat","kind":"backup","version":1,"exportedAt":"2026-01-01T00:00:00Z","meetings":[{"id":1}]}'),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/the field "meetings\[0\]\.\w+"/);
    expect(await alert.textContent()).toMatch(/Nothing was changed/);
    expect(JSON.stringify((await stored(page)).data)).toBe(before);
    await context.close();
  });

  it('works in memory and says so when storage is blocked', async () => {
    const context = await newContext(browser(), { blockStorage: true });
    const page = await context.newPage();
    const errors = await watchErrors(page);
    await openChecklist(page);
    await page.getByText(/blocking storage/).waitFor();
    await page.getByRole('checkbox', { name: REFERRALS }).check();
    await expect.poll(() => overallDone(page)).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations in the ${theme} theme, with an overdue item and an import preview showing`, async () => {
      const context = await newContext(browser(), { theme });
      await storeTheme(context, theme);
      const page = await context.newPage();
      await openChecklist(page);
      await page.getByLabel('Meeting date and time').fill('2020-01-06T10:00');
      await page.getByLabel('Meeting date and time').blur();
      await page.getByText(/days overdue/).first().waitFor();
      await rowAction(page, REFERRALS, 'Delete');
      await page.getByRole('button', { name: 'Undo' }).waitFor();
      const backup = { app: 'coffee-chat', kind: 'backup', version: 1, exportedAt: '2026-01-01T00:00:00Z', meetings: [] };
      await page.getByLabel('Import a backup').setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
      await page.getByRole('heading', { name: 'Ready to import' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
