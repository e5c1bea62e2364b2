import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECK_NAMES, MESSAGE_KINDS, KIND_CHECKS, type Flag } from '../../src/lib/messages';
import { checkLabels, flagGuide, flagStrings, flagText, kindLabels, noteStrings, noteText } from '../../src/components/messages/strings';

const fmt = { date: (iso: string) => iso.slice(0, 10), day: (d: string) => d };

describe('message writer strings', () => {
  it('has a label for every kind and check, and every kind has checks', () => {
    for (const k of MESSAGE_KINDS) {
      expect(kindLabels[k]).toBeTruthy();
      expect(KIND_CHECKS[k].length).toBeGreaterThan(0);
    }
    for (const c of CHECK_NAMES) expect(checkLabels[c]).toBeTruthy();
  });

  it('turns a finding into a sentence with its figures and a guide link', () => {
    const f: Flag = { id: 'too-long', unit: 'words', count: 92, limit: 75, outerLimit: 100 };
    expect(flagText(f, fmt)).toMatch(/92 words.*75.*100/);
    expect(flagGuide(f).href).toMatch(/^\/guides\/.+#.+/);
    expect(noteText({ id: 'truncated', readChars: 20000 })).toContain('20,000');
    expect(Object.keys(noteStrings)).toHaveLength(4);
  });

  it('links only to headings that exist in the guides', () => {
    for (const { guide } of Object.values(flagStrings)) {
      const [, slug, anchor] = /^\/guides\/([^/]+)\/#(.+)$/.exec(guide.href) ?? [];
      const mdx = readFileSync(`src/content/guides/${slug}.mdx`, 'utf8');
      const headings = [...mdx.matchAll(/^#{2,3} (.+)$/gm)].map((m) =>
        m[1].toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').trim().replace(/\s/g, '-'),
      );
      expect(headings, guide.href).toContain(anchor);
    }
  });
});
