// Search relevance over a built site: runs every query of tests/search/relevance.json through the
// site's own Pagefind bundle (dist/pagefind/pagefind.js, its WebAssembly and the re-cut index) with
// the same ranking options and the same fallback loop as the search dialog (src/lib/search-query.ts),
// and reports the share of queries whose first result is an expected page (top-1) and the mean
// reciprocal rank of the first expected page among the first five results (MRR@5).
// Used by tests/site/search-relevance.test.ts and scripts/bench.mjs. Node 24 reads the .ts import.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SEARCH_RANKING, searchWithFallback } from '../src/lib/search-query.ts';

/** How many results the dialog shows, so how deep MRR looks. */
export const DEPTH = 5;

/** The relevance set: { query, expect: [URL path, ...] }[]. */
export async function relevanceSet(root = process.cwd()) {
  return JSON.parse(await readFile(join(root, 'tests/search/relevance.json'), 'utf8')).queries;
}

let fetchPatched = false;
/** Node's fetch cannot read file: URLs, which is where Pagefind asks for its files here. */
function patchFetch() {
  if (fetchPatched) return;
  fetchPatched = true;
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.startsWith('file:')) return networkFetch(input, init);
    try {
      return new Response(await readFile(new URL(url.split(/[?#]/)[0])), { status: 200 });
    } catch {
      return new Response(null, { status: 404 });
    }
  };
}

const loaded = new Map();
/** Loads the built site's Pagefind (once per dist folder and process), on the main thread as the dialog does. */
export function loadPagefind(dist = 'dist') {
  const file = resolve(dist, 'pagefind/pagefind.js');
  if (!loaded.has(file)) {
    patchFetch();
    loaded.set(
      file,
      import(pathToFileURL(file).href).then(async (pf) => {
        await pf.options({ noWorker: true, baseUrl: '/', excerptLength: 18, ranking: SEARCH_RANKING });
        await pf.init();
        return pf;
      }),
    );
  }
  return loaded.get(file);
}

/** URL path of a result, whatever base Pagefind put in front of it. */
const pathOf = (url) => {
  const at = url.indexOf('/dist/');
  return at === -1 ? url : url.slice(at + '/dist'.length);
};

/** The first DEPTH result paths for a query, through the dialog's fallback loop. */
export async function rankedPaths(pf, query) {
  const answer = await searchWithFallback(query, async (q) => (await pf.search(q))?.results ?? null);
  const top = (answer?.results ?? []).slice(0, DEPTH);
  const data = await Promise.all(top.map((r) => r.data()));
  return { shownQuery: answer?.query ?? query, shortened: answer?.shortened ?? false, paths: data.map((d) => pathOf(d.url)) };
}

/**
 * Measures the set. `ranking` overrides SEARCH_RANKING (for tuning). Returns top1 and mrr (0–1)
 * and the count n, for the whole set and for its `tuned` and `holdout` parts, and each query with
 * its rank (0 when no expected page is in the first DEPTH).
 */
export async function measureRelevance({ dist = 'dist', ranking = SEARCH_RANKING, queries } = {}) {
  const pf = await loadPagefind(dist);
  const set = queries ?? (await relevanceSet());
  const rows = [];
  await pf.options({ ranking });
  try {
    for (const { query, expect, holdout = false } of set) {
      const { paths, shownQuery, shortened } = await rankedPaths(pf, query);
      const rank = paths.findIndex((p) => expect.includes(p)) + 1;
      rows.push({ query, expect, holdout, rank, paths, shownQuery: shortened ? shownQuery : undefined });
    }
  } finally {
    if (ranking !== SEARCH_RANKING) await pf.options({ ranking: SEARCH_RANKING });
  }
  return { ...score(rows), tuned: score(rows.filter((r) => !r.holdout)), holdout: score(rows.filter((r) => r.holdout)), rows, missed: rows.filter((r) => r.rank !== 1) };
}

/** Top-1 share and MRR@DEPTH of some measured rows. */
function score(rows) {
  const n = rows.length;
  return {
    n,
    top1: n ? rows.filter((r) => r.rank === 1).length / n : 0,
    mrr: n ? rows.reduce((s, r) => s + (r.rank ? 1 / r.rank : 0), 0) / n : 0,
  };
}

/** One line per query not answered first, for logs and the bench report. */
export function describeMisses(result) {
  return result.missed.map(
    (r) => `"${r.query}"${r.holdout ? ' [holdout]' : ''}${r.shownQuery ? ` (shown as "${r.shownQuery}")` : ''}: expected ${r.expect.join(' or ')}, ${r.rank ? `rank ${r.rank}` : 'not in the first five'}; first ${r.paths[0] ?? 'nothing'}`,
  );
}
