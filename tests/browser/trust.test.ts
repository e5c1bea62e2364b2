/**
 * Trust: the built site under its real security headers. Every page and every tool is used with
 * a watch on console errors and CSP violations; the headers are checked on every page; and with
 * JavaScript off the guides and the question bank stay readable while the tools say what they need.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, newContext, useBrowser, watchErrors } from './harness';
import { pagePaths as builtPages } from '../site/dist';

const browser = useBrowser();


const PAGES = builtPages();
const GUIDES = PAGES.filter((p) => /^\/guides\/[^/]+\/$/.test(p));
const TOOLS = PAGES.filter((p) => p.startsWith('/tools/'));

/** Waits for idle network and a moment for late scripts, so late CSP reports are seen. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(50);
}

describe('security headers', () => {
  it.each(['/', '/guides/', '/tools/questions/', '/no-such-page/', '/favicon.svg'])('are sent with %s', async (path) => {
    const res = await fetch(new URL(path, baseUrl()));
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/object-src 'none'/);
    // Scripts run only from our origin or by hash: never inline by default, never eval.
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('permissions-policy')).toMatch(/camera=\(\)/);
    expect(res.headers.get('permissions-policy')).toMatch(/microphone=\(\)/);
    await res.body?.cancel();
  });

  it('every page carries the same policy in a <meta> that the header merges', async () => {
    const header = (await fetch(baseUrl())).headers.get('content-security-policy')!;
    const headerHashes = new Set(header.match(/'sha256-[^']+'/g));
    for (const path of PAGES) {
      const html = await (await fetch(new URL(path, baseUrl()))).text();
      const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1].replaceAll('&#39;', "'");
      expect(meta, `${path} has no CSP <meta>`).toBeTruthy();
      for (const hash of meta!.match(/'sha256-[^']+'/g) ?? []) expect(headerHashes.has(hash), `${path}: ${hash}`).toBe(true);
    }
  });
});

describe('no CSP violation and no console error', () => {
  it('the watch itself sees a blocked inline script (so a clean run means something)', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = await watchErrors(page);
    await page.goto('/guides/');
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.injected = true';
      document.body.append(s);
    });
    await expect.poll(() => errors.join('\n')).toMatch(/CSP violation: script-src/);
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    await context.close();
  });

  it(`on any of the ${PAGES.length} built pages`, async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = await watchErrors(page);
    for (const path of PAGES) {
      const before = errors.length;
      await page.goto(path);
      await settle(page);
      if (errors.length > before) errors.splice(before, 0, `-- on ${path}:`);
    }
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('while searching and opening a result', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = await watchErrors(page);
    await page.goto('/');
    await page.getByRole('link', { name: /Search/ }).first().click();
    const box = page.getByRole('searchbox', { name: 'Search guides, questions and tools' });
    await box.waitFor();
    await box.fill('thank-you');
    const results = page.getByRole('list', { name: 'Search results', exact: true });
    await results.locator(':scope > li').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/(guides|questions|tools)\//);
    await settle(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('while adding a question in the question builder', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = await watchErrors(page);
    await page.goto('/tools/questions/');
    await page.getByRole('heading', { name: 'Your list' }).waitFor();
    await page.getByLabel('Question', { exact: true }).fill('What surprised you most in your first year?');
    await page.getByRole('button', { name: 'Add question' }).click();
    await page.locator('main').getByText('What surprised you most in your first year?', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: /^Add: / }).first().click();
    await settle(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('while starting, pausing and finishing a timer run and saving it', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = await watchErrors(page);
    await page.clock.install({ time: new Date('2026-03-02T09:00:00Z') });
    await page.goto('/tools/timer/');
    await page.getByRole('button', { name: 'Start the run' }).click();
    await page.getByRole('timer').waitFor();
    await page.clock.runFor(65_000);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.getByRole('button', { name: 'Finish' }).click();
    await page.getByRole('heading', { name: 'How the run went' }).waitFor();
    await page.getByRole('button', { name: 'Save run' }).click();
    await page.getByRole('img', { name: /Planned and actual minutes/ }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('while ticking a checklist item and exporting a backup', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = await watchErrors(page);
    await page.goto('/tools/checklist/');
    const item = page.getByRole('checkbox', { name: 'Ask who else you should talk to' });
    await item.check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download backup (.json)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^coffee-chat-backup-\d{4}-\d\d-\d\d\.json$/);
    const path = await download.path();
    const text = (await import('node:fs')).readFileSync(path, 'utf8');
    const file = JSON.parse(text) as { meetings: { checklist: { text: string; done: boolean }[] }[] };
    expect(file.meetings[0]!.checklist.find((i) => i.text === 'Ask who else you should talk to')?.done).toBe(true);
    await page.getByText('Backup downloaded.').waitFor();
    await settle(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('with JavaScript off', () => {
  async function noScriptPage() {
    const context = await browser().newContext({ javaScriptEnabled: false, baseURL: baseUrl() });
    return { context, page: await context.newPage() };
  }

  it(`every one of the ${GUIDES.length} guides and the question bank can be read`, async () => {
    expect(GUIDES.length).toBeGreaterThanOrEqual(13);
    const { context, page } = await noScriptPage();
    for (const path of [...GUIDES, '/questions/', '/guides/', '/']) {
      await page.goto(path);
      const h1 = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
      expect(h1.length, `${path} h1`).toBeGreaterThan(3);
      const words = ((await page.locator('main').innerText()) ?? '').split(/\s+/).filter(Boolean).length;
      expect(words, `${path} body words`).toBeGreaterThan(path === '/' || path === '/guides/' ? 40 : 150);
      // Only controls that need a script (copy buttons) may stay hidden; no text is.
      expect(await page.locator('main [hidden]:not(button)').count(), `${path} hidden content`).toBe(0);
    }
    await context.close();
  }, 60_000);

  it.each(TOOLS)('%s says the tool needs JavaScript and links to what works without it', async (path) => {
    const { context, page } = await noScriptPage();
    await page.goto(path);
    // Playwright's text and role engines skip <noscript>, so read what is rendered instead.
    const notice = page.locator('main noscript p');
    expect(await notice.isVisible()).toBe(true);
    expect(await page.locator('main').innerText()).toMatch(/This tool runs in your browser and needs JavaScript\./);
    expect(await notice.locator('a[href="/questions/"]').count()).toBe(1);
    expect(await notice.locator('a[href="/guides/"]').count()).toBe(1);
    // No placeholder that promises something a script would have done.
    expect(await page.locator('main').innerText()).not.toMatch(/Loading/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBeTruthy();
    await context.close();
  });

  it('with JavaScript on, the tool pages do not show the notice', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    for (const path of TOOLS) {
      await page.goto(path);
      expect(await page.locator('main').innerText()).not.toMatch(/needs JavaScript/);
    }
    await context.close();
  });
});
