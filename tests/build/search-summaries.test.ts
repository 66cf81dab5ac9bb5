import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { parse } from 'yaml';
import { summedUpPage, RESULTS_PAGE_SIZE } from '#lib/search/summaries.ts';
import { DIST } from '../../tools/lib/dist';
import { loadSiteSearch } from '../../tools/lib/pagefind';

// A source's page comes before the sources list's entry for it (summariesAfterPages): the page is
// the answer, the entry a summary of it. Searched by what content/sources says of each source: its
// title, author, outlet and the author's role, as a reader who read them elsewhere would type them.
const SOURCES = readdirSync('content/sources')
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => ({
    id: file.replace(/\.yaml$/, ''),
    fields: parse(readFileSync(`content/sources/${file}`, 'utf8')) as Record<string, unknown>,
  }));
const QUERIES = SOURCES.flatMap((source) =>
  ['title', 'author', 'outlet', 'authorRole']
    .map((field) => source.fields[field])
    .filter((text): text is string => typeof text === 'string' && text.trim() !== '')
    .map((query) => ({ query, page: `/sources/${source.id}/` })),
);

let search: Awaited<ReturnType<typeof loadSiteSearch>>;
beforeAll(async () => {
  search = await loadSiteSearch(DIST);
});

test('a source’s page comes before the sources list’s entry for it, wherever both are shown', async () => {
  const both: string[] = [];
  const misordered: string[] = [];
  for (const { query, page } of QUERIES) {
    const { hits } = await search(query, { limit: RESULTS_PAGE_SIZE });
    const at = hits.findIndex((hit) => hit.url === page);
    const entry = hits.findIndex((hit) => summedUpPage(hit.section) === page);
    if (at === -1 || entry === -1) continue;
    both.push(query);
    if (entry < at) misordered.push(`"${query}": the list's entry ${entry + 1}, ${page} ${at + 1}`);
  }
  // The rule is exercised: queries that find both exist (most of them do).
  expect(both.length).toBeGreaterThan(0);
  expect(misordered).toEqual([]);
});
