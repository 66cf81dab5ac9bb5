import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Converter } from 'opencc-js';
import type { Locale } from '#lib/i18n/locales.ts';
import { searchLanguage } from '#lib/search/languages.ts';
import {
  characterMapPathOf,
  deriveCharacterMap,
  encodeCharacterMap,
  ruleTexts,
} from '#lib/search/zh-characters.ts';

/**
 * The ideographs a reader may type: CJK Unified Ideographs, Extension A and the compatibility
 * ideographs (the Basic Multilingual Plane's; OpenCC's character tables are there but for a few rare
 * characters no input method offers first).
 */
const IDEOGRAPH_RANGES: readonly [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

function* ideographs(): Generator<string> {
  for (const [start, end] of IDEOGRAPH_RANGES)
    for (let code = start; code <= end; code += 1) yield String.fromCodePoint(code);
}

/**
 * Writes an edition's character map (src/lib/search/zh-characters.ts) beside its search data: every
 * traditional, Taiwan or Hong Kong form that OpenCC (opencc-js, a development dependency: it runs
 * here, never in a reader's browser) turns into a simplified character the edition's indexed text
 * uses, or that the language's rules read (question phrases, function words). Texts are what the
 * index holds (its fragments' content and metadata).
 * @returns the map's size and the bytes written
 */
export async function writeCharacterMap(
  builtDir: string,
  locale: Locale,
  texts: Iterable<string | undefined>,
): Promise<{ characters: number; bytes: number }> {
  const converters = (['t', 'tw', 'hk'] as const).map((from) => Converter({ from, to: 'cn' }));
  const used = new Set<string>();
  // The language's question phrases are read from the query too (什麼時候 is 什么时候).
  const language = searchLanguage(locale);
  for (const text of [...texts, ...(language ? ruleTexts(language) : [])])
    for (const letter of text ?? '') used.add(letter);
  const map = deriveCharacterMap(used, ideographs(), converters);
  const file = encodeCharacterMap(map);
  await writeFile(join(builtDir, characterMapPathOf(locale)), file);
  return { characters: map.size, bytes: Buffer.byteLength(file) };
}
