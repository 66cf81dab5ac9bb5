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
import {
  CARD_FONT_SUBSETS,
  coveredByCardFonts,
  notoSansScDir,
  notoSansScFile,
  notoSansScSubsets,
  subsetsFor,
  unicodeJsonOf,
} from './social-image-fonts.ts';

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

/** A font file the card draws with; each has a name of its own, as satori picks one file per name and weight. */
interface FontFile {
  name: string;
  weight: 400 | 600;
  file: string;
}

/** The card's typefaces: each a list of names, tried in order for each character (satori's fallback). */
const SANS = ['Inter', 'Inter cyrillic'];
const SERIF = ['Source Serif 4', 'Source Serif 4 cyrillic'];

/**
 * The files the images are drawn from, besides this module: the fonts and resvg's WebAssembly, and
 * what decides which Chinese font files a card loads (Noto Sans SC's unicode.json and its version).
 * The cache key (src/lib/meta/social-image-cache.ts) hashes them, so a new font or renderer version
 * redraws. satori reads TTF, OTF and WOFF, not WOFF2. Latin and Cyrillic subsets of Inter and Source
 * Serif 4, for the English and Russian cards; Chinese characters from Noto Sans SC (cjkFonts).
 */
export function socialImageInputFiles(): {
  wasm: string;
  fonts: FontFile[];
  /** Files that decide which further font files a card loads. */
  fontIndex: string[];
} {
  // Fontsource's `exports` map every subpath to CSS, so go by the package's folder.
  const packageFile = (name: string, file: string) => join(dirname(require.resolve(name)), file);
  return {
    wasm: require.resolve('@resvg/resvg-wasm/index_bg.wasm'),
    fonts: CARD_FONT_SUBSETS.flatMap((subset) => {
      const suffix = subset === 'latin' ? '' : ` ${subset}`;
      return [
        {
          name: `Inter${suffix}`,
          weight: 400 as const,
          file: packageFile('@fontsource/inter', `files/inter-${subset}-400-normal.woff`),
        },
        {
          name: `Inter${suffix}`,
          weight: 600 as const,
          file: packageFile('@fontsource/inter', `files/inter-${subset}-600-normal.woff`),
        },
        {
          name: `Source Serif 4${suffix}`,
          weight: 600 as const,
          file: packageFile(
            '@fontsource/source-serif-4',
            `files/source-serif-4-${subset}-600-normal.woff`,
          ),
        },
      ];
    }),
    fontIndex: [
      join(notoSansScDir(), 'unicode.json'),
      join(notoSansScDir(), 'package.json'),
      unicodeJsonOf('@fontsource/inter'),
      unicodeJsonOf('@fontsource/source-serif-4'),
    ],
  };
}

/**
 * The Noto Sans SC files a card needs, one per Unicode range its characters fall in, at the weight
 * they are set in: the site's name, the kind and the title at 600, the line below at 400.
 */
export function cjkFonts({ card, siteTitle }: SocialImageJob): FontFile[] {
  const subsets = notoSansScSubsets();
  const at = (text: string, weight: 400 | 600): FontFile[] =>
    subsetsFor(text, subsets, coveredByCardFonts).map((subset) => ({
      name: `Noto Sans SC ${subset}`,
      weight,
      file: notoSansScFile(subset, weight),
    }));
  return [...at(`${siteTitle}${card.kind}${card.title}`, 600), ...at(card.subtitle ?? '', 400)];
}

interface LoadedFont {
  name: string;
  data: Buffer;
  weight: 400 | 600;
  style: 'normal';
}

interface Assets {
  fonts: LoadedFont[];
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
  props: {
    style?: Record<string, string | number>;
    children?: (Element | string)[] | string;
  };
}

const el = (
  type: string,
  style: Element['props']['style'],
  children?: Element['props']['children'],
): Element => ({
  type,
  props: { style: { display: 'flex', ...style }, ...(children === undefined ? {} : { children }) },
});

/** Chinese font files read once per thread, by file. */
const cjkCache = new Map<string, Promise<Buffer>>();

async function loadCjkFonts(job: SocialImageJob): Promise<LoadedFont[]> {
  return Promise.all(
    cjkFonts(job).map(async (font) => {
      let data = cjkCache.get(font.file);
      if (!data) {
        data = readFile(font.file);
        cjkCache.set(font.file, data);
      }
      return { name: font.name, data: await data, weight: font.weight, style: 'normal' as const };
    }),
  );
}

/** The card: a band in the accent colour, the site name, the kind of page, the title as large as fits, one line below. */
function cardTree({ card, siteTitle }: SocialImageJob, cjk: readonly string[]): Element {
  // A CSS font-family list, which satori splits at commas.
  const sans = [...SANS, ...cjk].join(', ');
  const serif = [...SERIF, ...cjk].join(', ');
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
      fontFamily: sans,
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
            fontFamily: serif,
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
  const cjk = await loadCjkFonts(job);
  const svg = await satori(
    cardTree(
      job,
      cjk.map((font) => font.name),
    ),
    { ...SOCIAL_IMAGE, fonts: [...fonts, ...cjk] },
  );
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
