/**
 * The only script guide pages load up front: the theme toggle and the search opener.
 * Search itself (its code and the Pagefind index) is fetched on first open.
 */
const THEME_KEY = 'coffee-chat:theme';
const root = document.documentElement;

/**
 * The theme control cycles system → the opposite of the system → the system's own theme pinned →
 * system, so the first click always changes what the reader sees. Its icon and name follow
 * data-theme through CSS.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  button.hidden = false;
  button.addEventListener('click', () => {
    const system = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    const other = system === 'dark' ? 'light' : 'dark';
    const now = root.dataset.theme;
    const next = !now ? other : now === other ? system : undefined;
    try {
      if (next) localStorage.setItem(THEME_KEY, next);
      else localStorage.removeItem(THEME_KEY);
    } catch {
      // Storage blocked: the choice lasts for this page only, which is the best we can do.
    }
    if (next) root.dataset.theme = next;
    else delete root.dataset.theme;
  });
}

// The header menu (a <details>, so it works without JavaScript) closes on Escape and outside clicks.
const menu = document.querySelector<HTMLDetailsElement>('[data-menu]');
addEventListener('click', (event) => {
  if (menu?.open && !menu.contains(event.target as Node)) menu.open = false;
});

// The table of contents marks the section being read: the last heading above a line a third of
// the way down the window. An IntersectionObserver says when a heading crosses that band; no
// scroll handlers. On wide screens the "On this page" disclosure is always open.
const toc = document.querySelector('[data-toc]');
if (toc) {
  const details = toc.querySelector('details')!;
  const wide = matchMedia('(min-width: 78rem)');
  const sync = () => wide.matches && (details.open = true);
  sync();
  wide.addEventListener('change', sync);
  const links = [...toc.querySelectorAll('a')];
  const headings = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
  const spy = new IntersectionObserver(
    () => {
      const line = innerHeight / 3;
      const current = headings.findLastIndex((h) => !!h && h.getBoundingClientRect().top < line);
      links.forEach((a, i) => (i === current ? a.setAttribute('aria-current', 'true') : a.removeAttribute('aria-current')));
    },
    { rootMargin: '0px 0px -66% 0px' },
  );
  for (const h of headings) if (h) spy.observe(h);
}

type SearchModule = typeof import('./search');
// The build emits the search code at a fixed URL (see astro.config.mjs); a plain import() of it
// keeps Vite's preload helper out of every page. Under the site's base path, as every URL here.
const SEARCH_SRC = `${import.meta.env.BASE_URL}_astro/search.js`;
const SW_REGISTER_SRC = `${import.meta.env.BASE_URL}_astro/sw-register.js`;
let loading: Promise<SearchModule> | undefined;
function openSearch(opener: Element | null) {
  loading ??= (import.meta.env.DEV ? import('./search') : (import(/* @vite-ignore */ SEARCH_SRC) as Promise<SearchModule>)).then((m) => {
    m.initSearchDialog();
    return m;
  });
  void loading.then((m) => m.showSearch(opener));
}

document.querySelector('[data-search-open]')?.addEventListener('click', (event) => {
  event.preventDefault();
  openSearch(event.currentTarget as Element);
});

addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && menu?.open) {
    menu.open = false;
    menu.querySelector('summary')!.focus();
  }
  const target = event.target as HTMLElement;
  const typing = target.closest('input, textarea, select, [contenteditable="true"]');
  const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
  const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
  if (slash || k) {
    event.preventDefault();
    openSearch(document.activeElement);
  }
});

// Offline support: the service worker registers after the page has loaded, from a fixed-URL chunk.
if (!import.meta.env.DEV && 'serviceWorker' in navigator) addEventListener('load', () => void import(/* @vite-ignore */ SW_REGISTER_SRC));
