/**
 * Loads the sound encoder the query layer matches misspelt names by (Double Metaphone, the
 * `double-metaphone` package; see soundAlike in src/lib/search/search-query.ts) on first need: most
 * queries never need it, so its 2 KB stay out of what opening search costs. The dialog, /search/ and
 * the Node tools load it alike.
 */
import type { SoundEncoder } from './search-query.ts';

let loading: Promise<SoundEncoder> | undefined;

/** The encoder, loaded once; a failed load is retried on the next call. */
export function loadSoundEncoder(): Promise<SoundEncoder> {
  loading ??= import('double-metaphone').then(
    ({ doubleMetaphone }) => doubleMetaphone,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
