/**
 * The Pagefind queries one reader query turns into: the words themselves, then each synonym, other
 * name, singular, UK/US spelling or inflection put in place of a phrase it matches, at most
 * MAX_VARIANTS; and which of them only respell the reader's words.
 */
import { nameWords } from './stopwords.ts';
import { findPhrase, type SearchData } from './search-words.ts';
import { isSearchable } from './vocabulary.ts';
import {
  baseNounOf,
  doctrineOf,
  knownSpellings,
  otherInflections,
  pluralOf,
  singularOf,
  stemOf,
} from './word-forms.ts';

/** Most Pagefind queries one reader query may turn into (the original words first). */
export const MAX_VARIANTS = 8;

/**
 * The queries to run: the words themselves, then each synonym or other name put in place of a
 * phrase it matches (one replacement per variant), at most MAX_VARIANTS in all, without repeats.
 */
export function expandSynonyms(
  words: readonly string[],
  synonyms: readonly (readonly (readonly string[])[])[],
  data?: SearchData,
): string[][] {
  const variants: string[][] = [[...words]];
  const seen = new Set([words.join(' ')]);
  for (const { group, matched } of matchesByLength(words, synonyms)) {
    for (const { phrase, at } of matched) {
      // A phrase inside a longer one of the group ("countries" in "member countries") is that
      // phrase's: replacing it alone would repeat a word ("member member states").
      if (
        matched.some(
          (other) =>
            other.phrase.length > phrase.length &&
            other.at <= at &&
            at + phrase.length <= other.at + other.phrase.length,
        )
      )
        continue;
      for (const other of group) {
        // A query holding both names ("non-intervention and non-interference") keeps both; but a
        // name inside a phrase Pagefind cannot be sent ("china" of "people's republic of china",
        // whose "republic" the site never writes) is no second name: it stands for the phrase.
        const found = findPhrase(words, other);
        const inside =
          found >= at &&
          found < at + phrase.length &&
          data !== undefined &&
          phrase.some((word) => !isSearchable(word, data));
        if (other === phrase || (found !== -1 && !inside)) continue;
        const variant = [...words.slice(0, at), ...other, ...words.slice(at + phrase.length)];
        const key = variant.join(' ');
        if (seen.has(key)) continue;
        if (variants.length >= MAX_VARIANTS) return variants;
        seen.add(key);
        variants.push(variant);
      }
    }
  }
  return variants;
}

/**
 * Each group that matches the words, with the phrases of it that do (and where), those whose
 * longest matched phrase is longer first, in their own order among equals: within MAX_VARIANTS,
 * "member countries" is expanded as a phrase ("member states") before "member" is as a word
 * ("join", "accession"), which would use up the variants.
 */
function matchesByLength(
  words: readonly string[],
  groups: readonly (readonly (readonly string[])[])[],
): {
  group: readonly (readonly string[])[];
  matched: { phrase: readonly string[]; at: number }[];
}[] {
  return groups
    .map((group) => ({
      group,
      matched: group
        .map((phrase) => ({ phrase, at: findPhrase(words, phrase) }))
        .filter(({ at }) => at !== -1),
    }))
    .filter(({ matched }) => matched.length > 0)
    .map((each, index) => ({
      ...each,
      index,
      length: Math.max(...each.matched.map(({ phrase }) => phrase.length)),
    }))
    .sort((a, b) => b.length - a.length || a.index - b.index);
}

/**
 * Synonym groups a query's own words give: a plural with its singular, a verb form with its stem,
 * an adherent with the doctrine ("terrorists", "terrorism"), and a British or American spelling
 * with the other one, each only when the index holds the form.
 */
export function wordGroups(words: readonly string[], data: SearchData): string[][][] {
  return words.flatMap((word) => {
    const spellings = knownSpellings(word, data);
    const forms = [
      singularOf(word, data),
      pluralOf(word, data),
      stemOf(word, data),
      doctrineOf(word, data),
      baseNounOf(word, data),
      ...spellings,
      // The other spelling's stem, as the site's own spelling would be searched ("summarized":
      // summarised, and "summaris", the start of "summarises").
      ...spellings.map((spelling) => stemOf(spelling, data)),
    ].filter((form): form is string => form !== undefined);
    return [...new Set(forms)].map((form) => [[word], [form]]);
  });
}

/**
 * Synonym groups of a verb form with its other forms the index holds (otherInflections), and
 * those of its other spelling ("summarized": summarises). They are expanded after the content's
 * synonyms, so that they never crowd those out of MAX_VARIANTS.
 */
export function inflectionGroups(words: readonly string[], data: SearchData): string[][][] {
  return words.flatMap((word) =>
    [
      ...new Set([
        ...otherInflections(word, data),
        ...knownSpellings(word, data).flatMap((spelling) => otherInflections(spelling, data)),
      ]),
    ]
      .filter((form) => form !== word)
      .map((form) => [[word], [form]]),
  );
}

/** The variants that respell the words (plural, UK/US, split): the same words, weighed as the reader's own. */
export function respellingsOf(
  words: readonly string[],
  data: SearchData,
  split: string[][][] = [],
): Set<string> {
  return new Set(
    expandSynonyms(words, [
      ...split,
      ...wordGroups(words, data),
      ...inflectionGroups(words, data),
    ]).map((variant) => variant.join(' ')),
  );
}

/**
 * The variants Pagefind can answer: those whose every word is searchable (see isSearchable), or a
 * word of an entry's names, which the build checks the index holds (nameWordsNotIndexed in
 * src/integrations/search-data.ts), so that it is not looked up in a shard of its own. A word of
 * `unsearchable` is never sent (an acronym the site does not use: "MEA" is not the start of "means").
 */
export function searchableVariants(
  variants: string[][],
  data: SearchData,
  unsearchable: ReadonlySet<string> = new Set(),
): string[][] {
  const named = entryNameWords(data);
  return variants.filter((variant) =>
    variant.every(
      (word) => !unsearchable.has(word) && (named.has(word) || isSearchable(word, data)),
    ),
  );
}

const nameWordSets = new WeakMap<SearchData, Set<string>>();

/** Every word of the names of the entries `data` holds (nameWords): words of the index. */
export function entryNameWords(data: SearchData): Set<string> {
  let words = nameWordSets.get(data);
  if (!words) {
    words = new Set(data.entries.flatMap((entry) => entry.names.flatMap(nameWords)));
    nameWordSets.set(data, words);
  }
  return words;
}

/** The synonym groups to expand with: the content's synonyms and each entry's own names. */
const synonymGroups = new WeakMap<SearchData, string[][][]>();

export function groupsOf(data: SearchData): string[][][] {
  let groups = synonymGroups.get(data);
  if (!groups) {
    const names = data.entries
      .filter((entry) => entry.names.length > 1)
      .map((entry) => entry.names.map(nameWords));
    groups = [...data.synonyms, ...names];
    synonymGroups.set(data, groups);
  }
  return groups;
}

/** Shortest start of a word completed to a word of a synonym group or an other name. */
export const MIN_COMPLETED = 4;

/**
 * The word of a synonym group, or the first word of an entry's name, that a word still being typed
 * begins ("headquar" → headquarters, "Kirgi" → Kirgizia), so that its group expands as the whole
 * word's would: Pagefind completes the index's words, not these. The shortest, then the first in
 * order. A name's first word only: entries are filed in shards by it (entryShards), so that the
 * shards of the query's own letters hold every completion. Undefined for a whole word of the index
 * or of a group, or a start under MIN_COMPLETED letters.
 */
export function groupWordBeginning(word: string, data: SearchData): string | undefined {
  if ([...word].length < MIN_COMPLETED || data.words.has(word)) return undefined;
  const names = data.entries.flatMap((entry) => entry.names.map((name) => nameWords(name)[0]));
  const candidates = [...data.synonyms.flat(2), ...names];
  if (candidates.includes(word)) return undefined;
  return candidates
    .filter((each): each is string => each?.startsWith(word) === true)
    .sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
}
