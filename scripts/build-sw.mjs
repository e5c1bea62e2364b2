// Writes dist/sw.js after the build (and after Pagefind), so a reader who visited once can read
// every guide, search and use the tools with no signal. Workbox's generateSW precaches the whole
// built site: pages, assets and the search index. A new version waits until the reader chooses to
// reload (src/scripts/sw-register.ts posts SKIP_WAITING); it never swaps itself in mid-run.
import { generateSW } from 'workbox-build';

const DIST = process.env.SW_DIST ?? 'dist';

const { count, size, warnings } = await generateSW({
  globDirectory: DIST,
  swDest: `${DIST}/sw.js`,
  globPatterns: ['**/*.{html,css,js,svg,png,webmanifest,txt,json,pagefind,pf_meta,pf_index,pf_fragment}'],
  globIgnores: [
    'sw.js',
    '_headers',
    // Pagefind's own UIs and highlighter: we use its JS API with our dialog, never these.
    'pagefind/pagefind-*ui.{js,css}',
    'pagefind/pagefind-highlight.js',
    // Social preview cards are fetched by link unfurlers, never by a reader offline.
    'og/**',
    // Search runs without a worker (src/scripts/search.ts sets noWorker).
    'pagefind/pagefind-worker.js',
    // Every page is lang="en"; the language-less WebAssembly is never fetched.
    'pagefind/wasm.unknown.pagefind',
  ],
  // The question bank page is 1–2 MB uncompressed at scale; keep everything precachable.
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  // Hashed names change when their content does: no need for Workbox to add a revision.
  dontCacheBustURLsMatching: /\.[\w-]{8}\.(?:js|css)$|\.pf_(?:index|fragment|meta)$/,
  // Share links (?q=...) and Pagefind's cache-busting ?ts= must still hit the precached file.
  ignoreURLParametersMatching: [/.*/],
  directoryIndex: 'index.html',
  // A page not in the precache (a link from outside to a page that no longer exists) gets the
  // 404 page offline instead of the browser's error page.
  runtimeCaching: [
    {
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: 'NetworkOnly',
      options: { precacheFallback: { fallbackURL: '/404.html' } },
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
