// Runs after Pagefind (npm run build): re-cuts Pagefind's word index into smaller chunks so a
// reader's first search fetches 4 KB or so of index per word instead of about 31 KB (the search weight
// budget, under 100 KB for search code plus what the first query fetches). The words, pages and
// positions stay exactly as Pagefind wrote them; only the cut points and file names change. Why
// and how: src/lib/search-chunks.ts. The build fails here, before anything ships, if the
// re-cut index would not give back every word in its own chunk.
// It also writes pagefind/pagefind-titles.json: every page's address, title and section, so the search
// box shows a query's results as soon as the index answers, before their text (src/lib/search-titles.ts).
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';
import { chunkBounds, chunkFinder, splitWords } from '../src/lib/search-chunks.ts';
import { TITLES_FILE, titleEntry } from '../src/lib/search-titles.ts';

const PAGEFIND = join(process.env.SEARCH_DIST ?? 'dist', 'pagefind');
/** Word positions per chunk: Pagefind uses 20,000 (about 31 KB gzipped); 2,000 is about 4 KB, so even a five-word query stays light. */
const LIMIT = Number(process.env.SEARCH_CHUNK_LIMIT ?? 2000);
/** Pagefind's files start with this after decompression; its script checks for it. */
const SIGNATURE = Buffer.from('pagefind_dcd');

/** A Pagefind file's contents after its signature (CBOR for the index and metadata, JSON for fragments). */
function readPagefindBytes(path) {
  const bytes = gunzipSync(readFileSync(path));
  if (!bytes.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error(`${path} is not a Pagefind file`);
  return bytes.subarray(SIGNATURE.length);
}

function readPagefindFile(path) {
  return decode(readPagefindBytes(path));
}

function writePagefindFile(path, value) {
  writeFileSync(path, gzipSync(Buffer.concat([SIGNATURE, encode(value)]), { level: 9 }));
}

/** Pagefind's naming: language, underscore, the start of a content hash (longer if two collide). */
function contentName(lang, value, length, taken) {
  const hash = createHash('sha256').update(encode(value)).digest('hex');
  let name = `${lang}_${hash.slice(0, length)}`;
  for (let n = length + 1; taken.has(name); n++) name = `${lang}_${hash.slice(0, n)}`;
  taken.add(name);
  return name;
}

const entryPath = join(PAGEFIND, 'pagefind-entry.json');
const entry = JSON.parse(readFileSync(entryPath, 'utf8'));
const report = [];
/** Page id to [address, title, section], for pagefind-titles.json. */
const titles = {};

for (const [lang, info] of Object.entries(entry.languages)) {
  const metaPath = join(PAGEFIND, `pagefind.${info.hash}.pf_meta`);
  const meta = readPagefindFile(metaPath);
  if (!info.page_count) continue; // a language with no pages has no chunks to re-cut
  // Metadata: [version, pages, index chunks [[from, to, name], ...], ...]; the chunk list is the
  // only array of three-string rows.
  const chunkListAt = meta.findIndex(
    (field) => Array.isArray(field) && field.length > 0 && field.every((row) => Array.isArray(row) && row.length === 3 && row.every((s) => typeof s === 'string')) && field.every((row) => row[2].startsWith(`${lang}_`)),
  );
  if (chunkListAt === -1) throw new Error(`No index chunk list in ${metaPath}: has Pagefind's format changed?`);
  const oldChunks = meta[chunkListAt];

  // Every word, in Pagefind's order (its chunks are consecutive ranges of one sorted list).
  let template = null;
  const words = [];
  for (const [, , name] of oldChunks) {
    const chunk = readPagefindFile(join(PAGEFIND, 'index', `${name}.pf_index`));
    template ??= chunk;
    words.push(...chunk[0]);
  }

  const chunks = splitWords(words, LIMIT);
  const bounds = chunkBounds(chunks);
  const taken = new Set();
  const names = chunks.map((chunk) => contentName(lang, [chunk, ...template.slice(1)], 7, taken));

  // Prove the lookup before writing: every word must lead Pagefind's WebAssembly to its own chunk.
  const findChunk = chunkFinder(bounds);
  chunks.forEach((chunk, i) => {
    for (const [word] of chunk) {
      const found = findChunk(word);
      if (found !== i) throw new Error(`Search index: "${word}" is in chunk ${i} but the lookup finds chunk ${found} (${JSON.stringify(bounds[i])})`);
    }
  });

  for (const [, , name] of oldChunks) rmSync(join(PAGEFIND, 'index', `${name}.pf_index`));
  chunks.forEach((chunk, i) => writePagefindFile(join(PAGEFIND, 'index', `${names[i]}.pf_index`), [chunk, ...template.slice(1)]));

  meta[chunkListAt] = bounds.map((b, i) => [b.from, b.to, names[i]]);
  const metaName = contentName(lang, meta, 10, new Set());
  rmSync(metaPath);
  writePagefindFile(join(PAGEFIND, `pagefind.${metaName}.pf_meta`), meta);
  info.hash = metaName;
  report.push(`${lang}: ${words.length} words, ${oldChunks.length} chunks -> ${chunks.length}`);

  // Pages: [[id, word count, fragment group], ...], the only array of rows starting string, number.
  const pages = meta.find((field) => Array.isArray(field) && field.length > 0 && field.every((row) => Array.isArray(row) && typeof row[0] === 'string' && typeof row[1] === 'number'));
  if (!pages) throw new Error(`No page list in ${metaPath}: has Pagefind's format changed?`);
  const groups = new Map();
  for (const [id, , group] of pages) {
    let fragment;
    if (group) {
      if (!groups.has(group)) groups.set(group, JSON.parse(readPagefindBytes(join(PAGEFIND, 'fragment', `${group}.pf_fragment`)).toString('utf8')));
      fragment = groups.get(group)[id];
    } else {
      fragment = JSON.parse(readPagefindBytes(join(PAGEFIND, 'fragment', `${id}.pf_fragment`)).toString('utf8'));
    }
    const entry = fragment && titleEntry(fragment);
    if (!entry) throw new Error(`Search index: page ${id} has no fragment with an address`);
    titles[id] = entry;
  }
}

writeFileSync(join(PAGEFIND, TITLES_FILE.replace(/^\/pagefind\//, '')), JSON.stringify(titles));

writeFileSync(entryPath, JSON.stringify(entry));
console.log(`Search index re-cut at ${LIMIT} positions a chunk (${report.join('; ')}); ${Object.keys(titles).length} page titles written`);
