/**
 * Draws one social image: the card's text laid out with satori, rasterised with resvg (WebAssembly).
 * Runs in the worker threads of src/lib/meta/social-image-pool.ts, so it imports only packages and modules
 * Node can load as they are (relative imports carry their `.ts`), and takes the site's name as input.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import satori from 'satori';
import { fitText, SOCIAL_IMAGE, type SocialCard } from './social-image.ts';

/** What a worker is asked to draw. */
export interface SocialImageJob {
  card: SocialCard;
  siteTitle: string;
}

// The site's light theme (src/styles/global.css).
const COLOUR = {
  bg: '#ffffff',
  fg: '#1d2330',
  muted: '#545d6e',
  line: '#d9dde5',
  accent: '#0b5cad',
  accentSoft: '#e3eefa',
};
const PAD_X = 72;
const TEXT_WIDTH = SOCIAL_IMAGE.width - 2 * PAD_X;
// What is left for the title once the band, site name, kind and footer have their room.
const TITLE = { height: 330, lineHeight: 1.12, sizes: [84, 76, 68, 60, 54, 48] };
const SUBTITLE = { height: 36, lineHeight: 1.2, sizes: [30, 26] };

const require = createRequire(import.meta.url);

/**
 * The files the images are drawn from, besides this module: the fonts and resvg's WebAssembly. The
 * cache key (src/lib/meta/social-image-cache.ts) hashes them, so a new font or renderer version redraws.
 * satori reads TTF, OTF and WOFF, not WOFF2. Only the Latin subsets: every title is in English.
 */
export function socialImageInputFiles(): {
  wasm: string;
  fonts: { name: string; weight: 400 | 600; file: string }[];
} {
  // Fontsource's `exports` map every subpath to CSS, so go by the package's folder.
  const packageFile = (name: string, file: string) => join(dirname(require.resolve(name)), file);
  return {
    wasm: require.resolve('@resvg/resvg-wasm/index_bg.wasm'),
    fonts: [
      {
        name: 'Inter',
        weight: 400,
        file: packageFile('@fontsource/inter', 'files/inter-latin-400-normal.woff'),
      },
      {
        name: 'Inter',
        weight: 600,
        file: packageFile('@fontsource/inter', 'files/inter-latin-600-normal.woff'),
      },
      {
        name: 'Source Serif 4',
        weight: 600,
        file: packageFile(
          '@fontsource/source-serif-4',
          'files/source-serif-4-latin-600-normal.woff',
        ),
      },
    ],
  };
}

interface Assets {
  fonts: { name: string; data: Buffer; weight: 400 | 600; style: 'normal' }[];
}

let assets: Promise<Assets> | undefined;

/** Fonts read and resvg's WebAssembly started once per thread, whichever image is drawn first. */
function loadAssets(): Promise<Assets> {
  assets ??= (async () => {
    const files = socialImageInputFiles();
    const [wasm, ...fonts] = await Promise.all([
      readFile(files.wasm),
      ...files.fonts.map((font) => readFile(font.file)),
    ]);
    await initWasm(wasm);
    return {
      fonts: files.fonts.map((font, i) => ({
        name: font.name,
        data: fonts[i] as Buffer,
        weight: font.weight,
        style: 'normal' as const,
      })),
    };
  })();
  return assets;
}

/** A satori element: the shape React elements have, without React. */
interface Element {
  type: string;
  props: { style?: Record<string, string | number>; children?: (Element | string)[] | string };
}

const el = (
  type: string,
  style: Element['props']['style'],
  children?: Element['props']['children'],
): Element => ({
  type,
  props: { style: { display: 'flex', ...style }, ...(children === undefined ? {} : { children }) },
});

/** The card: a band in the accent colour, the site name, the kind of page, the title as large as fits, one line below. */
function cardTree({ card, siteTitle }: SocialImageJob): Element {
  const title = fitText(card.title, { width: TEXT_WIDTH, ...TITLE });
  const subtitle = card.subtitle
    ? fitText(card.subtitle, { width: TEXT_WIDTH, ...SUBTITLE })
    : undefined;
  return el(
    'div',
    {
      width: '100%',
      height: '100%',
      flexDirection: 'column',
      backgroundColor: COLOUR.bg,
      fontFamily: 'Inter',
    },
    [
      el('div', { height: 20, flexShrink: 0, backgroundColor: COLOUR.accent }),
      el('div', { flexGrow: 1, flexDirection: 'column', padding: `48px ${PAD_X}px 44px` }, [
        el(
          'div',
          { alignItems: 'center', height: 36, fontSize: 28, fontWeight: 600, color: COLOUR.fg },
          [
            el('div', {
              width: 18,
              height: 18,
              marginRight: 14,
              backgroundColor: COLOUR.accent,
              borderRadius: 3,
            }),
            siteTitle,
          ],
        ),
        el(
          'div',
          {
            marginTop: 28,
            height: 32,
            fontSize: 24,
            fontWeight: 600,
            letterSpacing: 3,
            color: COLOUR.accent,
            textTransform: 'uppercase',
          },
          card.kind,
        ),
        el(
          'div',
          {
            marginTop: 12,
            height: TITLE.height,
            flexDirection: 'column',
            fontFamily: 'Source Serif 4',
            fontWeight: 600,
            color: COLOUR.fg,
          },
          title.lines.map((line) =>
            el(
              'div',
              { fontSize: title.fontSize, lineHeight: TITLE.lineHeight, whiteSpace: 'pre' },
              line,
            ),
          ),
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
    ],
  );
}

/** The PNG of one card, 1200×630. */
export async function drawSocialImage(job: SocialImageJob): Promise<Uint8Array> {
  const { fonts } = await loadAssets();
  const svg = await satori(cardTree(job), { ...SOCIAL_IMAGE, fonts });
  // resvg's objects live in WebAssembly memory, which JavaScript's garbage collector does not free:
  // unfreed, a thread that draws a few thousand cards runs out of it ("unreachable" at N = 5,000).
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: SOCIAL_IMAGE.width } });
  try {
    const image = resvg.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
