/**
 * Words the reader joined or split otherwise than the index: a hyphenated word the index does not
 * hold split into its parts, two words typed apart joined where the index holds them as one, and a
 * range of years typed apart searched as the index holds it.
 */
import { correctWord } from './corrections.ts';
import { groupsOf } from './query-variants.ts';
import { STOPWORDS } from './stopwords.ts';
import {
  foldWord,
  isTypedAcronym,
  isYear,
  MIN_VOCABULARY_WORD,
  type QueryWord,
  type SearchData,
} from './search-words.ts';
import { isKnownWord, wordsBeginning } from './vocabulary.ts';
import { hasKnownSpelling } from './word-forms.ts';

/** Longest part of a hyphenated word taken for a syllable of a romanised name ("ch'ing", "tao"). */
export const MAX_SYLLABLE = 5;

/** A short part that is no word of the index and begins none: a syllable of a romanised name. */
function isSyllable(part: string, data: SearchData): boolean {
  return (
    [...part].length <= MAX_SYLLABLE &&
    !isKnownWord(part, data) &&
    wordsBeginning(part, data).length === 0
  );
}

/** A word's parts as typed between hyphens or dashes ("op-ed": op, ed); the word alone if none. */
export function hyphenParts(typed: string): string[] {
  return typed.split(/[-‐‑–—]+/u);
}

/** True when a word's parts are words of letters and one year ("alimov-2017", "tass-2024-belarus"). */
function isNameAndYear(parts: readonly string[]): boolean {
  return (
    parts.filter(isYear).length === 1 &&
    parts.every((part) => isYear(part) || /^\p{L}+$/u.test(part))
  );
}

/**
 * Splits a hyphenated word the index does not hold, and that no correction reaches, into its parts
 * ("Shanghai-Cooperation" → Shanghai Cooperation, "Sankt-Peterburg" → Sankt Peterburg): Pagefind
 * holds a hyphenated word whole only where the site writes it so, and each part may then be found
 * or corrected on its own. Function words among the parts are dropped, as in the query. A word
 * with a digit ("2018-2023") or one a synonym or other name holds ("Nur-Sultan") stays whole, but
 * for a word and a year, as the site's addresses name a source ("alimov-2017": Alimov 2017).
 */
export function splitUnknownCompounds(words: readonly QueryWord[], data: SearchData): QueryWord[] {
  // A part typed in capitals is an acronym ("US-led", "UN-backed"), and a part a synonym names
  // is that name ("us-led"): the whole is no typo of a word ("usled" is one edit from "used"),
  // and the part is kept, however short.
  const groups = groupsOf(data);
  const isName = (part: string): boolean =>
    isTypedAcronym(part) ||
    groups.some((group) => group.some((phrase) => phrase.join(' ') === foldWord(part)));
  return words.flatMap((word) => {
    const typedParts = hyphenParts(word.typed);
    const hasNamePart = typedParts.some(isName);
    const parts = typedParts.filter(
      (part) => isName(part) || [...foldWord(part)].length >= MIN_VOCABULARY_WORD,
    );
    if (
      parts.length < 2 ||
      word.parts ||
      (/\d/.test(word.folded) && !isNameAndYear(typedParts)) ||
      isKnownWord(word.folded, data) ||
      hasKnownSpelling(word.folded, data) ||
      groups.some((group) => group.some((phrase) => phrase.includes(word.folded))) ||
      (!hasNamePart && correctWord(word.folded, data) !== undefined) ||
      // Syllables of a name romanised with hyphens ("Ch'ing-tao"): short parts none of which is a
      // word of the index or begins one ("Sec-Gen" is two words cut short). The name is matched
      // whole, by sound, not as words of their own ("ching" is one letter from "china").
      (!hasNamePart && parts.every((part) => isSyllable(foldWord(part), data)))
    )
      return [word];
    const split = parts
      .map((part) => ({ typed: part, folded: foldWord(part) }))
      .filter((part) => isName(part.typed) || !STOPWORDS.has(part.folded));
    // Only parts of which one at least is the site's word, or one letter away: "zzq-zzq" is no compound.
    const found = split.some(
      (part) =>
        isName(part.typed) ||
        isKnownWord(part.folded, data) ||
        correctWord(part.folded, data) !== undefined,
    );
    return found ? split : [word];
  });
}

/**
 * Two numbers typed apart ("2024 2029") with the one word the index makes of a range written with a
 * dash ("2024–2029" is "20242029" to Pagefind, as "Anti-Drug" is "antidrug"): both are searched,
 * as spellings of the same words. The vocabulary holds no numbers, so this cannot wait for it.
 */
export function numberRangeGroups(words: readonly string[]): string[][][] {
  const groups: string[][][] = [];
  for (let at = 0; at + 1 < words.length; at += 1) {
    const [from, to] = [words[at]!, words[at + 1]!];
    if (/^\d+$/.test(from) && /^\d+$/.test(to)) groups.push([[from, to], [from + to]]);
  }
  return groups;
}

/**
 * Joins two words the reader typed apart when the index holds them as one ("anti terrorist" →
 * "antiterrorist", "non use" → "nonuse", as Pagefind folds "Anti-Terrorist" and "non-use").
 */
export function joinCompounds(words: readonly QueryWord[], data: SearchData): QueryWord[] {
  const joined: QueryWord[] = [];
  for (let at = 0; at < words.length; at += 1) {
    const word = words[at]!;
    const next = words[at + 1];
    if (
      next &&
      data.words.has(word.folded + next.folded) &&
      !data.words.has(`${word.folded} ${next.folded}`)
    ) {
      joined.push({
        typed: `${word.typed}-${next.typed}`,
        folded: word.folded + next.folded,
        parts: [word.folded, next.folded],
      });
      at += 1;
    } else {
      joined.push(word);
    }
  }
  return joined;
}

/**
 * A joined word with the two words it was typed as, when the index holds each on its own: the
 * join may be an accident of the index ("Azam CGTN" and the source id "azam-cgtn"), so the words
 * as typed are searched too.
 */
export function splitGroups(words: readonly QueryWord[], data: SearchData): string[][][] {
  return words.flatMap((word) =>
    word.parts && word.parts.every((part) => data.words.has(part))
      ? [[[word.folded], [...word.parts]]]
      : [],
  );
}

/** The months, as the site writes a date ("15 June 2001"). */
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * True for a query that is a date and nothing else ("3 July 2024", "June 2017", "8–9 June 2017"):
 * each word a number or a month (the edition's months, or English's).
 */
export function isDateOnly(
  words: readonly QueryWord[],
  months: readonly string[] = MONTHS,
): boolean {
  return (
    words.length > 0 &&
    words.every((word) => /\d/.test(word.folded) || months.includes(word.folded))
  );
}

/**
 * A date typed in numbers with the words the site writes it in: "04.07.2024" and "07/04/2024" are
 * "4 July 2024" or "7 April 2024", both searched when both can be (a day and a month of twelve or
 * fewer: British and American readers write them in opposite orders); "2017-06-09", ISO's order,
 * "9 June 2017". Pagefind reads "04.07.2024" as one word, which no page holds. A year of four
 * digits only ("15/06/01" names no century). `months` are the edition's (SearchLanguage.months:
 * "4 июля 2024"), English's by default.
 */
export function numericDateGroups(
  words: readonly QueryWord[],
  data: SearchData,
  months: readonly string[] = MONTHS,
): string[][][] {
  const groups: string[][][] = [];
  for (const word of words) {
    // Punctuation around it is the sentence's ("on 04.07.2024,", "(15/06/2001)").
    const parts = /^[^\p{L}\p{N}]*(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})[^\p{L}\p{N}]*$/u.exec(
      word.typed,
    );
    if (!parts) continue;
    const [first, second, third] = parts.slice(1).map(Number) as [number, number, number];
    const readings: [number, number, number][] =
      parts[1]!.length === 4
        ? [[third, second, first]]
        : parts[3]!.length === 4
          ? [
              [first, second, third],
              [second, first, third],
            ]
          : [];
    const dates = readings
      .filter(([day, month]) => day >= 1 && day <= 31 && month >= 1 && month <= 12)
      .map(([day, month, year]) => [String(day), months[month - 1]!, String(year)])
      .filter((date) => data.words.has(date[1]!));
    const unique = dates.filter(
      (date, at) => dates.findIndex((other) => other.join(' ') === date.join(' ')) === at,
    );
    if (unique.length > 0) groups.push([[word.folded], ...unique]);
  }
  return groups;
}
