import type { PagefindSearch } from '#lib/search/search-run.ts';

/** How a fake Pagefind matches and scores: does `doc` hold `word`, and its score for the term's words. */
export interface FakeRules<D> {
  holds: (doc: D, word: string) => boolean;
  score: (doc: D, words: readonly string[]) => number;
}

/**
 * Pagefind as the query layer sees it, over a few documents: a result for each document that holds
 * every word of the term, scored by `rules`, its data the document itself; a search filtered by
 * kind finds nothing (these documents have no kind).
 */
export function fakePagefind<D extends { id: string }>(
  docs: readonly D[],
  rules: FakeRules<D>,
): PagefindSearch<D> {
  return {
    // A search without a term (a kind's members: search-run.ts) finds nothing here: no document has a kind.
    search: (term, options) => {
      if (term === null) return Promise.resolve({ results: [] });
      const words = term.split(' ');
      return Promise.resolve({
        results: options?.filters
          ? []
          : docs
              .filter((doc) => words.every((word) => rules.holds(doc, word)))
              .map((doc) => ({
                id: doc.id,
                score: rules.score(doc, words),
                data: () => Promise.resolve(doc),
              })),
      });
    },
  };
}
