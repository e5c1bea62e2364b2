/**
 * Rules about where code lives, checked over the source tree: components never change a meeting
 * themselves (every change is a store function), and no module imports itself through others.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = 'src';
const CODE = /\.(ts|tsx|mts|mjs|js|astro)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'content' ? [] : files(path);
    return CODE.test(name) ? [path] : [];
  });
}

/** Relative import specifiers of a module (static imports, re-exports and dynamic imports). */
function specifiers(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/(?:^|[\s;}])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/g)) out.push(m[1]!);
  for (const m of code.matchAll(/import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  return out;
}

function resolve(from: string, spec: string): string | undefined {
  const base = join(dirname(from), spec);
  const candidates = [base, ...['.ts', '.tsx', '.mts', '.mjs', '.js', '.astro'].map((e) => base + e), ...['index.ts', 'index.tsx'].map((i) => join(base, i))];
  const js = base.match(/^(.*)\.(m?js)$/);
  if (js) candidates.push(`${js[1]}.ts`, `${js[1]}.tsx`, `${js[1]}.mts`);
  return candidates.find((c) => existsSync(c) && statSync(c).isFile() && CODE.test(c));
}

const all = files(SRC);
const graph = new Map(all.map((f) => [f, specifiers(readFileSync(f, 'utf8')).map((s) => resolve(f, s)).filter((t): t is string => !!t)]));

/** Every cycle found by a depth-first walk, each as the list of files around it. */
function cycles(): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const t of graph.get(f) ?? []) {
      if (state.get(t) === 'open') found.push([...stack.slice(stack.indexOf(t)), t].map((p) => relative(SRC, p)));
      else if (!state.has(t)) visit(t);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of all) if (!state.has(f)) visit(f);
  return found;
}

describe('the source tree', () => {
  it('is read (a sanity check on the walk itself)', () => {
    expect(all.length).toBeGreaterThan(50);
    expect(graph.get(join(SRC, 'components/shared/ToolShell.tsx'))).toContain(join(SRC, 'components/shared/MeetingBar.tsx'));
  });

  it('has no import cycle', () => {
    expect(cycles().map((c) => c.join(' → '))).toEqual([]);
  });

  it('finds a cycle when there is one (the check can fail)', () => {
    graph.set('a.ts', ['b.ts']);
    graph.set('b.ts', ['a.ts']);
    all.push('a.ts');
    try {
      expect(cycles().length).toBe(1);
    } finally {
      graph.delete('a.ts');
      graph.delete('b.ts');
      all.pop();
    }
  });

  it('has no component that changes a meeting itself (updateMeeting is for src/stores only)', () => {
    const offenders = all.filter((f) => f.startsWith(join(SRC, 'components')) && /\bupdateMeeting\b/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('has no component that parses or checks input against the limits itself (the rules are in lib/fields and friends)', () => {
    const parsing = /[<>]=?\s*LIMITS\.|\\d|\bNumber\(|\bparseInt\(|\bparseFloat\(/;
    const offenders = all.filter((f) => f.startsWith(join(SRC, 'components')) && !f.endsWith('.astro') && parsing.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('has no tool component that derives the base path itself (href() in lib/href does)', () => {
    const tools = ['questions', 'checklist', 'timer', 'backup', 'shared'].map((d) => join(SRC, 'components', d));
    const offenders = all.filter((f) => tools.some((d) => f.startsWith(d)) && /BASE_URL/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('reaches @nanostores/persistent only through stores/storage-raw', () => {
    const offenders = all.filter((f) => f !== join(SRC, 'stores/storage-raw.ts') && /from '@nanostores\/persistent'/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('renders every island through the tool shell (which names new meetings and holds the live region)', () => {
    const islands = new Set<string>();
    for (const page of all.filter((f) => f.startsWith(join(SRC, 'pages')) && f.endsWith('.astro'))) {
      const code = readFileSync(page, 'utf8');
      for (const [, name] of code.matchAll(/<([A-Z]\w*)\s[^>]*\bclient:/g)) {
        const spec = new RegExp(`import\\s+${name}\\s+from\\s+['"]([^'"]+)['"]`).exec(code)?.[1];
        expect(spec, `${page}: where ${name} comes from`).toBeDefined();
        islands.add(resolve(page, spec!)!);
      }
    }
    expect(islands.size).toBeGreaterThanOrEqual(5);
    const offenders = [...islands].filter((f) => !specifiers(readFileSync(f, 'utf8')).some((s) => /\/ToolShell$/.test(s)));
    expect(offenders).toEqual([]);
  });

  it('has no island that picks its meeting itself (the active-meeting store does, on first subscribe)', () => {
    const offenders = all.filter((f) => f.startsWith(join(SRC, 'components')) && /\bensureActiveMeeting\b/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

describe('words for the reader', () => {
  // Labels are parameters of lib and stores; the words live in components' strings.ts, the ground
  // a second language will stand on (issue 12, item 5). A phrase is a quoted run of two or more
  // words starting with a capital ("My next coffee chat", "Show more", "Follow-up sent"); comments
  // and thrown errors (for developers) do not count.
  const WORD = String.raw`[A-Za-z]+(?:['’-][A-Za-z]+)*`;
  const PHRASE = new RegExp(String.raw`(['\`"])[A-Z][a-z]+(?:['’-][a-z]+)*,?(?: ${WORD},?)+[^'\`"\n]*\1`, 'g');
  // Not words for the reader: a font's name, drawn into the social card.
  const NAMES = new Set(["'Noto Serif'"]);
  const phrases = (code: string): string[] =>
    code
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .split('\n')
      .filter((line) => !/^\s*\/\//.test(line) && !/new (?:Range|Type)?Error\(/.test(line))
      .flatMap((line) => line.match(PHRASE) ?? [])
      .filter((p) => !NAMES.has(p));

  it('are not written in src/lib or src/stores', () => {
    const found = all
      .filter((f) => /^src\/(lib|stores)\//.test(f))
      .flatMap((f) => phrases(readFileSync(f, 'utf8')).map((p) => `${f}: ${p}`));
    expect(found).toEqual([]);
  });

  it('would be found there (the check can fail)', () => {
    expect(phrases("export const DEFAULT_TITLE = 'My next coffee chat';")).toEqual(["'My next coffee chat'"]);
    expect(phrases("const a = { more: 'Show more', sent: 'Follow-up sent', state: \"Sent, awaiting reply\" };")).toEqual([
      "'Show more'",
      "'Follow-up sent'",
      '"Sent, awaiting reply"',
    ]);
    expect(phrases("const letters = [{ letter: 'T', category: 'x' }];")).toEqual([]);
    expect(phrases("// 'My next coffee chat' in a comment\nthrow new Error(`Chunk limit must be positive`);")).toEqual([]);
  });
});

describe('exports of lib and stores', () => {
  // Every exported function or value of src/lib and src/stores is used by the product: somewhere in
  // src (another module, or its own module besides its declaration, for a helper exported for its
  // unit test). A helper only tests call belongs in tests/ (issue 12, item 4).
  const ALLOWED = new Map([
    // Module state (which keys reported what) cannot be rebuilt from outside; unit tests start clean with it.
    ['resetStorageStatus', 'src/stores/storage-status.ts'],
    // The one-meeting validator the list validator is built from; its tests check each field through it.
    ['parseMeeting', 'src/lib/meeting-validate.ts'],
  ]);
  const owned = all.filter((f) => /^src\/(lib|stores)\//.test(f) && /\.tsx?$/.test(f));
  // Build scripts (scripts/) count as the product too: they import lib rules at build time.
  const everything = [...all, ...files('scripts')].map((f) => [f, readFileSync(f, 'utf8')] as const);

  it('has no export only tests use', () => {
    const unused: string[] = [];
    for (const file of owned) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/^export\s+(?:async\s+)?(?:function\*?|const|let|class)\s+([A-Za-z_$][\w$]*)/gm)) {
        const name = m[1]!;
        if (ALLOWED.get(name) === file) continue;
        const word = new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
        const uses = everything.reduce((n, [f, text]) => n + (text.match(word)?.length ?? 0) - (f === file ? 1 : 0), 0);
        if (uses === 0) unused.push(`${file}: ${name}`);
      }
    }
    expect(unused).toEqual([]);
  });
});
