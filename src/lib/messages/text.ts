/**
 * Text hygiene and counting for message drafts. Everything here treats the draft as plain text:
 * pasted HTML stays characters, never markup.
 */
import { BRACKETED } from '../placeholders';

/** A draft as the reader writes it; the subject is absent for kinds that have none. */
export interface Draft {
  subject?: string;
  body: string;
}

/** A draft made safe to analyse: normalised whitespace, bounded length. */
export interface CleanText {
  text: string;
  /** True when the draft was longer than the bound and only its start was read. */
  truncated: boolean;
}

// Invisible characters rich text leaves behind: zero-width space, word joiner, BOM, soft hyphen.
// ZWJ and ZWNJ (U+200D, U+200C) stay: emoji sequences and several scripts need them.
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;
// Directional controls: harmless to remove for analysis, and they can hide text from checks.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
const ODD_SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/**
 * Normalises a pasted draft for the checks: line breaks of every kind to "\n", odd spaces to one
 * space, invisible and directional control characters removed, spaces at line ends trimmed, runs
 * of blank lines cut to one, and at most `maxChars` characters (never splitting a surrogate pair).
 */
export function cleanDraftText(raw: string, maxChars: number): CleanText {
  let text = typeof raw === 'string' ? raw : '';
  const truncated = text.length > maxChars;
  if (truncated) {
    let end = Math.max(0, maxChars);
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff) end -= 1;
    text = text.slice(0, end);
  }
  text = text
    .replace(/\r\n?|[\u2028\u2029\u0085\v\f]/g, '\n')
    .replace(INVISIBLE, '')
    .replace(BIDI_CONTROLS, '')
    .replace(ODD_SPACES, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/ +\n|\n +/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, truncated };
}

/** Curly quotes and apostrophes as straight ones, so "I’m" and "I'm" read the same to the checks. */
export function straightenQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u201B\u2032]/g, "'").replace(/[\u201C\u201D\u201F\u2033]/g, '"');
}

let wordSeg: Intl.Segmenter | undefined;
let graphemeSeg: Intl.Segmenter | undefined;
let sentenceSeg: Intl.Segmenter | undefined;

const PICTOGRAPH = /\p{Extended_Pictographic}/u;

/** Words as a reader counts them: word-like segments in any script, plus each emoji. */
export function words(text: string): string[] {
  wordSeg ??= new Intl.Segmenter('en', { granularity: 'word' });
  const out: string[] = [];
  for (const s of wordSeg.segment(text)) {
    if (s.isWordLike || PICTOGRAPH.test(s.segment)) out.push(s.segment);
  }
  return out;
}

/** The number of words (see `words`). */
export function countWords(text: string): number {
  return words(text).length;
}

/** Characters as a reader sees them (grapheme clusters): an emoji family or an accented letter is one. */
export function countChars(text: string): number {
  graphemeSeg ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  let n = 0;
  for (const _ of graphemeSeg.segment(text)) n += 1;
  return n;
}

/** A sentence of the draft and where it starts in the text it came from. */
export interface Sentence {
  text: string;
  index: number;
}

// ICU ends a sentence after "Ms." or "a.m." when a capital follows; these never end one here.
const ABBREVIATION = /(?:^|[\s(])(?:mr|ms|mrs|mx|dr|prof|st|jr|sr|vs|etc|e\.g|i\.e|a\.m|p\.m|u\.s|no)\.\s*$/i;

/** Sentences with their start offsets; a line break always ends one (a greeting is its own). */
export function sentences(text: string): Sentence[] {
  // Several checks split the same draft on every keystroke: remember the last few.
  const cached = sentenceCache.get(text);
  if (cached) return cached;
  const out = splitSentences(text);
  if (sentenceCache.size >= 4) sentenceCache.delete(sentenceCache.keys().next().value as string);
  sentenceCache.set(text, out);
  return out;
}

const sentenceCache = new Map<string, Sentence[]>();

function splitSentences(text: string): Sentence[] {
  sentenceSeg ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const out: Sentence[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let pending: Sentence | null = null;
    for (const s of sentenceSeg.segment(line)) {
      const trimmed = s.segment.trim();
      if (!trimmed) continue;
      const index = lineStart + s.index + s.segment.indexOf(trimmed);
      if (pending && ABBREVIATION.test(pending.text)) {
        pending = { text: text.slice(pending.index, index + trimmed.length), index: pending.index };
      } else {
        if (pending) out.push(pending);
        pending = { text: trimmed, index };
      }
    }
    if (pending) out.push(pending);
    lineStart += line.length + 1;
  }
  return out;
}

const GREETING = /^(hi|hello|hey|dear|greetings|good (morning|afternoon|evening))\b/i;
const SIGN_OFF = /^(best|thanks|thank you|many thanks|regards|kind regards|best regards|warm regards|warmly|cheers|sincerely|all the best|with thanks|gratefully)\b[^.?!]{0,20}[,!.]?$/i;

/** Whether a sentence is a greeting line ("Hi Maria," "Dear Dr. Lee,"). */
export function isGreeting(sentence: string): boolean {
  return GREETING.test(sentence) && sentence.length <= 60 && !/[?]$/.test(sentence) && countWords(sentence) <= 6;
}

/** Whether a sentence is a sign-off line ("Best," "Thank you,") or a bare name under one. */
export function isSignOff(sentence: string): boolean {
  return SIGN_OFF.test(sentence);
}

/**
 * The sentences that carry the message: greeting, sign-off and the signature after it left out.
 */
export function contentSentences(text: string): Sentence[] {
  const all = sentences(text);
  let start = 0;
  while (start < all.length && isGreeting(all[start].text)) start += 1;
  let end = all.length;
  for (let i = all.length - 1; i >= start; i--) {
    if (isSignOff(all[i].text)) {
      end = i;
      break;
    }
    // Only a short signature block may follow a sign-off.
    if (all.length - i > 3) break;
  }
  return all.slice(start, end);
}

/** Share of letters outside the Latin script (0–1); 0 for a text without letters. */
export function nonLatinShare(text: string): number {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters === 0) return 0;
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  return (letters - latin) / letters;
}

/** Whether the checks should step aside: most letters are in a script other than Latin. */
export function isMostlyNonLatin(text: string): boolean {
  return nonLatinShare(text) > 0.5;
}

/** Whether the text holds pasted HTML or XML tags (shown as typed; the UI may say so). */
export function looksLikeMarkup(text: string): boolean {
  return (text.match(/<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>/gi) ?? []).length >= 2;
}

/**
 * A placeholder left for the writer: a template's [Name] (lib/placeholders BRACKETED), and also a
 * {{name}} or a blank ___, which our templates never write but a draft pasted from elsewhere may hold.
 */
export const PLACEHOLDER_RE = new RegExp(String.raw`${BRACKETED}|\{\{[^}\n]{1,60}\}\}|_{3,}`, 'g');
