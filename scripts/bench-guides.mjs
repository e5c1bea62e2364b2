// Generated guides for the scale benchmark (scripts/bench.mjs): `count` MDX guides written into a
// copy of the project, the same on every run (seeded).
//
// They are meant to index like a real site of that size, not like one text repeated:
//   - Vocabulary: the real guides' words, ranked by how often the real guides use them, followed by
//     a long tail of 40,000 made-up words (two to four syllables, e.g. "tavorine"), so a thousand
//     guides hold tens of thousands of distinct words, as a real corpus of a million words does.
//   - Frequencies follow Zipf's law (the word of rank r is drawn with weight 1/r^1.07), so common
//     words ("the", "your", "meeting") dominate as in real prose and most words are rare.
//   - Each guide has a topic: about 40 words of its own, drawn from the middle and the tail of the
//     ranking, that make up about 12% of its text and its title and headings, so words cluster
//     in a few guides the way a topic's words do.
//   - Lengths vary: 700 to 1,900 words, four to nine sections, like the real guides (about 1,500).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small deterministic random generator (mulberry32). */
export function random(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = ['b', 'c', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'br', 'cr', 'dr', 'fl', 'gr', 'pl', 'pr', 'sh', 'st', 'th', 'tr', 'ch', 'sk'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'io', 'y'];
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 't', 'nd', 'st', 'ck', 'm', 'rt', 'ng'];

/** `count` distinct made-up words, pronounceable, none shorter than four letters. */
function madeUpWords(count, rand, taken) {
  const out = [];
  const seen = new Set(taken);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  while (out.length < count) {
    const syllables = 2 + Math.floor(rand() * rand() * 3);
    let word = '';
    for (let i = 0; i < syllables; i++) word += pick(ONSETS) + pick(VOWELS) + (i === syllables - 1 ? pick(CODAS) : '');
    if (word.length < 4 || seen.has(word)) continue;
    seen.add(word);
    out.push(word);
  }
  return out;
}

/** Draws ranks 0..n-1 with weight 1/(r+1)^s (Zipf), by binary search over the cumulative weights. */
function zipf(n, s, rand) {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) cumulative[r] = sum += 1 / (r + 1) ** s;
  return () => {
    const x = rand() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** The real guides' words, most used first. */
function realVocabulary(dir) {
  const counts = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
    const body = readFileSync(join(dir, file), 'utf8').split(/^---$/m).slice(2).join(' ').replace(/<[^>]*>|\{[^}]*\}|https?:\S+/g, ' ');
    for (const word of body.toLowerCase().match(/[a-z][a-z']*[a-z]|[a-z]/g) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

const cap = (w) => `${w[0].toUpperCase()}${w.slice(1)}`;

/** Writes `count` generated guides into `dest`'s src/content/guides; returns vocabulary figures. */
export function generateGuides(dest, count) {
  const dir = join(dest, 'src/content/guides');
  const rand = random(count);
  const real = realVocabulary(dir);
  const words = [...real, ...madeUpWords(40_000, rand, real)];
  const common = zipf(words.length, 1.07, rand);
  const sections = ['understand', 'prepare', 'meet', 'follow-up'];
  const used = new Set();
  let total = 0;
  for (let i = 1; i <= count; i++) {
    // The topic: ranks from 300 down into the tail, so each guide has words few others use.
    const topic = Array.from({ length: 30 + Math.floor(rand() * 20) }, () => words[300 + Math.floor(rand() ** 2 * (words.length - 300))]);
    const word = () => (rand() < 0.12 ? topic[Math.floor(rand() * topic.length)] : words[common()]);
    const sentence = () => {
      const s = Array.from({ length: 6 + Math.floor(rand() * 18) }, word);
      for (const w of s) used.add(w);
      total += s.length;
      return `${cap(s.join(' '))}${rand() < 0.1 ? '?' : '.'}`;
    };
    const paragraph = () => Array.from({ length: 2 + Math.floor(rand() * 4) }, sentence).join(' ');
    const target = 700 + Math.floor(rand() * 1200);
    const parts = [];
    const start = total;
    for (let h = 1; total - start < target || h <= 4; h++) {
      parts.push(`## ${cap(topic[h % topic.length])} ${word()} ${topic[(h * 7) % topic.length]}`);
      for (let p = 0, n = 1 + Math.floor(rand() * 3); p < n; p++) parts.push(paragraph());
      if (rand() < 0.4) parts.push(`### ${cap(word())} ${topic[(h * 3) % topic.length]}`, paragraph());
      if (h >= 9) break;
    }
    const title = `${cap(topic[0])} and ${topic[1]}: ${word()} ${topic[2]}`;
    writeFileSync(
      join(dir, `bench-${String(i).padStart(4, '0')}.mdx`),
      `---\ntitle: "${title}"\ndescription: "Generated guide ${i} for the scale benchmark: ${topic.slice(0, 4).join(', ')}."\norder: ${1000 + i}\nsection: ${sections[i % 4]}\nupdated: 2026-01-01\nsources:\n  - title: "Source A"\n    url: "https://example.com/a"\n  - title: "Source B"\n    url: "https://example.com/b"\n---\n\n${paragraph()}\n\n${parts.join('\n\n')}\n`,
    );
  }
  return { words: total, distinct: used.size };
}
