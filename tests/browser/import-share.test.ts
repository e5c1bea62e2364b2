/**
 * Import and share as a new reader meets them: the file picker keeps the chosen file's name beside
 * the preview; a share link opened on a first visit takes the shared name without "(2)"; the share
 * control says what the link carries and what it leaves out.
 */
import { describe, expect, it } from 'vitest';
import { encodeShare, shareFragment } from '../../src/lib/share-link';
import { newContext, useBrowser } from './harness';
import { openChecklist, openQuestions } from './tools';

const getBrowser = useBrowser();

describe('import and share', () => {
  it('the backup picker still names the chosen file while the preview shows', async () => {
    const context = await newContext(getBrowser());
    const page = await context.newPage();
    await openChecklist(page);
    const backup = { app: 'coffee-chat', kind: 'backup', version: 1, exportedAt: '2026-01-01T00:00:00Z', meetings: [] };
    const picker = page.getByLabel('Import a backup');
    await picker.setInputFiles({ name: 'my-backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
    await page.getByRole('heading', { name: 'Ready to import' }).waitFor();
    expect(await picker.evaluate((el) => (el as HTMLInputElement).files?.[0]?.name)).toBe('my-backup.json');
    await context.close();
  });

  it('a share link on a first visit opens under its own name, the only meeting', async () => {
    const r = encodeShare({ title: 'My next coffee chat', lengthMinutes: 20, questions: [{ text: 'How did you start?', minutes: 3 }] });
    if (!r.ok) throw new Error('could not encode');
    const context = await newContext(getBrowser());
    const page = await context.newPage();
    await page.goto(`/tools/questions/${shareFragment(r.payload)}`);
    await page.getByRole('button', { name: 'Import as a new meeting' }).click();
    await page.getByRole('listitem').filter({ hasText: 'How did you start?' }).first().waitFor();
    const options = await page.getByLabel('Switch meeting').locator('option').allTextContents();
    expect(options).toEqual(['My next coffee chat']);
    await context.close();
  });

  it('the share control says what the link carries and leaves out', async () => {
    const context = await newContext(getBrowser());
    const page = await context.newPage();
    await openQuestions(page);
    await page.getByRole('button', { name: /^Add: / }).first().click();
    const share = page.getByRole('button', { name: 'Copy share link' });
    const description = await share.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
    expect(description).toContain('carries this meeting’s name (“My next coffee chat”), its length and the questions');
    expect(description).toContain('leaves out who you are meeting, your notes');
    await context.close();
  });
});
