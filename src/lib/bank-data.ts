/**
 * The builder's copy of the question bank travels as a file of its own (/tools/questions/bank.json),
 * not inside the page: as island props it made the page 13.7 KB gzip of HTML alone, over the first round trip with its CSS. The
 * page names the file with a version of its content, so a browser never pairs a new page with an
 * old bank; reading it back checks every entry, so a damaged file never breaks the builder.
 */
import { AUDIENCES, QUESTION_CATEGORIES, type Audience, type BankQuestion, type QuestionCategory } from './question-bank';

/** Where the build writes the builder's bank (see src/pages/tools/questions/bank.json.ts). */
export const BANK_DATA_PATH = '/tools/questions/bank.json';

/** The bank as the file holds it: only what the builder uses. */
export function bankJson(bank: readonly BankQuestion[]): string {
  return JSON.stringify(bank.map(({ id, text, category, minutes, audience }) => ({ id, text, category, minutes, audience })));
}

/** A short version tag of the file's text (FNV-1a, base 36), for the URL the page fetches. */
export function bankVersion(json: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    h ^= json.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One entry, or null when any part of it is not what the builder expects. */
function readEntry(v: unknown): BankQuestion | null {
  if (!isObject(v)) return null;
  const { id, text, category, minutes, audience } = v;
  if (typeof id !== 'string' || !id || typeof text !== 'string' || !text) return null;
  if (!QUESTION_CATEGORIES.includes(category as QuestionCategory)) return null;
  if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 1) return null;
  if (!Array.isArray(audience) || audience.length === 0 || !audience.every((a) => AUDIENCES.includes(a as Audience))) return null;
  return { id, text, category: category as QuestionCategory, minutes, audience: audience as Audience[] };
}

/** The bank read back from the file's parsed JSON, keeping the entries that check out (none for anything but a list). */
export function parseBankData(data: unknown): BankQuestion[] {
  if (!Array.isArray(data)) return [];
  const seen = new Set<string>();
  const out: BankQuestion[] = [];
  for (const v of data) {
    const q = readEntry(v);
    if (q && !seen.has(q.id)) (seen.add(q.id), out.push(q));
  }
  return out;
}
