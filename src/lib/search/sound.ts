/**
 * Loads the matcher by sound (soundAlike in src/lib/search/sound-alike.ts) and the encoder it uses
 * (Double Metaphone, the `double-metaphone` package) on first need: most queries never need them, so
 * their bytes stay out of what opening search costs. The dialog, /search/ and the Node tools load
 * them alike.
 */
import { loadOnce } from './load-once.ts';
import type { SoundMatcher } from './search-query.ts';

/** The matcher, with its encoder, loaded once; a failed load is retried on the next call. */
export const loadSoundMatcher: () => Promise<SoundMatcher> = loadOnce(() =>
  Promise.all([import('double-metaphone'), import('./sound-alike.ts')]).then(
    ([{ doubleMetaphone }, { soundAlike }]) =>
      (word, data) =>
        soundAlike(word, data, doubleMetaphone),
  ),
);
