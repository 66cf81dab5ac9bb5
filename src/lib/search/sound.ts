/**
 * Loads the matcher by sound (soundMatcher in src/lib/search/sound-alike.ts) and the encoder it uses
 * (Double Metaphone, the `double-metaphone` package, with the key the romanisations of a Chinese
 * name share: soundEncoder) on first need: most queries never need them, so their bytes stay out
 * of what opening search costs. The dialog, /search/ and the Node tools load them alike.
 */
import { loadOnce } from './load-once.ts';
import type { SoundMatcher } from './search-query.ts';

/**
 * Makes the matcher for a query's words, comparing them with the words `wordsOf` gives for their
 * sound codes (or with the plan's vocabulary).
 */
export type SoundMatcherFor = (
  words: readonly string[],
  wordsOf?: (codes: string[]) => Promise<ReadonlyMap<string, number>>,
) => Promise<SoundMatcher>;

/** The matcher's maker, with its encoder, loaded once; a failed load is retried on the next call. */
export const loadSoundMatcher: () => Promise<SoundMatcherFor> = loadOnce(() =>
  Promise.all([import('double-metaphone'), import('./sound-alike.ts')]).then(
    ([{ doubleMetaphone }, { soundEncoder, soundMatcher }]) => {
      const encode = soundEncoder(doubleMetaphone);
      return (words, wordsOf) => soundMatcher(words, encode, wordsOf);
    },
  ),
);
