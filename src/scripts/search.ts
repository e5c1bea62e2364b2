import { searchTerms } from '../lib/search-query';
import { searchStrings as s } from './search-strings';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; section?: string };
}
interface Pagefind {
  options(opts: { noWorker?: boolean; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

/** How many results a query shows (and fetches fragments for). */
const FIRST_RESULTS = 5;

let pagefind: Promise<Pagefind | null> | undefined;
let failures = 0;
let opener: Element | null = null;

/**
 * Loads Pagefind from the built site; null when it cannot (no build on the dev server, or no
 * network before the service worker has the site), so search can say so. A failure is not kept:
 * the next keystroke tries again, under a new URL because a browser may remember a failed import.
 */
function loadPagefind(): Promise<Pagefind | null> {
  const url = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/pagefind.js${failures ? `?retry=${failures}` : ''}`;
  pagefind ??= import(/* @vite-ignore */ url)
    .then(async (pf: Pagefind) => {
      // The worker is 12 KB more to fetch; on an index this size a search takes a few
      // milliseconds on the main thread, so the worker buys nothing (see bench/REPORT.md).
      // Shorter excerpts: a result stays a glance, and more of them fit on a phone.
      await pf.options({ noWorker: true, excerptLength: 18 });
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

/** Wires one search box (in the dialog or on /search/) to Pagefind. */
export function bindSearch(root: HTMLElement) {
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const list = root.querySelector<HTMLUListElement>('[data-search-results]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  let active = -1;
  let latest = '';

  const options = () => [...list.querySelectorAll<HTMLLIElement>('li')];
  function select(index: number) {
    const items = options();
    if (!items.length) return;
    active = (index + items.length) % items.length;
    items.forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    input.setAttribute('aria-activedescendant', items[active]!.id);
    items[active]!.scrollIntoView({ block: 'nearest' });
  }

  function render(results: PagefindResultData[], query: string) {
    list.replaceChildren(
      ...results.map((r, i) => {
        const li = document.createElement('li');
        li.id = `search-result-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        const a = document.createElement('a');
        a.href = r.url;
        a.tabIndex = -1;
        const title = document.createElement('span');
        title.className = 'result-title';
        title.textContent = r.meta.title ?? r.url;
        const section = document.createElement('span');
        section.className = 'result-section';
        section.textContent = r.meta.section ?? '';
        const excerpt = document.createElement('span');
        excerpt.className = 'result-excerpt';
        // Pagefind escapes page text and adds only <mark> around matches.
        excerpt.innerHTML = r.excerpt;
        a.append(section, title, excerpt);
        li.append(a);
        return li;
      }),
    );
    active = -1;
    input.removeAttribute('aria-activedescendant');
    input.setAttribute('aria-expanded', String(results.length > 0));
    status.textContent = results.length ? s.results(results.length, query) : s.noResults(query);
  }

  /** Empties the list and says why. */
  function clear(message: string) {
    list.replaceChildren();
    active = -1;
    input.removeAttribute('aria-activedescendant');
    input.setAttribute('aria-expanded', 'false');
    status.textContent = message;
  }

  input.addEventListener('input', async () => {
    const query = input.value.trim();
    latest = query;
    if (query.length < 2) return clear(query ? s.typeToSearch : '');
    const pf = await loadPagefind();
    if (!pf) {
      // A developer on `npm run dev` has no index yet; a reader has lost the network.
      if (query === latest) clear(import.meta.env.DEV ? s.unavailable : s.offline);
      return;
    }
    // No debounce: a search takes a few milliseconds (bench/REPORT.md), so a 120 ms wait would be
    // most of the latency; `latest` already drops answers to superseded keystrokes.
    let data: PagefindResultData[];
    try {
      // Without the common short words that cost most of the scoring time (src/lib/search-query.ts).
      const search = await pf.search(searchTerms(query));
      if (!search || query !== latest) return; // a newer keystroke superseded this one
      // Each result's data is a fragment of about 4 KB; five keep the first answer light.
      data = await Promise.all(search.results.slice(0, FIRST_RESULTS).map((r) => r.data()));
    } catch {
      // A result's text could not be fetched (the network dropped mid-visit).
      if (query === latest) clear(s.offline);
      return;
    }
    if (query !== latest) return;
    // Pagefind answers "nothing" when an index chunk failed to load, so offline an empty answer
    // may be a missing chunk rather than a missing word.
    if (!data.length && navigator.onLine === false) return clear(s.noResultsOffline(query));
    render(data, query);
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      select(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') {
      const target = options()[active === -1 ? 0 : active]?.querySelector('a');
      if (target) {
        event.preventDefault();
        location.href = target.href;
      }
    }
  });
  list.addEventListener('mousemove', (event) => {
    const li = (event.target as Element).closest('li');
    if (li) select(options().indexOf(li));
  });
}

/** Binds the header dialog once. */
export function initSearchDialog() {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  if (!dialog || dialog.dataset.bound) return;
  dialog.dataset.bound = 'true';
  bindSearch(dialog.querySelector<HTMLElement>('[data-search-root]')!);
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close(); // a click on the backdrop
  });
  // A search field swallows the first Escape to clear itself; the reader means "close".
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
    }
  });
  dialog.addEventListener('close', () => {
    if (opener instanceof HTMLElement) opener.focus();
  });
  void loadPagefind();
}

/** Opens the dialog and remembers where focus should return. */
export function showSearch(from: Element | null) {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  if (!dialog) {
    location.href = '/search/';
    return;
  }
  opener = from;
  if (!dialog.open) dialog.showModal();
  const input = dialog.querySelector<HTMLInputElement>('[data-search-input]')!;
  input.focus();
  input.select();
}
