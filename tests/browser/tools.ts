/** Shared steps for the tool pages in browser tests: open a tool once it has hydrated, read what it saved, seed storage. */
import type { BrowserContext, Page } from 'playwright-core';
import { LIMITS } from '../../src/lib/meeting';
import { fullMeeting } from '../unit/meeting-fixtures';

export const MEETINGS_KEY = 'coffee-chat:meetings';
export const THANKS = 'Send a thank-you within 24 hours';

/** Opens the checklist and waits until the island shows its items (derived from the template on a new meeting). */
export async function openChecklist(page: Page) {
  await page.goto('/tools/checklist/');
  await page.getByRole('checkbox', { name: THANKS }).waitFor();
}

/** Opens a question builder page and waits until it shows the active meeting's list. */
export async function openQuestions(page: Page, path = '/tools/questions/') {
  await page.goto(path);
  await page.getByRole('heading', { name: 'Your list' }).waitFor();
}

/** The meetings key's envelope as stored, parsed, or null when nothing is stored. */
export function storedEnvelope<T = { v: number; data: { meetings: unknown[] } }>(page: Page): Promise<T | null> {
  return page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), MEETINGS_KEY);
}

/** Seeds localStorage once per context (a reload keeps what the page wrote since): key → text. */
export async function seedStorage(context: BrowserContext, entries: Record<string, string>) {
  await context.addInitScript((seed) => {
    if (sessionStorage.getItem('seeded')) return;
    for (const [k, v] of Object.entries(seed)) localStorage.setItem(k, v);
    sessionStorage.setItem('seeded', '1');
  }, entries);
}

/** Seeds the meetings key once per context. */
export const seedMeetings = (context: BrowserContext, raw: string) => seedStorage(context, { [MEETINGS_KEY]: raw });

/** Fills localStorage to the last byte with keys outside our prefix; returns how many it wrote. */
export function fillStorage(page: Page): Promise<number> {
  return page.evaluate(() => {
    let size = 1 << 20;
    let n = 0;
    while (size >= 1) {
      try {
        localStorage.setItem(`test-filler-${n}`, 'x'.repeat(size));
        n++;
      } catch {
        size = Math.floor(size / 2);
      }
    }
    return n;
  });
}

/** Frees what fillStorage took. */
export async function freeStorage(page: Page) {
  await page.evaluate(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('test-filler-')) localStorage.removeItem(k);
  });
}

/** Two readable meetings and, between them, one whose question is over the length limit. */
export const PARTLY_DAMAGED = JSON.stringify({
  v: 1,
  data: {
    meetings: [
      fullMeeting({ id: 'ana', title: 'Chat with Ana' }),
      fullMeeting({ id: 'bo', title: 'Chat with Bo', contact: { name: 'Bo Chen', role: '', organization: '' }, questions: [{ id: 'q1', text: 'x'.repeat(LIMITS.questionText + 1), minutes: 2 }] }),
      fullMeeting({ id: 'cy', title: 'Chat with Cy', contact: { name: 'Cy Lee', role: '', organization: '' } }),
    ],
    tombstones: [],
  },
});

/**
 * Runs an entry of a row's menu: opens the row's "Actions" button (named with the row's text, or
 * the first row matching a pattern) and chooses the menu item by its name.
 */
export async function rowAction(page: Page, row: string | RegExp, item: string) {
  const button = typeof row === 'string' ? page.getByRole('button', { name: `Actions: ${row}`, exact: true }) : page.getByRole('button', { name: row }).first();
  await button.click();
  await page.getByRole('menu').getByRole('menuitem', { name: item, exact: true }).click();
}

/** The same by keyboard alone: focus the row's menu button, open it with Enter, walk down with ↓, choose with Enter. */
export async function rowActionByKeyboard(page: Page, row: string, item: string) {
  await page.getByRole('button', { name: `Actions: ${row}`, exact: true }).focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await menu.waitFor();
  const names = await menu.getByRole('menuitem').allTextContents();
  const at = names.indexOf(item);
  if (at === -1) throw new Error(`No "${item}" in the menu: ${names.join(', ')}`);
  for (let i = 0; i < at; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}
