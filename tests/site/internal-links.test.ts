/**
 * Every internal link goes through href() (src/lib/href.ts), so the site works under a base path:
 * a link written as a literal root path ("/guides/", `/guides/${id}/`) in a component, layout,
 * page or script fails here. Paths kept as data (nav items, template links) are fine: they are
 * written from the root and passed through href() where they become a link. Guide prose
 * (src/content) is content, not code, and is left to the content pipeline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const FILES = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(astro|tsx?|mjs)$/.test(f) && !f.startsWith('content/') && f !== 'lib/href.ts')
  .map((f) => `src/${f}`);

/** A link attribute (href, or a form's action) whose value is a literal path from the site root: "/x", '/x', {'/x'}, {`/x`}. Not "//host" or "#id". */
const LITERAL_INTERNAL_HREF = /\b(?:href|action)=(?:["']|\{\s*["'`])\/(?!\/)/g;

/** Each literal internal href in a text, as "line: source". */
function literalHrefs(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, i) => (line.match(LITERAL_INTERNAL_HREF) ? [`${i + 1}: ${line.trim()}`] : []));
}

describe('internal links', () => {
  it('finds the ways a literal internal link is written, and lets href(), fragments and other sites through', () => {
    expect(literalHrefs('<a href="/guides/">x</a>')).toHaveLength(1);
    expect(literalHrefs("<a href='/'>x</a>")).toHaveLength(1);
    expect(literalHrefs('<a href={`/guides/${g.id}/`}>x</a>')).toHaveLength(1);
    expect(literalHrefs("<a href={'/data/'}>x</a>")).toHaveLength(1);
    expect(literalHrefs('<form action="/search/">')).toHaveLength(1);
    expect(literalHrefs("<a href={href('/guides/')}>x</a>")).toEqual([]);
    expect(literalHrefs('<a href="#main">x</a> <a href="https://example.com/">y</a> <a href="//cdn.example/">z</a>')).toEqual([]);
  });

  it('has none in src outside lib/href.ts: every one goes through href()', () => {
    expect(FILES.length).toBeGreaterThan(50);
    const found = FILES.flatMap((f) => literalHrefs(readFileSync(f, 'utf8')).map((l) => `${f}:${l}`));
    expect(found).toEqual([]);
  });
});
