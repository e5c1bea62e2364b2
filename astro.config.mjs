// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';

// SITE_URL lets a deployment set its own origin for canonical links and the sitemap.
const site = process.env.SITE_URL ?? 'https://coffee-chat.example';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx(), preact(), sitemap({ filter: (page) => !page.includes('/404') })],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
