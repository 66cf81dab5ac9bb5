import { describe, expect, test } from 'vitest';
import {
  COMMON_SHARE,
  commonWords,
  MIN_COMMON_RESULTS,
  subjectEntries,
  withoutCommonWords,
} from '#lib/search/common-words.ts';
import { namedEntries } from '#lib/search/named-entries.ts';
import { planQuery } from '#lib/search/search-query.ts';
import { IMPLIED_WEIGHT, runSearchQuery, type PagefindSearch } from '#lib/search/search-run.ts';
import { countWords, type SearchData } from '#lib/search/search-words.ts';
import { fakePagefind } from '../../support/fake-pagefind.ts';

/** `n` results of which `holding` say "SCO" and every one says "summit", one "Tashkent". */
function results(n: number, holding: number): string[] {
  return Array.from(
    { length: n },
    (_, index) => `${index < holding ? 'SCO' : 'the'} summit${index === 0 ? ' Tashkent' : ''}`,
  );
}

describe('the words common to most results', () => {
  test.each([
    // [results, holding "SCO", common?]
    [12, 12, true],
    [12, 8, true], // exactly two thirds
    [12, 7, false],
    [30, 20, true],
    [30, 19, false],
  ])('of %i results, %i hold "sco": common %s', (n, holding, common) => {
    expect(holding >= n * COMMON_SHARE).toBe(common);
    expect(commonWords(results(n, holding)).has('sco')).toBe(common);
    // A word in one result is never common; one in every result always is.
    expect(commonWords(results(n, holding)).has('tashkent')).toBe(false);
    expect(commonWords(results(n, holding)).has('summit')).toBe(true);
  });

  test('a tiny index has none', () => {
    expect(commonWords(results(MIN_COMMON_RESULTS - 1, MIN_COMMON_RESULTS - 1)).size).toBe(0);
  });

  test.each([
    [[['sco', 'member', 'states']], [['member', 'states']]],
    // Only the subject: nothing left to search without it.
    [[['sco']], []],
    // No common word: no variant added.
    [[['member', 'states']], []],
    // Each variant once, and none that is already a variant.
    [[['sco', 'members'], ['members', 'sco'], ['members']], []],
    [
      [
        ['sco', 'members'],
        ['sco', 'member', 'states'],
      ],
      [['members'], ['member', 'states']],
    ],
  ])('the variants %j add %j', (variants, added) => {
    expect(withoutCommonWords(variants, new Set(['sco']))).toEqual(added);
  });

  test("a common word's other names are left out as it is", () => {
    const groups = [
      [['sco'], ['shanghai', 'cooperation', 'organisation']],
      [['member', 'states'], ['members']],
    ];
    expect(
      withoutCommonWords(
        [
          ['members', 'shanghai', 'cooperation', 'organisation'],
          ['shanghai', 'cooperation', 'organisation'],
          ['shanghai', 'spirit'],
        ],
        new Set(['sco']),
        groups,
      ),
    ).toEqual([['members']]);
  });

  test('without common words no variant is added', () => {
    expect(withoutCommonWords([['sco', 'members']], undefined)).toEqual([]);
    expect(withoutCommonWords([['sco', 'members']], new Set())).toEqual([]);
  });
});

describe('a query holding the subject', () => {
  // The member table (a record) never says "SCO": the page around it does.
  const docs = [
    { id: 'members', words: ['member', 'states', 'kazakhstan'], score: 9 },
    { id: 'enlargement', words: ['sco', 'member', 'states', 'india'], score: 5 },
    { id: 'charter-term', words: ['sco', 'charter'], score: 8 },
    { id: 'un-charter', words: ['un', 'charter'], score: 9 },
  ];
  const pagefind = fakePagefind(docs, {
    holds: (doc, word) => doc.words.includes(word),
    score: (doc, words) => doc.score * words.length,
  });
  const data: SearchData = {
    words: countWords(docs.map((doc) => doc.words.join(' '))),
    synonyms: [],
    entries: [
      { id: 'members', names: ['Member states'], authors: [] },
      { id: 'charter-term', names: ['SCO Charter'], authors: [] },
      { id: 'un-charter', names: ['Charter'], authors: [] },
    ],
    common: new Set(['sco']),
  };
  const ids = async (query: string): Promise<string[]> =>
    (await runSearchQuery(pagefind, data, query))!.results.map((hit) => hit.id);

  test('is also searched without it, and names what only implies it', async () => {
    const plan = planQuery('SCO member states', data);
    expect(plan.variants).toContainEqual(['member', 'states']);
    expect([...(plan.implied ?? [])]).toEqual(['member states']);
    expect([...namedEntries(plan, data).keys()]).toEqual(['members']);
    expect(await ids('SCO member states')).toEqual(['members', 'enlargement']);
  });

  test('names by its full words first: "SCO Charter" is not "Charter"', async () => {
    expect([...namedEntries(planQuery('SCO Charter', data), data).keys()]).toEqual([
      'charter-term',
    ]);
    expect((await ids('SCO Charter'))[0]).toBe('charter-term');
  });

  test('a result that only implies the subject counts for less than one that names it, unless named', async () => {
    // "member states" alone names nothing here: the member table (9, found without "sco") counts
    // for IMPLIED_WEIGHT of its score among the results with "sco" in them, a weaker one (6) below.
    const unnamed: SearchData = { ...data, entries: [] };
    const weaker = [...docs, { id: 'list', words: ['member', 'states'], score: 6 }];
    const search: PagefindSearch<(typeof weaker)[number]> = {
      search: (term: string) =>
        Promise.resolve({
          results: weaker
            .filter((doc) => term.split(' ').every((word) => doc.words.includes(word)))
            .map((doc) => ({
              id: doc.id,
              score: doc.score * term.split(' ').length,
              data: () => Promise.resolve(doc),
            })),
        }),
    };
    const run = await runSearchQuery(search, unnamed, 'SCO member states');
    expect(run!.results.map((hit) => hit.id)).toEqual(['members', 'enlargement', 'list']);
    // Both weighed alike: by their scores, not placed below the rest.
    expect(run!.results[0]!.score / run!.results[2]!.score).toBeCloseTo(9 / 6);
    expect(IMPLIED_WEIGHT).toBeLessThan(1);
  });

  test('the subject alone is searched as it is', async () => {
    expect(planQuery('SCO', data).implied).toBeUndefined();
  });
});

describe('the entry the subject names by itself', () => {
  const entries = [
    { id: 'sco-term', names: ['Shanghai Cooperation Organization', 'SCO'], authors: [] },
    { id: 'charter-term', names: ['SCO Charter'], authors: [] },
    { id: 'members', names: ['Member states'], authors: [] },
  ];

  test('is the one with a name of common words only', () => {
    expect([...subjectEntries(entries, new Set(['sco']))]).toEqual(['sco-term']);
    expect(subjectEntries(entries, new Set()).size).toBe(0);
    expect(subjectEntries(entries, undefined).size).toBe(0);
  });

  // Pagefind's score of a result is the sum of its words': the SCO's own term scores high for "sco"
  // (its name) and low for "uzbekistan" (a mention in its text).
  const docs = [
    { id: 'sco-term', weights: { sco: 20, uzbekistan: 1 } },
    { id: 'rats', weights: { sco: 2, uzbekistan: 3 } },
    { id: 'members', weights: { uzbekistan: 4 } },
  ];
  const pagefind = fakePagefind(docs, {
    holds: (doc, word) => word in doc.weights,
    score: (doc, words) =>
      words.reduce((sum, word) => sum + (doc.weights as Record<string, number>)[word]!, 0),
  });
  const data: SearchData = {
    words: countWords(docs.map((doc) => Object.keys(doc.weights).join(' '))),
    synonyms: [],
    entries,
    common: new Set(['sco']),
  };
  const ids = async (query: string): Promise<string[]> =>
    (await runSearchQuery(pagefind, data, query))!.results.map((hit) => hit.id);

  test('ranks by the other words of the query: "Uzbekistan SCO" asks about Uzbekistan', async () => {
    expect(planQuery('Uzbekistan SCO', data).subject).toEqual(new Set(['sco-term']));
    // The member table (4, without "sco": IMPLIED_WEIGHT of it), then the page (5 over two words),
    // then the SCO's term by its mention of Uzbekistan (1), not by its name (21 over two words).
    expect(await ids('Uzbekistan SCO')).toEqual(['members', 'rats', 'sco-term']);
  });

  test('a result that says the subject seldom keeps its score without it', async () => {
    // A table that says "sco" once (1) and Uzbekistan often (3.5): 4.5 over two words with the
    // subject, IMPLIED_WEIGHT of 3.5 without it. The better counts; it ranks above the page (5
    // over two words), as it would for "Uzbekistan" alone.
    const withTable = [...docs, { id: 'table', weights: { sco: 1, uzbekistan: 3.5 } }];
    const search = fakePagefind(withTable, {
      holds: (doc, word) => word in doc.weights,
      score: (doc, words) =>
        words.reduce((sum, word) => sum + (doc.weights as Record<string, number>)[word]!, 0),
    });
    const run = await runSearchQuery(search, data, 'Uzbekistan SCO');
    expect(run!.results.map((hit) => hit.id)).toEqual(['members', 'table', 'rats', 'sco-term']);
    // Both by their scores without the subject, weighed alike.
    expect(run!.results[1]!.score / run!.results[0]!.score).toBeCloseTo(3.5 / 4);
  });

  test('is still named by the subject alone', async () => {
    expect(planQuery('SCO', data).subject).toBeUndefined();
    expect((await ids('SCO'))[0]).toBe('sco-term');
  });
});
