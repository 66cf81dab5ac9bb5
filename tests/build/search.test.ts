import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { DIST } from '../support/dist';
import { loadPagefind, type Hit } from '../support/pagefind';

const TABLE_FILE = 'tests/build/relevance.yaml';

const RowSchema = z.union([
  z.strictObject({
    group: z.enum(['topic', 'name', 'other-name', 'place', 'date', 'idea', 'misspelling', 'filter']),
    query: z.string().min(1),
    kind: z.string().optional(),
    first: z.string().startsWith('/'),
    also: z.array(z.string().startsWith('/')).optional(),
  }),
  z.strictObject({
    group: z.enum(['name', 'other-name']),
    query: z.string().min(1),
    within: z.number().int().min(2).max(10),
    url: z.string().startsWith('/'),
  }),
]);
type Row = z.infer<typeof RowSchema>;

function loadTable(): Row[] {
  const rows = parse(readFileSync(TABLE_FILE, 'utf8')) as unknown[];
  return rows.map((row, index) => {
    const parsed = RowSchema.safeParse(row);
    if (!parsed.success) throw new Error(`${TABLE_FILE}, row ${index + 1} (${JSON.stringify(row)}): ${parsed.error.message}`);
    return parsed.data;
  });
}

const TABLE = loadTable();
const GLOSSARY = parse(readFileSync('content/glossary.yaml', 'utf8')) as {
  id: string;
  name: string;
  otherNames?: string[];
  searchAliases?: string[];
}[];
// Every topic needs a row, so a new topic gets one (content/README.md says so).
const TOPICS = readdirSync('content/topics').map((file) => file.replace(/\.mdx$/, ''));

/** Where a hit lands for a row: the record or page itself, or the page with its best section. */
function landing(hit: Hit | undefined, expected: string): string | undefined {
  if (!hit) return undefined;
  // A page-level expectation ("/rats/") is met by the page whatever section ranks best.
  return expected.includes('#') ? hit.section : hit.url;
}

let search: (query: string, kind?: string) => Promise<Hit[]>;

beforeAll(async () => {
  search = await loadPagefind(DIST);
});

test('the Pagefind index is written into dist/pagefind', () => {
  expect(existsSync(`${DIST}/pagefind/pagefind.js`)).toBe(true);
  expect(existsSync(`${DIST}/pagefind/pagefind-entry.json`)).toBe(true);
});

describe('the relevance table', () => {
  test('has at least 40 queries, at least 5 misspellings, and covers every topic and place named in the issue', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
    expect(TABLE.filter((row) => row.group === 'misspelling').length).toBeGreaterThanOrEqual(5);
    const expected = TABLE.map((row) => ('first' in row ? row.first : row.url));
    for (const topic of TOPICS) expect(expected.some((url) => url.startsWith(`/${topic}/`))).toBe(true);
    const queries = new Set(TABLE.map((row) => row.query.toLowerCase()));
    for (const place of ['kaliningrad', 'lianyungang', 'tashkent']) expect(queries).toContain(place);
  });

  test('asks for every glossary term by its name, each other name and each misspelling', () => {
    const queries = new Set(TABLE.map((row) => row.query.toLowerCase()));
    const missing = GLOSSARY.flatMap((term) => [term.name, ...(term.otherNames ?? []), ...(term.searchAliases ?? [])]).filter(
      (name) => !queries.has(name.toLowerCase()),
    );
    expect(missing, `add these to ${TABLE_FILE}`).toEqual([]);
  });

  test.each(TABLE.map((row) => [`${row.query}${'kind' in row && row.kind ? ` (${row.kind})` : ''}`, row] as const))(
    '%s',
    async (_, row) => {
      const hits = await search(row.query, 'kind' in row ? row.kind : undefined);
      if ('within' in row) {
        expect(
          hits.slice(0, row.within).map((hit) => hit.url),
          `"${row.query}" should list ${row.url} in the first ${row.within}`,
        ).toContain(row.url);
        return;
      }
      expect(
        landing(hits[0], row.first),
        `"${row.query}" first result (then: ${hits
          .slice(1, 4)
          .map((h) => h.section)
          .join(', ')})`,
      ).toBe(row.first);
      for (const url of row.also ?? []) {
        const top = hits.slice(0, 5).map((hit) => landing(hit, url));
        expect(top, `"${row.query}" should list ${url} in the first five`).toContain(url);
      }
    },
  );
});

describe('results', () => {
  test('a glossary term is a result of its own, titled by its name, that lands on /glossary/#id', async () => {
    const [hit] = await search('UNODC', 'glossary term');
    expect(hit).toMatchObject({
      url: '/glossary/#unodc',
      title: 'United Nations Office on Drugs and Crime (UNODC)',
      kind: 'glossary term',
    });
  });

  test('a timeline event is a result of its own that lands on /timeline/#id', async () => {
    const [hit] = await search('Iran becomes a member', 'event');
    expect(hit).toMatchObject({ url: '/timeline/#iran-joins-2023', kind: 'event' });
  });

  test('the glossary and timeline pages do not repeat their items in their own results', async () => {
    const hits = await search('UNODC');
    expect(hits.map((hit) => hit.url)).not.toContain('/glossary/');
  });

  test('every topic, source, glossary term and event carries its kind', async () => {
    const hits = await search('SCO');
    const kinds = new Set(hits.map((hit) => hit.kind));
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['event', 'glossary term', 'institution', 'principle', 'source']));
    for (const hit of hits) {
      if (/^\/(glossary|timeline)\/#/.test(hit.url))
        expect(hit.kind, hit.url).toBe(hit.url.startsWith('/glossary/') ? 'glossary term' : 'event');
      if (/^\/sources\/[^/]+\/$/.test(hit.url)) expect(hit.kind, hit.url).toBe('source');
    }
  });

  test('navigation, footers and footnotes are not indexed', async () => {
    // "editorial policy" appears in every footer; only the about page's own section should match.
    const hits = await search('editorial policy');
    expect(hits.map((hit) => hit.url)).toEqual(['/about/']);
  });

  test('footnote markers in running text ("[3]") are not indexed', async () => {
    const hits = await search('RATS');
    const rats = hits.find((hit) => hit.url === '/rats/');
    expect(rats?.content).toContain('Tashkent');
    expect(rats?.content.match(/\[\d+\]/g) ?? []).toEqual([]);
  });

  test('the search and 404 pages are not results', async () => {
    const hits = await search('page not found');
    expect(hits.map((hit) => hit.url)).not.toContain('/404.html');
  });
});
