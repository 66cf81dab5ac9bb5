/**
 * Lookups in the build's vocabulary (SearchData.words): whether the index holds a word or a word it
 * begins, and which of its words a prefix begins. Pagefind matches the start of words, so a prefix
 * of a word the index holds is no typo.
 */
import {
  isTypedAcronym,
  MIN_VOCABULARY_WORD,
  type QueryWord,
  type SearchData,
} from './search-words.ts';

/** Sorted vocabulary per data object, for the prefix test (built once, on first use). */
const sortedWords = new WeakMap<SearchData, string[]>();

function sorted(data: SearchData): string[] {
  let list = sortedWords.get(data);
  if (!list) {
    list = [...data.words.keys()].sort();
    sortedWords.set(data, list);
  }
  return list;
}

/**
 * True when the index holds the word or a word it begins ("Kalin", typed on the way to
 * "Kaliningrad": Pagefind matches it as a prefix, so it is not a typo).
 */
export function isKnownWord(word: string, data: SearchData): boolean {
  if (data.words.has(word)) return true;
  const list = sorted(data);
  return list[firstFrom(list, word)]?.startsWith(word) ?? false;
}

/**
 * True when the index holds a query's word as it was typed: whole, or as the start of a longer
 * word, unless typed in capitals and an initialism of a name the site writes out
 * (SearchData.initialisms: "MEA", the Ministry of External Affairs, though it begins "measures").
 * Another start in capitals is a word being typed with Caps Lock on ("RAT", "TASHK").
 */
export function isKnownAsTyped(word: QueryWord, data: SearchData): boolean {
  if (isTypedAcronym(word.typed) && data.initialisms?.has(word.folded) === true)
    return data.words.has(word.folded);
  return isKnownWord(word.folded, data);
}

/** Where `word` would stand in the sorted list: the first entry not before it. */
function firstFrom(list: readonly string[], word: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid]! < word) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The vocabulary's words that begin with `prefix`, in order (the words a stem begins). */
export function wordsBeginning(prefix: string, data: SearchData): string[] {
  const list = sorted(data);
  const found: string[] = [];
  for (let at = firstFrom(list, prefix); at < list.length && list[at]!.startsWith(prefix); at += 1)
    found.push(list[at]!);
  return found;
}

/**
 * True when Pagefind can be trusted with the word: the index holds it (or a word it begins), or it
 * is one the vocabulary does not list (a number, a word of one or two letters). Pagefind answers a
 * word it does not hold with loose matches of its first letters ("toshkent" finds 34 pages), so
 * such words are never sent: they are corrected, or left out on retry.
 */
export function isSearchable(word: string, data: SearchData): boolean {
  return /\d/.test(word) || [...word].length < MIN_VOCABULARY_WORD || isKnownWord(word, data);
}
