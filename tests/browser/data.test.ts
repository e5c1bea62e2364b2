/**
 * Your data, kept (issue 19): persistent storage asked only after a save that matters, the backup
 * reminder after 14 simulated days (never during a run, at most once a day), damaged copies
 * downloaded byte for byte, imported back and deleted, delete-everything, storage near its quota,
 * and the data page by keyboard, in both themes and at 320 px.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, newContext, storeTheme, useBrowser, watchErrors } from './harness';
import { MEETINGS_KEY, PARTLY_DAMAGED, THANKS, fillStorage, openChecklist, seedStorage } from './tools';

const browser = useBrowser();
const DAY = 24 * 3_600_000;
const COPY_KEY = 'coffee-chat:meetings:damaged:2026-03-01T10:00:00.000Z';
/** A damaged copy as the guarded store keeps it: two readable meetings, one over a limit, and text in three scripts. */
const COPY_TEXT = PARTLY_DAMAGED.replace('Chat with Cy', 'Chat with Cy ☕ اسأل 👩🏽‍💻');

/** Counts navigator.storage.persist() calls on each page; the answer is "yes" and lasts for the tab. */
async function stubPersist(context: BrowserContext) {
  await context.addInitScript(() => {
    const w = window as unknown as { persistCalls: number };
    w.persistCalls = 0;
    const s = navigator.storage;
    Object.defineProperty(s, 'persist', {
      value: async () => {
        w.persistCalls++;
        sessionStorage.setItem('test:persisted', '1');
        return true;
      },
    });
    Object.defineProperty(s, 'persisted', { value: async () => sessionStorage.getItem('test:persisted') === '1' });
  });
}
const persistCalls = (page: Page) => page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls);

/** Every key in both storage areas. */
const allKeys = (page: Page) =>
  page.evaluate(() => ({ local: Object.keys(localStorage).sort(), session: Object.keys(sessionStorage).sort() }));

async function openData(page: Page, hash = '') {
  await page.goto(`/data/${hash}`);
  // The persistence state is read in the browser, so it shows once the island has hydrated.
  await page.getByText(/^This browser (will keep|may clear|cannot promise)/).waitFor();
}

describe('persistent storage', () => {
  it('is asked for only after a save that matters, and its state is shown on the data page', async () => {
    const context = await newContext(browser());
    await stubPersist(context);
    const page = await context.newPage();
    const errors = await watchErrors(page);
    await openChecklist(page);
    await page.waitForTimeout(300);
    expect(await persistCalls(page)).toBe(0); // never on page load
    await page.getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('New name for this meeting').fill('Chat with Ana');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByText('Chat with Ana').first().waitFor();
    await page.waitForTimeout(200);
    expect(await persistCalls(page)).toBe(0); // a rename is not worth asking for
    await page.getByRole('checkbox', { name: THANKS }).check();
    await expect.poll(() => persistCalls(page)).toBe(1);
    await page.getByRole('checkbox', { name: THANKS }).uncheck();
    await page.waitForTimeout(200);
    expect(await persistCalls(page)).toBe(1); // once a page

    await openData(page);
    await page.getByText('This browser will keep your data').waitFor();
    expect(await persistCalls(page)).toBe(0); // the data page reads the state without asking
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the data page asks from its button, and says so where the browser cannot', async () => {
    const context = await newContext(browser());
    await stubPersist(context);
    const page = await context.newPage();
    await openData(page);
    await page.getByText('This browser may clear your data').waitFor();
    await page.getByRole('button', { name: 'Ask this browser to keep my data' }).click();
    await page.getByText('This browser will keep your data').waitFor();
    expect(await persistCalls(page)).toBe(1);

    const bare = await newContext(browser());
    await bare.addInitScript(() => Object.defineProperty(Navigator.prototype, 'storage', { get: () => undefined }));
    const old = await bare.newPage();
    await openData(old);
    await old.getByText('This browser cannot promise to keep your data').waitFor();
    await old.getByText('This browser does not say how much space the site uses.').waitFor();
    await bare.close();
    await context.close();
  });
});

describe('backup reminder', () => {
  const REMINDER = 'Your notes have changed since your last backup';

  it('shows after 14 simulated days with changes, offers a backup and "later", and comes at most once a day', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const start = new Date('2026-03-02T09:00:00Z').getTime();
    await page.clock.setFixedTime(start);
    await openChecklist(page);
    await page.getByRole('checkbox', { name: THANKS }).check();
    expect(await page.getByText(REMINDER).count()).toBe(0);

    await page.clock.setFixedTime(start + 13 * DAY);
    await openChecklist(page);
    await page.waitForTimeout(200);
    expect(await page.getByText(REMINDER).count()).toBe(0);

    await page.clock.setFixedTime(start + 14 * DAY + 60_000);
    await openChecklist(page);
    await page.getByText(REMINDER).waitFor();
    await page.getByRole('button', { name: 'Remind me later' }).click();
    await expect.poll(() => page.getByText(REMINDER).count()).toBe(0);
    // The notice is gone; focus goes to the meeting picker beside it, not to the page.
    const picker = page.getByRole('combobox', { name: 'Switch meeting' });
    await expect.poll(() => picker.evaluate((el) => el === document.activeElement)).toBe(true);
    await openChecklist(page);
    await page.waitForTimeout(200);
    expect(await page.getByText(REMINDER).count()).toBe(0); // not again the same day

    await page.clock.setFixedTime(start + 15 * DAY + 120_000);
    await page.goto('/tools/questions/');
    await page.getByText(REMINDER).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up now' }).click()]);
    const backup = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { meetings: unknown[] };
    expect(backup.meetings.length).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(REMINDER).count()).toBe(0);
    await expect.poll(() => picker.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.clock.setFixedTime(start + 40 * DAY);
    await openChecklist(page);
    await page.waitForTimeout(200);
    expect(await page.getByText(REMINDER).count()).toBe(0); // backed up, nothing changed since
    await context.close();
  });

  it('when its code cannot load (offline before it was cached), the page keeps working and the reminder comes back the next day', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = await watchErrors(page);
    const start = new Date('2026-03-02T09:00:00Z').getTime();
    await page.clock.setFixedTime(start);
    await openChecklist(page);
    await page.getByRole('checkbox', { name: THANKS }).check();

    let asked = 0;
    await page.route('**/reminder-notice.js', (route) => ((asked += 1), route.abort()));
    await page.clock.setFixedTime(start + 14 * DAY + 60_000);
    await openChecklist(page);
    await expect.poll(() => asked).toBe(1);
    await page.waitForTimeout(200);
    expect(await page.getByText(REMINDER).count()).toBe(0);
    // The tool works as before, and what was stored is still there.
    await page.getByRole('checkbox', { name: THANKS }).uncheck();
    await page.getByRole('checkbox', { name: THANKS }).check();
    // Only the browser's own line about the blocked file: no uncaught error from the page.
    expect(errors.filter((e) => !e.startsWith('console: Failed to load resource'))).toEqual([]);

    await page.unroute('**/reminder-notice.js');
    await page.clock.setFixedTime(start + 15 * DAY + 120_000);
    await openChecklist(page);
    await page.getByText(REMINDER).waitFor();
    await context.close();
  });

  it('never shows during a timed run', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const start = new Date('2026-03-02T09:00:00Z').getTime();
    await page.clock.setFixedTime(start);
    await openChecklist(page);
    await page.getByRole('checkbox', { name: THANKS }).check();
    await page.goto('/tools/timer/');
    await page.getByRole('button', { name: 'Start the run' }).click();
    await page.clock.setFixedTime(start + 20 * DAY);
    await page.reload();
    await page.getByRole('button', { name: 'Finish' }).waitFor();
    await page.waitForTimeout(200);
    expect(await page.getByText(REMINDER).count()).toBe(0);
    await context.close();
  });
});

describe('damaged copies', () => {
  it('are listed, downloaded byte for byte, imported back (readable meetings restored) and deleted', async () => {
    const context = await newContext(browser());
    await seedStorage(context, { [COPY_KEY]: COPY_TEXT });
    const page = await context.newPage();
    const errors = await watchErrors(page);
    await openData(page, '#damaged');
    const bytes = Buffer.byteLength(COPY_TEXT, 'utf8');
    const item = page.getByRole('listitem').filter({ hasText: 'Saved meetings, set aside' });
    await expect.poll(() => item.textContent()).toContain(`(${Math.round(bytes / 1024)} KB)`);
    expect(await item.textContent()).toContain('Mar 1');

    const [download] = await Promise.all([page.waitForEvent('download'), item.getByRole('button', { name: 'Download' }).click()]);
    expect(download.suggestedFilename()).toBe('coffee-chat-meetings-damaged-2026-03-01T10-00-00-000Z.txt');
    expect(readFileSync((await download.path())!).equals(Buffer.from(COPY_TEXT, 'utf8'))).toBe(true);

    await item.getByRole('button', { name: 'Try as import' }).click();
    await page.getByText('Brought back 2 meetings and updated 0. 1 meeting in the copy could not be read and was left out.').waitFor();
    const titles = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).data.meetings.map((m: { title: string }) => m.title), MEETINGS_KEY);
    expect(titles).toEqual(expect.arrayContaining(['Chat with Ana', 'Chat with Cy ☕ اسأل 👩🏽‍💻']));
    expect(titles).not.toContain('Chat with Bo');
    expect(await page.evaluate((k) => localStorage.getItem(k), COPY_KEY)).toBe(COPY_TEXT); // still kept

    await item.getByRole('button', { name: 'Delete' }).click();
    await page.getByText('Delete this copy for good?').waitFor();
    await page.getByRole('button', { name: 'Keep it' }).click();
    expect(await page.evaluate((k) => localStorage.getItem(k), COPY_KEY)).toBe(COPY_TEXT);
    await item.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Delete copy' }).click();
    await page.getByText('No damaged copies.').waitFor();
    expect(await page.evaluate((k) => localStorage.getItem(k), COPY_KEY)).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the storage notice links to them', async () => {
    const context = await newContext(browser());
    await seedStorage(context, { [MEETINGS_KEY]: PARTLY_DAMAGED });
    const page = await context.newPage();
    await page.goto('/tools/checklist/');
    await page.getByRole('link', { name: 'See your data on this device' }).click();
    await page.waitForURL(/\/data\/#damaged$/);
    await page.getByRole('button', { name: 'Try as import' }).waitFor();
    expect(await page.getByRole('listitem').filter({ hasText: 'Saved meetings, set aside' }).count()).toBe(1);
    await context.close();
  });
});

describe('delete everything', () => {
  it('names what goes, offers a backup first, and removes every coffee-chat: key and nothing else', async () => {
    const context = await newContext(browser());
    await seedStorage(context, {
      [MEETINGS_KEY]: PARTLY_DAMAGED,
      'coffee-chat:meetings:damaged:2026-03-01T10:00:00.000Z': 'not json at all',
      'coffee-chat:theme': 'dark',
      'another-site:notes': 'keep me',
      'coffee-chat': 'not ours: no colon',
    });
    const page = await context.newPage();
    await page.goto('/tools/checklist/'); // the tools add their own keys (the tab's meeting in sessionStorage)
    await page.getByText('Saved data needed repair.').waitFor();
    const before = await allKeys(page);
    expect(before.session.some((k) => k.startsWith('coffee-chat:'))).toBe(true);

    await openData(page);
    await page.getByRole('button', { name: 'Delete everything…' }).click();
    const confirm = page.getByRole('heading', { name: 'Delete everything?' });
    await confirm.waitFor();
    await page.getByText('2 meetings with their questions, checklists and notes').waitFor();
    await page.locator('#dp-confirm').getByRole('listitem').filter({ hasText: '2 damaged copies' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a backup first' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^coffee-chat-backup-/);
    await page.getByRole('button', { name: 'Delete everything', exact: true }).click();
    await page.getByText('Everything Coffee Chat kept in this browser was deleted.').waitFor();
    const after = await allKeys(page);
    expect(after.local).toEqual(['another-site:notes', 'coffee-chat']);
    expect(after.session).toEqual(['seeded']);
    await context.close();
  });
});

describe('storage near its quota', () => {
  it('loses nothing already saved when a new save no longer fits', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openChecklist(page);
    await page.getByRole('checkbox', { name: THANKS }).check();
    const saved = await page.evaluate((k) => localStorage.getItem(k), MEETINGS_KEY);
    expect(saved).toContain('"done":true');
    await fillStorage(page);
    const boxes = page.getByRole('checkbox');
    for (let i = 0; i < 3; i++) await boxes.nth(i).click();
    await page.getByText('Changes are not being saved.').waitFor();
    expect(await page.evaluate((k) => localStorage.getItem(k), MEETINGS_KEY)).toBe(saved);
    await openData(page);
    await page.getByText(/In all, this site uses about/).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'On this device' }).waitFor();
    expect(await page.evaluate((k) => localStorage.getItem(k), MEETINGS_KEY)).toBe(saved);
    await context.close();
  });
});

describe('the data page for every reader', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`is axe clean in the ${theme} theme with a damaged copy and the confirmations open, and fits 320 px`, async () => {
      const context = await newContext(browser(), { theme, width: 320, height: 800 });
      await storeTheme(context, theme);
      await context.addInitScript(([k, v]) => localStorage.setItem(k, v), [COPY_KEY, COPY_TEXT]);
      const page = await context.newPage();
      await openData(page);
      await page.getByRole('button', { name: 'Try as import' }).click();
      await page.getByRole('button', { name: 'Delete', exact: true }).click();
      await page.getByRole('button', { name: 'Delete everything…' }).click();
      await page.getByRole('heading', { name: 'Delete everything?' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await page.screenshot({ path: `/work/wt/notes/shots-data/data-320-${theme}.png`, fullPage: true });
      await context.close();
    });
  }

  it('works by keyboard alone: open the confirmation, back out, delete a copy', async () => {
    const context = await newContext(browser());
    await seedStorage(context, { [COPY_KEY]: COPY_TEXT });
    const page = await context.newPage();
    await openData(page);
    const open = page.getByRole('button', { name: 'Delete everything…' });
    await open.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('dp-confirm');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('dp-delete-open');
    expect(await page.evaluate(() => Object.keys(localStorage).length)).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Delete', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Delete copy');
    await page.keyboard.press('Enter');
    await page.getByText('No damaged copies.').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('damaged');
    await page.screenshot({ path: '/work/wt/notes/shots-data/data-keyboard.png' });
    await context.close();
  });
});
