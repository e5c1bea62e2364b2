export const SECTION_ORDER = ['understand', 'prepare', 'meet', 'follow-up'] as const;
export type Section = (typeof SECTION_ORDER)[number];

/** What each section is called (the site's words give them: components/site/strings.ts sectionNames). */
export type SectionLabels = Readonly<Record<Section, string>>;

interface Orderable {
  id: string;
  data: { section: Section; order: number; draft?: boolean };
}

/** Published guides in reading order: by section, then by their order within it. */
export function readingOrder<T extends Orderable>(guides: T[]): T[] {
  return guides
    .filter((g) => !g.data.draft)
    .sort(
      (a, b) =>
        SECTION_ORDER.indexOf(a.data.section) - SECTION_ORDER.indexOf(b.data.section) ||
        a.data.order - b.data.order ||
        a.id.localeCompare(b.id),
    );
}

/** The guides before and after one guide in reading order. */
export function neighbours<T extends Orderable>(ordered: T[], id: string): { prev?: T; next?: T } {
  const i = ordered.findIndex((g) => g.id === id);
  if (i === -1) return {};
  return { prev: ordered[i - 1], next: ordered[i + 1] };
}

/** Guides grouped by section, sections in reading order, empty sections left out; each group named from `labels`. */
export function groupBySection<T extends Orderable>(guides: T[], labels: SectionLabels): { section: Section; label: string; guides: T[] }[] {
  const ordered = readingOrder(guides);
  return SECTION_ORDER.map((section) => ({
    section,
    label: labels[section],
    guides: ordered.filter((g) => g.data.section === section),
  })).filter((group) => group.guides.length > 0);
}
