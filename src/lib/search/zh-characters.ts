/**
 * Traditional Chinese characters read as the simplified ones the Chinese edition is written in, so
 * that a reader in Taiwan or Hong Kong who types 上海合作組織 finds what 上海合作组织 finds. The build
 * derives the map from OpenCC (src/integrations/zh-characters.ts, with opencc-js) and keeps only
 * characters whose simplified form the edition's index uses; it is written beside the edition's
 * search data and loaded with its query rules (src/lib/search/edition-rules.ts), on its pages only.
 * The planner (src/lib/search/edition-query.ts) reads a query through it before anything else. Pure.
 */
import { localePath, type Locale } from '#lib/i18n/locales.ts';
import type { SearchLanguage } from './languages.ts';
import { SearchDataError } from './search-words.ts';

/** Where the build writes an edition's character map: "/zh/pagefind/characters.json". */
export function characterMapPathOf(locale: Locale): string {
  return localePath(locale, '/pagefind/characters.json');
}

/** The map's file: each other form followed by the character the index uses ("區区國国…"). */
interface CharacterMapFile {
  version: 1;
  pairs: string;
}

/** Characters as their simplified forms: other form → the form the index uses. */
export type CharacterMap = ReadonlyMap<string, string>;

/**
 * The characters a reader may type for those the index uses: every candidate that one of the
 * converters (traditional, Taiwan and Hong Kong forms → simplified, tried in order) turns into a
 * single different character the index uses. A candidate the index itself uses is left alone: it
 * is a simplified character too (著 in 显著, 乾 in 乾隆), and mapping it would lose what it finds.
 */
export function deriveCharacterMap(
  used: ReadonlySet<string>,
  candidates: Iterable<string>,
  converters: readonly ((text: string) => string)[],
): Map<string, string> {
  const map = new Map<string, string>();
  for (const candidate of candidates) {
    if (used.has(candidate) || map.has(candidate)) continue;
    for (const convert of converters) {
      const simplified = convert(candidate);
      if (simplified !== candidate && [...simplified].length === 1 && used.has(simplified)) {
        map.set(candidate, simplified);
        break;
      }
    }
  }
  return map;
}

/**
 * The texts of a language's rules that the planner looks for in a query (question phrases and
 * words, function words, marks of a content question, words naming a source): their characters
 * are read as typed too.
 */
export function ruleTexts(language: SearchLanguage): string[] {
  return [
    ...language.phrases,
    ...Object.keys(language.questionKinds),
    ...language.questionWords,
    ...language.stopwords,
    ...language.contentMarks,
    ...language.sourceWords,
  ];
}

/** The map as the build writes it (pairs in code point order, so that builds compare equal). */
export function encodeCharacterMap(map: CharacterMap): string {
  const pairs = [...map]
    .sort(([a], [b]) => a.codePointAt(0)! - b.codePointAt(0)!)
    .map(([from, to]) => `${from}${to}`)
    .join('');
  const file: CharacterMapFile = { version: 1, pairs };
  return JSON.stringify(file);
}

/** Reads what encodeCharacterMap wrote; throws SearchDataError (the dialog offers a retry) on anything else. */
export function decodeCharacterMap(text: string): Map<string, string> {
  let file: Partial<CharacterMapFile> | null;
  try {
    file = JSON.parse(text) as Partial<CharacterMapFile> | null;
  } catch (error) {
    throw new SearchDataError('the character map is not JSON', { cause: error });
  }
  const letters = typeof file?.pairs === 'string' ? [...file.pairs] : [];
  if (file?.version !== 1 || typeof file.pairs !== 'string' || letters.length % 2 !== 0)
    throw new SearchDataError('the character map has an unknown shape');
  const map = new Map<string, string>();
  for (let at = 0; at < letters.length; at += 2) {
    const from = letters[at]!;
    const to = letters[at + 1]!;
    if (from === to || map.has(from))
      throw new SearchDataError(`the character map maps ${from} twice or to itself`);
    map.set(from, to);
  }
  return map;
}

/** The text with each mapped character replaced by the one the index uses; others as typed. */
export function toIndexCharacters(text: string, map: CharacterMap | undefined): string {
  if (!map || map.size === 0) return text;
  let out = '';
  for (const letter of text) out += map.get(letter) ?? letter;
  return out;
}
