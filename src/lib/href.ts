/**
 * Every internal link goes through href(), so the site works under a base path (Astro's `base`,
 * e.g. "/coffee-chat/" on GitHub Pages) as well as at the root. Paths are written from the site
 * root, with their leading slash: href('/tools/timer/'). tests/site/internal-links.test.ts fails on
 * an internal link written any other way.
 */
export const href = (path: string, base: string = import.meta.env.BASE_URL ?? '/'): string => base.replace(/\/$/, '') + path;
