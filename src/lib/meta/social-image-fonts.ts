/**
 * The Chinese glyphs of the social images: Noto Sans SC from @fontsource/noto-sans-sc, which splits the
 * font into about a hundred files by Unicode range (its unicode.json says which file holds which
 * characters). A card loads only the files that hold its characters, a few hundred KB instead of the
 * whole font; satori reads their WOFF (not WOFF2). Imported by the worker threads, so relative imports
 * carry their `.ts`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The package's folder (its `exports` map every subpath to CSS, so go by the folder). */
export function notoSansScDir(): string {
  return dirname(require.resolve('@fontsource/noto-sans-sc/unicode.json'));
}

/** One file of the font: its subset's name ("4", "cyrillic") and the code points it holds, as ranges. */
export interface FontSubset {
  subset: string;
  ranges: readonly (readonly [number, number])[];
}

/** "U+4e00-4e0f,U+4e11" → [[0x4e00, 0x4e0f], [0x4e11, 0x4e11]]; throws on anything else. */
export function parseUnicodeRange(text: string): [number, number][] {
  return text.split(',').map((part) => {
    const match = /^\s*U\+([0-9a-f]{1,6})(?:-([0-9a-f]{1,6}))?\s*$/i.exec(part);
    if (!match) throw new Error(`parseUnicodeRange: "${part}" is not U+hex or U+hex-hex`);
    const from = Number.parseInt(match[1] ?? '', 16);
    const to = match[2] === undefined ? from : Number.parseInt(match[2], 16);
    if (to < from) throw new Error(`parseUnicodeRange: "${part}" ends before it starts`);
    return [from, to];
  });
}

/** The subsets of a Fontsource unicode.json ({ "[4]": "U+…", "latin": "U+…" }). */
export function readSubsets(json: Record<string, string>): FontSubset[] {
  return Object.entries(json).map(([key, ranges]) => ({
    subset: key.replace(/^\[(\d+)\]$/, '$1'),
    ranges: parseUnicodeRange(ranges),
  }));
}

/**
 * The subsets that hold the characters of `text` that `covered` does not (the card's Latin and
 * Cyrillic fonts), each once, in the font's order. A character no subset holds is left out: satori
 * draws it as a missing glyph, which the tests of the cards would show.
 */
export function subsetsFor(
  text: string,
  subsets: readonly FontSubset[],
  covered: (codePoint: number) => boolean,
): string[] {
  const wanted = new Set<string>();
  for (const char of new Set(text)) {
    const code = char.codePointAt(0) ?? 0;
    if (covered(code) || /\s/.test(char)) continue;
    const found = subsets.find((s) => s.ranges.some(([from, to]) => code >= from && code <= to));
    if (found) wanted.add(found.subset);
  }
  return subsets.map((s) => s.subset).filter((subset) => wanted.has(subset));
}

let notoSubsets: FontSubset[] | undefined;

/** Noto Sans SC's subsets, read once per thread. */
export function notoSansScSubsets(): FontSubset[] {
  notoSubsets ??= readSubsets(
    JSON.parse(readFileSync(join(notoSansScDir(), 'unicode.json'), 'utf8')) as Record<
      string,
      string
    >,
  );
  return notoSubsets;
}

/** The WOFF file of one subset at one weight. */
export function notoSansScFile(subset: string, weight: 400 | 600): string {
  return join(notoSansScDir(), 'files', `noto-sans-sc-${subset}-${weight}-normal.woff`);
}

/** The subsets of the card's own fonts (Inter, Source Serif 4) that it loads: what they draw, Noto need not. */
export const CARD_FONT_SUBSETS = ['latin', 'cyrillic'] as const;

/** The unicode.json of a Fontsource package (by its folder: `exports` maps subpaths to CSS). */
export function unicodeJsonOf(name: string): string {
  return join(dirname(require.resolve(name)), 'unicode.json');
}

let cardCoverage: ((code: number) => boolean) | undefined;

/** Whether both of the card's fonts, in the subsets it loads, hold a character (read once per thread). */
export function coveredByCardFonts(code: number): boolean {
  cardCoverage ??= (() => {
    const sets = ['@fontsource/inter', '@fontsource/source-serif-4'].map((name) =>
      readSubsets(JSON.parse(readFileSync(unicodeJsonOf(name), 'utf8')) as Record<string, string>)
        .filter((s) => (CARD_FONT_SUBSETS as readonly string[]).includes(s.subset))
        .flatMap((s) => s.ranges),
    );
    return (c: number) => sets.every((ranges) => ranges.some(([from, to]) => c >= from && c <= to));
  })();
  return cardCoverage(code);
}
