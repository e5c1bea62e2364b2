/**
 * The social preview card of a guide (1200 × 630, what LinkedIn, Slack and chat apps show): the
 * title on the site's light colours, its section and the site name. A plain element tree in the
 * shape satori reads, so the layout is testable without rendering.
 */

export const OG_SIZE = { width: 1200, height: 630 } as const;

/** The light theme's colours (src/styles/tokens.css). */
const COLOURS = { bg: '#fbf8f3', text: '#2a2420', muted: '#5f554d', accent: '#a3471f', soft: '#f6e3d8' } as const;

export interface OgNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (OgNode | string)[] | OgNode | string };
}

const node = (type: string, style: Record<string, string | number>, children?: OgNode['props']['children']): OgNode => ({ type, props: { style, children } });

/** Title size that keeps up to about four lines on the card: long titles get smaller. */
export function titleSize(title: string): number {
  return title.length <= 30 ? 84 : title.length <= 50 ? 72 : 60;
}

const BAR = 24;
const PAD = { x: 80, y: 72 };

/** The card for one guide: an accent bar on the left, then section, title and site name. */
export function ogCard(input: { title: string; section: string; siteName: string }): OgNode {
  // Sizes are explicit: satori measures boxes without padding, so a padded 100% box overflows.
  const inner = { width: OG_SIZE.width - BAR - 2 * PAD.x, height: OG_SIZE.height - 2 * PAD.y };
  return node('div', { width: OG_SIZE.width, height: OG_SIZE.height, display: 'flex', background: COLOURS.bg, fontFamily: 'Noto Serif' }, [
    node('div', { display: 'flex', width: BAR, height: OG_SIZE.height, background: COLOURS.accent }),
    node('div', { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', ...inner, margin: `${PAD.y}px ${PAD.x}px` }, [
      node('div', { display: 'flex', fontSize: 30, fontWeight: 700, color: COLOURS.accent, textTransform: 'uppercase', letterSpacing: 3 }, input.section),
      node('div', { display: 'flex', width: inner.width, fontSize: titleSize(input.title), fontWeight: 700, color: COLOURS.text, lineHeight: 1.15 }, input.title),
      node('div', { display: 'flex', alignItems: 'center', fontSize: 34, color: COLOURS.muted }, [
        node('div', { display: 'flex', width: 44, height: 44, borderRadius: '50%', background: COLOURS.soft, border: `6px solid ${COLOURS.accent}`, marginRight: 20 }),
        input.siteName,
      ]),
    ]),
  ]);
}
