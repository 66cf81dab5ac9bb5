import { beforeAll, expect, test } from 'vitest';
import { SEARCH_KINDS } from '#lib/search/config.ts';
import { DIST } from '../../tools/lib/dist';
import { loadSiteSearch } from '../../tools/lib/pagefind';
import { loadRelevanceTable, relevanceTables } from '../../tools/lib/relevance';

// The /search/ page's filters say how many results each kind has; choosing one must show that
// many, and they are All's results of that kind, in All's order: a reader saw "All (9)" beside
// kinds that added up to 30, and a filter that said "showing results for world" where All had
// searched "multipolar world" (a filtered search had been widened and relaxed on its own). Checked
// on every twentieth row of the tuning tables (questions, misspellings, names alike), so that new
// rows change what is checked.
const QUERIES = relevanceTables('en')
  .table.flatMap((file) => loadRelevanceTable(file))
  .filter((_, index) => index % 20 === 0)
  .map((row) => row.query);

let search: Awaited<ReturnType<typeof loadSiteSearch>>;

beforeAll(async () => {
  search = await loadSiteSearch(DIST);
});

test('the queries checked are many and of several kinds', () => {
  expect(QUERIES.length).toBeGreaterThanOrEqual(50);
});

test.each(QUERIES)(
  '%s: each kind filter shows as many results as its count says',
  async (query) => {
    const { kindCounts } = await search(query, { counts: true, limit: 0 });
    const shown = Object.fromEntries(
      await Promise.all(
        SEARCH_KINDS.map(async (kind) => [kind, (await search(query, { kind, limit: 0 })).total]),
      ),
    );
    expect(kindCounts).toEqual(shown);
  },
);

// Every page and record has a kind (PAGE_KIND for those of no other): "All (12)" beside kinds that
// added up to 9 had left a reader looking for three results no filter showed.
test.each(QUERIES)("%s: All's count is the sum of the kinds' counts", async (query) => {
  const { kindCounts, total } = await search(query, { counts: true, limit: 0 });
  expect(Object.values(kindCounts ?? {}).reduce((sum, count) => sum + count, 0)).toBe(total);
});

test.each(QUERIES)(
  "%s: each kind filter shows All's results of that kind, in All's order",
  async (query) => {
    const all = await search(query);
    for (const kind of SEARCH_KINDS) {
      const filtered = await search(query, { kind });
      expect(
        filtered.hits.map((hit) => hit.url),
        kind,
      ).toEqual(all.hits.filter((hit) => hit.kind === kind).map((hit) => hit.url));
      expect(filtered.searched, kind).toBe(all.searched);
    }
  },
);
