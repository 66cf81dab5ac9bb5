/**
 * The other names in the synonyms (content/synonyms.yaml) that the site never writes: "Nur-Sultan"
 * and "Akmola" for Astana, "Peking" for Beijing. A query of one found the results of the name the
 * site writes, yet said "22 results for “Nur-Sultan”" (the second reader of the twenty-sixth
 * round). Filed with the Latin names (SearchData.latin, fromLatinNames in
 * src/lib/search/latin-names.ts), each is searched as that name and says so ("Showing results for
 * Astana · Search instead for Nur-Sultan"); loaded only for a query with a word the index lacks.
 */
import type { LatinName, SearchData } from '#lib/search/search-words.ts';
import { isKnownWord } from '#lib/search/vocabulary.ts';
import { MIN_LATIN_LETTERS } from '#lib/search/latin-names.ts';
import { nameWords } from '#lib/search/stopwords.ts';

/**
 * For each group of synonyms as written, its names (written with a capital) with a word that begins
 * no word of the index (`words`; a word that does, "Peking" were the site to write "Pekingese",
 * Pagefind finds as typed), each with the group's first phrase whose every word the index holds and
 * of no more words; none without such a phrase, nor for a name of fewer letters than a Latin name
 * is matched by ("HQ").
 */
export function unwrittenNames(
  groups: readonly (readonly string[])[],
  words: ReadonlyMap<string, number>,
): LatinName[] {
  const vocabulary: SearchData = { words: new Map(words), synonyms: [], entries: [] };
  const written = (phrase: string): boolean => {
    const folded = nameWords(phrase);
    return folded.length > 0 && folded.every((word) => words.has(word));
  };
  // A name: written with a capital ("Nur-Sultan"). A common word of a group ("formed", "accede")
  // stays a synonym: its group's words are near in meaning, not names of one thing.
  const unwritten = (phrase: string): boolean => {
    const folded = nameWords(phrase);
    return (
      /^\p{Lu}/u.test(phrase) &&
      folded.join('').length >= MIN_LATIN_LETTERS &&
      folded.some((word) => !isKnownWord(word, vocabulary))
    );
  };
  // The name has no more words than the phrase it stands for, so that the query asks no more than
  // it did ("USA" stays a synonym of "United States": "states" is on every page).
  return groups.flatMap((group) =>
    group.filter(unwritten).flatMap((phrase) => {
      const name = group.find(
        (each) => written(each) && nameWords(each).length <= nameWords(phrase).length,
      );
      return name === undefined ? [] : [{ latin: phrase, name }];
    }),
  );
}
