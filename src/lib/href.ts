/**
 * Every internal link goes through href(), so the site works under a base path (Astro's `base`,
 * e.g. "/coffee-chat/" on GitHub Pages) as well as at the root. Paths are written from the site
 * root, with their leading slash: href('/tools/timer/').
 */
export function href(path: string, base: string = import.meta.env.BASE_URL ?? '/'): string {
  return `${base.replace(/\/$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}
