/**
 * Words the whole site is about. On a site about the SCO, "SCO" is in nearly every page and record:
 * it tells results apart no more than "the" does, yet Pagefind requires every word, so "SCO member
 * states" missed the member table (a record whose text never says "SCO", the page around it does).
 * Such words are found in the index itself (in at least COMMON_SHARE of its results), not listed,
 * and a query holding one is also searched without it, as one more variant: the results that have
 * it keep their rank, and those that only imply it are found too (see planQuery).
 */
import { countWords, indexedWords, type NamedEntry } from './search-words.ts';

/**
 * Share of the index's results a word must be in to be common. On this site "sco" is in 92 % of
 * them and the next word that is no function word ("azam") in 46 %: the rule sits in that gap.
 */
export const COMMON_SHARE = 2 / 3;

/** Fewest results an index needs before any word counts as common (a tiny index tells nothing). */
export const MIN_COMMON_RESULTS = 12;

/**
 * The vocabulary words in at least COMMON_SHARE of the given results.
 * @param results each result's text (content and title)
 */
export function commonWords(results: readonly string[]): Set<string> {
  const common = new Set<string>();
  if (results.length < MIN_COMMON_RESULTS) return common;
  const inResults = new Map<string, number>();
  for (const text of results)
    for (const word of countWords([text]).keys())
      inResults.set(word, (inResults.get(word) ?? 0) + 1);
  for (const [word, count] of inResults)
    if (count >= results.length * COMMON_SHARE) common.add(word);
  return common;
}

/**
 * The variants without their common words, for those that hold one beside other words ("sco
 * member states" → "member states"), each once and none that is already a variant. A common word's
 * other names (`groups`: "Shanghai Cooperation Organisation" for "SCO") are left out as it is.
 */
export function withoutCommonWords(
  variants: readonly (readonly string[])[],
  common: ReadonlySet<string> | undefined,
  groups: readonly (readonly (readonly string[])[])[] = [],
): string[][] {
  if (!common || common.size === 0) return [];
  const phrases = groups
    .filter((group) => group.some((phrase) => phrase.length === 1 && common.has(phrase[0]!)))
    .flat()
    .filter((phrase) => phrase.length > 1)
    .sort((a, b) => b.length - a.length);
  const seen = new Set(variants.map((variant) => variant.join(' ')));
  const added: string[][] = [];
  for (const variant of variants) {
    let rest = variant.filter((word) => !common.has(word));
    for (const phrase of phrases) rest = withoutPhrase(rest, phrase);
    if (rest.length === 0 || rest.length === variant.length) continue;
    const key = rest.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    added.push(rest);
  }
  return added;
}

/**
 * Result ids of the entries the site's subject names by itself: every word of one of their names is
 * a common word ("SCO" for the SCO's own glossary term). A query that holds the subject beside other
 * words ("Uzbekistan SCO", "SCO secretary general") asks about those words within the subject, and
 * such an entry, named by a word in nearly every result, ranks by the other words alone (see
 * searchVariants in search-run.ts), as a result that only implies the subject does.
 */
export function subjectEntries(
  entries: readonly NamedEntry[],
  common: ReadonlySet<string> | undefined,
): Set<string> {
  if (!common || common.size === 0) return new Set();
  return new Set(
    entries
      .filter((entry) =>
        entry.names.some((name) => {
          const words = indexedWords(name);
          return words.length > 0 && words.every((word) => common.has(word));
        }),
      )
      .map((entry) => entry.id),
  );
}

/** The words without each run of `phrase` in them. */
function withoutPhrase(words: readonly string[], phrase: readonly string[]): string[] {
  const rest: string[] = [];
  for (let at = 0; at < words.length;) {
    if (phrase.every((word, offset) => words[at + offset] === word)) at += phrase.length;
    else rest.push(words[at++]!);
  }
  return rest;
}
