import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { AUDIENCES, QUESTION_CATEGORIES } from '../../src/lib/question-bank';
import { NEAR_DUPLICATE_OVERLAP, wordOverlap } from './text-overlap';

const dir = new URL('../../src/content/questions/', import.meta.url);
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));

interface RawQuestion {
  id: string;
  text: string;
  category: string;
  minutes: number;
  audience?: string[];
}

function read(file: string): unknown[] {
  const data = load(readFileSync(new URL(file, dir), 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list`);
  return data;
}

const bank = files.filter((f) => !f.startsWith('avoid')).flatMap((f) => read(f) as RawQuestion[]);
const avoid = files.filter((f) => f.startsWith('avoid')).flatMap((f) => read(f) as { id: string; why: string }[]);

describe('the question bank', () => {
  it('holds at least 150 questions', () => {
    expect(bank.length).toBeGreaterThanOrEqual(150);
  });

  it('has at least 10 questions in each category', () => {
    for (const c of QUESTION_CATEGORIES) {
      expect(bank.filter((q) => q.category === c).length, c).toBeGreaterThanOrEqual(10);
    }
  });

  it('gives every question and every question to avoid a unique id', () => {
    const ids = [...bank, ...avoid].map((q) => q.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it('uses only known categories and audiences', () => {
    for (const q of bank) {
      expect(QUESTION_CATEGORIES, q.id).toContain(q.category);
      for (const a of q.audience ?? []) expect(AUDIENCES, q.id).toContain(a);
    }
  });

  it('has no two questions with the same text', () => {
    const texts = bank.map((q) => q.text.trim().toLowerCase());
    expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
  });

  it('has at least 8 questions written for each audience', () => {
    for (const a of AUDIENCES.filter((a) => a !== 'any')) {
      expect(bank.filter((q) => q.audience?.includes(a)).length, a).toBeGreaterThanOrEqual(8);
    }
  });

  it('has no two questions that say the same thing in nearly the same words', () => {
    const near: string[] = [];
    bank.forEach((a, i) =>
      bank.slice(i + 1).forEach((b) => {
        const overlap = wordOverlap(a.text, b.text);
        if (overlap > NEAR_DUPLICATE_OVERLAP) near.push(`${a.id} ~ ${b.id} (${overlap.toFixed(2)})`);
      }),
    );
    expect(near).toEqual([]);
  });

  it('asks nothing that puts them in a candidate\'s seat, asks them to judge you, or fishes for plans', () => {
    const off = /proudest|setback|see yourself|know about me|how did i come across|my gaps|spending more|keeping a close eye|what do you usually get/i;
    expect(bank.filter((q) => off.test(q.text)).map((q) => q.id)).toEqual([]);
  });

  it('explains why for every question to avoid', () => {
    expect(avoid.length).toBeGreaterThanOrEqual(3);
    for (const a of avoid) expect(a.why.length, a.id).toBeGreaterThanOrEqual(10);
  });

});
