/**
 * Fault matrix rows that need a real browser: storage filling up mid-edit, data from a newer
 * version, one unreadable meeting among readable ones, text far past every field's limit, right-to-left text and emoji as the reader sees
 * them, import files of 50 MB or 10,000 meetings, and practice aloud's code failing to load. Other rows live beside their feature
 * (see README "What happens when things go wrong").
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContext, useBrowser, watchErrors } from './harness';
import { MEETINGS_KEY, PARTLY_DAMAGED, THANKS, fillStorage, freeStorage, openChecklist, openQuestions, rowAction, seedMeetings, seedStorage, storedEnvelope } from './tools';

const browser = useBrowser();
const KEY = MEETINGS_KEY;
const REFERRALS = 'Ask who else you should talk to';
const HUGE = 'ط'.repeat(10_000);
const ARABIC = 'اسأل سارة عن أول وظيفة لها ☕';
const HEBREW = 'שיחה עם דנה 👩🏽‍💻';

interface StoredMeeting {
  title: string;
  contact: { name: string; role: string; organization: string };
  questions: { text: string; note?: string }[];
  checklist: { text: string; done: boolean }[];
  runs: { notes?: string }[];
}

/** The meetings the page has saved, or null. */
async function stored(page: Page): Promise<StoredMeeting[] | null> {
  return (await storedEnvelope<{ data: { meetings: StoredMeeting[] } }>(page))?.data.meetings ?? null;
}

/** The raw text of the meetings key. */
const rawStored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), KEY);

/** Whether the element's text runs right to left as rendered. */
const direction = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).direction);


/** A fresh context on the timer with a 30-second run finished, at its summary. */
async function finishShortRun() {
  const context = await newContext(browser());
  const page = await context.newPage();
  await page.clock.install({ time: new Date('2026-03-02T09:00:00Z') });
  await page.goto('/tools/timer/');
  await page.getByRole('button', { name: 'Start the run' }).click();
  await page.clock.runFor(30_000);
  await page.getByRole('button', { name: 'Finish' }).click();
  return { context, page };
}

describe('storage full in the middle of an edit', () => {
  it('shows the notice, keeps every edit on screen, leaves the stored copy intact, and saves all once there is room', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = await watchErrors(page);
    await openChecklist(page);
    const before = await rawStored(page);
    expect(await fillStorage(page)).toBeGreaterThan(0);

    await page.getByRole('checkbox', { name: REFERRALS }).check();
    await page.getByText('Changes are not being saved.').waitFor();
    await page.getByText(/storage is full, so recent changes are kept only in this tab/).waitFor();
    await page.getByLabel('New item').fill('Bring a printed CV');
    await page.getByRole('button', { name: 'Add item' }).click();
    await page.getByRole('checkbox', { name: 'Bring a printed CV' }).waitFor();
    expect(await page.getByRole('checkbox', { name: REFERRALS }).isChecked()).toBe(true);
    expect(await rawStored(page)).toBe(before); // the last good copy is untouched

    await freeStorage(page);
    await page.getByRole('checkbox', { name: THANKS }).check();
    await expect.poll(() => page.getByText('Changes are not being saved.').count()).toBe(0);
    const items = (await stored(page))![0]!.checklist;
    expect(items.find((i) => i.text === REFERRALS)?.done).toBe(true);
    expect(items.find((i) => i.text === THANKS)?.done).toBe(true);
    expect(items.some((i) => i.text === 'Bring a printed CV')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps a question typed while storage is full, in the question builder too', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openQuestions(page);
    await fillStorage(page);
    await page.getByLabel('Question', { exact: true }).fill('What would you do in my place?');
    await page.getByRole('button', { name: 'Add question' }).click();
    await page.getByText('Changes are not being saved.').waitFor();
    await page.locator('main').getByText('What would you do in my place?', { exact: true }).first().waitFor();
    await freeStorage(page);
    await page.getByLabel('Question', { exact: true }).fill('Who else should I talk to?');
    await page.getByRole('button', { name: 'Add question' }).click();
    await expect.poll(async () => (await stored(page))?.[0]?.questions.map((q) => q.text)).toEqual([
      'What would you do in my place?',
      'Who else should I talk to?',
    ]);
    await context.close();
  });
});

describe('data saved by a newer version', () => {
  it('is never written over; the tools work in memory and say so', async () => {
    const context = await newContext(browser());
    const future = JSON.stringify({ v: 99, data: { meetings: 'a shape we do not know' } });
    await seedMeetings(context, future);
    const page = await context.newPage();
    await openChecklist(page);
    await page.getByText(/saved by a newer version of this site/).waitFor();
    await page.getByRole('checkbox', { name: REFERRALS }).check();
    expect(await page.getByRole('checkbox', { name: REFERRALS }).isChecked()).toBe(true);
    await page.goto('/tools/questions/');
    await page.getByRole('heading', { name: 'Your list' }).waitFor();
    expect(await rawStored(page)).toBe(future);
    await context.close();
  });
});

describe('one unreadable meeting among readable ones', () => {
  it('offers the two readable meetings, names where the original was kept, and keeps saving', async () => {
    const context = await newContext(browser());
    await seedMeetings(context, PARTLY_DAMAGED);
    const page = await context.newPage();
    const errors = await watchErrors(page);
    await openQuestions(page);
    const picker = page.getByRole('combobox', { name: 'Switch meeting' });
    expect(await picker.getByRole('option').allTextContents()).toEqual(['Chat with Ana — Ana Ruiz', 'Chat with Cy — Cy Lee']);
    const notice = page.getByText('1 saved meeting could not be read and was set aside; your other meetings are here.');
    await notice.waitFor();
    const aside = await page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith('coffee-chat:meetings:damaged:')));
    expect(aside).toBeTruthy();
    expect(await notice.textContent()).toContain(`under the name “${aside}”`);
    expect(await page.evaluate((k) => localStorage.getItem(k), aside!)).toBe(PARTLY_DAMAGED);

    await picker.selectOption({ label: 'Chat with Cy — Cy Lee' });
    await page.getByLabel('Question', { exact: true }).fill('What surprised you most?');
    await page.getByRole('button', { name: 'Add question' }).click();
    await expect.poll(async () => (await stored(page))?.find((m) => m.title === 'Chat with Cy')?.questions.map((q) => q.text)).toContain('What surprised you most?');
    expect((await stored(page))!.map((m) => m.title)).toEqual(['Chat with Ana', 'Chat with Cy']);
    expect(await page.evaluate((k) => localStorage.getItem(k), aside!)).toBe(PARTLY_DAMAGED);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('damaged copies at their bound', () => {
  it('keeps the unreadable original untouched and stops saving at 20 copies; one copy deleted on the data page lets the next be kept', async () => {
    const context = await newContext(browser());
    const broken = '{"v": 3, "data": not json at all';
    // Twenty older copies of other damaged texts, then an unreadable meetings key.
    const older = Array.from({ length: 20 }, (_, i) => [`${KEY}:damaged:2026-01-${String(i + 1).padStart(2, '0')}T09:00:00.000Z`, `old copy ${i}`]);
    await seedStorage(context, { ...Object.fromEntries(older), [KEY]: broken });
    const page = await context.newPage();
    const errors = await watchErrors(page);
    await openChecklist(page);
    const notice = page.getByText(/already keeps 20 damaged copies, so this tool will not save changes/);
    await notice.waitFor();
    // The tool still works in this tab, and nothing stored moves.
    await page.getByRole('checkbox', { name: REFERRALS }).check();
    expect(await rawStored(page)).toBe(broken);
    const copies = () => page.evaluate((k) => Object.keys(localStorage).filter((x) => x.startsWith(`${k}:damaged:`)).length, KEY);
    expect(await copies()).toBe(20);

    // The notice leads to the damaged copies; deleting one there makes room.
    await page.getByRole('link', { name: 'See your data on this device' }).click();
    await page.waitForURL(/\/data\/#damaged$/);
    await page.getByRole('button', { name: 'Delete', exact: true }).first().click();
    await page.getByRole('group', { name: 'Delete this copy for good? This cannot be undone.' }).getByRole('button', { name: 'Delete copy' }).click();
    await expect.poll(copies).toBe(19);

    await openChecklist(page);
    await page.getByText(/Some saved data could not be read, so this tool started fresh/).waitFor();
    expect(await copies()).toBe(20);
    const kept = await page.evaluate((k) => Object.keys(localStorage).filter((x) => x.startsWith(`${k}:damaged:`)).map((x) => localStorage.getItem(x)), KEY);
    expect(kept).toContain(broken);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('very long text in every field', () => {
  it('question builder: contact fields, own question and note say so and keep what was saved', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openQuestions(page);
    for (const label of ['Their name', 'Their role', 'Organization']) {
      await page.getByLabel(label, { exact: true }).fill('Ana');
      await page.getByLabel(label, { exact: true }).fill(HUGE);
    }
    expect(await page.getByText('Keep this to at most 120 characters.').count()).toBe(3);
    await expect.poll(async () => (await stored(page))![0]!.contact).toEqual({ name: 'Ana', role: 'Ana', organization: 'Ana' });

    await page.getByLabel('Question', { exact: true }).fill('Short and kept?');
    await page.getByRole('button', { name: 'Add question' }).click();
    await page.getByLabel('Question', { exact: true }).fill(HUGE);
    await page.getByRole('button', { name: 'Add question' }).click();
    await page.getByText("That's 10000 characters; keep it to 300 or fewer.").waitFor();
    expect(await page.getByLabel('Question', { exact: true }).inputValue()).toBe(HUGE); // nothing cut
    await page.getByLabel('Note for question 1').fill('kept note');
    await page.getByLabel('Note for question 1').fill(HUGE);
    await page.getByText('Keep the note to at most 1,000 characters.').waitFor();
    await page.waitForTimeout(100);
    const m = (await stored(page))![0]!;
    expect(m.questions).toHaveLength(1);
    expect(m.questions[0]).toMatchObject({ text: 'Short and kept?', note: 'kept note' });
    await context.close();
  });

  it('meeting name: refused with a message, the old name kept', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openChecklist(page);
    await page.getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('New name for this meeting').fill(HUGE);
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByText('Use at most 120 characters; shorten the name a little.').waitFor();
    expect(await page.getByLabel('New name for this meeting').inputValue()).toBe(HUGE);
    expect((await stored(page))![0]!.title).toBe('My next coffee chat');
    await context.close();
  });

  it('checklist: a new item and an edited item are refused with a message, the old text kept', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openChecklist(page);
    const before = JSON.stringify((await stored(page))![0]!.checklist);
    await page.getByLabel('New item').fill(HUGE);
    await page.getByRole('button', { name: 'Add item' }).click();
    await page.getByText('Keep it to 300 characters or fewer.').waitFor();
    await rowAction(page, REFERRALS, 'Edit');
    await page.getByLabel('Item text').fill(HUGE);
    await page.getByLabel('Item text').press('Enter');
    await expect.poll(() => page.getByText('Keep it to 300 characters or fewer.').count()).toBe(2);
    // Nothing written (a list never changed is not stored at all), and the old text still shows.
    expect(JSON.stringify((await stored(page))![0]!.checklist)).toBe(before);
    await page.getByLabel('Item text').press('Escape');
    expect(await page.getByRole('checkbox', { name: REFERRALS }).count()).toBe(1);
    await context.close();
  });

  it('timer: run notes past the limit are kept in full, not saved, and save once shortened', async () => {
    const { context, page } = await finishShortRun();
    await page.getByLabel('Notes for next time').fill(HUGE);
    await page.getByText('Keep notes under 2000 characters; nothing was cut.').waitFor();
    await page.getByRole('button', { name: 'Save run' }).click();
    expect(await page.getByLabel('Notes for next time').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByLabel('Notes for next time').inputValue()).toBe(HUGE);
    expect((await stored(page))![0]!.runs).toEqual([]);
    await page.reload(); // the long draft survives a reload too: it lives in the run record
    expect(await page.getByLabel('Notes for next time').inputValue()).toBe(HUGE);
    await page.getByLabel('Notes for next time').fill(HUGE.slice(0, 2000));
    await page.getByRole('button', { name: 'Save run' }).click();
    await page.getByRole('heading', { name: 'Practice runs for this meeting' }).waitFor();
    expect((await stored(page))![0]!.runs[0]!.notes).toBe(HUGE.slice(0, 2000));
    await context.close();
  });
});

describe('emoji and right-to-left text', () => {
  it('checklist items and the meeting name read right to left, and survive a reload unchanged', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openChecklist(page);
    await page.getByLabel('New item').fill(ARABIC);
    await page.getByRole('button', { name: 'Add item' }).click();
    await page.getByRole('checkbox', { name: ARABIC }).waitFor();
    await page.getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('New name for this meeting').fill(HEBREW);
    expect(await page.getByLabel('New name for this meeting').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.reload();
    await page.getByRole('checkbox', { name: ARABIC }).waitFor();
    expect(await page.locator('.meeting-bar-current strong').textContent()).toBe(HEBREW);
    expect(await direction(page, '.meeting-bar-current strong')).toBe('rtl');
    const label = page.locator('label.ck-text', { hasText: ARABIC });
    expect(await label.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    // English items stay left to right.
    expect(await page.locator('label.ck-text', { hasText: REFERRALS }).evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    const m = (await stored(page))![0]!;
    expect(m.title).toBe(HEBREW);
    expect(m.checklist.some((i) => i.text === ARABIC)).toBe(true);
    await context.close();
  });

  it('timer run notes read right to left in the history after saving', async () => {
    const { context, page } = await finishShortRun();
    await page.getByLabel('Notes for next time').fill(ARABIC);
    expect(await direction(page, '#mt-notes')).toBe('rtl');
    await page.getByRole('button', { name: 'Save run' }).click();
    await page.locator('.mt-run-notes', { hasText: ARABIC }).waitFor();
    expect(await direction(page, '.mt-run-notes')).toBe('rtl');
    await context.close();
  });

  it('questions typed in Arabic with emoji come back unchanged after a reload', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openQuestions(page);
    await page.getByLabel('Their name', { exact: true }).fill(HEBREW);
    await page.getByLabel('Question', { exact: true }).fill(ARABIC);
    await page.getByRole('button', { name: 'Add question' }).click();
    await page.waitForTimeout(100);
    await page.reload();
    await page.getByRole('heading', { name: 'Your list' }).waitFor();
    await page.locator('.qb-items').getByText(ARABIC, { exact: true }).waitFor();
    expect(await page.getByLabel('Their name', { exact: true }).inputValue()).toBe(HEBREW);
    await context.close();
  });

  it('questions typed in Arabic read right to left in the question builder', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openQuestions(page);
    await page.getByLabel('Question', { exact: true }).fill(ARABIC);
    expect(await page.getByLabel('Question', { exact: true }).evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await page.getByRole('button', { name: 'Add question' }).click();
    const item = page.locator('.qb-items').getByText(ARABIC, { exact: true });
    expect(await item.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await context.close();
  });
});

describe('import files that are too big', () => {
  it('a 50 MB file is refused by its size before it is read, and nothing changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coffee-chat-'));
    const path = join(dir, 'huge-backup.json');
    writeFileSync(path, `{"app":"coffee-chat","kind":"backup","version":1,"exportedAt":"2026-01-01T00:00:00Z","meetings":[${'0,'.repeat(25 * 1024 * 1024)}0]}`);
    const context = await newContext(browser());
    await context.addInitScript(() => {
      // Count reads of any file's contents: a refused file must never be read.
      const w = window as unknown as { fileReads: number };
      w.fileReads = 0;
      for (const method of ['text', 'arrayBuffer'] as const) {
        const original = Blob.prototype[method] as (this: Blob) => Promise<unknown>;
        Object.defineProperty(Blob.prototype, method, {
          configurable: true,
          value(this: Blob) {
            w.fileReads++;
            return original.call(this);
          },
        });
      }
    });
    const page = await context.newPage();
    await openChecklist(page);
    const before = await rawStored(page);
    await page.getByLabel('Import a backup').setInputFiles(path);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('This file is too large (50.0 MB). A Coffee Chat backup is at most 5 MB. Nothing was changed.');
    expect(await page.evaluate(() => (window as unknown as { fileReads: number }).fileReads)).toBe(0);
    expect(await rawStored(page)).toBe(before);
    await context.close();
  });

  it('a file with 10,000 meetings is refused with the count and the limit, and nothing changes', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openChecklist(page);
    const before = await rawStored(page);
    const meetings = Array.from({ length: 10_000 }, (_, i) => ({ id: `m${i}` }));
    const body = JSON.stringify({ app: 'coffee-chat', kind: 'backup', version: 1, exportedAt: '2026-01-01T00:00:00Z', meetings });
    await page.getByLabel('Import a backup').setInputFiles({ name: 'many.json', mimeType: 'application/json', buffer: Buffer.from(body) });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('This backup holds 10000 meetings; at most 1000 can be imported. Nothing was changed.');
    expect(await rawStored(page)).toBe(before);
    await context.close();
  });
});

describe('code that loads on demand', () => {
  it('practice aloud that cannot load says so, the timer runs without it, and pressing again retries', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = await watchErrors(page);
    await page.route('**/practice-aloud.js', (route) => route.abort());
    await page.goto('/tools/timer/');
    await page.getByRole('button', { name: 'Turn on practice aloud' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Practice aloud could not load' });
    await alert.waitFor();
    expect(await alert.textContent()).toBe('Practice aloud could not load. Check your connection, then press the button again (or reload the page). The timer works without it.');
    await page.getByRole('button', { name: 'Start the run' }).click();
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    // Only the browser's own line about the blocked file: no uncaught error from the page.
    expect(errors.filter((e) => !e.startsWith('console: Failed to load resource'))).toEqual([]);

    await page.unroute('**/practice-aloud.js');
    await page.getByRole('button', { name: 'Turn on practice aloud' }).click();
    await page.getByRole('button', { name: 'Turn on practice aloud' }).waitFor({ state: 'detached' });
    expect(await alert.count()).toBe(0);
    await context.close();
  });
});
