// The first results a reader takes in at a glance (FIRST_SEEN): an account among records, a
// record among pages (src/lib/search/search-run.ts).
import { describe, expect, test } from 'vitest';
import {
  accountAmongFirst,
  FIRST_SEEN,
  NEAR_RECORD,
  recordAmongFirst,
  runSearchQuery,
  type PagefindSearch,
} from '#lib/search/search-run.ts';
import { countWords, type SearchData } from '#lib/search/search-words.ts';

/** A document of a fake index: its kind (Pagefind's filter) and words, and the score Pagefind gives it. */
interface Doc {
  id: string;
  kind: string;
  words: string[];
  score: number;
}

// The results of accountAmongFirst and recordAmongFirst: lower case, records of list pages;
// capitals, pages.
const hits = (list: string): { id: string }[] => [...list].map((id) => ({ id }));
const records = new Set('abcdefg');

describe('accountAmongFirst: a page among the first results when they are all records', () => {
  test.each([
    // Three records first: the best page takes the third place, the records keep their order.
    ['abcdE', 'abEcd'],
    ['abcdeFG', 'abFcdeG'],
    // A page among the first three already, or none below them: as ranked.
    ['abCde', 'abCde'],
    ['Abcde', 'Abcde'],
    ['abcde', 'abcde'],
    ['abc', 'abc'],
    ['ab', 'ab'],
    ['', ''],
  ])('%s → %s', (ranked, expected) =>
    expect(accountAmongFirst(hits(ranked), records)).toEqual(hits(expected)),
  );
  test('the first place shown at a glance is never taken', () => {
    const moved = accountAmongFirst(hits('abcdE'), records);
    expect(moved.slice(0, FIRST_SEEN - 1)).toEqual(hits('ab'));
    expect(moved).toHaveLength(5);
  });
});

describe('recordAmongFirst: a record among the first results when they are all pages', () => {
  test.each([
    // Three pages first and a record just below: it takes the third place, the pages keep their order.
    ['ABCdE', 'ABdCE'],
    ['ABCDeF', 'ABeCDF'],
    ['ABCde', 'ABdCe'],
    // A record among the first three already, none near enough below them, or too few results.
    ['ABcDe', 'ABcDe'],
    ['aBCDe', 'aBCDe'],
    ['ABCDEf', 'ABCDEf'],
    ['ABCDE', 'ABCDE'],
    ['ABC', 'ABC'],
    ['Ab', 'Ab'],
    ['', ''],
  ])('%s → %s', (ranked, expected) =>
    expect(recordAmongFirst(hits(ranked), records)).toEqual(hits(expected)),
  );
  test('a record NEAR_RECORD places below the first moves up; one further down does not', () => {
    const pages = 'ABCDEFGHIJ'.slice(0, FIRST_SEEN + NEAR_RECORD - 1);
    expect(recordAmongFirst(hits(`${pages}a`), records)[FIRST_SEEN - 1]).toEqual({ id: 'a' });
    expect(recordAmongFirst(hits(`${pages}Za`), records)).toEqual(hits(`${pages}Za`));
  });
  test('a source page among the first keeps them as ranked (rankPlan)', async () => {
    // Pages, the third a source page or not, and a record fourth.
    const docs = (third: string): Doc[] =>
      [
        // A source weighs less (kind-weights.ts), a record the query only mentions too.
        { id: 'page-1', kind: 'institution', score: 1000 },
        { id: 'page-2', kind: 'institution', score: 900 },
        { id: 'third', kind: third, score: 800 },
        { id: 'record', kind: 'glossary term', score: 300 },
        { id: 'page-5', kind: 'institution', score: 10 },
      ].map((doc) => ({ ...doc, words: ['alpha'] }));
    const ranked = async (third: string): Promise<string[]> => {
      const index = docs(third);
      const pagefind: PagefindSearch<Doc> = {
        search: (term, options) =>
          Promise.resolve({
            results: index
              .filter(
                (doc) =>
                  term !== null && (!options?.filters || doc.kind === options.filters['kind']),
              )
              .map((doc) => ({ id: doc.id, score: doc.score, data: () => Promise.resolve(doc) })),
          }),
      };
      const data: SearchData = {
        words: countWords(['alpha']),
        synonyms: [],
        entries: [],
        records: new Set(['record']),
      };
      return (await runSearchQuery(pagefind, data, 'alpha'))!.results.map((hit) => hit.id);
    };
    expect(await ranked('institution')).toEqual(['page-1', 'page-2', 'record', 'third', 'page-5']);
    expect(await ranked('source')).toEqual(['page-1', 'page-2', 'third', 'record', 'page-5']);
  });
  test('gives back the results themselves when nothing moves (rankPlan asks for sources then only)', () => {
    const kept = hits('ABcDE');
    expect(recordAmongFirst(kept, records)).toBe(kept);
    const far = hits('ABCDEf');
    expect(recordAmongFirst(far, records)).toBe(far);
    const moving = hits('ABCdE');
    expect(recordAmongFirst(moving, records)).not.toBe(moving);
  });
  test('the first places shown at a glance are never taken', () => {
    const moved = recordAmongFirst(hits('ABCdE'), records);
    expect(moved.slice(0, FIRST_SEEN - 1)).toEqual(hits('AB'));
    expect(moved).toHaveLength(5);
  });
});
