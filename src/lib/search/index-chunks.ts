/**
 * The size of Pagefind's index chunks, by the size of the site. Pagefind writes its word index in
 * chunks (the unit is postings: a word's pages and places) and lists every chunk in its metadata
 * file, which the first query loads whole (about 36 bytes per chunk, gzip: hashes do not compress).
 * A query then loads the chunks its words fall in, a few of them. Small chunks keep the query's
 * share small and the metadata's large, so the total a first query costs is least when the number
 * of chunks grows with the square root of the index, that is each chunk's size too.
 */

/**
 * Chunk size of a site of up to REFERENCE_PAGES pages: chunks of about 1.5 KB gzip on this site,
 * so that open + first query fits in 105 KB (`npm run bench:search`).
 */
export const INDEX_CHUNK_SIZE = 1000;

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
