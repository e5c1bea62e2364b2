/**
 * The search index as shipped: Pagefind's words re-cut into small chunks after the build
 * (scripts/split-search-index.mjs). These read the files Pagefind's script will fetch and check
 * that each word, and each partly typed word, leads to the chunk that holds it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { describe, expect, it } from 'vitest';
import { chunkFinder, type IndexWord } from '../../src/lib/search-chunks';
import { TITLES_FILE, parseTitles } from '../../src/lib/search-titles';
import { DIST } from './dist';

const PAGEFIND = join(DIST, 'pagefind');
const KB = 1024;

function readPagefind(path: string): unknown[] {
  const bytes = gunzipSync(readFileSync(path));
  expect(bytes.subarray(0, 12).toString(), `${path} signature`).toBe('pagefind_dcd');
  return decode(bytes.subarray(12)) as unknown[];
}

const entry = JSON.parse(readFileSync(join(PAGEFIND, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
const metaPath = join(PAGEFIND, `pagefind.${entry.languages.en!.hash}.pf_meta`);
const meta = readPagefind(metaPath);
const list = meta[2] as [string, string, string][];
const bounds = list.map(([from, to]) => ({ from, to }));
const chunkPath = (name: string) => join(PAGEFIND, 'index', `${name}.pf_index`);
const findChunk = chunkFinder(bounds);
const chunks = list.map(([, , name]) => (readPagefind(chunkPath(name))[0] as IndexWord[]).map(([word]) => word));

describe('search index', () => {
  it('names in its metadata exactly the chunk files that exist, and no leftover of Pagefind’s own cut', () => {
    expect(existsSync(metaPath)).toBe(true);
    expect(readdirSync(PAGEFIND).filter((f) => f.endsWith('.pf_meta'))).toEqual([`pagefind.${entry.languages.en!.hash}.pf_meta`]);
    expect(readdirSync(join(PAGEFIND, 'index')).sort()).toEqual(list.map(([, , name]) => `${name}.pf_index`).sort());
  });

  it('keeps every chunk small (under 6 KB on the wire) unless it holds a single word', () => {
    const heavy = list
      .map(([, , name], i) => ({ name, bytes: readFileSync(chunkPath(name)).length, words: chunks[i]!.length }))
      .filter((c) => c.bytes >= 6 * KB && c.words > 1);
    expect(heavy).toEqual([]);
  });

  it('leads every word to the chunk that holds it', () => {
    const lost = chunks.flatMap((words, i) => words.filter((w) => findChunk(w) !== i));
    expect(chunks.flat().length).toBeGreaterThan(1000);
    expect(lost).toEqual([]);
  });

  it('leads a partly typed word (two letters or more) to the chunk with all its completions, and splits almost none', () => {
    const home = new Map<string, Set<number>>();
    chunks.forEach((words, i) =>
      words.forEach((w) => {
        const chars = [...w];
        for (let n = 2; n < chars.length; n++) {
          const typed = chars.slice(0, n).join('');
          home.set(typed, (home.get(typed) ?? new Set()).add(i));
        }
      }),
    );
    const split = [...home].filter(([, where]) => where.size > 1).map(([typed]) => typed);
    const misled = [...home].filter(([typed, where]) => where.size === 1 && !where.has(findChunk(typed))).map(([typed]) => typed);
    expect(misled).toEqual([]);
    // Pagefind loads one chunk per term, so a start shared across a cut finds only the first
    // chunk's completions. Cuts are placed to avoid that: under 1 in 1,000 starts.
    expect(split.length, split.join(', ')).toBeLessThan(home.size / 1000);
  });

  it('has the title, address and section of every indexed page in the titles file, as its fragment has them', () => {
    const titles = parseTitles(JSON.parse(readFileSync(join(DIST, TITLES_FILE), 'utf8')));
    const pages = meta[1] as [string, number, string][];
    expect([...titles.keys()].sort()).toEqual(pages.map(([id]) => id).sort());
    for (const [id] of pages) {
      const fragment = JSON.parse(gunzipSync(readFileSync(join(PAGEFIND, 'fragment', `${id}.pf_fragment`))).subarray(12).toString('utf8'));
      expect(titles.get(id), id).toEqual([fragment.url, fragment.meta.title.trim(), fragment.meta.section ?? '']);
    }
    // Every guide has a title, so a result never shows as a bare address.
    expect([...titles.values()].filter(([url, title]) => url.startsWith('/guides/') && !title)).toEqual([]);
  });
});
