/**
 * Whether a translation still renders its English file: a topic, page or source has one review date
 * (`lastReviewed`); a data list (glossary, timeline, members) has one per entry, and the list's
 * translation renders the newest of them. A translation whose `englishReviewed` is older than the
 * English file's review now is stale: the page says so and the build lists it.
 */
import { newestReview } from './content-order';

/** What a translation records of the English it renders (content/<locale>/…: `translation:`). */
export interface TranslationStamp {
  englishReviewed: string;
  translated: string;
}

/** A translation against its English file now. */
export interface Staleness {
  /** The English review the translation renders. */
  englishReviewed: string;
  /** The English file's review now: its `lastReviewed`, or its entries' newest. */
  englishLastReviewed: string;
  /** Whether the English was reviewed after the translation was made from it. */
  stale: boolean;
  /** For a list: the ids of the entries reviewed after the translation, in the English order. */
  entries: string[];
}

/** A translation of a file with one review date (a topic, a page, a source). */
export function fileStaleness(stamp: TranslationStamp, lastReviewed: string): Staleness {
  return {
    englishReviewed: stamp.englishReviewed,
    englishLastReviewed: lastReviewed,
    stale: lastReviewed > stamp.englishReviewed,
    entries: [],
  };
}

/** A translation of a list whose entries each have a review date (glossary, timeline, members). */
export function listStaleness(
  stamp: TranslationStamp,
  entries: readonly { id: string; lastReviewed: string }[],
): Staleness {
  const newest = newestReview(entries.map((e) => e.lastReviewed));
  const since = entries.filter((e) => e.lastReviewed > stamp.englishReviewed).map((e) => e.id);
  return {
    englishReviewed: stamp.englishReviewed,
    englishLastReviewed: newest,
    stale: since.length > 0,
    entries: since,
  };
}
