/**
 * Reading aids: the header at 320 px, the menu, the three-state theme control, the guides sidebar,
 * the table of contents that follows the reader, and "On this page" on phones.
 */
import { describe, expect, it } from 'vitest';
import { baseUrl, newContext, useBrowser } from './harness';
import { pagePaths } from '../site/dist';

const browser = useBrowser();

describe('header', () => {
  it('is at most 64 px tall at 320 px and no page scrolls sideways', async () => {
    const context = await newContext(browser(), { width: 320, height: 640 });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of pagePaths()) {
      await page.goto(path);
      const { header, scroll } = await page.evaluate(() => ({
        header: document.querySelector('header')!.getBoundingClientRect().height,
        scroll: document.documentElement.scrollWidth,
      }));
      if (header > 64) problems.push(`${path}: header ${header} px`);
      if (scroll > 320) problems.push(`${path}: ${scroll} px wide`);
    }
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it('shows the whole nav in one row on a laptop and marks the question bank on its page', async () => {
    const context = await newContext(browser(), { width: 1280 });
    const page = await context.newPage();
    await page.goto('/questions/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    const current = nav.getByRole('link', { name: 'Question bank' });
    expect(await current.getAttribute('aria-current')).toBe('page');
    expect(await nav.getByRole('link', { name: 'Builder' }).getAttribute('aria-current')).toBeNull();
    const tops = await nav.getByRole('link').evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    await context.close();
  });

  it('puts the nav and the list of guides behind a menu on a phone; Escape closes it', async () => {
    const context = await newContext(browser(), { width: 320, height: 640 });
    const page = await context.newPage();
    await page.goto('/guides/following-up/');
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0); // hidden until opened
    // <summary> has no ARIA role Playwright maps, so it is found by its text.
    const menu = page.locator('summary', { hasText: 'Menu' });
    await menu.click();
    const guides = page.getByRole('navigation', { name: 'Guides' });
    expect(await guides.getByRole('link', { name: 'Following up' }).getAttribute('aria-current')).toBe('page');
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Checklist' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await guides.count()).toBe(0);
    expect(await menu.evaluate((el) => el === document.activeElement)).toBe(true);
    await context.close();
  });

  it('opens the menu without JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, baseURL: baseUrl(), viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto('/guides/etiquette/');
    await page.locator('summary', { hasText: 'Menu' }).click();
    expect(await page.getByRole('navigation', { name: 'Guides' }).getByRole('link', { name: 'Keeping track' }).isVisible()).toBe(true);
    // The theme control needs JavaScript, so it is not there at all.
    expect(await page.getByRole('button', { name: /^Theme/ }).count()).toBe(0);
    await context.close();
  });
});

describe('theme control', () => {
  it('goes system → dark → light → system on a light system, naming the state and showing its own icon', async () => {
    const context = await newContext(browser(), { theme: 'light' });
    const page = await context.newPage();
    await page.goto('/guides/');
    const icons: string[] = [];
    for (const [name, theme] of [['Theme: same as your system', undefined], ['Theme: dark', 'dark'], ['Theme: light', 'light']] as const) {
      const button = page.getByRole('button', { name });
      await button.waitFor();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      icons.push(await button.locator('svg:visible').innerHTML());
      await button.click();
    }
    await page.getByRole('button', { name: 'Theme: same as your system' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('coffee-chat:theme'))).toBeNull();
    expect(new Set(icons).size).toBe(3);
    await context.close();
  });
});

describe('guide navigation', () => {
  it('lists every guide by section beside the guide on a wide screen, the current one marked', async () => {
    const context = await newContext(browser(), { width: 1280 });
    const page = await context.newPage();
    await page.goto('/guides/etiquette/');
    const guides = page.getByRole('navigation', { name: 'Guides' });
    expect(await guides.getByRole('list').evaluateAll((lists) => lists.map((l) => l.getAttribute('aria-labelledby') && document.getElementById(l.getAttribute('aria-labelledby')!)!.textContent))).toEqual(['Understand', 'Prepare', 'Meet', 'Follow up']);
    expect(await guides.getByRole('link').count()).toBe(14);
    expect(await guides.getByRole('link', { name: 'Etiquette' }).getAttribute('aria-current')).toBe('page');
    await context.close();
  });

  it('marks the section being read in the table of contents as the reader scrolls', async () => {
    const context = await newContext(browser(), { width: 1280, height: 800 });
    const page = await context.newPage();
    await page.goto('/guides/following-up/');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const current = () => toc.locator('[aria-current="true"]').allTextContents();
    expect(await current()).toEqual([]); // at the top, no section yet
    const links = await toc.getByRole('link').evaluateAll((as) => as.map((a) => ({ text: a.textContent!, id: decodeURIComponent((a as HTMLAnchorElement).hash.slice(1)) })));
    for (const target of [links[2]!, links[0]!]) {
      await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), target.id);
      await expect.poll(current).toEqual([target.text]);
    }
    await context.close();
  });

  it('folds the table of contents into "On this page" on a phone', async () => {
    const context = await newContext(browser(), { width: 360, height: 740 });
    const page = await context.newPage();
    await page.goto('/guides/following-up/');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    expect(await toc.getByRole('link').first().isVisible()).toBe(false);
    await toc.locator('summary').click();
    await toc.getByRole('link').first().click();
    const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const top = await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, hash);
    const header = await page.evaluate(() => document.querySelector('header')!.getBoundingClientRect().bottom);
    expect(top).toBeGreaterThanOrEqual(header - 1); // not hidden under the sticky header
    await context.close();
  });
});

describe('short pages', () => {
  it('keep the footer at the bottom of the window', async () => {
    const context = await newContext(browser(), { width: 1280, height: 900 });
    const page = await context.newPage();
    for (const path of ['/search/', '/404.html']) {
      await page.goto(path);
      const bottom = await page.evaluate(() => document.querySelector('footer')!.getBoundingClientRect().bottom);
      expect(bottom, path).toBeGreaterThanOrEqual(899);
    }
    await context.close();
  });
});

describe('page alignment', () => {
  it('starts short pages at the same left edge as the header', async () => {
    const context = await newContext(browser(), { width: 1280 });
    const page = await context.newPage();
    for (const path of ['/search/', '/404.html', '/guides/']) {
      await page.goto(path);
      const [brand, h1] = await page.evaluate(() => [document.querySelector('header a')!, document.querySelector('h1')!].map((el) => Math.round(el.getBoundingClientRect().left)));
      expect(h1, path).toBe(brand);
    }
    await context.close();
  });
});
