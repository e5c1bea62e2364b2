/**
 * The message writer: the full journey (a cold request drafted, fixed until every check passes, marked
 * sent; the checklist shows the 3B7 dates; the thank-you written after the meeting), by keyboard only;
 * axe in both themes; 320 px without sideways scroll; bad input that must not break the page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, newContext, useBrowser, watchErrors } from './harness';
import { openChecklist } from './tools';

const browser = useBrowser();
const SHOTS = process.env.MW_SHOTS;

/** Opens the writer and waits for the active meeting's editor. */
async function openWriter(page: Page) {
  await page.goto('/tools/messages/');
  await page.getByLabel('Message text').waitFor();
}

/** Types into a field by keyboard: focus, select all, type (insertText for long text, as a paste would). */
async function typeInto(page: Page, label: string, text: string, { paste = false } = {}) {
  await page.getByLabel(label, { exact: true }).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  if (paste) await page.keyboard.insertText(text);
  else await page.keyboard.type(text);
}

const COLD = `Hi Maria,

I found you through the Temple alumni network, and your move from the ICU to informatics is the path I hope to take.

Would you have 20 minutes in the next few weeks to tell me how you made that change? Any time that suits you works for me.

Thank you,
Jordan`;

const THANKS = `Hi Maria,

Thank you for talking with me today. I especially appreciated what you said about the super-user program, which I hadn't considered before.

I'm going to ask my manager about joining ours this spring.

Best,
Jordan`;

const advice = (page: Page) => page.getByRole('region', { name: 'Advice on this draft' });

describe('message writer', () => {
  it('drafts a cold request until every check passes, marks it sent, shows the 3B7 dates, then writes the thank-you', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = await watchErrors(page);
    await openWriter(page);
    // The details fill the template.
    await typeInto(page, 'Their name', 'Maria Lopez');
    await typeInto(page, 'How you are connected', 'fellow Temple alum');
    await typeInto(page, 'Your interest, broad', 'health informatics');
    expect(await page.getByLabel('Kind of message').inputValue()).toBe('cold-request');
    await expect.poll(() => page.getByLabel('Message text').inputValue()).toMatch(/^Hi Maria,/);
    await expect.poll(() => page.getByLabel('Message text').inputValue()).toContain('health informatics');
    // The template's own placeholders stay marked, and the advice says so.
    await expect.poll(() => advice(page).getByText(/Fill in \[Your name\]/).count()).toBe(1);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/1-template-advice.png`, fullPage: true });
    // Fix it: a specific subject and a message of our own.
    await typeInto(page, 'Subject', 'Fellow Temple nurse: 20 minutes on informatics?');
    await typeInto(page, 'Message text', COLD, { paste: true });
    await expect.poll(() => advice(page).getByText('Every check passes.').count()).toBe(1);
    expect(await advice(page).getByText('advice', { exact: true }).count()).toBe(0);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/2-all-pass.png`, fullPage: true });
    // Mark it sent (today, by keyboard).
    await page.getByRole('button', { name: 'I sent it' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Send it' }).getByText(/^Recorded as sent on .*The checklist item is ticked/).waitFor();
    // After a reload the writer suggests the follow-up; the request's draft is kept.
    await page.reload();
    await page.getByLabel('Message text').waitFor();
    expect(await page.getByLabel('Kind of message').inputValue()).toBe('follow-up');
    await page.getByLabel('Kind of message').selectOption('cold-request');
    await expect.poll(() => page.getByLabel('Message text').inputValue()).toBe(COLD);
    // The checklist: the request ticked, the 3B7 dates from today.
    await openChecklist(page);
    expect(await page.getByRole('checkbox', { name: 'Send a short, specific request for the meeting' }).isChecked()).toBe(true);
    await page.getByText(/^No reply by .+\? Ask someone else too\. Still nothing by .+\? Follow up once\.$/).waitFor();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/3-checklist-3b7.png`, fullPage: true });
    // They said yes; the meeting was two hours ago.
    const past = await page.evaluate(() => {
      const d = new Date(Date.now() - 2 * 3600_000);
      const p = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
    });
    await page.getByLabel('Meeting date and time').fill(past);
    await page.getByLabel('Meeting date and time').blur();
    await openWriter(page);
    // After the meeting the writer opens on the thank-you, with the meeting's points to pick from.
    expect(await page.getByLabel('Kind of message').inputValue()).toBe('thank-you');
    await page.getByText('Points from your meeting').waitFor();
    await typeInto(page, 'Subject', 'Thank you, Maria');
    await typeInto(page, 'Message text', THANKS, { paste: true });
    await expect.poll(() => advice(page).getByText('Every check passes.').count()).toBe(1);
    await page.getByRole('button', { name: 'I sent it' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Send it' }).getByText(/^Recorded as sent on/).waitFor();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/4-thank-you.png`, fullPage: true });
    await openChecklist(page);
    expect(await page.getByRole('checkbox', { name: 'Send a thank-you within 24 hours' }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is axe clean in light and dark, and fits 320 px without sideways scroll', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const context = await newContext(browser(), { theme, width: 320, height: 700 });
      const page = await context.newPage();
      await openWriter(page);
      await typeInto(page, 'Message text', `${'x'.repeat(400)} ${'https://example.com/'.repeat(20)}`, { paste: true });
      await advice(page).getByText(/points? of advice/).waitFor();
      expect(await axeViolations(page), theme).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), theme).toBeLessThanOrEqual(320);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/5-320-${theme}.png`, fullPage: true });
      await context.close();
    }
  });

  it('keeps bad input as text: pasted HTML, right-to-left text, odd whitespace, a very long paste, another script', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = await watchErrors(page);
    await openWriter(page);
    await typeInto(page, 'Message text', '<b onmouseover="alert(1)">Hi</b><script>alert(2)</script>\u00a0\u200b\tthere', { paste: true });
    await advice(page).getByText(/looks like pasted HTML/).waitFor();
    expect(await page.locator('.mw b, .mw script').count()).toBe(0);
    await typeInto(page, 'Message text', 'مرحبا، أنا طالب في جامعة تمبل وأود أن أتعلم من تجربتك في المعلوماتية الصحية. هل لديك عشرون دقيقة؟', { paste: true });
    await advice(page).getByText(/These checks read English only/).waitFor();
    await typeInto(page, 'Message text', 'word '.repeat(5000), { paste: true });
    await page.getByText(/so it is not saved/).waitFor();
    await page.getByText(/too long for an email link/).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1200);
    expect(errors).toEqual([]);
    await context.close();
  });
});
