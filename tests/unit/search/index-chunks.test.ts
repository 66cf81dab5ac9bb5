import { describe, expect, test } from 'vitest';
import { INDEX_CHUNK_SIZE, indexChunkSize, REFERENCE_PAGES } from '#lib/search/index-chunks.ts';

describe('indexChunkSize', () => {
  test.each([
    [0, INDEX_CHUNK_SIZE],
    [28, INDEX_CHUNK_SIZE],
    [REFERENCE_PAGES, INDEX_CHUNK_SIZE],
    [4 * REFERENCE_PAGES, 2 * INDEX_CHUNK_SIZE],
    [16 * REFERENCE_PAGES, 4 * INDEX_CHUNK_SIZE],
  ])('%i pages: chunks of %i', (pages, size) => expect(indexChunkSize(pages)).toBe(size));

  test('grows with the site, but slower: the number of chunks grows too, as its square root', () => {
    const chunks = (pages: number): number => pages / indexChunkSize(pages);
    expect(indexChunkSize(2000)).toBeGreaterThan(indexChunkSize(500));
    expect(chunks(2000)).toBeGreaterThan(chunks(500));
    expect(chunks(2000) / chunks(500)).toBeCloseTo(2, 1);
  });

  test.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('%s pages is an error', (pages) =>
    expect(() => indexChunkSize(pages)).toThrow(/not a number of pages/),
  );
});
