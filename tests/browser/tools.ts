/** Shared steps for the tool pages in browser tests: open a tool once it has hydrated, read what it saved. */
import type { Page } from 'playwright-core';

export const MEETINGS_KEY = 'coffee-chat:meetings';
export const THANKS = 'Send a thank-you within 24 hours';

/** Opens the checklist and waits until the island has filled the template. */
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
