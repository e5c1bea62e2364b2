/**
 * The only script guide pages load up front: the theme toggle and the search opener.
 * Search itself (its code and the Pagefind index) is fetched on first open.
 */
const THEME_KEY = 'coffee-chat:theme';
const root = document.documentElement;

function currentTheme(): 'light' | 'dark' {
  const set = root.dataset.theme;
  if (set === 'light' || set === 'dark') return set;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  button.hidden = false;
  button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
  button.addEventListener('click', () => {
    const next = currentTheme() === 'dark' ? 'light' : 'dark';
    root.dataset.theme = next;
    button.setAttribute('aria-pressed', String(next === 'dark'));
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // Storage blocked: the choice lasts for this page only, which is the best we can do.
    }
  });
}

type SearchModule = typeof import('./search');
// The build emits the search code at a fixed URL (see astro.config.mjs); a plain import() of it
// keeps Vite's preload helper out of every page.
const SEARCH_SRC = '/_astro/search.js';
const SW_REGISTER_SRC = '/_astro/sw-register.js';
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
