/**
 * Smaller Pagefind index chunks.
 *
 * Pagefind splits its word index into chunks of about 20,000 word positions (a constant in its
 * Rust source, marked "TODO: Parameterize"), about 31 KB gzipped each. A reader's first query
 * fetches at least one whole chunk, which alone would break the search weight budget. After
 * Pagefind has run, scripts/split-search-index.mjs re-cuts the same words into smaller chunks with
 * the functions below; nothing is added, dropped or reordered.
 *
 * The lookup is a port of Pagefind's own (pagefind_web/src/lib.rs `try_request_indexes`), and the
 * bounds follow its `chunk_meta` and `get_prefixes` (pagefind/src/index/mod.rs) with one change
 * explained at chunkBounds, so its WebAssembly finds every word, and every partly typed word, in
 * the chunk that holds it; the tests and the build itself check that for every word.
 */

/** A page's entry under a word, as Pagefind encodes it: [page number, positions, ...what else it keeps]. */
export type IndexPage = [number, number[], ...unknown[]];
/** One word of the index: [word, pages, ...what else Pagefind keeps]. Extra fields are carried as they are. */
export type IndexWord = [string, IndexPage[], ...unknown[]];
/** What the search metadata says about a chunk: the words it spans (shortened) and its file. */
export interface ChunkBounds {
  from: string;
  to: string;
}

/** Pagefind's measure of a word's weight in a chunk: each position, plus one per page. */
export function wordCost(word: IndexWord): number {
  return word[1].reduce((sum, page) => sum + page[1].length + 1, 0);
}

/**
 * Cuts an index, already in Pagefind's word order, into chunks of about `limit` (never splitting a
 * word, so one very common word may make its chunk larger).
 *
 * Where to cut matters for partial words: Pagefind loads one chunk per search term, so while a
 * reader has typed "inte", words starting "inte" in the next chunk are not searched. Each cut is
 * therefore made, within the second half of the chunk, where the two words either side share the
 * shortest start ("coz" | "cr" share one letter; "intend" | "interest" share three); then no query
 * of two letters or more straddles a cut unless a long run of words shares its start.
 */
export function splitWords(words: readonly IndexWord[], limit: number): IndexWord[][] {
  if (!(limit > 0)) throw new RangeError(`Chunk limit must be positive, got ${limit}`);
  const chunks: IndexWord[][] = [];
  let start = 0;
  while (start < words.length) {
    let cost = 0;
    let end = start; // last word of the chunk if cut at the limit
    let half = -1; // first word at which the chunk holds half the limit
    for (; end < words.length; end++) {
      cost += wordCost(words[end]);
      if (half === -1 && cost >= limit / 2) half = end;
      if (cost >= limit) break;
    }
    if (end >= words.length) end = words.length - 1;
    let cut = end;
    if (end < words.length - 1 && half !== -1) {
      let best = sharedStart(words[end][0], words[end + 1][0]);
      for (let i = end - 1; i >= half && best > 0; i--) {
        const shared = sharedStart(words[i][0], words[i + 1][0]);
        if (shared < best) [best, cut] = [shared, i];
      }
    }
    // A cut inside a two-letter start ("th" | "the…") would leave a half-typed word without some of
    // its completions; the most common starts outgrow a chunk, so such a chunk may run on, to at most
    // one and a half limits, to the next word that begins differently.
    if (best2(words, cut) >= 2) {
      let total = words.slice(start, cut + 1).reduce((sum, w) => sum + wordCost(w), 0);
      for (let i = cut + 1; i < words.length - 1; i++) {
        total += wordCost(words[i]);
        if (total > limit * 1.5) break;
        if (sharedStart(words[i][0], words[i + 1][0]) < 2) {
          cut = i;
          break;
        }
      }
    }
    chunks.push(words.slice(start, cut + 1));
    start = cut + 1;
  }
  return chunks;
}

/** How many characters the word at `cut` shares at its start with the next (0 at the end). */
function best2(words: readonly IndexWord[], cut: number): number {
  return cut < words.length - 1 ? sharedStart(words[cut][0], words[cut + 1][0]) : 0;
}

/** How many characters two words share at their start. */
export function sharedStart(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  let n = 0;
  while (n < left.length && n < right.length && left[n] === right[n]) n++;
  return n;
}

/**
 * The from/to Pagefind's WebAssembly reads to choose a chunk for a search term: the first chunk
 * with from <= term <= to (byte order), else a looser match on prefixes.
 *
 * `to` is the chunk's whole last word, so every word of the chunk passes the strict test for its
 * own chunk and no other. `from` is the first word cut to one character past what it shares with
 * the previous chunk's last word (as Pagefind cuts it), so a partly typed word lands in the chunk
 * where its completions start; the first chunk starts from nothing, so "a" finds "aa" there. Pagefind also cuts `to`; with many small chunks that sends some
 * words to the looser match, which can pick an earlier chunk ("among" under a chunk ending "a").
 */
export function chunkBounds(chunks: readonly (readonly IndexWord[])[]): ChunkBounds[] {
  return chunks.map((chunk, i) => {
    const first = chunk[0]?.[0] ?? '';
    const previous = chunks[i - 1]?.at(-1)?.[0];
    return { from: previous === undefined ? '' : meetingPrefixes(previous, first)[1], to: chunk.at(-1)?.[0] ?? '' };
  });
}

/** Pagefind's get_prefixes: both words cut to one character past what they have in common. */
export function meetingPrefixes(a: string, b: string): [string, string] {
  const common = sharedStart(a, b);
  return [[...a].slice(0, common + 1).join(''), [...b].slice(0, common + 1).join('')];
}

const utf8 = new TextEncoder();

/** Rust compares strings byte by byte in UTF-8; JavaScript's < compares UTF-16 units. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** Rust's `str.get(0..n)`: the first n bytes, or null when n falls inside a character. */
function bytePrefix(bytes: Uint8Array, n: number): Uint8Array | null {
  if (n < bytes.length && (bytes[n] & 0xc0) === 0x80) return null;
  return bytes.subarray(0, n);
}

/**
 * Which chunk Pagefind's WebAssembly loads for a search term: the first whose bounds hold it, or,
 * when none does, the first that could hold a word starting with it. -1 when none.
 */
export function findChunk(bounds: readonly ChunkBounds[], term: string): number {
  return chunkFinder(bounds)(term);
}

/** findChunk for many terms: the bounds are encoded once (the build checks every word of the index). */
export function chunkFinder(bounds: readonly ChunkBounds[]): (term: string) => number {
  const encoded = bounds.map((b) => ({ from: utf8.encode(b.from), to: utf8.encode(b.to) }));
  return (term) => {
    const t = utf8.encode(term);
    const strict = encoded.findIndex((b) => compareBytes(t, b.from) >= 0 && compareBytes(t, b.to) <= 0);
    if (strict !== -1 || term.trim() === '') return strict;
    return encoded.findIndex((b) => {
      const termFrom = bytePrefix(t, Math.min(t.length, b.from.length));
      const chunkFrom = bytePrefix(b.from, Math.min(t.length, b.from.length));
      const termTo = bytePrefix(t, Math.min(t.length, b.to.length));
      const chunkTo = bytePrefix(b.to, Math.min(t.length, b.to.length));
      if (!termFrom || !chunkFrom || !termTo || !chunkTo) return false;
      return compareBytes(termFrom, chunkFrom) >= 0 && compareBytes(termTo, chunkTo) <= 0;
    });
  };
}
