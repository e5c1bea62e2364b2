/**
 * What every tool page carries up front (issues 12, 17, 19): the shell chunk every tool shares stays
 * small, and code only one tool, the data page or a rare moment needs stays out of it. A failure
 * names the text that came back, so the import that brought it reads as the bug.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileFor, gz, upFrontModules as upFront } from './dist';

const KB = 1024;
const TOOL_PAGES = ['/tools/questions/', '/tools/timer/', '/tools/checklist/', '/tools/messages/', '/data/'];

const text = (url: string) => readFileSync(fileFor(url)!, 'utf8');
const shell = upFront(TOOL_PAGES[0]!).find((m) => /\/ToolShell\.[^/]+\.js$/.test(m));

describe('the tool shell', () => {
  it('is one chunk every tool page loads, under 10.5 KB gzip', () => {
    expect(shell, 'a ToolShell chunk on the question builder').toBeDefined();
    for (const path of TOOL_PAGES) expect(upFront(path), path).toContain(shell);
    expect(gz(text(shell!))).toBeLessThan(10.5 * KB);
  });

  it.each([
    ['the message writer\'s limits and their sources (content/house/messages.ts)', 'Steve Dalton'],
    ['the message checks per kind (lib/messages/kinds.ts)', 'thank-you-specific'],
    ['zoned time beyond isCalendarDay (lib/zoned-time.ts)', 'formatToParts'],
    ['the backup reminder notice, which loads when it is due', 'Remind me later'],
    ['the backup download', 'coffee-chat-backup-'],
  ])('does not carry %s', (_, marker) => {
    expect(text(shell!)).not.toContain(marker);
  });
});

describe('rare or on-demand code', () => {
  it.each(TOOL_PAGES)('%s loads no backup reminder notice and no microphone code up front', (path) => {
    for (const m of upFront(path)) {
      const code = text(m);
      expect(code, m).not.toContain('Remind me later');
      expect(code, m).not.toContain('getUserMedia');
    }
  });

  // Vite adds its module-preload helper (about 0.8 KB gzip) to the Preact chunk as soon as any module
  // a page loads has a bundled import(); the lazy parts load from fixed URLs instead (astro.config.mjs).
  it.each([...TOOL_PAGES, '/guides/asking-for-the-meeting/'])('%s carries no module-preload helper and no signals loader', (path) => {
    for (const m of upFront(path)) {
      const code = text(m);
      expect(code, m).not.toContain('vite:preloadError');
      expect(code, m).not.toContain('@preact/signals');
      expect(code, m).not.toMatch(/import\("\.\/signals/);
    }
  });

  it('gives no island a signal prop (the Preact renderer ships without its signals loader: astro.config.mjs)', () => {
    for (const path of TOOL_PAGES) expect(text(path), path).not.toContain('data-preact-signals');
  });

  it('loads the backup reminder notice from its fixed URL, and nothing of it shares a store with the page', () => {
    const notice = text('/_astro/reminder-notice.js');
    expect(notice).toContain('Remind me later');
    const imports = [...notice.matchAll(/from"\.\/([^"]+)"/g)].map((m) => m[1]);
    expect(imports.some((i) => /^preact\./.test(i!))).toBe(true);
    expect(imports.filter((i) => /ToolShell|backup-reminder|backup-meta/.test(i!))).toEqual([]);
  });

  it('keeps Preact and the island loader in one chunk, which guide pages never load', () => {
    const preact = upFront('/tools/timer/').filter((m) => /\/preact\.[^/]+\.js$/.test(m));
    expect(preact).toHaveLength(1);
    expect(upFront('/guides/asking-for-the-meeting/')).not.toContain(preact[0]);
  });
});
