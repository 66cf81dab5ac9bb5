import { describe, expect, test, vi } from 'vitest';
import { editionRules } from '#lib/search/edition-rules.ts';
import { UNNAMED_SOURCE_WEIGHT } from '#lib/search/kind-weights.ts';
import { MENTION_RECORD_WEIGHT } from '#lib/search/named-entries.ts';
import { isQuestion, QUESTION_WEIGHTS } from '#lib/search/question-forms.ts';
import {
  definitionsFirst,
  phraseOf,
  planWithShards,
  runSearchQuery,
  type PagefindSearch,
  synonymsOf,
} from '#lib/search/search-run.ts';
import {
  decodeSearchIndex,
  encodeShards,
  shardOf,
  ShardedSearchData,
} from '#lib/search/search-shards.ts';
import { countWords, type SearchData } from '#lib/search/search-words.ts';
import { fakePagefind } from '../../support/fake-pagefind.ts';

/** A document of the fake index: its kind (Pagefind's filter) and words, and the score Pagefind gives it. */
interface Doc {
  id: string;
  kind: string;
  words: string[];
  score: number;
}

const DOCS: Doc[] = [
  { id: 'source-belarus', kind: 'source', words: ['belarus', 'joins', 'join', 'sco'], score: 12 },
  { id: 'event-belarus', kind: 'event', words: ['belarus', 'join', 'member'], score: 8 },
  { id: 'topic-enlargement', kind: 'event', words: ['belarus', 'join', 'india'], score: 4.5 },
  { id: 'term-rats', kind: 'glossary term', words: ['rats', 'tashkent'], score: 9 },
  { id: 'topic-rats', kind: 'institution', words: ['rats', 'tashkent', 'functions'], score: 7 },
];

/** Pagefind as the query layer sees it: a result for every document holding all the words. */
const PAGEFIND: PagefindSearch<Doc> = {
  search: (term, options) => {
    // No term: every document the filter keeps, as Pagefind's search(null, { filters }).
    const words = term === null ? [] : term.split(' ');
    const kind = options?.filters?.['kind'];
    const results = DOCS.filter(
      (doc) => words.every((word) => doc.words.includes(word)) && (!kind || doc.kind === kind),
    ).map((doc) => ({
      id: doc.id,
      score: doc.score * words.length,
      data: () => Promise.resolve(doc),
    }));
    return Promise.resolve({ results });
  },
};

const DATA: SearchData = {
  words: countWords(DOCS.map((doc) => doc.words.join(' '))),
  synonyms: [],
  entries: [],
};

describe('questions', () => {
  test.each([
    ['when did Belarus join', true],
    ['how many member states', true],
    ['Is RATS in Tashkent', true],
    ['who wrote the column', true],
    ['Belarus join', false],
    ['when', false],
    ['whenever Belarus', false],
  ])('"%s" is a question: %s', (query, expected) => expect(isQuestion(query)).toBe(expected));

  const order = async (query: string): Promise<string[]> =>
    (await runSearchQuery(PAGEFIND, DATA, query))!.results.map((hit) => hit.id);

  test('a source page weighs less in the answers to a question than in a search of the same words', async () => {
    expect(QUESTION_WEIGHTS.source).toBeLessThan(UNNAMED_SOURCE_WEIGHT);
    // Not a question: the source (12 × 0.4) falls below the event (8), not below the topic (4.5).
    expect(await order('Belarus join')).toEqual([
      'event-belarus',
      'source-belarus',
      'topic-enlargement',
    ]);
    expect(await order('how did Belarus join')).toEqual([
      'event-belarus',
      'topic-enlargement',
      'source-belarus',
    ]);
  });

  test.each([
    ['RATS', ['term-rats', 'topic-rats']],
    ['what is RATS', ['term-rats', 'topic-rats']],
    ['what does RATS do', ['topic-rats', 'term-rats']],
    ['what is the role of RATS', ['topic-rats', 'term-rats']],
    ['what does RATS mean', ['term-rats', 'topic-rats']],
  ])(
    '"%s": a glossary record weighs less in a question about what something does',
    async (query, expected) => {
      expect(await order(query)).toEqual(expected);
    },
  );

  test('a record of a list page weighs less in a question about what something does', async () => {
    // Its name holds "Belarus", so the event is not a record the query only mentions (nor does the
    // query name it: "Belarus join" would name "Belarus joins", a name's last word in either number).
    const data = {
      ...DATA,
      entries: [{ id: 'event-belarus', names: ['Belarus joins the SCO'], authors: [] }],
      records: new Set(['event-belarus']),
    };
    const ids = async (query: string): Promise<string[]> =>
      (await runSearchQuery(PAGEFIND, data, query))!.results.map((hit) => hit.id);
    expect(await ids('Belarus join')).toEqual([
      'event-belarus',
      'source-belarus',
      'topic-enlargement',
    ]);
    // The event (8) would lead; halved (4), it falls below the topic (4.5), and the source (12 ×
    // 0.3) below both.
    expect(await ids('how did Belarus join')).toEqual([
      'topic-enlargement',
      'event-belarus',
      'source-belarus',
    ]);
  });

  test('a word misspelt by sound is corrected, the encoder loaded on first need', async () => {
    const run = await runSearchQuery(PAGEFIND, DATA, 'pelarus join');
    expect(run!.corrections).toEqual([{ from: 'pelarus', to: 'belarus' }]);
    expect(run!.results.map((hit) => hit.id)).toContain('source-belarus');
  });

  test('…unless the question asks for a source', async () => {
    expect((await order('who wrote Belarus join'))[0]).toBe('source-belarus');
  });
});

describe('a kind filter', () => {
  // A filter keeps All's results of its kind, in All's order, searched as All was; its count is
  // how many it keeps. "belarus tashkent" finds nothing whole: All drops "tashkent", and a filtered
  // search had dropped "belarus" on its own.
  test.each(['belarus join', 'rats tashkent', 'pelarus join', 'belarus tashkent', 'nothing here'])(
    '%s',
    async (query) => {
      const kinds = [...new Set(DOCS.map((doc) => doc.kind))];
      const all = (await runSearchQuery(PAGEFIND, DATA, query, { kinds }))!;
      const kindOf = new Map(DOCS.map((doc) => [doc.id, doc.kind]));
      for (const kind of kinds) {
        const filtered = (await runSearchQuery(PAGEFIND, DATA, query, { kind }))!;
        const expected = all.results
          .filter((hit) => kindOf.get(hit.id) === kind)
          .map((hit) => hit.id);
        expect(
          filtered.results.map((hit) => hit.id),
          kind,
        ).toEqual(expected);
        expect(filtered.searched).toBe(all.searched);
        expect(all.kindCounts?.[kind], kind).toBe(expected.length);
      }
      expect(Object.values(all.kindCounts ?? {}).reduce((sum, count) => sum + count, 0)).toBe(
        all.results.length,
      );
    },
  );
});

describe('the edit distance, loaded when a plan has a word to correct', () => {
  // Fresh copies of the query layer, in which the edit distance is not loaded yet (the test setup
  // loads it into the shared copy), and a count of the library's loads.
  async function freshLayer() {
    vi.doUnmock('#lib/search/edit-distance.ts');
    vi.resetModules();
    const loads = { count: 0 };
    vi.doMock('#lib/search/edit-distance.ts', async (importOriginal) => {
      loads.count += 1;
      return importOriginal();
    });
    const query = await import('#lib/search/search-query.ts');
    const corrections = await import('#lib/search/corrections.ts');
    const run = await import('#lib/search/search-run.ts');
    return { query, corrections, run, loads };
  }

  test('a query of words the index holds loads none of it', async () => {
    const { run, loads } = await freshLayer();
    const found = await run.runSearchQuery(PAGEFIND, DATA, 'rats tashkent');
    expect(found!.results.map((hit) => hit.id)).toEqual(['term-rats', 'topic-rats']);
    expect(loads.count).toBe(0);
  });

  test('a misspelt word loads it, and the query is planned again and corrected', async () => {
    const { query, corrections, run, loads } = await freshLayer();
    // The planner alone cannot correct without it, and says it wanted it.
    const data: SearchData = { ...DATA };
    expect(query.planQuery('tashkint', data).corrections).toEqual([]);
    expect(corrections.wantsEditDistance(data)).toBe(true);
    const found = await run.runSearchQuery(PAGEFIND, DATA, 'tashkint');
    expect(found!.corrections).toEqual([{ from: 'tashkint', to: 'tashkent' }]);
    expect(found!.results.map((hit) => hit.id)).toEqual(['term-rats', 'topic-rats']);
    expect(loads.count).toBe(1);
    expect(corrections.wantsEditDistance(data)).toBe(false);
  });

  test('if it cannot be loaded, the words are searched as typed, and a later query loads it', async () => {
    vi.doUnmock('#lib/search/edit-distance.ts');
    vi.resetModules();
    let fail = true;
    vi.doMock('#lib/search/edit-distance.ts', async (importOriginal) => {
      if (fail) throw new Error('offline');
      return importOriginal();
    });
    const run = await import('#lib/search/search-run.ts');
    // Without the edit distance, the word is searched as typed: sound is tried only after it.
    const offline = await run.runSearchQuery(PAGEFIND, DATA, 'ratz');
    expect(offline!.corrections).toEqual([]);
    fail = false;
    const online = await run.runSearchQuery(PAGEFIND, DATA, 'ratz');
    expect(online!.corrections).toEqual([{ from: 'ratz', to: 'rats' }]);
  });
});

describe('a record the query only mentions', () => {
  test('weighs less than a page that gives the account, unless its name holds a word', async () => {
    // The term (9) mentions "tashkent"; the topic (7) gives the account. Named by "RATS", the term stays first.
    const data: SearchData = {
      ...DATA,
      entries: [
        { id: 'term-rats', names: ['RATS', 'Regional Anti-Terrorist Structure'], authors: [] },
      ],
      records: new Set(['term-rats']),
    };
    const ids = async (query: string): Promise<string[]> =>
      (await runSearchQuery(PAGEFIND, data, query))!.results.map((hit) => hit.id);
    expect(9 * MENTION_RECORD_WEIGHT).toBeLessThan(7);
    expect(await ids('tashkent')).toEqual(['topic-rats', 'term-rats']);
    expect(await ids('rats tashkent')).toEqual(['term-rats', 'topic-rats']);
  });
});

describe('one thing on two list pages (a timeline event, the glossary term of its anchor)', () => {
  // The event (8) outscores the term (4.5) that defines the same thing.
  const data: SearchData = {
    ...DATA,
    words: countWords(['belarus join member india 2024 july']),
    definedBy: new Map([['event-belarus', 'topic-enlargement']]),
  };
  const ids = async (query: string): Promise<string[]> =>
    (await runSearchQuery(PAGEFIND, data, query))!.results.map((hit) => hit.id);
  test('the term goes where the event ranks, the event right after it', async () => {
    const without = await runSearchQuery(
      PAGEFIND,
      { ...data, definedBy: new Map() },
      'belarus join',
    );
    expect(without!.results.map((hit) => hit.id)).toEqual([
      'event-belarus',
      'source-belarus',
      'topic-enlargement',
    ]);
    expect(await ids('belarus join')).toEqual([
      'topic-enlargement',
      'event-belarus',
      'source-belarus',
    ]);
  });
  test('definitionsFirst moves only a term ranked below what it defines', () => {
    const hits = (...list: string[]): { id: string }[] => list.map((id) => ({ id }));
    const definedBy = new Map([
      ['b', 'd'],
      ['e', 'a'],
    ]);
    expect(definitionsFirst(hits('a', 'b', 'c', 'd', 'e'), definedBy)).toEqual(
      hits('a', 'd', 'b', 'c', 'e'),
    );
    expect(definitionsFirst(hits('c', 'b'), definedBy)).toEqual(hits('c', 'b'));
  });
});

describe('a query that is one of a result’s names and nothing else', () => {
  const data: SearchData = {
    ...DATA,
    entries: [{ id: 'term-rats', names: ['RATS'], authors: [] }],
  };
  const nameOnly = async (query: string) =>
    (await runSearchQuery(PAGEFIND, data, query))!.results.find((hit) => hit.id === 'term-rats')
      ?.nameOnly;
  test('marks it (its title leads to its top), unless a question asks about it', async () => {
    expect(await nameOnly('RATS')).toBe(true);
    expect(await nameOnly('rats tashkent')).toBeUndefined();
    expect(await nameOnly('what does RATS do')).toBeUndefined();
  });
});

describe('a question that asks for a date and finds no dated record', () => {
  // The topic page says RATS "opens"; its events say it "begins work", never "opens".
  const docs: Doc[] = [
    { id: 'topic-rats', kind: 'institution', words: ['rats', 'opens', 'tashkent'], score: 7 },
    { id: 'event-rats-work', kind: 'event', words: ['rats', 'begins', 'work'], score: 9 },
    { id: 'event-summit', kind: 'event', words: ['summit', 'opens'], score: 9 },
  ];
  const pagefind: PagefindSearch<Doc> = {
    // As Pagefind matches: a query word finds the words it begins ("open" finds "opens").
    search: (term: string, options) => {
      const words = term.split(' ');
      const kind = options?.filters?.['kind'];
      const results = docs
        .filter(
          (doc) =>
            words.every((word) => doc.words.some((held) => held.startsWith(word))) &&
            (!kind || doc.kind === kind),
        )
        .map((doc) => ({
          id: doc.id,
          score: doc.score * words.length,
          data: () => Promise.resolve(doc),
        }));
      return Promise.resolve({ results });
    },
  };
  const data: SearchData = {
    words: countWords(docs.map((doc) => doc.words.join(' '))),
    synonyms: [],
    entries: [{ id: 'term-rats', names: ['RATS'], authors: [] }],
  };
  const ids = async (query: string): Promise<string[]> =>
    (await runSearchQuery(pagefind, data, query))!.results.map((hit) => hit.id);

  test.each([
    // The dated records of what it names, RATS, and not of the verb ("the summit opens").
    ['what year did RATS open', ['event-rats-work', 'topic-rats']],
    ['when did RATS open', ['event-rats-work', 'topic-rats']],
    // Not a question for a date; nor one whose words a dated record holds.
    ['RATS open', ['topic-rats']],
    ['what is RATS open', ['topic-rats']],
    ['when did the summit open', ['event-summit']],
  ])('"%s" finds %j', async (query, expected) => expect(await ids(query)).toEqual(expected));
});

describe('merging the searches of a query and its synonyms', () => {
  // Each search gives its own data: the sections Pagefind ranks by the words it searched.
  const searchedBy = (term: string) => ({ id: 'page', score: term === 'rats' ? 1 : 5, term });
  // The page has no kind: a search filtered by kind finds nothing.
  const pagefind: PagefindSearch<{ term: string }> = {
    search: (term: string, options) =>
      Promise.resolve({
        results: options?.filters
          ? []
          : [{ ...searchedBy(term), data: () => Promise.resolve({ term }) }],
      }),
  };
  const data: SearchData = {
    words: countWords(['rats structure']),
    synonyms: [[['rats'], ['structure']]],
    entries: [],
  };

  test("a result takes the best score of any search, and its data from the reader's own words", async () => {
    const run = await runSearchQuery(pagefind, data, 'rats');
    expect(run!.results).toHaveLength(1);
    const [hit] = run!.results;
    expect(hit!.score).toBeCloseTo(5 * 0.9);
    expect(await hit!.data()).toEqual({ term: 'rats' });
  });
});

describe('the search data a query loads', () => {
  const data: SearchData = {
    words: countWords([
      'When the SCO was founded, India did not join; it joined in 2017.',
      'The Regional Anti-Terrorist Structure works in Tashkent; what it does is cooperation.',
    ]),
    synonyms: [],
    entries: [],
  };
  const shardsFetched = async (query: string): Promise<Set<number | undefined>> => {
    const { index, shards } = encodeShards(data);
    const fetched = new Set<number>();
    const source = new ShardedSearchData(decodeSearchIndex(index), (shard) => {
      fetched.add(shard);
      return Promise.resolve(shards.get(shard) ?? '');
    });
    await planWithShards(query, source, true);
    return fetched;
  };

  test('a question loads no shard for its function words alone', async () => {
    const fetched = await shardsFetched('when did India join the SCO');
    expect(fetched).toEqual(new Set(['india', 'join', 'sco'].map(shardOf)));
    // "when", "did" and "the" are dropped before any look-up.
    for (const word of ['when', 'did', 'the']) expect(fetched.has(shardOf(word))).toBe(false);
  });

  test('a query of function words only loads their shards', async () => {
    const fetched = await shardsFetched('what is it');
    expect(fetched.has(shardOf('what'))).toBe(true);
  });
});

/** Pagefind over `docs` with every word required whole, each result at its document's score. */
function wholeWordSearch(docs: readonly Doc[]): PagefindSearch<Doc> {
  return {
    search: (term: string) =>
      Promise.resolve({
        results: docs
          .filter((doc) => term.split(' ').every((word) => doc.words.includes(word)))
          .map((doc) => ({ id: doc.id, score: doc.score, data: () => Promise.resolve(doc) })),
      }),
  };
}

describe('a question holding a word its answer does not use', () => {
  // "mention" is rare on the site, yet it is the question's word, not the answer's.
  const docs: Doc[] = [
    { id: 'side-by-side', kind: 'principle', words: ['un', 'charter', 'nonaggression'], score: 9 },
    { id: 'term-unodc', kind: 'glossary term', words: ['un', 'charter', 'mention'], score: 3 },
    { id: 'about', kind: 'page', words: ['charter', 'mention', 'nonaggression'], score: 2 },
    { id: 'few', kind: 'page', words: ['azam', 'founding', 'rats', 'right'], score: 2 },
    { id: 'rats-topic', kind: 'institution', words: ['azam', 'founding', 'rats'], score: 8 },
    { id: 'rats-term', kind: 'glossary term', words: ['founding', 'rats', 'right'], score: 9 },
  ];
  const pagefind: PagefindSearch<Doc> = {
    search: (term: string, options) =>
      Promise.resolve({
        results: docs
          .filter(
            (doc) =>
              term.split(' ').every((word) => doc.words.includes(word)) &&
              (!options?.filters?.['kind'] || doc.kind === options.filters['kind']),
          )
          .map((doc) => ({
            id: doc.id,
            score: doc.score * term.split(' ').length,
            data: () => Promise.resolve(doc),
          })),
      }),
  };
  const data: SearchData = {
    // "mention" is the rarest word: dropping the most frequent word first kept it.
    words: new Map([
      ['un', 8],
      ['charter', 8],
      ['nonaggression', 2],
      ['mention', 1],
      ['azam', 4],
      ['founding', 4],
      ['rats', 8],
      ['right', 2],
      ['drugs', 4],
      ['sources', 4],
    ]),
    synonyms: [],
    entries: [],
  };
  const run = (query: string) => runSearchQuery(pagefind, data, query);

  test('finding nothing, it is searched without each word in turn; the best is what is searched', async () => {
    const found = await run('un charter mention nonaggression');
    expect(found!.searched).toBe('un charter nonaggression');
    expect(found!.widened).toBe(true);
    expect(found!.results.map((hit) => hit.id)[0]).toBe('side-by-side');
    // The other searches' results follow, in their own order.
    expect(found!.results.map((hit) => hit.id).slice(1)).toEqual(['term-unodc', 'about']);
  });

  test('a word left out that no page holds is named; one that some page holds is not', async () => {
    // "mention" is a word of the index: no result has every word, but pages have each.
    expect((await run('un charter mention nonaggression'))!.missing).toBeUndefined();
    // "cctv" is no word of the index: the site lacks it.
    const missing = await run('CCTV charter');
    expect({ searched: missing!.searched, widened: missing!.widened }).toEqual({
      searched: 'charter',
      widened: true,
    });
    expect(missing!.missing).toEqual(['CCTV']);
    // Nothing left out, nothing named.
    expect((await run('un charter'))!.missing).toBeUndefined();
  });

  test('finding nothing even without each word, what was searched is the query itself, not widened', async () => {
    const none = await run('qqqzzz xyzzy wvvw');
    expect(none!.results).toEqual([]);
    expect(none!.widened).toBe(false);
    expect(none!.searched).toBe('qqqzzz xyzzy wvvw');
  });

  test('a word that names an entry is left out last', async () => {
    // Without "charter" the words find a page that scores more than the one found without
    // "mention"; but "charter" is in a name ("UN Charter"), "mention" in none.
    const pages: Doc[] = [
      {
        id: 'side-by-side',
        kind: 'principle',
        words: ['un', 'charter', 'nonaggression'],
        score: 2,
      },
      { id: 'mentions', kind: 'page', words: ['un', 'mention', 'nonaggression'], score: 9 },
    ];
    const find = wholeWordSearch(pages);
    const words: SearchData = { ...data, entries: [] };
    expect((await runSearchQuery(find, words, 'un charter mention nonaggression'))!.searched).toBe(
      'un mention nonaggression',
    );
    const named: SearchData = {
      ...words,
      entries: [{ id: 'term-un-charter', names: ['UN Charter'], authors: [] }],
    };
    expect((await runSearchQuery(find, named, 'un charter mention nonaggression'))!.searched).toBe(
      'un charter nonaggression',
    );
  });

  // "si tszinpin" (Xi Jinping, as Russian spells him) had been searched as "si", which Pagefind
  // matches as the start of "signed" and "side": 18 results, none about him.
  test('finding nothing, it is not searched as a word of one or two letters the index does not hold whole', async () => {
    const prefixes: PagefindSearch<Doc> = {
      search: (term) =>
        Promise.resolve({
          results: [
            { id: 'signed', kind: 'event', words: ['signed', 'un'], score: 5 },
            { id: 'population', kind: 'principle', words: ['44', 'percent'], score: 3 },
            { id: 'summit', kind: 'event', words: ['xi', 'jinping'], score: 2 },
          ]
            .filter((doc) =>
              (term ?? '').split(' ').every((word) => doc.words.some((w) => w.startsWith(word))),
            )
            .map((doc) => ({ id: doc.id, score: doc.score, data: () => Promise.resolve(doc) })),
        }),
    };
    const words: SearchData = {
      ...data,
      words: new Map([
        ['signed', 4],
        ['side', 2],
        ['un', 8],
      ]),
    };
    const none = await runSearchQuery(prefixes, words, 'si tszinpin');
    expect(none!.results).toEqual([]);
    expect(none!.searched).toBe('si tszinpin');
    expect(none!.widened).toBe(false);
    // A word of two letters the index holds whole is a word: searched without the other.
    const un = await runSearchQuery(prefixes, words, 'un tszinpin');
    expect([un!.searched, un!.results.map((hit) => hit.id)]).toEqual(['un', ['signed']]);
    // So is a start of three letters or more, as a reader types it, and the start of a single word.
    const sig = await runSearchQuery(prefixes, words, 'sig tszinpin');
    expect([sig!.searched, sig!.results.map((hit) => hit.id)]).toEqual(['sig', ['signed']]);
    const single: SearchData = { ...words, words: new Map([['signed', 4]]) };
    const si = await runSearchQuery(prefixes, single, 'si tszinpin');
    expect([si!.searched, si!.results.map((hit) => hit.id)]).toEqual(['si', ['signed']]);
    // The vocabulary lists no word that short: a number is searched alone ("44 percent"), and so
    // is a word of an entry's name or a synonym group.
    const numbered = await runSearchQuery(prefixes, words, '44 tszinpin');
    expect(numbered!.searched).toBe('44');
    // One digit begins too many numbers to stand alone.
    expect((await runSearchQuery(prefixes, words, '4 tszinpin'))!.searched).toBe('4 tszinpin');
    const unlisted: SearchData = {
      ...words,
      words: new Map([
        ['signed', 4],
        ['side', 2],
        ['united', 3],
        ['unity', 1],
      ]),
    };
    expect((await runSearchQuery(prefixes, unlisted, 'un tszinpin'))!.searched).toBe('un tszinpin');
    const named: SearchData = {
      ...unlisted,
      entries: [{ id: 'term-un-charter', names: ['UN Charter'], authors: [] }],
    };
    expect((await runSearchQuery(prefixes, named, 'un tszinpin'))!.searched).toBe('un');
    const grouped: SearchData = { ...unlisted, synonyms: [[['un'], ['united', 'nations']]] };
    expect((await runSearchQuery(prefixes, grouped, 'un tszinpin'))!.searched).toBe('un');
    // A start that begins no longer word, or only a word and its plural, finds the word itself or
    // that word: "president xi" is Xi Jinping ("xinhua" and "xinhuas" are the words "xi" begins).
    const xinhua: SearchData = {
      ...words,
      words: new Map([
        ['signed', 4],
        ['xinhua', 2],
        ['xinhuas', 1],
      ]),
    };
    const xi = await runSearchQuery(prefixes, xinhua, 'xi tszinpin');
    expect([xi!.searched, xi!.results.map((hit) => hit.id)]).toEqual(['xi', ['summit']]);
    const alone = await runSearchQuery(prefixes, words, 'xi tszinpin');
    expect([alone!.searched, alone!.results.map((hit) => hit.id)]).toEqual(['xi', ['summit']]);
    const two: SearchData = { ...xinhua, words: new Map([...xinhua.words, ['xinjiang', 1]]) };
    expect((await runSearchQuery(prefixes, two, 'xi tszinpin'))!.searched).toBe('xi tszinpin');
  });

  test('finding few, the results without each word follow, whatever the weights of kinds', async () => {
    // The glossary term (9) outscores the page with every word (2), and follows it.
    const found = await run('azam founding rats right');
    expect(found!.searched).toBe('azam founding rats right');
    expect(found!.results.map((hit) => hit.id)).toEqual(['few', 'rats-term', 'rats-topic']);
  });

  test('…but an entry the query names whole among its other words ranks by its score', async () => {
    // "prioritised three forces": the term of the three forces lacks "prioritised", which two
    // terms that only mention the three forces say (records whose names hold none of the words,
    // which weigh less: MENTION_RECORD_WEIGHT).
    const named: SearchData = {
      ...data,
      entries: [
        { id: 'rats-term', names: ['RATS'], authors: [] },
        { id: 'few', names: ['Separatism'], authors: [] },
      ],
      records: new Set(['few', 'rats-term']),
    };
    const found = await runSearchQuery(pagefind, named, 'azam founding rats right');
    expect(found!.results.map((hit) => hit.id)).toEqual(['rats-term', 'few', 'rats-topic']);
  });
});

describe('a query that finds nothing as corrected', () => {
  const docs: Doc[] = [
    { id: 'event-belarus', kind: 'event', words: ['belarus', 'joins'], score: 8 },
    { id: 'about', kind: 'page', words: ['plain', 'secretariat'], score: 2 },
    { id: 'term-secretariat', kind: 'glossary term', words: ['secretariat', 'beijing'], score: 5 },
  ];
  const pagefind = wholeWordSearch(docs);
  const data: SearchData = {
    words: countWords(docs.map((doc) => doc.words.join(' '))),
    synonyms: [],
    entries: [],
  };
  const run = (query: string) => runSearchQuery(pagefind, data, query);

  test.each([
    // Two letters swapped apart: two edits, one more than seven letters get at first.
    ['beralus', 'belarus', ['event-belarus']],
    ['beralus joins', 'belarus joins', ['event-belarus']],
  ])(
    '"%s" is searched as "%s", a long word allowed one more edit',
    async (query, searched, ids) => {
      const found = await run(query);
      expect(found!.searched).toBe(searched);
      expect(found!.corrections).toEqual([{ from: 'beralus', to: 'belarus' }]);
      expect(found!.results.map((hit) => hit.id)).toEqual(ids);
    },
  );

  test('a short word is not: "pekin" is two edits from "plain", and is left out instead', async () => {
    const found = await run('pekin secretariat');
    expect(found!.corrections).toEqual([]);
    expect(found!.searched).toBe('secretariat');
  });

  test('nor a word the reader asked to search as typed', async () => {
    const found = await runSearchQuery(pagefind, data, 'beralus', { correct: false });
    expect(found!.results).toEqual([]);
  });
});

describe('a last word completed to a group word it begins', () => {
  // "terr" begins the synonym group's "territory" and the index's "terrorist"; Pagefind completes a
  // word's start to the words it begins.
  const docs = [
    { id: 'rats', words: ['anti', 'terrorist', 'structure'], score: 9 },
    { id: 'borders', words: ['territory', 'area', 'borders'], score: 5 },
  ];
  const pagefind = fakePagefind(docs, {
    holds: (doc, word) => doc.words.some((each) => each.startsWith(word)),
    score: (doc) => doc.score,
  });
  const data: SearchData = {
    words: countWords(docs.map((doc) => doc.words.join(' '))),
    synonyms: [[['territory'], ['area']]],
    entries: [],
  };

  test('is searched as typed when the group word finds nothing with the other words', async () => {
    const run = await runSearchQuery(pagefind, data, 'anti terr');
    expect({ searched: run?.searched, widened: run?.widened }).toEqual({
      searched: 'anti terr',
      widened: false,
    });
    expect(run?.results.map((hit) => hit.id)).toEqual(['rats']);
  });

  test('…and as the group word when that finds something', async () => {
    const run = await runSearchQuery(pagefind, data, 'borders terr');
    expect(run?.results.map((hit) => hit.id)).toEqual(['borders']);
    expect(run?.widened).toBe(false);
  });
});

describe('a phrase in quotation marks', () => {
  test.each([
    ['"rats"', 'rats'],
    ['“Shanghai Spirit”', 'Shanghai Spirit'],
    ['  «mutual trust»  ', 'mutual trust'],
    ['„three forces“', 'three forces'],
    ['「上海精神」', '上海精神'],
  ])('%s is the phrase %s', (query, phrase) => expect(phraseOf(query)).toBe(phrase));

  test.each(['rats', '""', '"  "', '"a" "b"', '"rats', 'rats"'])('%s is no phrase', (query) =>
    expect(phraseOf(query)).toBeUndefined(),
  );

  test('is searched as Pagefind’s phrase, in straight quotes, and names the entries its words name', async () => {
    const searched: string[] = [];
    const pagefind: PagefindSearch<Doc> = {
      search: (term: string) => {
        searched.push(term);
        // Pagefind's own ranking of the phrase: a mention above the entry.
        return Promise.resolve({
          results: [
            { id: 'topic-rats', score: 9, data: () => Promise.resolve(DOCS[4]!) },
            { id: 'term-rats', score: 3, data: () => Promise.resolve(DOCS[3]!) },
          ],
        });
      },
    };
    const data: SearchData = {
      ...DATA,
      entries: [{ id: 'term-rats', names: ['SCO RATS'], authors: [] }],
      records: new Set(['term-rats']),
    };
    const run = await runSearchQuery(pagefind, data, '“SCO RATS”');
    expect(searched[0]).toBe('"SCO RATS"');
    expect(run?.results.map((hit) => hit.id)).toEqual(['term-rats', 'topic-rats']);
    // One word in quotation marks is the word, not Pagefind's phrase of one word.
    searched.length = 0;
    await runSearchQuery(pagefind, data, '“RATS”');
    expect(searched.length).toBeGreaterThan(0);
    expect(searched.some((term) => term.includes('"'))).toBe(false);
  });
  test.each([
    ['ru', '«шанхайский дух»', 'шанхайский дух'],
    ['zh', '“上海精神”', '上海精神'],
  ] as const)(
    'in the %s edition %s is searched as its words (inflected, or written without spaces)',
    async (locale, query, words) => {
      const searched: string[] = [];
      const pagefind: PagefindSearch<Doc> = {
        search: (term: string) => {
          searched.push(term);
          return Promise.resolve({ results: [] });
        },
      };
      const run = await runSearchQuery(pagefind, DATA, query, { edition: editionRules(locale) });
      // Words of the test index or not, none is searched as Pagefind's phrase.
      expect(searched.filter((term) => term.includes('"'))).toEqual([]);
      if (searched.length > 0) expect(searched[0]).toBe(words);
      expect(run?.query).toBe(query);
    },
  );
});

describe('a query of function words only', () => {
  // Nothing is searched, and the run says why (SearchRun.onlyCommon); a query of no words at all
  // ("!!!") is not that: nothing matches it.
  test.each([
    ['en', 'the of and', true],
    ['en', 'what is the', true],
    ['en', '!!!', false],
    ['en', '🐀🐀🐀', false],
    ['en', 'US', false],
    ['ru', 'и в на', true],
    ['zh', '的', true],
    ['zh', '？', false],
  ] as const)('%s: %j → onlyCommon %s', async (locale, query, only) => {
    const searched: string[] = [];
    const pagefind: PagefindSearch<Doc> = {
      search: (term: string | null) => {
        if (term !== null) searched.push(term);
        return Promise.resolve({ results: [] });
      },
    };
    const run = await runSearchQuery(pagefind, DATA, query, {
      edition: locale === 'en' ? undefined : editionRules(locale),
    });
    expect(run?.onlyCommon === true).toBe(only);
    if (only) expect(searched).toEqual([]);
  });
});

describe('a question that names an entry among its other words', () => {
  // The term is named by the question, but lacks its other words; a page has them all.
  const docs: Doc[] = [
    {
      id: 'stance',
      kind: 'page',
      words: ['nonconfrontation', 'one', 'official', 'principles'],
      score: 9,
    },
    { id: 'formula', kind: 'page', words: ['one', 'official', 'principles', 'values'], score: 6 },
    { id: 'list', kind: 'page', words: ['one', 'official', 'principles', 'charter'], score: 5 },
    { id: 'term', kind: 'glossary term', words: ['nonconfrontation', 'blocs'], score: 5 },
  ];
  const pagefind: PagefindSearch<Doc> = {
    search: (term, options) =>
      Promise.resolve({
        results: docs
          .filter(
            (doc) =>
              (term ?? '').split(' ').every((word) => doc.words.includes(word)) &&
              (!options?.filters?.['kind'] || doc.kind === options.filters['kind']),
          )
          .map((doc) => ({ id: doc.id, score: doc.score, data: () => Promise.resolve(doc) })),
      }),
  };
  const data: SearchData = {
    words: countWords(docs.map((doc) => doc.words.join(' '))),
    synonyms: [],
    entries: [{ id: 'term', names: ['Non-confrontation'], authors: [] }],
  };
  const ids = async (query: string): Promise<string[]> =>
    (await runSearchQuery(pagefind, data, query))!.results.map((hit) => hit.id);

  test('finds it by its name, near the top, not first', async () => {
    // The page with every word first; the pages without a word follow it, the best at
    // RELAXED_WEIGHT of its score, the other in proportion; the term at IN_QUESTION_WEIGHT.
    expect(await ids('is non-confrontation one of the official principles')).toEqual([
      'stance',
      'formula',
      'term',
      'list',
    ]);
  });

  test('a query that is no question finds what has every word', async () => {
    expect(await ids('non-confrontation principles')).toEqual(['stance']);
  });
});

describe('synonymsOf: the other words for the words searched, which choose where a title leads', () => {
  const data: SearchData = {
    words: new Map(),
    synonyms: [
      [['cite'], ['citation'], ['citations'], ['citing']],
      [['members'], ['member', 'states']],
      [['organisation'], ['organization']],
    ],
    entries: [],
  };
  test.each([
    [['citation'], ['cite', 'citations', 'citing']],
    [
      ['citation', 'cite'],
      ['citations', 'citing'],
    ],
    // A phrase of a group is no single word; a group none of whose words was searched, nothing.
    [['members'], []],
    [['rats'], []],
  ])('%j → %j', (words, expected) => {
    expect(synonymsOf(words, data).synonyms ?? []).toEqual(expected);
  });
});

describe('where a result leads: whether the query is about the sources', () => {
  // A topic page that names two authors; their sources are entries with those authors.
  const docs = [
    { id: 'topic-rats', words: ['rats', 'alimov', 'azam', 'chronicle', 'sources', 'vs'], score: 9 },
  ];
  const pagefind = fakePagefind(docs, {
    holds: (doc, word) => doc.words.includes(word),
    score: (doc) => doc.score,
  });
  const data: SearchData = {
    words: countWords(docs.map((doc) => doc.words.join(' '))),
    synonyms: [],
    entries: [
      // An author by full name and surname, and the outlet: each names the source.
      {
        id: 'source-alimov',
        names: ['The Role'],
        authors: ['Rashid Alimov', 'Alimov', 'Chronicle'],
      },
      { id: 'source-azam', names: ['A model'], authors: ['Azhar Azam', 'Azam'] },
    ],
  };
  const sources = async (query: string) =>
    (await runSearchQuery(pagefind, data, query))?.results[0]?.landing?.sources ?? false;

  test.each([
    ['alimov vs azam', true],
    ['rats alimov azam', true],
    ['rats sources', true],
    ['rats vs alimov', false],
    // Two names of one source name one source.
    ['alimov chronicle', false],
    ['rats alimov', false],
    ['rats', false],
  ])('"%s": %s', async (query, expected) => expect(await sources(query)).toBe(expected));
});

describe('where a result leads: the other words of a word searched', () => {
  const docs = [{ id: 'topic', words: ['pakistan', 'membership', 'join'], score: 9 }];
  const pagefind = fakePagefind(docs, {
    holds: (doc, word) => doc.words.includes(word),
    score: (doc) => doc.score,
  });
  const data: SearchData = {
    words: countWords(docs.map((doc) => doc.words.join(' '))),
    // One group of single words and one with a phrase, which no section's word can be.
    synonyms: [
      [['membership'], ['join'], ['accession']],
      [['pakistan'], ['islamic', 'republic']],
    ],
    entries: [],
  };

  test('each word searched with the single words of its groups (LandingHints.alternatives)', async () => {
    const run = await runSearchQuery(pagefind, data, 'pakistan membership');
    expect(run?.results[0]?.landing?.alternatives).toEqual({ membership: ['join', 'accession'] });
  });
});
