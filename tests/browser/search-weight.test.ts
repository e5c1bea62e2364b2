/**
 * Search weight: what a reader downloads (gzip) between opening search and seeing the first
 * results. Pagefind's index, fragments and WebAssembly are stored gzipped already, so they count
 * at their size on disk; its JavaScript counts gzipped, as a static host serves it.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { newContext, useBrowser } from './harness';

const browser = useBrowser();
const KB = 1024;
/**
 * The performance issue asks for under 100 KB; Pagefind 1.6 cannot get there (its script, its
 * WebAssembly and one index chunk already weigh about 103 KB: see bench/REPORT.md). Until search
 * changes, this ceiling (today's 114 KB plus a little room) stops the weight from creeping up.
 */
const BUDGET = 120 * KB;

/** Bytes on the wire for a file in dist/: as is when already gzipped, else gzipped. */
function wireBytes(path: string): number {
  const body = readFileSync(`dist${path}`);
  return body[0] === 0x1f && body[1] === 0x8b ? body.length : gzipSync(body).length;
}

/** Opens search, types a query, waits for results; returns every search file fetched and its weight. */
export async function searchWeight(query: string) {
  const context = await newContext(browser());
  const page = await context.newPage();
  const fetched = new Set<string>();
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/pagefind/') || path.startsWith('/_astro/search')) fetched.add(path);
  });
  await page.goto('/guides/');
  await page.keyboard.press('Control+k');
  const box = page.getByRole('combobox', { name: 'Search guides, questions and tools' });
  await box.fill(query);
  await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor();
  await page.waitForLoadState('networkidle');
  await context.close();
  const files = [...fetched].map((path) => ({ path, bytes: wireBytes(path) }));
  return { files, total: files.reduce((sum, f) => sum + f.bytes, 0) };
}

describe('search weight', () => {
  it(`fetches under ${BUDGET / KB} KB (gzip) of search code and index for a first query`, async () => {
    const { files, total } = await searchWeight('coffee');
    const list = files.map((f) => `${f.path} ${(f.bytes / KB).toFixed(1)} KB`).join(', ');
    console.log(`search weight for "coffee": ${(total / KB).toFixed(1)} KB — ${list}`);
    expect(files.length).toBeGreaterThan(2);
    expect(total, list).toBeLessThan(BUDGET);
  });
});
