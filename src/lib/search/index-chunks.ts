/**
 * The size of Pagefind's index chunks, by the size of the site. Pagefind writes its word index in
 * chunks (the unit is postings: a word's pages and places) and lists every chunk in its metadata
 * file, which the first query loads whole (about 36 bytes per chunk, gzip: hashes do not compress).
 * A query then loads the chunks its words fall in, a few of them. Small chunks keep the query's
 * share small and the metadata's large, so the total a first query costs is least when the number
 * of chunks grows with the square root of the index, that is each chunk's size too.
 */

/**
 * Chunk size of a site of up to REFERENCE_PAGES pages: chunks of about 1.2 KB gzip on this site.
 * Measured (twenty-eighth round) by the index bytes a first query fetches (the metadata and the
 * chunks of the words it searches, over the 1,504 English tuning queries: mean 7.8 KB with chunks
 * of 1000, 6.1 KB with 800) and by `npm run bench:search` (the question 105.2 → 103.6 KB). Smaller
 * chunks fetch less still (4.1 KB at 200), but Pagefind looks for a word's longer words only in the
 * chunk that holds the word, and more boundaries cut more of them off: 700 and below lost rows of
 * the Chinese tables (Chinese is found by the starts of words Pagefind segments), 800 none.
 */
export const INDEX_CHUNK_SIZE = 800;

/** Pages up to which INDEX_CHUNK_SIZE is kept; beyond, the size grows with the square root. */
export const REFERENCE_PAGES = 100;

/**
 * Pagefind's index chunk size for a site of `pages` built pages: INDEX_CHUNK_SIZE up to
 * REFERENCE_PAGES, then in proportion to the square root of the pages (4 times the pages, twice
 * the chunk size), so that neither the metadata nor the chunks a query loads grow in step with the
 * site. Throws on a count that is not a whole number of pages.
 */
export function indexChunkSize(pages: number): number {
  if (!Number.isInteger(pages) || pages < 0)
    throw new RangeError(`indexChunkSize: ${pages} is not a number of pages`);
  return Math.max(
    INDEX_CHUNK_SIZE,
    Math.round(INDEX_CHUNK_SIZE * Math.sqrt(pages / REFERENCE_PAGES)),
  );
}
