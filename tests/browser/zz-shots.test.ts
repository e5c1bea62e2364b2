import { it } from 'vitest';
import { newContext, storeTheme, useBrowser } from './harness';
const browser = useBrowser();
const out = '/work/wt/notes/shots-reading';
for (const theme of ['light', 'dark'] as const)
  for (const width of [320, 1280]) {
    it(`shots ${theme} ${width}`, async () => {
      const context = await newContext(browser(), { theme, width, height: width === 320 ? 640 : 800 });
      await storeTheme(context, theme);
      const page = await context.newPage();
      await page.goto('/guides/following-up/');
      await page.screenshot({ path: `${out}/guide-${width}-${theme}.png` });
      const h = await page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().height);
      const sw = await page.evaluate(() => document.documentElement.scrollWidth);
      console.log(theme, width, 'header', h, 'scrollWidth', sw);
      await page.keyboard.press('/');
      await page.getByRole('searchbox').fill('thank you');
      await page.getByRole('status').filter({ hasText: /results for/ }).waitFor();
      await page.waitForTimeout(200);
      await page.screenshot({ path: `${out}/search-${width}-${theme}.png` });
      await context.close();
    });
  }
it('menu 320', async () => {
  const context = await newContext(browser(), { width: 320, height: 640 });
  const page = await context.newPage();
  await page.goto('/guides/following-up/');
  await page.locator('summary', { hasText: 'Menu' }).click();
  await page.screenshot({ path: `${out}/menu-320-light.png` });
  await page.goto('/search/');
  await page.screenshot({ path: `/tmp/reading/search-page.png` });
  await page.goto('/guides/following-up/#the-thank-you-note');
  await page.screenshot({ path: `/tmp/reading/anchor.png` });
  await context.close();
});
