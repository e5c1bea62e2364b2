import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../src/lib/reading-time';
import { buildToc } from '../../src/lib/toc';
import { groupBySection, neighbours, readingOrder } from '../../src/lib/reading-order';
import { siteStrings } from '../../src/components/site/strings';

describe('reading time', () => {
  it('counts prose words and skips frontmatter, components and link targets', () => {
    const src = `---\ntitle: "Ten words in the title do not count here at all"\n---\n\nHello there, [friend](/guides/x/).\n\n<TryIt tool="timer" />\n\n## Two words`;
    expect(countWords(src)).toBe(5);
  });
  it('rounds to whole minutes and never says zero', () => {
    expect(readingMinutes('one two')).toBe(1);
    expect(readingMinutes(Array(690).fill('word').join(' '))).toBe(3);
  });
  it('counts words with accents as words', () => {
    expect(countWords('Bring a résumé — maybe.')).toBe(4);
  });
});

describe('table of contents', () => {
  it('nests h3 under the h2 before it and ignores deeper levels', () => {
    const toc = buildToc([
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'a1x', text: 'deep' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc.map((t) => t.slug)).toEqual(['a', 'b']);
    expect(toc[0]!.children.map((t) => t.slug)).toEqual(['a1']);
  });
  it('keeps an h3 that comes before any h2', () => {
    expect(buildToc([{ depth: 3, slug: 'early', text: 'Early' }]).map((t) => t.slug)).toEqual(['early']);
  });
});

describe('reading order', () => {
  const g = (id: string, section: 'understand' | 'prepare' | 'meet' | 'follow-up', order: number, draft = false) => ({
    id,
    data: { section, order, draft },
  });
  const guides = [g('thanks', 'follow-up', 10), g('ask', 'prepare', 4), g('what', 'understand', 1), g('wip', 'meet', 7, true), g('special', 'understand', 12)];

  it('orders by section first, then by order, and leaves drafts out', () => {
    expect(readingOrder(guides).map((x) => x.id)).toEqual(['what', 'special', 'ask', 'thanks']);
  });
  it('gives previous and next, with none past either end', () => {
    const ordered = readingOrder(guides);
    expect(neighbours(ordered, 'what')).toEqual({ prev: undefined, next: ordered[1] });
    expect(neighbours(ordered, 'thanks').next).toBeUndefined();
    expect(neighbours(ordered, 'missing')).toEqual({});
  });
  it('groups by section with readable labels and skips empty sections', () => {
    const groups = groupBySection(guides, siteStrings.sectionNames);
    expect(groups.map((x) => x.label)).toEqual(['Understand', 'Prepare', 'Follow up']);
  });
});

import { bracketed, splitPlaceholders } from '../../src/lib/placeholders';
import { PLACEHOLDER_RE } from '../../src/lib/messages/text';
describe('message template placeholders', () => {
  it('marks bracketed fields and keeps the rest as plain text', () => {
    expect(splitPlaceholders('Hi [First name], thanks!')).toEqual([
      { text: 'Hi ', field: false },
      { text: '[First name]', field: true },
      { text: ', thanks!', field: false },
    ]);
  });
  it('leaves an unclosed bracket as text', () => {
    expect(splitPlaceholders('a [b')).toEqual([{ text: 'a [b', field: false }]);
  });
  it('marks a field only where the one placeholder pattern finds one (one line, at most 60 characters)', () => {
    const long = `[${'x'.repeat(61)}]`;
    expect(splitPlaceholders(long)).toEqual([{ text: long, field: false }]);
    expect(splitPlaceholders('[a\nb]')).toEqual([{ text: '[a\nb]', field: false }]);
    expect(splitPlaceholders('[A][B]').map((p) => p.field)).toEqual([true, true]);
  });
  it('is the pattern the message writer fills and checks, which also finds {{name}} and ___ blanks', () => {
    const text = 'Hi [Name], I am {{me}} from ___ and [a\nb]';
    expect(text.match(bracketed())).toEqual(['[Name]']);
    expect(text.match(PLACEHOLDER_RE)).toEqual(['[Name]', '{{me}}', '___']);
  });
});
