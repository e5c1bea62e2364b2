/**
 * Search weight: what a reader downloads (gzip) between opening search and seeing the first
 * results. Pagefind's index, fragments and WebAssembly are stored gzipped already, so they count
 * at their size on disk; its JavaScript counts gzipped, as a static host serves it.
 *
 * The budget (the performance issue): search code plus the index chunks a first query fetches,
 * under 100 KB. The result text (Pagefind's fragments, one per result shown) comes on top and is
 * reported, not budgeted: it depends on which pages match, not on how search is built.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { newContext, useBrowser } from './harness';

const browser = useBrowser();
const KB = 1024;
const BUDGET = 100 * KB;

/** First queries a reader might type: single words from across the alphabet (so from different index chunks) and short phrases. */
const QUERIES = ['coffee', 'TIARA', 'thank-you', 'résumé', 'LinkedIn', 'virtual', 'informational interview', 'questions to ask', 'how long should it last'];

/** Bytes on the wire for a file in dist/: as is when already gzipped, else gzipped. */
function wireBytes(path: string): number {
  const body = readFileSync(`dist${path}`);
  return body[0] === 0x1f && body[1] === 0x8b ? body.length : gzipSync(body).length;
}

/** Opens search in a fresh browser, types a query, waits for results; returns every search file fetched and its weight. */
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
  const box = page.getByRole('searchbox', { name: 'Search guides, questions and tools' });
  await box.fill(query);
  await page.getByRole('list', { name: 'Search results', exact: true }).locator(':scope > li').first().waitFor();
  await page.waitForLoadState('networkidle');
  await context.close();
  const files = [...fetched].map((path) => ({ path, bytes: wireBytes(path) }));
  const results = files.filter((f) => f.path.endsWith('.pf_fragment'));
  const budgeted = files.filter((f) => !f.path.endsWith('.pf_fragment'));
  const sum = (list: typeof files) => list.reduce((s, f) => s + f.bytes, 0);
  return { files, budgeted: sum(budgeted), results: sum(results), chunks: files.filter((f) => f.path.endsWith('.pf_index')).length };
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

describe('search weight', () => {
  it(`fetches under ${BUDGET / KB} KB (gzip) of search code and index for any of ${QUERIES.length} first queries`, async () => {
    const over: string[] = [];
    for (const query of QUERIES) {
      const { files, budgeted, results, chunks } = await searchWeight(query);
      console.log(`"${query}": ${kb(budgeted)} code + ${chunks} index chunk(s), then ${kb(results)} of result text`);
      // Pagefind's script, its WebAssembly and at least one index chunk: proof the search really ran.
      expect(files.some((f) => f.path.endsWith('.pf_index')), query).toBe(true);
      if (budgeted >= BUDGET) over.push(`"${query}" ${kb(budgeted)}: ${files.map((f) => `${f.path} ${kb(f.bytes)}`).join(', ')}`);
    }
    expect(over, 'queries over budget').toEqual([]);
  });
});
