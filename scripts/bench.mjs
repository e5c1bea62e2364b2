// `npm run bench`: measures the site and writes bench/REPORT.md.
//   - per-page-type sizes (gzip): HTML, CSS, JavaScript up front
//   - build time, Pagefind index size, service-worker precache size
//   - Lighthouse (mobile settings) for home, a guide, the question bank and each tool
//   - search weight and latency in a real browser (keystroke to results rendered, 50 queries)
//   - search relevance: top-1 and MRR@5 over tests/search/relevance.json (scripts/search-relevance.mjs)
//   - scale: the same build with 100 and 1,000 generated guides
// Every build happens in a copy of the project under BENCH_TMP (default /tmp/bench), never in
// this checkout's dist/ or src/. Env: BENCH_SCALES="100,1000" (empty to skip), BENCH_LIGHTHOUSE=0
// to skip Lighthouse, CHROME_PATH for the browser (default /usr/bin/chromium),
// BENCH_INTERACTIONS_ONLY=dist to print only the interaction-latency table for a built site,
// BENCH_SEARCH_ONLY=dist (BENCH_RUNS=n) to print only search latency and where it goes, for a built site,
// BENCH_REPORT_ONLY=results.json to rewrite the report from a run's saved figures.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { pageSizes } from './site-measure.mjs';
import { startServer } from './static-server.mjs';
import { describeMisses, measureRelevance } from './search-relevance.mjs';
import { generateGuides } from './bench-guides.mjs';

const ROOT = process.cwd();
const TMP = process.env.BENCH_TMP ?? '/tmp/bench';
const SCALES = (process.env.BENCH_SCALES ?? '100,1000').split(',').map(Number).filter((n) => n > 0);
const LIGHTHOUSE = process.env.BENCH_LIGHTHOUSE !== '0';
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const PORT = 4391; // fixed, so the build's canonical URLs (SITE_URL) point at the server Lighthouse sees
const ORIGIN = `http://127.0.0.1:${PORT}`;
const KB = 1024;

const PAGE_TYPES = [
  ['Home', '/'],
  ['Guide', '/guides/preparing/'],
  ['Question bank', '/questions/'],
  ['Tool: question builder', '/tools/questions/'],
  ['Tool: timer', '/tools/timer/'],
  ['Tool: checklist', '/tools/checklist/'],
];

/** Fifty queries a reader might type, warm-up first; the same set runs at every scale. */
const WARM_UP = 'coffee';
const QUERIES = [
  'thank you', 'TIARA', 'résumé', 'linkedin', 'follow up', 'questions', 'introvert', 'phone', 'video call', 'email',
  'referral', 'salary', 'mistakes', 'etiquette', 'agenda', 'timer', 'checklist', 'research', 'small talk', 'next steps',
  'alumni', 'career change', 'student', 'international', 'phd', 'time zone', 'notes', 'template', 'subject line', 'reminder',
  'job interview', 'ask for a job', 'twenty minutes', 'introduction', 'practice', 'nervous', 'mentor', 'industry', 'trends', 'advice',
  'resources', 'path', 'closing', 'opening', 'tracking', 'spreadsheet', 'gift', 'coffee shop', 'virtual', 'update',
];

const log = (msg) => console.log(`[bench] ${msg}`);
const kb = (bytes) => (bytes / KB).toFixed(1);
const ms = (n) => n.toFixed(n < 10 ? 1 : 0);

// ---------------------------------------------------------------------------------------------
// Project copies and builds

/**
 * Copies the working tree (not node_modules, dist, .git) to `dest`. node_modules is rebuilt as a
 * folder of symlinks so Astro's content cache (node_modules/.astro) stays private to the copy.
 */
function copyProject(dest) {
  rmSync(dest, { recursive: true, force: true });
  const skip = /^\/(node_modules|dist|\.git|\.astro|bench)(\/|$)/;
  cpSync(ROOT, dest, { recursive: true, filter: (src) => !skip.test(src.slice(ROOT.length)) });
  mkdirSync(join(dest, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(join(ROOT, 'node_modules', name), join(dest, 'node_modules', name));
  }
}

/** Runs `npm run build` in a copy and returns its wall time in seconds. */
function build(dest) {
  const start = performance.now();
  execFileSync('npm', ['run', 'build'], { cwd: dest, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, SITE_URL: ORIGIN }, maxBuffer: 64 * 1024 * 1024 });
  return (performance.now() - start) / 1000;
}

/** Every file under a folder with its size. */
function files(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => ({ path: join(e.parentPath, e.name), size: statSync(join(e.parentPath, e.name)).size }));
}

/** Pagefind's index on disk: chunks, fragments, metadata (already gzipped by Pagefind). */
function indexSize(dist) {
  const index = files(join(dist, 'pagefind')).filter((f) => /\.pf_(index|fragment|meta)$/.test(f.path));
  const chunks = index.filter((f) => f.path.endsWith('.pf_index'));
  return { bytes: index.reduce((s, f) => s + f.size, 0), files: index.length, chunks: chunks.length, chunkBytes: chunks.reduce((s, f) => s + f.size, 0) };
}

/** What the service worker precaches, from the manifest inlined in sw.js. */
function precache(dist) {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]);
  return { files: urls.length, bytes: urls.reduce((s, u) => s + statSync(join(dist, u)).size, 0) };
}

// ---------------------------------------------------------------------------------------------
// Sizes

// fileFor, moduleGraph and pageSizes come from ./site-measure.mjs (the budget tests use the same).

// ---------------------------------------------------------------------------------------------
// Serving: the shared static server, with gzip like a real host (./static-server.mjs)

async function serve(dist) {
  const { server } = await startServer({ root: dist, port: PORT, gzip: true });
  return { close: () => new Promise((done) => server.close(() => done())) };
}

// ---------------------------------------------------------------------------------------------
// Browser measurements

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Opens search on the guides index and runs the warm-up query until its results show and the network is idle; returns the box. */
async function openWarmSearch(page) {
  await page.goto('/guides/');
  await page.keyboard.press('Control+k');
  const box = page.getByRole('searchbox', { name: 'Search guides, questions and tools' });
  await box.fill(WARM_UP);
  await page.getByRole('list', { name: 'Search results', exact: true }).getByRole('listitem').first().waitFor();
  await page.waitForLoadState('networkidle');
  return box;
}

/**
 * Search in the browser: weight of a first query (what the page fetches for search) and latency,
 * from the input event of a keystroke to the results and their status rendered, after a warm-up.
 */
async function searchBench(chromium) {
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS, headless: true });
  try {
    const context = await browser.newContext({ baseURL: ORIGIN, viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    const fetched = new Map();
    page.on('response', async (r) => {
      const path = new URL(r.url()).pathname;
      if (!path.startsWith('/pagefind/') && !path.startsWith('/_astro/search')) return;
      const sizes = await r.request().sizes().catch(() => null);
      fetched.set(path, sizes ? sizes.responseBodySize : 0);
    });
    const box = await openWarmSearch(page);
    const weight = [...fetched].map(([path, bytes]) => ({ path, bytes }));

    const times = [];
    const complete = [];
    for (const query of QUERIES) {
      await box.fill('');
      const t = await page.evaluate(
        (q) =>
          new Promise((done, fail) => {
            const input = document.querySelector('dialog [data-search-input]');
            const status = document.querySelector('dialog [data-search-status]');
            const expected = `“${q}”`;
            const list = document.querySelector('dialog [data-search-results]');
            const start = performance.now();
            // Results show with their titles as soon as the index answers; their excerpts and
            // sections follow from Pagefind's fragments while the list is aria-busy. Until that frame, too:
            window.__complete = new Promise((complete) => {
              const busy = new MutationObserver(() => {
                if (!status.textContent.includes(expected) || list.getAttribute('aria-busy') === 'true') return;
                busy.disconnect();
                requestAnimationFrame(() => complete(performance.now() - start));
              });
              busy.observe(list.parentNode, { attributes: true, attributeFilter: ['aria-busy'], childList: true, characterData: true, subtree: true });
            });
            const observer = new MutationObserver(() => {
              if (status.textContent.includes(expected)) {
                observer.disconnect();
                // Wait for the frame that paints the results.
                requestAnimationFrame(() => done(performance.now() - start));
              }
            });
            observer.observe(status, { childList: true, characterData: true, subtree: true });
            setTimeout(() => fail(new Error(`no results status for ${q}`)), 10_000);
            input.value = q;
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        query,
      );
      times.push(t);
      complete.push(await page.evaluate(() => window.__complete));
    }
    complete.sort((a, b) => a - b);
    times.sort((a, b) => a - b);
    await context.close();
    return {
      weight,
      median: percentile(times, 50),
      p95: percentile(times, 95),
      max: times.at(-1),
      complete: { median: percentile(complete, 50), p95: percentile(complete, 95), max: complete.at(-1) },
    };
  } finally {
    await browser.close();
  }
}

/**
 * Search while typing (BENCH_SEARCH_ONLY only): twelve of the queries typed a letter at a time, 120 ms
 * apart; each keystroke of two letters or more, from its input event to the frame after the status
 * names it (a keystroke superseded before its results showed is not counted). Here index chunks
 * load while the reader types, so most keystrokes score chunks already in memory.
 */
const TYPED = ['thank you', 'follow up', 'ask for a job', 'mentor', 'career change', 'salary', 'time zone', 'research', 'subject line', 'nervous', 'coffee shop', 'practice'];
async function searchTypedBench(chromium) {
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS, headless: true });
  try {
    const page = await (await browser.newContext({ baseURL: ORIGIN, viewport: { width: 1200, height: 900 } })).newPage();
    const box = await openWarmSearch(page);
    await page.evaluate(() => {
      const input = document.querySelector('dialog [data-search-input]');
      const status = document.querySelector('dialog [data-search-status]');
      const started = new Map();
      window.__typed = [];
      input.addEventListener('input', () => input.value.trim().length >= 2 && started.set(input.value.trim(), performance.now()), true);
      new MutationObserver(() => {
        for (const [value, start] of started) {
          if (!status.textContent.includes(`“${value}”`)) continue;
          started.delete(value);
          requestAnimationFrame(() => window.__typed.push(performance.now() - start));
        }
      }).observe(status, { childList: true, characterData: true, subtree: true });
    });
    let keystrokes = 0;
    for (const query of TYPED) {
      await box.fill('');
      await page.waitForTimeout(300);
      await box.pressSequentially(query, { delay: 120 });
      keystrokes += [...query].filter((_, i) => query.slice(0, i + 1).trim().length >= 2).length;
      await page.waitForTimeout(800);
    }
    const times = (await page.evaluate(() => window.__typed)).sort((a, b) => a - b);
    return { keystrokes, shown: times.length, median: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1) };
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Where search time goes (issue 18): Pagefind's own API on the same queries, split into the search
// (fetching and decoding index chunks, then scoring), scoring alone (the same search again, chunks
// in memory) and the result fragments (fetching and decoding five). Queries go through the same
// rewrite as the site's search box (src/lib/search-query.ts).

async function searchBreakdown(chromium) {
  const { searchTerms } = await import('../src/lib/search-query.ts');
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS, headless: true });
  try {
    const context = await browser.newContext({ baseURL: ORIGIN, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto('/guides/');
    const rows = await page.evaluate(
      async ({ queries, warmUp }) => {
        const pf = await import('/pagefind/pagefind.js');
        await pf.options({ noWorker: true, excerptLength: 18 });
        await pf.init();
        await Promise.all((await pf.search(warmUp)).results.slice(0, 5).map((r) => r.data()));
        const out = [];
        for (const q of queries) {
          const t0 = performance.now();
          const found = await pf.search(q);
          const t1 = performance.now();
          await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
          const t2 = performance.now();
          await pf.search(q);
          out.push({ search: t1 - t0, fragments: t2 - t1, scoring: performance.now() - t2 });
        }
        return out;
      },
      { queries: QUERIES.map(searchTerms), warmUp: WARM_UP },
    );
    await context.close();
    const stats = (key) => {
      const sorted = rows.map((r) => r[key]).sort((a, b) => a - b);
      return { median: percentile(sorted, 50), p95: percentile(sorted, 95) };
    };
    return { search: stats('search'), scoring: stats('scoring'), fragments: stats('fragments') };
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Interaction latency on a slow phone (issue 18): Chromium's CPU throttled 4x, input to next
// paint for each listed interaction, from the Event Timing API (what INP is made of).

const CPU_SLOWDOWN = 4;
/** Event Timing reports nothing under 16 ms; an interaction without an entry counts as this. */
const EVENT_FLOOR = 16;

/** Runs in every page before its scripts: keeps each interaction's longest event entry. */
function recordInteractions() {
  window.__interactions = new Map();
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.interactionId) continue;
      window.__interactions.set(e.interactionId, Math.max(window.__interactions.get(e.interactionId) ?? 0, e.duration));
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

/**
 * Does `act` (which makes `count` interactions) and returns each one's input-to-next-paint time;
 * interactions Event Timing did not report (faster than 16 ms) count as 16 ms.
 */
async function timeInteractions(page, count, act) {
  await page.evaluate(() => window.__interactions.clear());
  await act();
  // Event Timing entries arrive after the frame that painted: let two frames and a beat pass.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 150)))));
  const seen = await page.evaluate(() => [...window.__interactions.values()]);
  return [...seen, ...Array(Math.max(0, count - seen.length)).fill(EVENT_FLOOR)];
}

/**
 * Clicks the centre of what `locator` finds with a bare mouse click. Playwright's own click checks
 * the hit target from inside the page's pointer events and resolves the locator just before the
 * input; on a 4x slower CPU that work landed inside the interactions measured (up to about 100 ms
 * of a click). Here the element is found and scrolled to first, and only the input is timed.
 */
async function clickAt(page, locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

async function interactionBench(chromium) {
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS, headless: true });
  const rows = [];
  const summary = (name, times) => {
    const sorted = [...times].sort((a, b) => a - b);
    rows.push({ name, n: sorted.length, median: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) });
  };
  // A phone-sized window; no service worker, so its install does not compete for the CPU.
  const open = async (path, ready) => {
    const context = await browser.newContext({ baseURL: ORIGIN, viewport: { width: 412, height: 915 }, serviceWorkers: 'block' });
    await context.addInitScript(recordInteractions);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(path);
    await ready(page);
    await page.waitForLoadState('networkidle');
    return { page, close: () => context.close() };
  };
  try {
    {
      const { page, close } = await open('/tools/questions/', (p) => p.getByRole('heading', { name: 'Your list' }).waitFor());
      const adds = [];
      for (let i = 0; i < 12; i++) {
        const add = page.getByRole('button', { name: /^Add: / }).first();
        adds.push(...(await timeInteractions(page, 1, () => clickAt(page, add))));
      }
      summary('Question builder: add a question from the bank', adds);
      const note = page.getByLabel('Note for question 1', { exact: true });
      await note.focus(); // as a keyboard reader reaches it: the row shows its minutes and note while a field has focus
      const text = 'Ask about their first year';
      summary('Question builder: type in a question note', await timeInteractions(page, text.length, () => page.keyboard.type(text, { delay: 60 })));
      await close();
    }
    {
      const { page, close } = await open('/tools/checklist/', (p) => p.getByRole('checkbox').first().waitFor());
      const ticks = [];
      const boxes = await page.getByRole('checkbox').count();
      for (let i = 0; i < Math.min(12, boxes); i++) ticks.push(...(await timeInteractions(page, 1, () => clickAt(page, page.getByRole('checkbox').nth(i)))));
      summary('Checklist: tick an item', ticks);
      await close();
    }
    {
      const { page, close } = await open('/tools/timer/', (p) => p.getByRole('button', { name: 'Start the run' }).waitFor());
      const presses = [...(await timeInteractions(page, 1, () => clickAt(page, page.getByRole('button', { name: 'Start the run' }))))];
      for (let i = 0; i < 6; i++) {
        presses.push(...(await timeInteractions(page, 1, () => clickAt(page, page.getByRole('button', { name: 'Pause' })))));
        presses.push(...(await timeInteractions(page, 1, () => clickAt(page, page.getByRole('button', { name: 'Resume' })))));
      }
      summary('Timer: start, pause and resume', presses);
      await close();
    }
    {
      const { page, close } = await open('/guides/', (p) => p.getByRole('heading', { level: 1 }).waitFor());
      const opens = [];
      const typing = [];
      for (const word of ['mentor', 'thank', 'salary', 'alumni', 'agenda']) {
        // Two keys, two interactions (Control, then K).
        opens.push(...(await timeInteractions(page, 2, () => page.keyboard.press('Control+k'))));
        await page.getByRole('searchbox', { name: 'Search guides, questions and tools' }).fill('');
        await page.waitForTimeout(200);
        typing.push(...(await timeInteractions(page, word.length, () => page.keyboard.type(word, { delay: 80 }))));
        await page.getByRole('list', { name: 'Search results', exact: true }).getByRole('listitem').first().waitFor();
        await page.keyboard.press('Escape');
      }
      summary('Search: open it (Ctrl+K)', opens);
      summary('Search: type a word', typing);
      await close();
    }
  } finally {
    await browser.close();
  }
  return rows;
}

/** Lighthouse on mobile settings (its defaults: Moto G Power, simulated slow 4G). */
async function lighthouseRuns() {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS });
  const results = [];
  try {
    for (const [name, url] of PAGE_TYPES) {
      log(`Lighthouse ${url}`);
      // A busy machine sometimes makes a run fail to trace (runtimeError, performance null): retry.
      let lhr;
      for (let attempt = 1; attempt <= 3; attempt++) {
        lhr = (await lighthouse(`${ORIGIN}${url}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] })).lhr;
        if (lhr.categories.performance?.score != null) break;
        log(`Lighthouse ${url}: ${lhr.runtimeError?.code ?? 'no performance score'}, retrying`);
      }
      const score = (id) => (lhr.categories[id]?.score == null ? `error: ${lhr.runtimeError?.code ?? 'none'}` : Math.round(lhr.categories[id].score * 100));
      const lost = [];
      for (const category of Object.values(lhr.categories)) {
        for (const ref of category.auditRefs) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative') lost.push(`${category.title}: ${audit.title} (${audit.displayValue ?? `score ${audit.score}`})`);
        }
      }
      // Name the culprits, so whoever owns the page knows what to fix.
      const shifts = (lhr.audits['layout-shifts']?.details?.items ?? []).slice(0, 3).map((i) => `${i.node?.selector ?? '?'} (${Number(i.score).toFixed(3)})`);
      if (shifts.length) lost.push(`layout shifts from: ${shifts.join(', ')}`);
      const tasks = (lhr.audits['long-tasks']?.details?.items ?? []).slice(0, 3).map((i) => `${String(i.url).replace(ORIGIN, '')} ${Math.round(i.duration)} ms`);
      if (tasks.length && lhr.audits['total-blocking-time']?.score < 1) lost.push(`long tasks: ${tasks.join(', ')}`);
      const metric = (id) => lhr.audits[id]?.displayValue ?? '';
      results.push({
        name, url, lost,
        scores: { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') },
        metrics: { fcp: metric('first-contentful-paint'), lcp: metric('largest-contentful-paint'), tbt: metric('total-blocking-time'), cls: metric('cumulative-layout-shift') },
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// Runs

/** Builds one copy (with `extra` generated guides), measures it, and returns the figures. */
async function measure(extra, { lighthouse: withLighthouse, sizes }) {
  const dest = join(TMP, extra ? `scale-${extra}` : 'base');
  log(`copying the project to ${dest}${extra ? ` with ${extra} generated guides` : ''}`);
  copyProject(dest);
  const vocabulary = extra ? generateGuides(dest, extra) : null;
  log('building');
  const buildSeconds = build(dest);
  const dist = join(dest, 'dist');
  const pages = readdirSync(dist, { recursive: true }).filter((f) => f.endsWith('index.html')).length;
  const out = { extra, pages, buildSeconds, vocabulary, index: indexSize(dist), precache: precache(dist) };
  if (sizes) out.sizes = PAGE_TYPES.map(([name, url]) => ({ name, url, ...pageSizes(dist, url) }));
  if (!extra) {
    log('search relevance');
    const relevance = await measureRelevance({ dist });
    out.relevance = { ...relevance, misses: describeMisses(relevance) };
  }
  const server = await serve(dist);
  try {
    const { chromium } = await import('playwright-core');
    log('search latency');
    // The machine is shared: record how busy it was, so a slow run reads as a busy machine.
    out.load = loadavg()[0];
    out.search = await searchBench(chromium);
    log('where search time goes');
    out.searchParts = await searchBreakdown(chromium);
    if (sizes) {
      log('interaction latency (CPU 4x slower)');
      out.interactions = await interactionBench(chromium);
    }
    if (withLighthouse) out.lighthouse = await lighthouseRuns();
  } finally {
    await server.close();
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Report sections added for issue 18 (offline cache, interactions, search breakdown, before/after)

/** Figures from the report before issue 18 (bench/REPORT.md of 2026-11-26, and a run with the realistic guides before the search fix). */
const BEFORE = {
  precacheKB: { 0: 1030.0, 100: 3227.8, 1000: 22876.5 },
  searchP95: { 0: 29, 100: 59, 1000: 95 },
  searchP95Realistic1000: 204,
  // Search p95 of the code before phase 3's change (results waited for their fragments and a frame),
  // re-measured on 2026-11-30 with BENCH_SEARCH_ONLY, alternating with the new code: runs at a load average of 2.6 to 5.2.
  searchP95Phase3: { 0: '34–58 ms', 100: '57–80 ms', 1000: '79–102 ms' },
  // Render-blocking CSS only, as the budget test counts it (the old report also counted print.css: 16.7 and 18.6 KB).
  bankHtmlCss: 16.0,
  builderHtmlCss: 17.8,
  checklistTbt: '100 ms',
  // Interaction p95 of the first interaction table (Playwright's own click, before issue 18's phase 2),
  // and the same build again with the bare mouse clicks of clickAt() at a load average of 3 to 5 (two runs).
  interactionP95: {
    'Question builder: add a question from the bank': ['128 ms', '56–88 ms'],
    'Question builder: type in a question note': ['160 ms', '16–72 ms'],
    'Checklist: tick an item': ['56 ms', '32–64 ms'],
    'Timer: start, pause and resume': ['48 ms', '24 ms'],
    'Search: open it (Ctrl+K)': ['40 ms', '40 ms'],
    'Search: type a word': ['160 ms', '64 ms'],
  },
};

function searchPartsSection(runs) {
  const lines = ['Where the time goes: Pagefind\'s API on the same queries (after the same rewrite as the search box), no rendering. "Search" is fetching and decoding the index chunks a query needs, then scoring; "scoring" is the same search again with the chunks in memory; "fragments" is fetching and decoding the five results\' text (since results show from their titles, only their excerpts wait for it).', ''];
  lines.push('| site | search median | search p95 | scoring p95 | fragments median | fragments p95 |', '| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of runs) {
    if (!r.searchParts) continue;
    const p = r.searchParts;
    lines.push(`| ${r.extra ? `+${r.extra} generated guides` : 'today'} | ${ms(p.search.median)} ms | ${ms(p.search.p95)} ms | ${ms(p.scoring.p95)} ms | ${ms(p.fragments.median)} ms | ${ms(p.fragments.p95)} ms |`);
  }
  lines.push(
    '',
    'Pagefind matches every query word as a prefix too ("a" also finds "about", "ask", "after"…), and scoring those extensions across every page was most of a slow search: at +1,000 guides "ask for a job" took about 0.5 s to score and "a job" 0.2–0.3 s, "ask job" 10–30 ms. The search box drops the articles and "I" from queries of several words (src/lib/search-query.ts: COMMON_WORDS); wider lists of short words cost the relevance set right answers, so "for" and "to" stay.',
    '',
  );
  return lines;
}

function offlineSection(runs) {
  const lines = ['## Offline cache', ''];
  lines.push(
    'The service worker (scripts/build-sw.mjs) precaches what does not grow with the guides: the home page, the tools, the search page, the 404 and offline pages, every stylesheet and script, the manifest and icons, and the search code (Pagefind\'s script, WebAssembly, entry and metadata, and the result titles, which grow by about 85 bytes a guide). ' +
      'Pages are cached when read (stale-while-revalidate), images when first fetched (cache-first), and search index chunks and result text are handed to the worker in idle time and saved (cache-first, used offline; online, search fetches them with no worker in the way). Each cache is capped by Workbox\'s ExpirationPlugin (src/lib/offline-cache.ts). A page not saved, opened offline, gets the offline page listing the guides this device has. Budget: 1.5 MB at +1,000 guides.',
    '',
    '| site | precached files | precache |',
    '| --- | ---: | ---: |',
  );
  for (const r of runs) lines.push(`| ${r.extra ? `+${r.extra} generated guides` : 'today'} | ${r.precache.files} | ${kb(r.precache.bytes)} KB |`);
  lines.push('');
  return lines;
}

function interactionSection(base) {
  const lines = ['## Interaction latency (slow phone)', ''];
  lines.push(
    `Chromium with its CPU throttled ${CPU_SLOWDOWN}x, a 412 px window, no service worker: from the input to the next paint, per interaction (the Event Timing API, what INP is made of; it reports nothing under ${EVENT_FLOOR} ms, so faster interactions count as ${EVENT_FLOOR} ms). Target: p95 at most 100 ms.`,
    '',
    '| interaction | n | median | p95 | max |',
    '| --- | ---: | ---: | ---: | ---: |',
  );
  for (const r of base.interactions) lines.push(`| ${r.name} | ${r.n} | ${ms(r.median)} ms | ${ms(r.p95)} ms | ${ms(r.max)} ms |`);
  const checklist = base.lighthouse?.find((r) => r.url === '/tools/checklist/');
  if (checklist) lines.push('', `Checklist Total Blocking Time (Lighthouse, mobile): ${checklist.metrics.tbt} (target at most 50 ms).`);
  lines.push(
    '',
    "Clicks are bare mouse clicks at the element's centre, found and scrolled to beforehand (clickAt): Playwright's own click resolves the locator and checks the hit target from inside the page's pointer events, and under 4x throttling that work landed inside the interactions measured. " +
      'With n of 12 or 13 the p95 is the slowest interaction, so one stall of a busy machine sets it: compare runs made at a similar load.',
    '',
  );
  return lines;
}

function beforeAfterSection(base, scales) {
  const lines = ['## Before and after (issue 18)', '', '| figure | before | now |', '| --- | ---: | ---: |'];
  for (const r of [base, ...scales]) {
    const before = BEFORE.precacheKB[r.extra];
    if (before) lines.push(`| precache, ${r.extra ? `+${r.extra} guides` : 'today'} | ${before.toFixed(1)} KB | ${kb(r.precache.bytes)} KB |`);
  }
  for (const r of [base, ...scales]) {
    const before = BEFORE.searchP95[r.extra];
    const note = r.extra === 1000 ? ` (${BEFORE.searchP95Realistic1000} ms with the realistic guides, before the query rewrite)` : '';
    const phase3 = BEFORE.searchP95Phase3[r.extra];
    if (before) lines.push(`| search p95, ${r.extra ? `+${r.extra} guides` : 'today'} | ${before} ms${note}; ${phase3} before results showed with their titles | ${ms(r.search.p95)} ms |`);
  }
  const size = (url) => base.sizes?.find((s) => s.url === url);
  const bank = size('/questions/');
  const builder = size('/tools/questions/');
  if (bank) lines.push(`| question bank HTML + CSS | ${BEFORE.bankHtmlCss} KB | ${kb(bank.html + bank.css)} KB |`);
  if (builder) lines.push(`| question builder HTML + CSS | ${BEFORE.builderHtmlCss} KB | ${kb(builder.html + builder.css)} KB |`);
  const checklist = base.lighthouse?.find((r) => r.url === '/tools/checklist/');
  if (checklist) lines.push(`| checklist TBT (Lighthouse) | ${BEFORE.checklistTbt} | ${checklist.metrics.tbt} |`);
  for (const r of base.interactions ?? []) {
    const before = BEFORE.interactionP95[r.name];
    if (before) lines.push(`| p95 ${r.name} | ${before[0]} (${before[1]} with bare clicks at load 3–5) | ${ms(r.p95)} ms |`);
  }
  lines.push('', 'The search figures before came from a lighter machine load and, except where noted, from generated guides that repeated a small vocabulary; this machine is shared, so compare runs of one day.', '');
  return lines;
}

/** The Lighthouse section of the report on disk, kept (and marked) when a run skips Lighthouse. */
function lighthouseKept() {
  let text;
  try {
    text = readFileSync(join(ROOT, 'bench/REPORT.md'), 'utf8');
  } catch {
    return undefined;
  }
  const start = text.indexOf('## Lighthouse (mobile settings)');
  if (start < 0) return undefined;
  const end = text.indexOf('\n## ', start + 3);
  const body = text.slice(start, end < 0 ? undefined : end).trimEnd().split('\n');
  const note = body[2]?.startsWith('Not re-run') ? [] : ['Not re-run in this run (BENCH_LIGHTHOUSE=0): the figures below are from the previous report.', ''];
  return [body[0], '', ...note, ...body.slice(2), ''];
}
const previousLighthouse = lighthouseKept();

function report(base, scales) {
  const guides = readdirSync(join(ROOT, 'src/content/guides')).filter((f) => f.endsWith('.mdx')).length;
  const lines = [];
  const row = (...cells) => lines.push(`| ${cells.join(' | ')} |`);
  lines.push('# Coffee Chat — benchmark report', '');
  lines.push(`Generated by \`npm run bench\` (scripts/bench.mjs) on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${CHROME}.`);
  lines.push('Each build runs in a fresh copy of the working tree under /tmp with a cold Astro cache; the site is served with gzip like a static host would.');
  if (base.load !== undefined) lines.push(`Load average (1 min) when each site's browser measurements began, on ${cpus().length} cores: ${[base, ...scales].map((r) => `${r.extra ? `+${r.extra}` : 'today'} ${r.load?.toFixed(1)}`).join(', ')}. Timings on a busy machine run long; compare runs made at a similar load.`, '');

  lines.push('## Sizes per page type (gzip)', '');
  lines.push('Budgets: guide HTML + CSS < 14 KB; guide JavaScript < 1 KB before search opens; tool JavaScript < 40 KB.', '');
  row('page', 'URL', 'HTML', 'CSS', 'HTML + CSS', 'JS up front');
  row('---', '---', '---:', '---:', '---:', '---:');
  for (const s of base.sizes) row(s.name, `\`${s.url}\``, `${kb(s.html)} KB`, `${kb(s.css)} KB`, `${kb(s.html + s.css)} KB`, `${kb(s.js)} KB`);
  lines.push('');

  lines.push('## Build', '');
  row('site', 'pages', 'build time', 'Pagefind index (chunks + fragments + meta)', 'index chunks', 'service-worker precache');
  row('---', '---:', '---:', '---:', '---:', '---:');
  for (const r of [base, ...scales]) {
    row(r.extra ? `+${r.extra} generated guides` : `today (${guides} guides)`, r.pages, `${r.buildSeconds.toFixed(1)} s`, `${kb(r.index.bytes)} KB in ${r.index.files} files`, `${r.index.chunks} (${kb(r.index.chunkBytes)} KB)`, `${r.precache.files} files, ${kb(r.precache.bytes)} KB`);
  }
  lines.push('', '`build time` is `npm run build` end to end: astro build, Pagefind, headers, service worker.', '');

  lines.push('## Search', '');
  lines.push(
    `Latency: from the input event of a keystroke to the results and their status rendered (next frame), over ${QUERIES.length} queries after a warm-up query ("${WARM_UP}"), in headless Chromium on this machine, no throttling. ` +
      'Each query is set in one input event (as a paste, or the last keystroke of a word whose index chunk is not loaded yet), so every query fetches its index chunks: the worst case of typing. ' +
      "Results show with their titles (pagefind-titles.json) as soon as the index answers; \"with excerpts\" is until the frame after their text and sections (Pagefind's fragments) are in.",
    '',
  );
  row('site', 'median', 'p95', 'max', 'with excerpts: median', 'p95');
  row('---', '---:', '---:', '---:', '---:', '---:');
  for (const r of [base, ...scales]) {
    const full = r.search.complete;
    row(r.extra ? `+${r.extra} generated guides` : 'today', `${ms(r.search.median)} ms`, `${ms(r.search.p95)} ms`, `${ms(r.search.max)} ms`, full ? `${ms(full.median)} ms` : '', full ? `${ms(full.p95)} ms` : '');
  }
  lines.push('');
  lines.push(...searchPartsSection([base, ...scales]));
  const isResult = (f) => f.path.endsWith('.pf_fragment');
  const budgeted = base.search.weight.filter((f) => !isResult(f)).reduce((s, f) => s + f.bytes, 0);
  const results = base.search.weight.filter(isResult).reduce((s, f) => s + f.bytes, 0);
  lines.push(
    `Search weight (today's site): opening search and running the first query ("${WARM_UP}") fetched **${kb(budgeted)} KB** of search code and index on the wire (budget 100 KB), ` +
      `then ${kb(results)} KB of result text (Pagefind's fragments, one per result shown, outside the budget):`,
    '',
  );
  row('file', 'bytes on the wire');
  row('---', '---:');
  for (const f of base.search.weight) row(`\`${f.path}\``, `${kb(f.bytes)} KB`);
  lines.push('');
  lines.push(
    'Pagefind cuts its word index into chunks of 20,000 word positions (about 31 KB gzipped, a constant in its source) and a query fetches a whole chunk per word; ' +
      'with its own cut the first query came to about 105 KB of code and index. scripts/split-search-index.mjs re-cuts the same words into chunks of about 2,000 positions after the build (see the README, "Speed and offline"). ' +
      'tests/browser/search-weight.test.ts checks nine first queries, one to five words, against the budget.',
    '',
  );

  if (base.relevance) {
    const r = base.relevance;
    const pct = (x) => `${(x.top1 * 100).toFixed(1)}%`;
    lines.push('## Search relevance', '');
    lines.push(
      `${r.n} reader queries (tests/search/relevance.json) through the built site's Pagefind with the dialog's ranking and fallback (scripts/search-relevance.mjs). ` +
        'Top-1: an expected page comes first. MRR@5: mean of 1 / rank of the first expected page in the first five results (0 when absent). ' +
        'Held-out queries were written after tuning and never tuned on. Targets (tests/site/search-relevance.test.ts): top-1 ≥ 90% and MRR@5 ≥ 0.95 on the queries tuned on, top-1 ≥ 75% on the held-out ones; see tests/search/README.md.',
      '',
    );
    row('queries', 'count', 'top-1', 'MRR@5');
    row('---', '---:', '---:', '---:');
    row('all', r.n, pct(r), r.mrr.toFixed(3));
    row('tuned on', r.tuned.n, pct(r.tuned), r.tuned.mrr.toFixed(3));
    row('held out', r.holdout.n, pct(r.holdout), r.holdout.mrr.toFixed(3));
    lines.push('', 'Not first:', '');
    for (const m of r.misses) lines.push(`- ${m}`);
    lines.push('');
  }
  lines.push(...offlineSection([base, ...scales]));
  if (base.interactions) lines.push(...interactionSection(base));
  lines.push(...beforeAfterSection(base, scales));

  if (!base.lighthouse && previousLighthouse) {
    lines.push(...previousLighthouse);
  } else if (base.lighthouse) {
    lines.push('## Lighthouse (mobile settings)', '');
    lines.push('Lighthouse defaults: emulated Moto G Power, simulated slow 4G and 4x CPU slowdown. Targets: performance ≥ 98, the others 100.', '');
    row('page', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS');
    row('---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:');
    for (const r of base.lighthouse) row(`${r.name} \`${r.url}\``, r.scores.performance, r.scores.accessibility, r.scores.bestPractices, r.scores.seo, r.metrics.fcp, r.metrics.lcp, r.metrics.tbt, r.metrics.cls);
    lines.push('', 'Audits that cost points:', '');
    for (const r of base.lighthouse) lines.push(`- ${r.name}: ${r.lost.length ? r.lost.join('; ') : 'none'}`);
    lines.push('');
  }
  const big = scales.at(-1);
  if (big) {
    lines.push('## Scale notes', '');
    lines.push(
      `- Build time grows roughly linearly: about ${((big.buildSeconds - base.buildSeconds) / big.extra * 1000).toFixed(0)} ms per extra guide on top of a fixed ${base.buildSeconds.toFixed(1)} s.`,
      `- Generated guides (scripts/bench-guides.mjs) are meant to index like real prose: words drawn by Zipf's law from the real guides' vocabulary followed by 40,000 made-up words, each guide with its own topic words, 700–1,900 words long. +${big.extra} guides came to ${(big.vocabulary.words / 1e6).toFixed(2)} million words with ${big.vocabulary.distinct.toLocaleString('en')} distinct ones.`,
      '- The precache holds only what does not grow with the guides, so it stays about the same size at every scale (table above); guides, index chunks and fragments are cached as they are read.',
      '',
    );
  }
  return lines.join('\n');
}

// BENCH_INTERACTIONS_ONLY=<a built dist/>: only the interaction table, printed (a quick check).
if (process.env.BENCH_INTERACTIONS_ONLY) {
  const server = await serve(process.env.BENCH_INTERACTIONS_ONLY);
  try {
    const { chromium } = await import('playwright-core');
    console.table(await interactionBench(chromium));
  } finally {
    await server.close();
  }
  process.exit(0);
}

// BENCH_SEARCH_ONLY=<a built dist/>: only search latency and its breakdown, printed (BENCH_RUNS times,
// default 1), with the load average: for iterating on search without rebuilding a scale.
if (process.env.BENCH_SEARCH_ONLY) {
  const server = await serve(process.env.BENCH_SEARCH_ONLY);
  try {
    const { chromium } = await import('playwright-core');
    for (let run = 0; run < Number(process.env.BENCH_RUNS ?? 1); run++) {
      const load = loadavg()[0];
      const { median, p95, max, complete, weight } = await searchBench(chromium);
      if (run === 0) log(`first query fetched: ${weight.map((f) => `${f.path} ${kb(f.bytes)} KB`).join(', ')}`);
      const parts = await searchBreakdown(chromium);
      const typed = await searchTypedBench(chromium);
      const f = (x) => `${ms(x.median)}/${ms(x.p95)}`;
      log(`load ${load.toFixed(1)}→${loadavg()[0].toFixed(1)}: search median ${ms(median)} ms, p95 ${ms(p95)} ms, max ${ms(max)} ms; with excerpts ${f(complete)}, max ${ms(complete.max)}; Pagefind median/p95: search ${f(parts.search)}, scoring ${f(parts.scoring)}, fragments ${f(parts.fragments)}; typed (${typed.shown} of ${typed.keystrokes} keystrokes shown) median/p95 ${f(typed)}, max ${ms(typed.max)}`);
    }
  } finally {
    await server.close();
  }
  process.exit(0);
}

// BENCH_REPORT_ONLY=<results.json of a run>: rewrites bench/REPORT.md from those figures, measuring nothing.
if (process.env.BENCH_REPORT_ONLY) {
  const { base, scales } = JSON.parse(readFileSync(process.env.BENCH_REPORT_ONLY, 'utf8'));
  writeFileSync(join(ROOT, 'bench/REPORT.md'), `${report(base, scales)}\n`);
  log('bench/REPORT.md rewritten from saved figures');
  process.exit(0);
}

const base = await measure(0, { lighthouse: LIGHTHOUSE, sizes: true });
const scales = [];
for (const n of SCALES) scales.push(await measure(n, { lighthouse: false, sizes: false }));
const text = report(base, scales);
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench/REPORT.md'), `${text}\n`);
writeFileSync(join(TMP, 'results.json'), `${JSON.stringify({ base, scales }, null, 2)}\n`);
log(`bench/REPORT.md written (raw figures in ${join(TMP, 'results.json')})`);
