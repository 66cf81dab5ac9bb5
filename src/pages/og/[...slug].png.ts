import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import type { APIRoute, GetStaticPaths } from 'astro';
import satori from 'satori';
import { getSocialCards } from '../../data/page-meta';
import { fitText, SOCIAL_IMAGE, socialImageSlug, type SocialCard } from '../../lib/social-image';
import { SITE } from '../../site.config';

/** One PNG per page that has a card: /og/index.png, /og/rats.png, /og/sources/alimov-2017.png … */
export const getStaticPaths = (async () =>
  (await getSocialCards()).map((card) => ({ params: { slug: socialImageSlug(card.path) }, props: { card } }))) satisfies GetStaticPaths;

// The site's light theme (src/styles/global.css).
const COLOUR = { bg: '#ffffff', fg: '#1d2330', muted: '#545d6e', line: '#d9dde5', accent: '#0b5cad', accentSoft: '#e3eefa' };
const PAD_X = 72;
const TEXT_WIDTH = SOCIAL_IMAGE.width - 2 * PAD_X;
// What is left for the title once the band, site name, kind and footer have their room.
const TITLE = { height: 330, lineHeight: 1.12, sizes: [84, 76, 68, 60, 54, 48] };
const SUBTITLE = { height: 36, lineHeight: 1.2, sizes: [30, 26] };

const require = createRequire(import.meta.url);
/** A file of an installed package. Fontsource's `exports` map every subpath to CSS, so go by the package's folder. */
const packageFile = (name: string, file: string) => readFile(join(dirname(require.resolve(name)), file));

interface Assets {
  fonts: { name: string; data: Buffer; weight: 400 | 600; style: 'normal' }[];
}

let assets: Promise<Assets> | undefined;

/** Fonts read and resvg's WebAssembly started once per build, whichever image is rendered first. */
function loadAssets(): Promise<Assets> {
  assets ??= (async () => {
    const [wasm, sans400, sans600, serif600] = await Promise.all([
      readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')),
      // satori reads TTF, OTF and WOFF, not WOFF2. Only the Latin subsets: every title is in English.
      packageFile('@fontsource/inter', 'files/inter-latin-400-normal.woff'),
      packageFile('@fontsource/inter', 'files/inter-latin-600-normal.woff'),
      packageFile('@fontsource/source-serif-4', 'files/source-serif-4-latin-600-normal.woff'),
    ]);
    await initWasm(wasm);
    return {
      fonts: [
        { name: 'Inter', data: sans400, weight: 400, style: 'normal' },
        { name: 'Inter', data: sans600, weight: 600, style: 'normal' },
        { name: 'Source Serif 4', data: serif600, weight: 600, style: 'normal' },
      ],
    };
  })();
  return assets;
}

/** A satori element: the shape React elements have, without React. */
interface Element {
  type: string;
  props: { style?: Record<string, string | number>; children?: (Element | string)[] | string };
}

const el = (type: string, style: Element['props']['style'], children?: Element['props']['children']): Element => ({
  type,
  props: { style: { display: 'flex', ...style }, ...(children === undefined ? {} : { children }) },
});

/** The card: a band in the accent colour, the site name, the kind of page, the title as large as fits, one line below. */
function cardTree(card: SocialCard): Element {
  const title = fitText(card.title, { width: TEXT_WIDTH, ...TITLE });
  const subtitle = card.subtitle ? fitText(card.subtitle, { width: TEXT_WIDTH, ...SUBTITLE }) : undefined;
  return el('div', { width: '100%', height: '100%', flexDirection: 'column', backgroundColor: COLOUR.bg, fontFamily: 'Inter' }, [
    el('div', { height: 20, flexShrink: 0, backgroundColor: COLOUR.accent }),
    el('div', { flexGrow: 1, flexDirection: 'column', padding: `48px ${PAD_X}px 44px` }, [
      el('div', { alignItems: 'center', height: 36, fontSize: 28, fontWeight: 600, color: COLOUR.fg }, [
        el('div', { width: 18, height: 18, marginRight: 14, backgroundColor: COLOUR.accent, borderRadius: 3 }),
        SITE.title,
      ]),
      el(
        'div',
        { marginTop: 28, height: 32, fontSize: 24, fontWeight: 600, letterSpacing: 3, color: COLOUR.accent, textTransform: 'uppercase' },
        card.kind,
      ),
      el(
        'div',
        { marginTop: 12, height: TITLE.height, flexDirection: 'column', fontFamily: 'Source Serif 4', fontWeight: 600, color: COLOUR.fg },
        title.lines.map((line) => el('div', { fontSize: title.fontSize, lineHeight: TITLE.lineHeight, whiteSpace: 'pre' }, line)),
      ),
      el('div', { flexGrow: 1 }),
      el(
        'div',
        {
          marginTop: 24,
          borderTop: `2px solid ${COLOUR.line}`,
          paddingTop: 18,
          height: 56,
          fontSize: subtitle?.fontSize ?? 30,
          color: COLOUR.muted,
        },
        subtitle?.lines[0] ?? '',
      ),
    ]),
  ]);
}

export const GET: APIRoute<{ card: SocialCard }> = async ({ props }) => {
  const { fonts } = await loadAssets();
  const svg = await satori(cardTree(props.card), { ...SOCIAL_IMAGE, fonts });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: SOCIAL_IMAGE.width } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
