// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { THEME_INIT } from './src/components/site/theme-init.mjs';

/**
 * Emits the search code as its own chunk with a fixed name, so the site script can load it on
 * demand with a plain import() instead of Vite's preload helper, which alone weighs about 0.9 KB.
 */
/** @returns {import('vite').Plugin} */
function searchChunk() {
  return {
    name: 'coffee-chat:search-chunk',
    apply: 'build',
    // Astro's build config sets modulePreload to { polyfill: false }, which would override a
    // `vite.build.modulePreload: false`; set it on the client environment itself, so a dynamic
    // import() lists no chunks to preload (its chunk loads its own imports).
    configEnvironment(name) {
      if (name === 'client') return { build: { modulePreload: false } };
    },
    buildStart() {
      if (this.environment?.name !== 'client') return;
      this.emitFile({ type: 'chunk', id: 'src/scripts/search.ts', fileName: '_astro/search.js', preserveSignature: 'strict' });
      // The service-worker registration and update prompt, loaded by the site script after `load`.
      this.emitFile({ type: 'chunk', id: 'src/scripts/sw-register.ts', fileName: '_astro/sw-register.js' });
      // Practice aloud (the timer's microphone tools), loaded only when the reader turns it on.
      this.emitFile({ type: 'chunk', id: 'src/components/speech/PracticeAloud.tsx', fileName: '_astro/practice-aloud.js', preserveSignature: 'strict' });
      // The backup reminder's notice, loaded by the meeting bar only once a reminder is due.
      this.emitFile({ type: 'chunk', id: 'src/components/backup/ReminderNotice.tsx', fileName: '_astro/reminder-notice.js', preserveSignature: 'strict' });
    },
  };
}

/**
 * Astro's Preact renderer hydrates signal props (`data-preact-signals`) through a dynamic import of
 * @preact/signals, and that one import() makes Vite add its module-preload helper (about 0.8 KB gzip)
 * to the Preact chunk every tool page loads. No island here takes a signal prop (a site test checks
 * that no page asks for one), so the import goes; an island given one would fail loudly at hydration.
 * When the renderer's code changes shape, the build stops here instead of silently shipping the helper.
 * @returns {import('vite').Plugin}
 */
function noIslandSignals() {
  const from = 'const { signal } = await import("@preact/signals");';
  let seen = false;
  return {
    name: 'coffee-chat:no-island-signals',
    apply: 'build',
    transform(code, id) {
      if (!/@astrojs[\\/]preact[\\/]dist[\\/]client\.js$/.test(id)) return;
      if (!code.includes(from)) this.error(`${id} no longer imports @preact/signals as expected: update noIslandSignals in astro.config.mjs`);
      seen = true;
      return code.replace(from, 'throw new Error("Coffee Chat islands take no signal props");');
    },
    buildEnd() {
      // A renamed or moved renderer would slip past the id test above: stop instead of shipping the helper.
      if (this.environment?.name === 'client' && !seen) this.error("noIslandSignals never saw @astrojs/preact's client renderer: update its id test in astro.config.mjs");
    },
  };
}

// SITE_URL lets a deployment set its own origin for canonical links and the sitemap.
const site = process.env.SITE_URL ?? 'https://coffee-chat.example';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx(), preact(), sitemap({ filter: (page) => !page.includes('/404') && !page.includes('/offline/') })],
  build: { format: 'directory' },
  // Astro hashes its own inline scripts and styles into a CSP <meta>; nothing else may run.
  // 'wasm-unsafe-eval' is for Pagefind's WebAssembly search, nothing more. Style attributes are
  // allowed because islands set widths (progress, time bars) through them.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        // Playback of a spoken-practice take, which lives in memory as a blob: URL.
        "media-src 'self' blob:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [`sha256-${createHash('sha256').update(THEME_INIT).digest('base64')}`],
      },
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  devToolbar: { enabled: false },
  // Guide pages may run under 1 KB of script before search opens, and no page carries Vite's
  // module-preload helper (about 0.9 KB): modulePreload is off for the client build (searchChunk's
  // configEnvironment; Astro's own setting overrides one here) and no bundled import() is left.
  vite: {
    build: {
      // Terser (a pinned devDependency) with three compress passes makes the tool pages' JavaScript
      // 0.1–0.9 KB gzip smaller than Vite's default minifier (README, "Speed and offline"); set for the
      // client environment below, since Astro's own build settings would override it here.
      terserOptions: { compress: { passes: 3 } },
      // Page scripts ship as files, not inline: a guide's site script (menu, scrollspy, theme,
      // search opener) is cached once for every page instead of costing each page's first round
      // trip about 1 KB of HTML. Other assets keep Vite's rule.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        output: {
          // Preact, its hooks and JSX runtime and Astro's island loader load together on every
          // island page, so they ship as one file instead of four small ones,
          // each of which paid its own gzip overhead and request. Guide pages load none of them.
          codeSplitting: {
            groups: [{ name: 'preact', test: /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]/ }],
          },
        },
      },
    },
    plugins: [searchChunk(), noIslandSignals()],
    environments: { client: { build: { minify: 'terser' } } },
  },
});
