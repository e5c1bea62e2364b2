// Writes dist/sw.js after the build (and after Pagefind), so a reader who visited once can use the
// tools, search and every guide they have read with no signal, and a site of a thousand guides does
// not make a first visit download all of them.
//
// Precached on install (does not grow with the number of guides): the home page, the tools, the
// search page, the 404 and offline pages, every stylesheet and script, the web manifest and icons,
// and the search code (Pagefind's script, WebAssembly, entry and metadata, and the result titles).
// Cached when first read, each cache capped by Workbox's ExpirationPlugin (src/lib/offline-cache.ts):
//   - pages (guides, the guide list, the question bank): stale-while-revalidate; a page not saved,
//     opened offline, gets the offline page, which lists the guides this device has saved;
//   - Pagefind index chunks and result fragments (content-hashed names): cache-first, saved in idle
//     time from the URLs pages hand over, answered from the cache when offline;
//   - images: cache-first when hashed (/_astro/), stale-while-revalidate otherwise.
// A new version waits until the reader chooses to reload (src/scripts/sw-register.ts posts
// SKIP_WAITING); it never swaps itself in mid-run.
import { generateSW } from 'workbox-build';
import { OFFLINE_PATH, PRECACHE_BUDGET, RUNTIME_CACHES } from '../src/lib/offline-cache.ts';

const DIST = process.env.SW_DIST ?? 'dist';
const DAY = 24 * 60 * 60;

/** Workbox's ExpirationPlugin options for one of our runtime caches. */
const expiration = ({ maxEntries, maxAgeDays }) => ({ maxEntries, maxAgeSeconds: maxAgeDays * DAY, purgeOnQuotaError: true });

const { count, size, warnings } = await generateSW({
  globDirectory: DIST,
  swDest: `${DIST}/sw.js`,
  globPatterns: [
    // Pages that do not grow with the guides.
    'index.html',
    '404.html',
    'offline/index.html',
    'search/index.html',
    'tools/*/index.html',
    'data/index.html',
    // The builder's question bank, fetched on hydration (src/lib/bank-data.ts).
    'tools/questions/bank.json',
    // The shell and the tools' code.
    '_astro/*.{css,js}',
    '*.{css,svg,png,webmanifest}',
    // Search code: script, entry, metadata and WebAssembly. Index chunks and fragments are cached on use.
    'pagefind/pagefind.js',
    'pagefind/pagefind-entry.json',
    'pagefind/pagefind-titles.json',
    'pagefind/*.pf_meta',
    'pagefind/wasm.en.pagefind',
  ],
  globIgnores: ['sw.js', '_headers'],
  // Hashed names change when their content does: no need for Workbox to add a revision.
  dontCacheBustURLsMatching: /\.[\w-]{8}\.(?:js|css)$|\.pf_meta$/,
  // Share links (?q=...) and Pagefind's cache-busting ?ts= must still hit the precached file.
  ignoreURLParametersMatching: [/.*/],
  directoryIndex: 'index.html',
  runtimeCaching: [
    {
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: 'StaleWhileRevalidate',
      options: {
        cacheName: RUNTIME_CACHES.pages.name,
        expiration: expiration(RUNTIME_CACHES.pages),
        // Only real pages: a 404 or a redirect is never saved as a guide.
        cacheableResponse: { statuses: [200] },
        precacheFallback: { fallbackURL: `${OFFLINE_PATH}index.html` },
      },
    },
    {
      // Index chunks and result text. Online, pages fetch them with no worker in the way (each query
      // makes about six fetches; through the worker, search at a thousand guides took twice as long)
      // and hand their URLs over in idle time with Workbox's CACHE_URLS message; the worker saves
      // them here. Offline, it answers from what it saved. Same pattern as SEARCH_FILE in
      // src/lib/offline-cache.ts (a test compares them): this function is copied into sw.js as text.
      urlPattern: ({ url, event }) =>
        /^\/pagefind\/(?:index|fragment)\/[^/]+\.pf_(?:index|fragment)$/.test(url.pathname) && (event?.type === 'message' || self.navigator.onLine === false),
      handler: 'CacheFirst',
      options: {
        cacheName: RUNTIME_CACHES.search.name,
        expiration: expiration(RUNTIME_CACHES.search),
        cacheableResponse: { statuses: [200] },
      },
    },
    {
      urlPattern: ({ request, url }) => request.destination === 'image' && url.pathname.startsWith('/_astro/'),
      handler: 'CacheFirst',
      options: { cacheName: RUNTIME_CACHES.images.name, expiration: expiration(RUNTIME_CACHES.images), cacheableResponse: { statuses: [200] } },
    },
    {
      urlPattern: ({ request, sameOrigin }) => sameOrigin && request.destination === 'image',
      handler: 'StaleWhileRevalidate',
      options: { cacheName: RUNTIME_CACHES.images.name, expiration: expiration(RUNTIME_CACHES.images), cacheableResponse: { statuses: [200] } },
    },
  ],
  // The first install takes control at once, so search works offline on the very page that
  // installed it. Later versions wait: skipWaiting only on the reader's request.
  skipWaiting: false,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: 'production',
});

for (const warning of warnings) console.warn(`build-sw: ${warning}`);
console.log(`${DIST}/sw.js written: ${count} files precached (${(size / 1024).toFixed(0)} KB).`);
if (size > PRECACHE_BUDGET) throw new Error(`build-sw: the precache is ${(size / 1024).toFixed(0)} KB, over its ${PRECACHE_BUDGET / 1024} KB budget`);
