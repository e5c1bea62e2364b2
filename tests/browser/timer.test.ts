import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, newContext, storeTheme, useBrowser, watchErrors } from './harness';

const browser = useBrowser();
const T0 = new Date('2026-03-02T09:00:00Z');

/** Opens the timer with Playwright's clock installed, so minutes pass in milliseconds. */
async function openTimer(options: { theme?: 'light' | 'dark'; reducedMotion?: boolean } = {}) {
  const context = await newContext(browser(), options);
  if (options.theme) await storeTheme(context, options.theme);
  const page = await context.newPage();
  const errors = await watchErrors(page);
  await page.clock.install({ time: T0 });
  await page.goto('/tools/timer/');
  await page.getByRole('button', { name: 'Start the run' }).waitFor();
  return { context, page, errors };
}

/** Seconds shown by one readout of the timer region ("Left in the meeting", ...); negative when over. */
async function shownSeconds(page: Page, label: RegExp): Promise<number> {
  const readout = page.getByRole('timer').locator('p').filter({ hasText: label });
  const text = (await readout.textContent()) ?? '';
  const m = /(\+?)(?:(\d+):)?(\d+):(\d\d)/.exec(text);
  if (!m) throw new Error(`no time in "${text}"`);
  const sec = Number(m[2] ?? 0) * 3600 + Number(m[3]) * 60 + Number(m[4]);
  return m[1] ? -sec : sec;
}

/** Hides or shows the tab as far as the page can tell, firing visibilitychange. */
async function setHidden(page: Page, hidden: boolean) {
  await page.evaluate((h) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (h ? 'hidden' : 'visible') });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

const MEETING_LEFT = /Left in the meeting|Past the agreed end/;
const SEGMENT_LEFT = /in this segment/;

describe('mock-meeting timer in a real browser', () => {
  it('runs a 20-minute meeting driven in seconds through every segment to the summary', async () => {
    const { context, page, errors } = await openTimer();
    // Paused, so only runFor moves time: on a busy machine the clicks themselves take real seconds.
    // Each step lets 200 ms run after its click, so the screen repaints; the steps still add up.
    await page.clock.pauseAt(T0.getTime() + 60_000);
    const STEP = 200;
    await page.getByRole('button', { name: 'Start the run' }).click();
    await page.clock.runFor(STEP);
    await page.getByRole('timer').waitFor();
    const segments = await page.getByText(/^Segment \d+ of (\d+)$/).textContent();
    const count = Number(/of (\d+)/.exec(segments ?? '')![1]);
    for (let i = 1; i < count; i++) {
      await page.clock.runFor(3 * 60_000 - STEP);
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await page.clock.runFor(STEP);
      await page.getByText(`Segment ${i + 1} of ${count}`, { exact: true }).waitFor();
    }
    // A little past, so the last repaint (once a second) has happened; the summary rounds to 30 s.
    await page.clock.runFor(20 * 60_000 - (count - 1) * 3 * 60_000 + 30_000 - STEP + 400);
    expect(await shownSeconds(page, MEETING_LEFT)).toBe(-30);
    await page.getByRole('button', { name: 'Finish' }).click();
    await page.clock.runFor(STEP);
    await page.getByRole('heading', { name: 'How the run went' }).waitFor();
    expect(await page.getByText('Total overtime: 30 s past the agreed end.').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('resumes a run after a reload within one second of the right time', async () => {
    const { context, page } = await openTimer();
    await page.getByRole('button', { name: 'Start the run' }).click();
    await page.clock.runFor(4 * 60_000 + 10_000);
    await page.reload();
    await page.getByRole('timer').waitFor();
    const left = await shownSeconds(page, MEETING_LEFT);
    expect(Math.abs(left - (20 * 60 - 250))).toBeLessThanOrEqual(1);
    await context.close();
  });

  it('shows the right time when a tab hidden for 10 minutes comes back', async () => {
    const { context, page } = await openTimer();
    await page.getByRole('button', { name: 'Start the run' }).click();
    await page.clock.runFor(60_000);
    await setHidden(page, true);
    // A hidden tab's timers barely run: jump the clock instead of ticking through it.
    await page.clock.fastForward(10 * 60_000);
    await setHidden(page, false);
    await page.clock.runFor(300);
    const left = await shownSeconds(page, MEETING_LEFT);
    expect(Math.abs(left - (20 * 60 - 11 * 60))).toBeLessThanOrEqual(1);
    await context.close();
  });

  it('stays within one second of the truth over a 60-minute run with the tab hidden half the time', async () => {
    const { context, page } = await openTimer();
    // Make the meeting the island created a 60-minute one, as the question builder would.
    await page.evaluate(() => {
      const raw = localStorage.getItem('coffee-chat:meetings');
      if (!raw) throw new Error('no meeting stored');
      const env = JSON.parse(raw) as { v: number; data: { meetings: { lengthMinutes: number; updatedAt: string }[] } };
      env.data.meetings.forEach((m) => {
        m.lengthMinutes = 60;
        m.updatedAt = new Date(Date.now() + 1000).toISOString();
      });
      localStorage.setItem('coffee-chat:meetings', JSON.stringify(env));
    });
    await page.reload();
    await page.getByText('Adds up to 1:00:00, the agreed length.').waitFor();
    await page.getByRole('button', { name: 'Start the run' }).click();
    await page.getByRole('timer').waitFor();
    for (let i = 0; i < 12; i++) {
      await page.clock.runFor(150_000);
      await setHidden(page, true);
      await page.clock.fastForward(150_000);
      await setHidden(page, false);
    }
    await page.clock.runFor(300);
    const left = await shownSeconds(page, MEETING_LEFT);
    expect(Math.abs(left - 0)).toBeLessThanOrEqual(1);
    await context.close();
  });

  it('works by keyboard alone from start to the summary', async () => {
    const { context, page } = await openTimer({ reducedMotion: true });
    const start = page.getByRole('button', { name: 'Start the run' });
    await start.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('timer').waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Pause');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Space');
    // The visible badge, not the live region that may say the same word at the same moment.
    await page.getByRole('region', { name: 'Small talk and introduction' }).getByText('Paused', { exact: true }).waitFor();
    await page.keyboard.press('Space');
    await page.keyboard.press('n');
    await page.getByText(/^Segment 2 of \d+$/).waitFor();
    const before = await shownSeconds(page, SEGMENT_LEFT);
    await page.keyboard.press('+');
    await page.clock.runFor(300);
    expect(await shownSeconds(page, SEGMENT_LEFT)).toBeGreaterThanOrEqual(before + 59);
    await page.keyboard.press('b');
    await page.getByText(/^Segment 1 of \d+$/).waitFor();
    await page.getByRole('button', { name: 'Finish' }).focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { name: 'How the run went' });
    await heading.waitFor();
    expect(await heading.evaluate((h) => h === document.activeElement)).toBe(true);
    await page.getByRole('radio', { name: /^4/ }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Save run' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(/Rated 4 of 5/).waitFor();
    await context.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations before, during and after a run (${theme} theme)`, async () => {
      const { context, page } = await openTimer({ theme });
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Start the run' }).click();
      await page.getByRole('timer').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.clock.runFor(170_000);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Finish' }).click();
      await page.getByRole('heading', { name: 'How the run went' }).waitFor();
      await page.getByRole('button', { name: 'Save run' }).click();
      await page.getByRole('img', { name: /Planned and actual minutes/ }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
