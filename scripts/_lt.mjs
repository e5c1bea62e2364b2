import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const path = process.argv[2] ?? '/tools/checklist/';
const results = [];
for (let i = 0; i < 5; i++) {
  const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, baseURL: 'http://127.0.0.1:4398', serviceWorkers: 'block' });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => { window.__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push(Math.round(e.duration)); }).observe({ type: 'longtask', buffered: true }); });
  await page.goto(path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1500);
  results.push(await page.evaluate(() => window.__lt));
  await ctx.close();
}
console.log(path, JSON.stringify(results));
await browser.close();
