import { searchStrings as s } from './search-strings';
import css from './search.css?inline';
import { nextShown, pageHit, type PageHit, type RawPage } from '../lib/search-results';
import { SEARCH_RANKING, searchWithFallback } from '../lib/search-query';
import { TITLES_FILE, parseTitles, quickPage, type Titles } from '../lib/search-titles';

// ───────────── Pagefind: every call to Pagefind lives in this block ─────────────
interface PagefindResult {
  /** The page's id: its fragment's name, the key of pagefind-titles.json. */
  id: string;
  data(): Promise<RawPage>;
}
interface Pagefind {
  options(opts: { noWorker?: boolean; excerptLength?: number; ranking?: typeof SEARCH_RANKING }): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] } | null>;
  /** Fetches and decodes the index chunks a search for `q` needs, without scoring. */
  preload(q: string): Promise<void>;
}

/** A query's answer: the true number of pages found, and a way to fetch any slice of them. */
export interface Found {
  total: number;
  /** The shorter query these results are for, when the reader's own found nothing. */
  shortened?: string;
  /** The raw data of results [from, to), fetched in parallel (each is a fragment of 0.3–11 KB). */
  slice(from: number, to: number): Promise<RawPage[]>;
  /** Results [from, to) with address, title and section only, at once; null when the titles are not in. */
  quick(from: number, to: number): RawPage[] | null;
}

let pagefind: Promise<Pagefind | null> | undefined;
let failures = 0;
let titles: Titles | undefined;
/**
 * A path from the site root under the site's base path, as lib/href.ts builds it. Not imported from
 * there: a second importer made the bundler split href into a chunk of its own, one more file for
 * every tool page to fetch.
 */
const sitePath = (path: string) => `${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}`;
let titlesLoading: Promise<void> | undefined;

/**
 * Fetches every page's title (src/lib/search-titles.ts) once, after Pagefind. Until it is in, or
 * when it cannot be fetched, results wait for their fragments as before; a failure is tried again
 * on the next search.
 */
function loadTitles(): void {
  if (titles || titlesLoading) return;
  titlesLoading = fetch(sitePath(TITLES_FILE))
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
    .then((json: unknown) => {
      titles = parseTitles(json);
    })
    .catch(() => {
      titlesLoading = undefined;
    });
}

/**
 * Loads Pagefind from the built site; null when it cannot (no build on the dev server, or no
 * network before the service worker has the site), so search can say so. A failure is not kept:
 * the next keystroke tries again, under a new URL because a browser may remember a failed import.
 */
function loadPagefind(): Promise<Pagefind | null> {
  const url = `${sitePath('/pagefind/pagefind.js')}${failures ? `?retry=${failures}` : ''}`;
  pagefind ??= import(/* @vite-ignore */ url)
    .then(async (pf: Pagefind) => {
      // The worker is 12 KB more to fetch; on an index this size a search takes a few
      // milliseconds on the main thread, so the worker buys nothing (see bench/REPORT.md).
      // Shorter excerpts: a result stays a glance, and more of them fit on a phone.
      await pf.options({ noWorker: true, excerptLength: 18, ranking: SEARCH_RANKING });
      await pf.init();
      return pf;
    })
    .catch(() => {
      failures += 1;
      pagefind = undefined;
      return null;
    });
  return pagefind;
}

/**
 * Searches; null when Pagefind cannot load. Throws when the search itself fails (a chunk of the
 * index could not be fetched); `slice` throws when a result's fragment cannot be.
 */
async function find(query: string, current: () => boolean): Promise<Found | null | 'superseded'> {
  const pf = await loadPagefind();
  if (!pf) return null;
  loadTitles();
  // The reader's words, then shorter queries while nothing is found (src/lib/search-query.ts).
  // The index chunks a query needs are fetched at once (preload), and scoring waits for them and for
  // a task of its own: with the chunks in memory a search resolves in microtasks, and run inside the
  // keystroke's event it made that event long (up to 200 ms on a slow phone, bench/REPORT.md); with
  // chunks to fetch, the wait costs nothing. A keystroke superseded meanwhile is not scored: at a
  // thousand guides scoring a half-typed word ("th", "you") takes tens of milliseconds.
  const answer = await searchWithFallback(query, async (q) => {
    if (!current()) return null;
    await Promise.all([pf.preload(q), nextTask()]);
    return current() ? ((await pf.search(q))?.results ?? null) : null;
  });
  if (!answer) return 'superseded';
  const results = answer.results;
  return {
    total: results.length,
    shortened: answer.shortened ? answer.query : undefined,
    slice: (from: number, to: number) => Promise.all(results.slice(from, to).map((r) => r.data())),
    quick: (from: number, to: number) => {
      if (!titles) return null;
      const known = titles;
      const pages = results.slice(from, to).map((r) => quickPage(known, r.id, sitePath));
      return pages.every((page) => page !== null) ? (pages as RawPage[]) : null;
    },
  };
}
// ───────────── end of the Pagefind block ─────────────

let opener: Element | null = null;

/**
 * Resolves in a task of its own (see find). Search used to wait for the next frame before it began,
 * which let the letter paint first but put a whole frame (about 17 ms) into every search, before
 * its index chunks were even asked for. components/shared/dom.ts has the same helper; not imported
 * from there for the reason sitePath is not (a chunk of its own on every page).
 */
function nextTask(): Promise<void> {
  return new Promise((done) => setTimeout(done, 0));
}

/** One link of the result list: a page or one of its sections. */
function resultLink(hit: { url: string; title: string; excerpt: string }, section?: string) {
  const a = document.createElement('a');
  a.href = hit.url;
  if (section) {
    const label = document.createElement('span');
    label.className = 'result-section';
    label.textContent = section;
    a.append(label);
  }
  const title = document.createElement('span');
  title.className = 'result-title';
  title.textContent = hit.title;
  a.append(title);
  if (hit.excerpt) {
    const excerpt = document.createElement('span');
    excerpt.className = 'result-excerpt';
    // Pagefind escapes page text and adds only <mark> around matches; we only remove some marks.
    excerpt.innerHTML = hit.excerpt;
    a.append(excerpt);
  }
  return a;
}

/**
 * Puts a result's full entry (excerpt, matching sections) into the item shown from its title, keeping
 * the item's link element, so a reader who has already moved to it keeps focus.
 */
function fillItem(li: HTMLLIElement, hit: PageHit) {
  const full = resultItem(hit);
  const link = li.querySelector('a');
  const fullLink = full.querySelector('a');
  if (!link || !fullLink) return li.replaceWith(full);
  link.href = fullLink.href;
  link.replaceChildren(...fullLink.childNodes);
  const sections = full.querySelector('ul');
  if (sections) li.append(sections);
}

/** A page's entry: its link, then its matching sections as a nested list. */
function resultItem(hit: PageHit) {
  const li = document.createElement('li');
  li.append(resultLink(hit, hit.section || undefined));
  if (hit.sections.length) {
    const ul = document.createElement('ul');
    ul.className = 'result-sections';
    ul.setAttribute('aria-label', s.sectionsOf(hit.title));
    for (const section of hit.sections) {
      const sub = document.createElement('li');
      sub.append(resultLink(section));
      ul.append(sub);
    }
    li.append(ul);
  }
  return li;
}

/**
 * Wires one search box (in the dialog or on /search/) to Pagefind. The results are a plain list of
 * links (pages, and their matching sections under them) with a live count: ↓ from the box moves
 * into them, ↑ and ↓ move between them, Enter in the box opens the first.
 */
export function bindSearch(root: HTMLElement) {
  adoptStyles();
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const list = root.querySelector<HTMLUListElement>('[data-search-results]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  let latest = '';
  let found: Found | undefined;
  let shown = 0;

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];

  function say(query: string) {
    if (!found) return;
    status.textContent = !found.total
      ? s.noResults(query)
      : found.shortened
        ? s.shorterResults(found.total, shown, found.shortened, query)
        : s.results(found.total, shown, query);
    if (more) {
      more.hidden = shown >= found.total;
      more.textContent = s.more(nextShown(shown, found.total) - shown);
    }
  }

  /** Empties the list and says why. */
  function clear(message: string) {
    list.replaceChildren();
    list.removeAttribute('aria-busy');
    found = undefined;
    shown = 0;
    if (more) more.hidden = true;
    status.textContent = message;
  }

  /**
   * Shows the next step of results; false when the network failed. When the titles are in, the
   * results and their count show at once and each result's excerpt and sections fill in when its
   * fragment arrives (the list is aria-busy meanwhile); otherwise they show with their fragments.
   */
  async function showNext(query: string, replace: boolean): Promise<boolean> {
    const current = found!;
    const from = replace ? 0 : shown;
    const to = nextShown(from, current.total);
    const pending = current.slice(from, to);
    const quick = current.quick(from, to);
    let items: HTMLLIElement[] | undefined;
    if (quick) {
      items = quick.map((raw) => resultItem(pageHit(raw, query)));
      if (replace) list.replaceChildren(...items);
      else list.append(...items);
      list.setAttribute('aria-busy', 'true');
      shown = to;
      say(query);
    }
    let data: RawPage[];
    try {
      data = await pending;
    } catch {
      if (query !== latest || current !== found) return false;
      // With titles on screen the results stay, as links without their text; without them, say why.
      if (items) list.removeAttribute('aria-busy');
      else clear(s.offline);
      return false;
    }
    if (query !== latest || current !== found) return false;
    const hits = data.map((raw) => pageHit(raw, query));
    if (items) {
      hits.forEach((hit, i) => fillItem(items[i]!, hit));
      list.removeAttribute('aria-busy');
      return true;
    }
    const full = hits.map((hit) => resultItem(hit));
    if (replace) list.replaceChildren(...full);
    else list.append(...full);
    shown = to;
    say(query);
    return true;
  }

  input.addEventListener('input', async () => {
    const query = input.value.trim();
    latest = query;
    if (query.length < 2) return clear(query ? s.typeToSearch : '');
    let answer: Awaited<ReturnType<typeof find>>;
    try {
      answer = await find(query, () => query === latest);
    } catch {
      if (query === latest) clear(s.offline);
      return;
    }
    if (query !== latest || answer === 'superseded') return; // a newer keystroke superseded this one
    // A developer on `npm run dev` has no index yet; a reader has lost the network.
    if (!answer) return clear(import.meta.env.DEV ? s.unavailable : s.offline);
    // Pagefind answers "nothing" when an index chunk failed to load, so offline an empty answer
    // may be a missing chunk rather than a missing word.
    if (!answer.total && navigator.onLine === false) return clear(s.noResultsOffline(query));
    found = answer;
    shown = 0;
    // No debounce: a search takes a few milliseconds (bench/REPORT.md), so a 120 ms wait would be
    // most of the latency; `latest` already drops answers to superseded keystrokes.
    if (!answer.total) {
      list.replaceChildren();
      list.removeAttribute('aria-busy');
      return say(query);
    }
    await showNext(query, true);
  });

  more?.addEventListener('click', async () => {
    if (!found) return;
    const first = links().length;
    if (await showNext(latest, false)) links()[first]?.focus();
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      links()[0]?.focus();
    } else if (event.key === 'Enter') {
      const target = links()[0];
      if (target) {
        event.preventDefault();
        target.click();
      }
    }
  });
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    const i = all.indexOf(event.target as HTMLAnchorElement);
    if (i === -1) return;
    event.preventDefault();
    const next = i + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) input.focus();
    else (all[next] ?? more ?? all[i])?.focus();
  });
}

/**
 * Adopts the search styles once, as a constructed stylesheet: pages ship none of it up front, and
 * the Content Security Policy (no inline <style>) does not govern constructed sheets.
 */
let styled = false;
function adoptStyles() {
  if (styled || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
  styled = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** An element with a class, attributes and text, without parsing HTML. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text) node.textContent = text;
  return node;
}

/**
 * Builds the dialog on first open (pages carry none of its markup). Results are a plain list of
 * links with a live count: no listbox, so no links nested inside options.
 */
function createDialog(): HTMLDialogElement {
  const dialog = el('dialog', { class: 'search-dialog', 'aria-labelledby': 'search-title', 'data-search-dialog': '', 'data-pagefind-ignore': 'all' });
  const panel = el('div', { class: 'search-panel', 'data-search-root': '' });
  const bar = el('div', { class: 'search-bar' });
  bar.append(
    el('label', { class: 'visually-hidden', for: 'search-input' }, s.label),
    el('input', { id: 'search-input', type: 'search', enterkeyhint: 'search', dir: 'auto', autocomplete: 'off', spellcheck: 'false', placeholder: s.placeholder, 'data-search-input': '' }),
    el('button', { type: 'button', class: 'btn btn-quiet btn-small', 'data-search-close': '' }, s.close),
  );
  panel.append(
    el('h2', { id: 'search-title', class: 'visually-hidden' }, s.title),
    bar,
    el('p', { class: 'search-status', role: 'status', 'data-search-status': '' }),
    el('ul', { class: 'search-results', 'aria-label': s.resultsLabel, 'data-search-results': '' }),
    el('button', { type: 'button', class: 'btn btn-small search-more', 'data-search-more': '', hidden: '' }),
    el('p', { class: 'search-help muted' }, s.help),
  );
  dialog.append(panel);
  document.body.append(dialog);
  return dialog;
}

/** Builds and binds the header dialog once. */
export function initSearchDialog(): HTMLDialogElement {
  const existing = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  if (existing) return existing;
  const dialog = createDialog();
  bindSearch(dialog.querySelector<HTMLElement>('[data-search-root]')!);
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  let following = false;
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close(); // a click on the backdrop
    // A section of the page being read does not reload it: close, and let the browser scroll there.
    if ((event.target as Element).closest('a[href]')) {
      following = true;
      dialog.close();
    }
  });
  // A search field swallows the first Escape to clear itself; the reader means "close".
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
    }
  });
  dialog.addEventListener('close', () => {
    if (!following && opener instanceof HTMLElement) opener.focus();
    following = false;
  });
  // The titles after Pagefind's code: at a thousand guides they are 30 KB that should not slow the first search.
  void loadPagefind().then((pf) => pf && loadTitles());
  return dialog;
}

/** Opens the dialog and remembers where focus should return. */
export function showSearch(from: Element | null) {
  const dialog = initSearchDialog();
  opener = from;
  if (!dialog.open) dialog.showModal();
  const input = dialog.querySelector<HTMLInputElement>('[data-search-input]')!;
  input.focus();
  input.select();
}
