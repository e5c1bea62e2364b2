/**
 * Browser test harness: one Chromium per test file, a fresh context per test, helpers for
 * themes, blocked storage, axe and page errors. Query pages by role and label, never test ids.
 */
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { findChromium } from './chromium';

export const baseUrl = () => inject('baseUrl');

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface ContextOptions {
  theme?: 'light' | 'dark';
  width?: number;
  height?: number;
  /** Make localStorage throw, as in browsers that block storage. */
  blockStorage?: boolean;
  reducedMotion?: boolean;
  /** A phone: touch input and a mobile viewport (pair it with a phone-sized width and height). */
  touch?: boolean;
  /** No service worker: what a reader gets before the site has been stored for offline use. */
  noServiceWorker?: boolean;
}

/** Launches Chromium for this file and closes it afterwards; returns a getter. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    // Playwright gives every launch a fresh temporary profile, so no run sees another's state.
    browser = await chromium.launch({ executablePath: findChromium(), args: ARGS, headless: true });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Browser not launched yet');
    return browser;
  };
}

/** A fresh context (own storage) with theme, viewport and storage faults applied. */
export async function newContext(browser: Browser, options: ContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    colorScheme: options.theme ?? 'light',
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
    viewport: { width: options.width ?? 1200, height: options.height ?? 900 },
    serviceWorkers: options.noServiceWorker ? 'block' : 'allow',
    hasTouch: options.touch ?? false,
    isMobile: options.touch ?? false,
  });
  if (options.blockStorage) {
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
  }
  return context;
}

/** Collects console errors, page errors and CSP violations so a test can assert there were none. */
export async function watchErrors(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  // Awaited: a page loaded before the script is registered would report no violation at all.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`);
    });
  });
  return errors;
}

/** Runs axe-core on the page and returns readable violations (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const result = await page.evaluate(async () => {
    const r = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  });
  return result;
}

/** Sets the stored theme before any page script runs. */
export async function storeTheme(context: BrowserContext, theme: 'light' | 'dark') {
  await context.addInitScript((t) => {
    try {
      localStorage.setItem('coffee-chat:theme', t);
    } catch {
      /* storage blocked in this context */
    }
  }, theme);
}
