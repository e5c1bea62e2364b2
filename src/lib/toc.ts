export interface Heading {
  depth: number;
  slug: string;
  text: string;
}
export interface TocItem extends Heading {
  children: TocItem[];
}

/** Builds a two-level table of contents (h2 with their h3) from render()'s flat heading list. */
export function buildToc(headings: Heading[]): TocItem[] {
  const toc: TocItem[] = [];
  for (const h of headings) {
    if (h.depth === 2) toc.push({ ...h, children: [] });
    // An h3 before any h2 has no parent to sit under; it is promoted rather than lost.
    else if (h.depth === 3) (toc.at(-1)?.children ?? toc).push({ ...h, children: [] });
  }
  return toc;
}
