/** Every count a reader sees of the question bank is the bank's own size, on every page that says one. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { page } from './dist';

const dir = 'src/content/questions';
const bankSize = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml') && !f.startsWith('avoid'))
  .reduce((n, f) => n + (parse(readFileSync(`${dir}/${f}`, 'utf8')) as unknown[]).length, 0);

describe('question counts', () => {
  it('home names the bank size', () => {
    expect(page('/').body.textContent).toContain(`Pick from ${bankSize} questions`);
  });

  it('the bank page describes itself with the bank size and its categories add up to it', () => {
    const doc = page('/questions/');
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toMatch(new RegExp(`^${bankSize} questions`));
    const perCategory = [...doc.querySelectorAll('a[href^="#"] + .muted')].map((el) => Number(/\d+/.exec(el.textContent ?? '')?.[0]));
    expect(perCategory.reduce((a, b) => a + b, 0)).toBe(bankSize);
  });

  it('no page states a rounded or stale bank size', () => {
    for (const path of ['/', '/questions/', '/tools/questions/']) {
      expect(page(path).documentElement.outerHTML, path).not.toMatch(/(over|more than) \d+ questions/i);
    }
  });
});
