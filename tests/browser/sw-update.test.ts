/**
 * A new version of the site is announced, never swapped in silently: the reader sees a status
 * message with a Reload button, and only that button activates the new service worker.
 * Runs against its own copy of dist/ so the test can publish a "new version" of sw.js.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/static-server.mjs';
import { axeViolations, useBrowser, watchErrors } from './harness';

const browser = useBrowser();
let root = '';
let server: Server;
let url = '';

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'coffee-chat-sw-'));
  cpSync('dist', root, { recursive: true });
  ({ server, url } = await startServer({ root, port: 0 }));
});
afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
  rmSync(root, { recursive: true, force: true });
});

describe('a new version of the site', () => {
  it('waits for the reader to press Reload, then takes over', async () => {
    const context = await browser().newContext({ baseURL: url });
    const page = await context.newPage();
    const errors = await watchErrors(page);
    await page.goto('/tools/timer/');
    await page.waitForFunction(() => !!navigator.serviceWorker?.controller, undefined, { timeout: 30_000 });
    const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL);

    // Publish a new version and let the browser find it.
    appendFileSync(join(root, 'sw.js'), '\n// a new version\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

    const prompt = page.getByRole('status', { name: 'Site update' });
    await prompt.getByText('A new version is ready.').waitFor();
    // Nothing swapped yet: the page is still controlled by the first worker, and a worker waits.
    expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())!.waiting)).toBe(true);
    expect(await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL)).toBe(firstWorker);

    expect(await axeViolations(page)).toEqual([]);

    const reload = prompt.getByRole('button', { name: 'Reload' });
    await reload.focus();
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await page.waitForFunction(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return !reg?.waiting && !!navigator.serviceWorker.controller;
    });
    expect(await page.getByRole('status', { name: 'Site update' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
