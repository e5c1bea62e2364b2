/**
 * Long unbroken text (a pasted link, a 300-character token) wraps wherever it is shown: no tool
 * page scrolls sideways at 320 px, whatever the reader types or has saved.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/lib/meeting';
import { fullMeeting } from '../unit/meeting-fixtures';
import { newContext, useBrowser, watchErrors } from './harness';
import { rowAction, seedMeetings } from './tools';

const getBrowser = useBrowser();
const LINK = 'https://www.linkedin.com/in/jane-doe-1234567890/recent-activity/all/';
const token = (n: number) => (LINK + 'x'.repeat(n)).slice(0, n);
const LONG = token(300);

/** A meeting with the longest unbroken text every field allows, shown by every tool. */
const SEEDED = JSON.stringify({
  v: 1,
  data: {
    meetings: [
      fullMeeting({
        id: 'long',
        title: token(LIMITS.title),
        contact: { name: token(LIMITS.contactField), role: token(LIMITS.contactField), organization: token(LIMITS.contactField) },
        questions: [
          { id: 'q1', text: token(LIMITS.questionText), note: token(600), minutes: 3 },
          { id: 'q2', text: 'How did you start?', minutes: 3 },
        ],
        checklist: [{ id: 'c1', text: token(LIMITS.checklistText), phase: 'before', done: false }],
        runs: [
          {
            id: 'r1',
            startedAt: '2026-02-28T10:00:00.000Z',
            endedAt: '2026-02-28T10:21:00.000Z',
            segments: [
              { label: token(LIMITS.questionText), plannedSec: 180, actualSec: 1234 },
              { label: 'Small talk', plannedSec: 180, actualSec: 0 },
            ],
            notes: token(1500),
          },
        ],
        notes: token(2000),
      }),
    ],
    tombstones: [],
  },
});

async function overflow(page: Page): Promise<string> {
  return page.evaluate(() => {
    const doc = document.documentElement;
    if (doc.scrollWidth <= doc.clientWidth) return '';
    // Name the widest offender, so a failure reads as a bug report.
    let worst = '';
    let max = doc.clientWidth;
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.right > max + 1) {
        max = r.right;
        worst = `${el.tagName.toLowerCase()}.${el.className}`;
      }
    }
    // Text that runs out of its box shows only in its own range.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      if (r.right > max + 1 && !node.parentElement?.closest('.visually-hidden')) {
        max = r.right;
        worst = `text in ${node.parentElement?.tagName.toLowerCase()}.${node.parentElement?.className}: ${node.textContent?.slice(0, 30)}`;
      }
    }
    return `scrollWidth ${doc.scrollWidth} > ${doc.clientWidth}; widest: ${worst} (${Math.round(max)} px)`;
  });
}

/** Types the token into every visible text field of the page, leaving each one (the rename field too). */
async function fillEveryField(page: Page) {
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  const fields = page.locator('main input[type="text"]:visible, main input:not([type]):visible, main textarea:visible, main input[type="url"]:visible');
  const n = await fields.count();
  for (let i = 0; i < n; i++) {
    const field = fields.nth(i);
    if (!(await field.isVisible()) || !(await field.isEditable())) continue;
    await field.fill(LONG);
    await field.press('Tab');
  }
  return n;
}

/** Opens the editor of the seeded long checklist item. */
async function openItemEditor(page: Page) {
  await rowAction(page, /^Actions: https/, 'Edit');
}

async function open(path: string, ready: (page: Page) => Promise<unknown>) {
  const context = await newContext(getBrowser(), { width: 320, height: 700 });
  await seedMeetings(context, SEEDED);
  const page = await context.newPage();
  const errors = await watchErrors(page);
  await page.goto(path);
  await ready(page);
  return { context, page, errors };
}

describe('a 300-character token at 320 px', () => {
  it('question builder: lists, meeting bar, bank, every field, print sheet', async () => {
    const { context, page, errors } = await open('/tools/questions/', (p) => p.getByRole('heading', { name: 'Your list' }).waitFor());
    expect(await overflow(page)).toBe('');
    // The reader's own question, then every field.
    const own = page.getByLabel('Question', { exact: true });
    if (await own.isVisible()) {
      await own.fill(token(LIMITS.questionText));
      await page.getByRole('button', { name: 'Add question', exact: true }).click();
    }
    expect(await fillEveryField(page)).toBeGreaterThan(3);
    expect(await overflow(page)).toBe('');
    await page.emulateMedia({ media: 'print' });
    expect(await overflow(page)).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('checklist: items, overview, dates, every field', async () => {
    const { context, page, errors } = await open('/tools/checklist/', (p) => p.getByText(token(40), { exact: false }).first().waitFor());
    expect(await overflow(page)).toBe('');
    await openItemEditor(page);
    expect(await fillEveryField(page)).toBeGreaterThan(2);
    expect(await overflow(page)).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('timer: setup, the run, the summary and the history', async () => {
    const { context, page, errors } = await open('/tools/timer/', (p) => p.getByRole('button', { name: 'Start the run' }).waitFor());
    expect(await overflow(page)).toBe('');
    await page.getByRole('button', { name: 'Start the run' }).click();
    for (let i = 0; i < 3; i++) {
      expect(await overflow(page), `segment ${i + 1}`).toBe('');
      await page.getByRole('button', { name: 'Next', exact: true }).click();
    }
    await page.getByRole('button', { name: 'Finish' }).click();
    await page.getByRole('heading', { name: 'How the run went' }).waitFor();
    expect(await fillEveryField(page)).toBeGreaterThan(0);
    expect(await overflow(page)).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });
});
