/**
 * Starting a run shows the whole display: the current question, its cue and both clocks inside the
 * viewport (below the sticky header), with focus on Pause, at a laptop's and a phone's size.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContext, useBrowser } from './harness';

const getBrowser = useBrowser();

async function inView(page: Page, what: Locator, name: string) {
  const box = await what.boundingBox();
  const header = await page.locator('.site-header').boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, name).not.toBeNull();
  expect(box!.y, `${name}: top below the header`).toBeGreaterThanOrEqual(header ? header.y + header.height - 1 : 0);
  expect(box!.y + box!.height, `${name}: bottom inside the viewport`).toBeLessThanOrEqual(viewport.height);
  expect(box!.x, name).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, name).toBeLessThanOrEqual(viewport.width);
}

describe.each([
  [1280, 720],
  [360, 640],
])('starting a run at %i×%i', (width, height) => {
  it('shows question, cue and both clocks, with focus on Pause', async () => {
    const context = await newContext(getBrowser(), { width, height });
    const page = await context.newPage();
    await page.goto('/tools/timer/');
    const start = page.getByRole('button', { name: 'Start the run' });
    await start.focus();
    await page.keyboard.press('Enter');
    const display = page.getByRole('region', { name: 'Small talk and introduction' });
    await display.waitFor();
    await page.waitForTimeout(100);
    await inView(page, display.getByRole('heading', { name: 'Small talk and introduction' }), 'question');
    await inView(page, display.getByText('On track', { exact: true }), 'cue');
    const clocks = display.getByRole('timer', { name: 'Run timer' });
    await inView(page, clocks.getByText('Left in this segment', { exact: false }).first(), 'segment clock label');
    await inView(page, clocks.locator('.mt-clock').nth(0), 'segment clock');
    await inView(page, clocks.locator('.mt-clock').nth(1), 'meeting clock');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Pause');
    await context.close();
  });
});
