/**
 * The timer's summary and history as a reader sees them: segments never reached say "skipped" (not
 * "−3 min", as if fast), a long difference stays on one line, and the history chart of a single run
 * has a minutes scale and the run's two figures; at 320 px the table scrolls sideways and a keyboard
 * can reach it (axe clean in both themes).
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, newContext, storeTheme, useBrowser, watchErrors } from './harness';

const getBrowser = useBrowser();

describe('after a run', () => {
  it('says skipped, keeps "+20 min 34 s" on one line, and charts one run readably', async () => {
    const context = await newContext(getBrowser(), { width: 360, height: 740 });
    const page = await context.newPage();
    const errors = await watchErrors(page);
    await page.clock.install({ time: new Date('2026-03-02T09:00:00Z') });
    await page.goto('/tools/timer/');
    await page.getByRole('button', { name: 'Start the run' }).click();
    // 22 min 34 s in a 2-minute opening, then finish: the rest of the agenda is never reached.
    await page.clock.runFor((22 * 60 + 34) * 1000);
    await page.getByRole('button', { name: 'Finish' }).click();
    const table = page.getByRole('table', { name: 'Planned against actual time per segment' });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    const n = await rows.count();
    expect(n).toBeGreaterThan(2);
    const first = rows.nth(0).locator('td');
    expect(await first.nth(2).textContent()).toBe('+20 min 34 s');
    for (let i = 1; i < n; i++) {
      expect(await rows.nth(i).locator('td').nth(2).textContent(), `row ${i + 1}`).toBe('skipped');
      expect(await rows.nth(i).locator('td').nth(1).textContent(), `row ${i + 1}`).toBe('—');
    }
    // One line: the difference's text is one line high, and the segment names stay readable beside it.
    const lines = (el: Element) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return range.getClientRects().length;
    };
    expect(await first.nth(2).evaluate(lines)).toBe(1);
    expect(await rows.nth(0).locator('th').evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(100);

    await page.getByRole('button', { name: 'Save run' }).click();
    const chart = page.getByRole('img', { name: /Planned and actual minutes per run/ });
    await chart.waitFor();
    const labels = await chart.locator('text').allTextContents();
    expect(labels).toContain('0 min');
    expect(labels).toContain('This run');
    // The scale's top is a whole, even number of minutes at or above the longest bar, and both figures are on the bars.
    expect(labels.filter((t) => /^\d+ min$/.test(t)).length).toBeGreaterThanOrEqual(3);
    expect(labels).toContain('23 min');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('at 320 px scrolls the table sideways from the keyboard, axe clean in both themes', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const context = await newContext(getBrowser(), { width: 320, height: 640 });
      await storeTheme(context, theme);
      const page = await context.newPage();
      await page.clock.install({ time: new Date('2026-03-02T09:00:00Z') });
      await page.goto('/tools/timer/');
      await page.getByRole('button', { name: 'Start the run' }).click();
      await page.clock.runFor(90_000);
      await page.getByRole('button', { name: 'Finish' }).click();
      const region = page.getByRole('region', { name: 'Planned against actual time per segment' });
      await region.waitFor();
      expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth), 'the table is wider than the screen').toBe(true);
      await region.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(await axeViolations(page), theme).toEqual([]);
      await context.close();
    }
  });
});
