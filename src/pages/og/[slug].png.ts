/**
 * One social preview image per guide, rendered at build time: satori lays the card out as SVG,
 * resvg (WebAssembly, shipped in its npm package) turns it into a PNG. The font comes from an npm
 * package too, so the build needs no network and no system fonts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { publishedGuides } from '../../lib/guides';
import { ogCard, OG_SIZE } from '../../lib/og-card';
import { siteStrings } from '../../components/site/strings';

const require = createRequire(`${process.cwd()}/`);
let ready: Promise<{ regular: Buffer; bold: Buffer }> | undefined;
function prepare() {
  ready ??= (async () => {
    await initWasm(readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
    const font = (weight: number) => readFile(require.resolve(`@fontsource/noto-serif/files/noto-serif-latin-${weight}-normal.woff`));
    return { regular: await font(400), bold: await font(700) };
  })();
  return ready;
}

export const getStaticPaths = (async () => {
  const guides = await publishedGuides();
  return guides.map((g) => ({ params: { slug: g.id }, props: { title: g.data.title, section: siteStrings.sectionNames[g.data.section] } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { regular, bold } = await prepare();
  const card = ogCard({ title: props.title as string, section: props.section as string, siteName: siteStrings.siteName });
  const svg = await satori(card as unknown as Parameters<typeof satori>[0], {
    ...OG_SIZE,
    fonts: [
      { name: 'Noto Serif', data: regular, weight: 400, style: 'normal' },
      { name: 'Noto Serif', data: bold, weight: 700, style: 'normal' },
    ],
  });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: OG_SIZE.width } }).render().asPng();
  return new Response(png as unknown as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
