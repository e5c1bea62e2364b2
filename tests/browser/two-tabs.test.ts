/**
 * Two real tabs on the same meeting: a text field shows the other tab's change as it happens,
 * unless the reader is editing that field here; then their typing wins and nothing is lost.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContext, useBrowser } from './harness';
import { openQuestions, storedEnvelope } from './tools';

const getBrowser = useBrowser();
const value = (page: Page, label: string) => page.getByLabel(label, { exact: true }).inputValue();
const storedContact = async (page: Page) =>
  ((await storedEnvelope(page))!.data.meetings[0] as { contact: Record<string, string> }).contact;

describe('two tabs on one meeting', () => {
  it('fields follow the other tab, except the one being edited, which keeps the typing', async () => {
    const context = await newContext(getBrowser());
    const a = await context.newPage();
    await openQuestions(a);
    const b = await context.newPage();
    await openQuestions(b);

    // B types a name; A, not editing it, shows it without a reload.
    await b.getByLabel('Their name', { exact: true }).fill('Ana Ruiz');
    await b.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await expect.poll(() => value(a, 'Their name')).toBe('Ana Ruiz');

    // A is typing a role when B changes it: A's field keeps A's typing...
    const roleA = a.getByLabel('Their role', { exact: true });
    await roleA.click();
    await roleA.pressSequentially('Data eng');
    await b.getByLabel('Their role', { exact: true }).fill('Manager');
    await b.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await a.waitForTimeout(400);
    expect(await value(a, 'Their role')).toBe('Data eng');
    // ...and after A leaves the field, A's text is what both tabs and storage hold.
    await roleA.pressSequentially('ineer');
    await roleA.press('Tab');
    await expect.poll(() => value(b, 'Their role')).toBe('Data engineer');
    expect((await storedContact(a)).role).toBe('Data engineer');

    // Leaving without typing after the other tab's change: what A sees is saved again.
    const orgA = a.getByLabel('Organization', { exact: true });
    await orgA.fill('Acme');
    await orgA.press('Tab');
    await expect.poll(() => value(b, 'Organization')).toBe('Acme');
    await orgA.focus();
    await b.getByLabel('Organization', { exact: true }).fill('Globex');
    await b.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await a.waitForTimeout(400);
    expect(await value(a, 'Organization')).toBe('Acme');
    await orgA.press('Tab');
    await expect.poll(() => value(b, 'Organization')).toBe('Acme');

    // A question's note follows too.
    await b.getByRole('button', { name: /^Add: / }).first().click();
    await a.getByLabel('Note for question 1').waitFor();
    await b.getByLabel('Note for question 1').fill('Ask about the on-call rota');
    await b.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await expect.poll(() => a.getByLabel('Note for question 1').inputValue()).toBe('Ask about the on-call rota');
    await context.close();
  });
});
