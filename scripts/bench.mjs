// `npm run bench`: measures the site and writes bench/REPORT.md.
//   - per-page-type sizes (gzip): HTML, CSS, JavaScript up front
//   - build time, Pagefind index size, service-worker precache size
//   - Lighthouse (mobile settings) for home, a guide, the question bank and each tool
//   - search weight and latency in a real browser (keystroke to results rendered, 50 queries)
//   - scale: the same build with 100 and 1,000 generated guides
// Every build happens in a copy of the project under BENCH_TMP (default /tmp/bench), never in
// this checkout's dist/ or src/. Env: BENCH_SCALES="100,1000" (empty to skip), BENCH_LIGHTHOUSE=0
// to skip Lighthouse, CHROME_PATH for the browser (default /usr/bin/chromium).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageSizes } from './site-measure.mjs';
import { startServer } from './static-server.mjs';

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

/** A small deterministic random generator (mulberry32), so generated guides are the same each run. */
function random(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes `count` guides of about 800 words, made of the real guides' vocabulary, into a copy. */
function generateGuides(dest, count) {
  const dir = join(dest, 'src/content/guides');
  const words = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/^---$/m).slice(2).join(' ').match(/[A-Za-z][a-z']{2,}/g) ?? []);
  const rand = random(count);
  const pick = () => words[Math.floor(rand() * words.length)];
  const sentence = () => {
    const s = Array.from({ length: 8 + Math.floor(rand() * 12) }, pick).join(' ');
    return `${s[0].toUpperCase()}${s.slice(1)}.`;
  };
  const sections = ['understand', 'prepare', 'meet', 'follow-up'];
  for (let i = 1; i <= count; i++) {
    const title = `Bench guide ${i}: ${pick()} and ${pick()}`;
    const body = Array.from({ length: 6 }, (_, h) => `## ${pick()} ${pick()} ${h + 1}\n\n${Array.from({ length: 3 }, () => Array.from({ length: 3 }, sentence).join(' ')).join('\n\n')}`).join('\n\n');
    writeFileSync(
      join(dir, `bench-${String(i).padStart(4, '0')}.mdx`),
      `---\ntitle: "${title}"\ndescription: "A generated guide for the scale benchmark, number ${i}, made of words from the real guides."\norder: ${1000 + i}\nsection: ${sections[i % 4]}\nupdated: 2026-01-01\nsources:\n  - title: "Source A"\n    url: "https://example.com/a"\n  - title: "Source B"\n    url: "https://example.com/b"\n---\n\n${sentence()} ${sentence()}\n\n${body}\n`,
    );
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
    await page.goto('/guides/');
    await page.keyboard.press('Control+k');
    const box = page.getByRole('combobox', { name: 'Search guides, questions and tools' });
    await box.fill(WARM_UP);
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor();
    await page.waitForLoadState('networkidle');
    const weight = [...fetched].map(([path, bytes]) => ({ path, bytes }));

    const times = [];
    for (const query of QUERIES) {
      await box.fill('');
      const t = await page.evaluate(
        (q) =>
          new Promise((done, fail) => {
            const input = document.querySelector('dialog [data-search-input]');
            const status = document.querySelector('dialog [data-search-status]');
            const expected = `“${q}”`;
            const start = performance.now();
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
    }
    times.sort((a, b) => a - b);
    await context.close();
    return { weight, median: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1) };
  } finally {
    await browser.close();
  }
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
  if (extra) generateGuides(dest, extra);
  log('building');
  const buildSeconds = build(dest);
  const dist = join(dest, 'dist');
  const pages = readdirSync(dist, { recursive: true }).filter((f) => f.endsWith('index.html')).length;
  const out = { extra, pages, buildSeconds, index: indexSize(dist), precache: precache(dist) };
  if (sizes) out.sizes = PAGE_TYPES.map(([name, url]) => ({ name, url, ...pageSizes(dist, url) }));
  const server = await serve(dist);
  try {
    const { chromium } = await import('playwright-core');
    log('search latency');
    out.search = await searchBench(chromium);
    if (withLighthouse) out.lighthouse = await lighthouseRuns();
  } finally {
    await server.close();
  }
  return out;
}

function report(base, scales) {
  const guides = readdirSync(join(ROOT, 'src/content/guides')).filter((f) => f.endsWith('.mdx')).length;
  const lines = [];
  const row = (...cells) => lines.push(`| ${cells.join(' | ')} |`);
  lines.push('# Coffee Chat — benchmark report', '');
  lines.push(`Generated by \`npm run bench\` (scripts/bench.mjs) on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${CHROME}.`);
  lines.push('Each build runs in a fresh copy of the working tree under /tmp with a cold Astro cache; the site is served with gzip like a static host would.', '');

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
  lines.push(`Latency: from the input event of a keystroke to the results and their status rendered (next frame), over ${QUERIES.length} queries after a warm-up query ("${WARM_UP}"), in headless Chromium on this machine, no throttling.`, '');
  row('site', 'median', 'p95', 'max');
  row('---', '---:', '---:', '---:');
  for (const r of [base, ...scales]) row(r.extra ? `+${r.extra} generated guides` : 'today', `${ms(r.search.median)} ms`, `${ms(r.search.p95)} ms`, `${ms(r.search.max)} ms`);
  lines.push('');
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

  if (base.lighthouse) {
    lines.push('## Lighthouse (mobile settings)', '');
    lines.push('Lighthouse defaults: emulated Moto G Power, simulated slow 4G and 4x CPU slowdown. Targets: performance ≥ 98, the others 100.', '');
    row('page', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS');
    row('---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:');
    for (const r of base.lighthouse) row(`${r.name} \`${r.url}\``, r.scores.performance, r.scores.accessibility, r.scores.bestPractices, r.scores.seo, r.metrics.fcp, r.metrics.lcp, r.metrics.tbt, r.metrics.cls);
    lines.push('', 'Audits that cost points:', '');
    for (const r of base.lighthouse) lines.push(`- ${r.name}: ${r.lost.length ? r.lost.join('; ') : 'none'}`);
    lines.push('');
  }
  const [, big] = scales.length ? [scales[0], scales.at(-1)] : [];
  if (big) {
    lines.push('## Scale notes', '');
    lines.push(
      `- Build time grows roughly linearly: about ${((big.buildSeconds - base.buildSeconds) / big.extra * 1000).toFixed(0)} ms per extra guide on top of a fixed ${base.buildSeconds.toFixed(1)} s.`,
      `- Search latency grows with the index because most queries then need an index chunk not yet loaded (fetched and decompressed on the keystroke); repeated queries answer in a few milliseconds. ` +
        'Chunk size is not what drives it: the +1,000-guide index re-cut at 2,000, 6,000 and 20,000 positions a chunk measured p95 42–84 ms over repeated runs, as much spread between runs as between sizes. The cost there is Pagefind scoring common words across a thousand pages (a generated guide repeats a small vocabulary).',
      `- The service worker precaches every page and the whole index: ${kb(big.precache.bytes / 1024)} MB at +${big.extra} guides. At that size the precache should shrink to the shell, the tools and the search code, with guides and index chunks cached as they are read.`,
      '',
    );
  }
  return lines.join('\n');
}

const base = await measure(0, { lighthouse: LIGHTHOUSE, sizes: true });
const scales = [];
for (const n of SCALES) scales.push(await measure(n, { lighthouse: false, sizes: false }));
const text = report(base, scales);
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench/REPORT.md'), `${text}\n`);
writeFileSync(join(TMP, 'results.json'), `${JSON.stringify({ base, scales }, null, 2)}\n`);
log(`bench/REPORT.md written (raw figures in ${join(TMP, 'results.json')})`);
