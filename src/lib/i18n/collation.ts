/**
 * Alphabetical order and initials in each edition: English and Russian by their own alphabets, Chinese
 * by pinyin (as Chinese reference works index), each by Intl.Collator.
 */
import { LOCALES, type Locale } from './locales';

/**
 * The first character, in pinyin order, of each letter's syllables: a Chinese character's initial is
 * the last letter whose first character sorts at or before it (pinyin has no I, U or V initials).
 */
const PINYIN_LETTERS: readonly (readonly [string, string])[] = [
  ['A', '阿'],
  ['B', '八'],
  ['C', '嚓'],
  ['D', '哒'],
  ['E', '妸'],
  ['F', '发'],
  ['G', '旮'],
  ['H', '哈'],
  ['J', '丌'],
  ['K', '咔'],
  ['L', '垃'],
  ['M', '妈'],
  ['N', '拏'],
  ['O', '噢'],
  ['P', '妑'],
  ['Q', '七'],
  ['R', '呥'],
  ['S', '仨'],
  ['T', '他'],
  ['W', '屲'],
  ['X', '夕'],
  ['Y', '丫'],
  ['Z', '帀'],
];

const collators = new Map<Locale, Intl.Collator>();
function collator(locale: Locale): Intl.Collator {
  let found = collators.get(locale);
  if (!found) {
    const tag = locale === 'zh' ? 'zh-Hans-u-co-pinyin' : LOCALES[locale].intl;
    found = new Intl.Collator(tag, { sensitivity: 'base', ignorePunctuation: true });
    collators.set(locale, found);
  }
  return found;
}

/** Names in the edition's alphabetical order (Chinese by pinyin); title marks and quotes do not count. */
export function compareNames(locale: Locale, a: string, b: string): number {
  return collator(locale).compare(a, b);
}

/** The letter a name is listed under: its first letter, or for a Chinese character its pinyin initial; "#" for digits and symbols. */
export function initialOf(locale: Locale, name: string): string {
  const first = name.replace(/^[^\p{L}\p{N}]+/u, '').charAt(0);
  if (/\p{Script=Han}/u.test(first)) {
    let letter = '#';
    for (const [initial, from] of PINYIN_LETTERS) {
      if (collator('zh').compare(first, from) >= 0) letter = initial;
      else break;
    }
    return letter;
  }
  return /\p{L}/u.test(first) ? first.toLocaleUpperCase(LOCALES[locale].intl) : '#';
}

/**
 * Whether an edition files names written in Latin letters apart from its own alphabet. In Russian a
 * Latin C (CGTN) and a Cyrillic С (СБ) look alike, so a Latin name filed under "C" among Cyrillic
 * letters would sit in the wrong place or seem to; the Latin names get a short A–Z of their own after
 * the Cyrillic letters. Chinese files by pinyin, whose letters are Latin: an acronym belongs among them.
 */
const SEPARATE_LATIN: Readonly<Record<Locale, boolean>> = { en: false, ru: true, zh: false };

/** Whether a letter group's initial is a Latin letter. */
export function isLatinInitial(letter: string): boolean {
  return /^\p{Script=Latin}$/u.test(letter);
}

/**
 * An edition's letter groups split into its own alphabet's (and "#") and, where the edition files
 * them apart, the Latin ones, each in order.
 */
export function splitLatinGroups<T extends { letter: string }>(
  locale: Locale,
  groups: readonly T[],
): { own: T[]; latin: T[] } {
  if (!SEPARATE_LATIN[locale]) return { own: [...groups], latin: [] };
  return {
    own: groups.filter((g) => !isLatinInitial(g.letter)),
    latin: groups.filter((g) => isLatinInitial(g.letter)),
  };
}
