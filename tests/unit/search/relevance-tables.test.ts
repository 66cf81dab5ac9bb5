import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  isMeasuredOnly,
  loadRelevanceTable,
  localeOfTable,
  relevanceTables,
  typingRows,
  typoQueries,
} from '../../../tools/lib/relevance.ts';

// The held-out table measures the search on queries nobody tuned it on. A query that is also in the
// tuning table was tuned on, so it is not held out: it would flatter the held-out rate. Reworded
// queries count as different; case, punctuation and spacing do not.
const key = (query: string): string =>
  query
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The tables the search is tuned on: the first table, and the readers' (written apart from it). */
const TUNING_FILES = relevanceTables('en').table;

/** Fewest rows of each English held-out table: the 60 for the first; the others are supplements. */
const HELD_OUT_ROWS: Record<string, number> = {
  'tests/build/relevance-heldout.yaml': 60,
  'tests/build/relevance-heldout2.yaml': 100,
  'tests/build/relevance-heldout3.yaml': 40,
  'tests/build/relevance-heldout4.yaml': 200,
  'tests/build/relevance-heldout5.yaml': 36,
  'tests/build/relevance-heldout6.yaml': 69,
  'tests/build/relevance-heldout7.yaml': 29,
  'tests/build/relevance-heldout8.yaml': 49,
  'tests/build/relevance-heldout9.yaml': 46,
  'tests/build/relevance-heldout10.yaml': 33,
  'tests/build/relevance-heldout11.yaml': 40,
  'tests/build/relevance-heldout12.yaml': 25,
  'tests/build/relevance-heldout13.yaml': 57,
  'tests/build/relevance-heldout14.yaml': 43,
  'tests/build/relevance-heldout15.yaml': 67,
  'tests/build/relevance-heldout16.yaml': 23,
  'tests/build/relevance-heldout17.yaml': 39,
  'tests/build/relevance-heldout18.yaml': 44,
  'tests/build/relevance-heldout19.yaml': 45,
  'tests/build/relevance-heldout20.yaml': 90,
  'tests/build/relevance-heldout21.yaml': 91,
  'tests/build/relevance-heldout22.yaml': 53,
  'tests/build/relevance-heldout23.yaml': 45,
  'tests/build/relevance-heldout24.yaml': 36,
  'tests/build/relevance-heldout25.yaml': 56,
  'tests/build/relevance-heldout26.yaml': 23,
  'tests/build/relevance-heldout27.yaml': 35,
  'tests/build/relevance-heldout28.yaml': 49,
  'tests/build/relevance-heldout29.yaml': 53,
  'tests/build/relevance-heldout30.yaml': 47,
  'tests/build/relevance-heldout31.yaml': 39,
  'tests/build/relevance-heldout32.yaml': 17,
  'tests/build/relevance-heldout33.yaml': 10,
  'tests/build/relevance-heldout34.yaml': 11,
  'tests/build/relevance-heldout35.yaml': 7,
};

test('every English held-out table has its fewest rows', () => {
  expect(Object.keys(HELD_OUT_ROWS).sort()).toEqual([...relevanceTables('en').heldOut].sort());
});

describe.each(relevanceTables('en').heldOut)('%s', (file) => {
  test('no held-out query is also a row of a tuning table', () => {
    const tuned = new Set(
      TUNING_FILES.flatMap((table) => loadRelevanceTable(table)).map((row) => key(row.query)),
    );
    const heldOut = loadRelevanceTable(file);
    expect(tuned.size).toBeGreaterThan(100);
    expect(heldOut.length).toBeGreaterThanOrEqual(HELD_OUT_ROWS[file]!);
    expect(heldOut.filter((row) => tuned.has(key(row.query))).map((row) => row.query)).toEqual([]);
  });

  test('no query is in the held-out table twice', () => {
    const keys = loadRelevanceTable(file).map((row) => key(row.query));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
});

/** Fewest rows of each edition's held-out table: 60 for the first, as in English. */
const EDITION_HELD_OUT_ROWS: Record<string, number> = {
  'tests/build/relevance-heldout.ru.yaml': 60,
  'tests/build/relevance-heldout.zh.yaml': 60,
  'tests/build/relevance-heldout2.zh.yaml': 30,
};

// The editions' held-out tables (written by readers who never saw the tuning) are held to the same
// rule against their tuning tables.
describe.each(['ru', 'zh'] as const)('the %s edition', (locale) => {
  const { table, heldOut } = relevanceTables(locale);

  test('lists each held-out table with its fewest rows', () => {
    expect([...heldOut].sort()).toEqual(
      Object.keys(EDITION_HELD_OUT_ROWS)
        .filter((file) => localeOfTable(file) === locale)
        .sort(),
    );
  });

  test.each(heldOut)('no query of %s is a row of the tuning table, or twice in it', (file) => {
    const tuned = new Set(loadRelevanceTable(table[0]!).map((row) => key(row.query)));
    expect(tuned.size).toBeGreaterThanOrEqual(60);
    expect(existsSync(file), file).toBe(true);
    const rows = loadRelevanceTable(file);
    expect(rows.length).toBeGreaterThanOrEqual(EDITION_HELD_OUT_ROWS[file]!);
    expect(rows.filter((row) => tuned.has(key(row.query))).map((row) => row.query)).toEqual([]);
    const keys = rows.map((row) => key(row.query));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
});

// tools/relevance.ts refuses --misses on these: their rows are for measuring, never for tuning on.
test('the held-out tables and the readers’ samples are measured only; the tuning tables are not', () => {
  const measured = [
    ...relevanceTables('en').heldOut,
    ...relevanceTables('ru').heldOut,
    ...relevanceTables('zh').heldOut,
    'tests/build/relevance-sample.yaml',
    'tests/build/relevance-sample2.yaml',
  ];
  const tuned = [
    ...relevanceTables('en').table,
    ...relevanceTables('ru').table,
    ...relevanceTables('zh').table,
  ];
  expect(measured.filter((file) => !isMeasuredOnly(file))).toEqual([]);
  expect(tuned.filter(isMeasuredOnly)).toEqual([]);
  expect(tuned.length).toBeGreaterThan(3);
});

test('a table’s edition is read from its name', () => {
  expect(localeOfTable('tests/build/relevance.yaml')).toBe('en');
  expect(localeOfTable('tests/build/relevance-heldout.yaml')).toBe('en');
  expect(localeOfTable('tests/build/relevance.ru.yaml')).toBe('ru');
  expect(localeOfTable('tests/build/relevance-heldout.zh.yaml')).toBe('zh');
  expect(localeOfTable('tests/build/relevance-heldout2.zh.yaml')).toBe('zh');
  expect(localeOfTable('tests/build/relevance-heldout2.yaml')).toBe('en');
  expect(relevanceTables('ru')).toEqual({
    table: ['tests/build/relevance.ru.yaml'],
    heldOut: ['tests/build/relevance-heldout.ru.yaml'],
  });
});

test('a table as typed so far: the last word of seven letters or more cut to three fifths, once', () => {
  const rows = typingRows([
    { group: 'exact-name', query: 'UN Chronicle', first: '/sources/alimov-2017/' },
    { group: 'acronym', query: 'RATS', first: '/rats/' },
    {
      group: 'filter',
      query: 'Tashkent',
      kind: 'event',
      first: '/timeline/#rats-starts-work-2004',
    },
    { group: 'question', query: 'where is the secretariat', first: '/glossary/#sco-secretariat' },
    { group: 'question', query: 'Where is the Secretariat', first: '/glossary/#sco-secretariat' },
    { group: 'date', query: 'summit 2017', first: '/glossary/#astana-summit-2017' },
  ]);
  // "RATS" is too short to cut, a filtered row is the filter's, a number is no word being typed;
  // a query two tables hold (in any case) is measured once.
  expect(rows.map((row) => row.query)).toEqual(['UN Chroni', 'where is the secreta']);
  expect(rows[0]!.first).toBe('/sources/alimov-2017/');
});

// Two blind judges' first answers for the first held-out table (tools/relevance-agreement.ts):
// they measure how far careful readers agree with its answers, so they must judge its queries, all
// and only, each with an address.
test.each(['a', 'b'])(
  'judge %s judged every query of the held-out table, and only those',
  (judge) => {
    const table = loadRelevanceTable('tests/build/relevance-heldout.yaml').map((row) =>
      row.query.trim(),
    );
    const judged = (
      JSON.parse(readFileSync(`tests/build/relevance-heldout.judge-${judge}.json`, 'utf8')) as {
        query: string;
        best: string;
      }[]
    ).map((row) => {
      expect(row.best).toMatch(/^\//);
      return row.query.trim();
    });
    expect([...judged].sort()).toEqual([...table].sort());
  },
);

test('a name as readers mistype it: each long word, four ways, its first letter kept', () => {
  expect(typoQueries('Shanghai Five')).toEqual([
    { kind: 'dropped', query: 'shanhai five' },
    { kind: 'doubled', query: 'shanghhai five' },
    { kind: 'swapped', query: 'shanghia five' },
    { kind: 'wrong', query: 'sjanghai five' },
  ]);
  // Words shorter than TYPO_WORD, and words with other than letters, are left as they are.
  expect(typoQueries('UN Charter').map((each) => each.query)).toEqual([
    'un chater',
    'un chartter',
    'un chartre',
    'un cjarter',
  ]);
  expect(typoQueries('Article 2(4)').every((each) => each.query.endsWith(' 2(4)'))).toBe(true);
  expect(typoQueries('RATS')).toEqual([]);
  // Two like letters swapped give the name itself: no query.
  expect(typoQueries('Tallinn').map((each) => each.kind)).not.toContain('swapped');
  // The same name, the same queries; never the name, never a changed first letter.
  expect(typoQueries('Non-interference').map((each) => each.query)).toContain('non-interfrence');
  for (const name of ['Kyrgyzstan', 'Non-interference', 'Regional Anti-Terrorist Structure']) {
    const typos = typoQueries(name);
    expect(typos.length).toBeGreaterThanOrEqual(4);
    expect(typoQueries(name)).toEqual(typos);
    for (const { query } of typos) {
      expect(query).not.toBe(name.toLowerCase());
      expect(query.split(/[\s-]/).map((word) => word[0])).toEqual(
        name
          .toLowerCase()
          .split(/[\s-]/)
          .map((word) => word[0]),
      );
    }
  }
});
