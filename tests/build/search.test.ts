import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { DIST } from '../support/dist';
import { loadPagefind, type Hit } from '../support/pagefind';

/** Queries whose first result must be the topic page that discusses them (issue: search, first version). */
const FIRST_RESULTS = [
  ['Shanghai Spirit', '/shanghai-spirit/'],
  ['Regional Anti-Terrorist Structure', '/rats/'],
  ['territorial integrity', '/un-charter-principles/'],
  ['India Pakistan', '/2017-enlargement/'],
] as const;

let search: (query: string) => Promise<Hit[]>;

beforeAll(async () => {
  search = await loadPagefind(DIST);
});

test('the Pagefind index is written into dist/pagefind', () => {
  expect(existsSync(`${DIST}/pagefind/pagefind.js`)).toBe(true);
  expect(existsSync(`${DIST}/pagefind/pagefind-entry.json`)).toBe(true);
});

describe('relevance', () => {
  test.each(FIRST_RESULTS)('"%s" returns %s first', async (query, url) => {
    const hits = await search(query);
    expect(hits[0]?.url).toBe(url);
  });

  test('navigation, footers and footnotes are not indexed', async () => {
    // "editorial policy" appears in every footer; only the about page's own section should match.
    const hits = await search('editorial policy');
    expect(hits.map((hit) => hit.url)).toEqual(['/about/']);
  });

  test('the search and 404 pages are not results', async () => {
    const hits = await search('page not found');
    expect(hits.map((hit) => hit.url)).not.toContain('/404.html');
  });
});
