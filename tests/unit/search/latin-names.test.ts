import { describe, expect, test } from 'vitest';
import type { Fragment } from '#lib/search/search-entries.ts';
import { fromLatinNames } from '#lib/search/latin-names.ts';
import { namedEntries } from '#lib/search/named-entries.ts';
import { isKnownAsTyped, planQuery } from '#lib/search/search-query.ts';
import { planWithShards } from '#lib/search/search-run.ts';
import {
  decodeSearchIndex,
  encodeShards,
  latinShardOf,
  SHARD_COUNT,
  ShardedSearchData,
  shardOf,
} from '#lib/search/search-shards.ts';
import { countWords, splitQuery, type SearchData } from '#lib/search/search-words.ts';
import {
  editionLatinNames,
  latinName,
  memberLatinNames,
} from '../../../src/integrations/edition-names';
import { shardedFromMemory } from '../../support/sharded-data';

/** English text and entries, and the Latin names the editions give two of them. */
const DATA: SearchData = {
  words: countWords([
    'The Shanghai Spirit is the SCO’s formula; the Shanghai Five came before it.',
    'The SCO Secretariat is in Beijing; the summit in Astana; the secret of the shanghaied sailor.',
  ]),
  synonyms: [],
  entries: [
    { id: 'spirit', names: ['Shanghai Spirit'], authors: [] },
    { id: 'five', names: ['Shanghai Five'], authors: [] },
    { id: 'secretariat', names: ['SCO Secretariat', 'Secretariat of the SCO'], authors: [] },
  ],
  latin: [
    { latin: 'shanghai jingshen', name: 'Shanghai Spirit' },
    { latin: 'Shankhaiskaya pyatyorka', name: 'Shanghai Five' },
    { latin: 'Sekretariat ShOS', name: 'SCO Secretariat' },
  ],
};

/** A fragment of a page or record at `url`, as the build reads it, with no text. */
const fragment = (url: string, meta: Record<string, string>): Fragment => ({
  id: url,
  url,
  content: '',
  meta,
});

/** The query's words after fromLatinNames, as typed, and the corrections it reports. */
function replaced(query: string, data = DATA): { words: string; corrections: string[] } {
  const result = fromLatinNames(splitQuery(query), data);
  return {
    words: result.words.map((word) => word.typed).join(' '),
    corrections: result.corrections.map(({ from, to }) => `${from} → ${to}`),
  };
}

describe('a name of a translated edition typed in Latin letters is searched as the English name', () => {
  test.each([
    ['shanghai jingshen', 'Shanghai Spirit'],
    // Spaces ignored: pinyin typed syllable by syllable.
    ['shang hai jing shen', 'Shanghai Spirit'],
    // Typos, as many as a word of the run's length may have, in another romanisation.
    ['shankhaiskaya pyaterka', 'Shanghai Five'],
    ['shanhaiskaya pyatyorka', 'Shanghai Five'],
    ['Sekretariat SHOS', 'SCO Secretariat'],
  ])('%s → %s', (query, name) => {
    expect(replaced(query)).toEqual({ words: name, corrections: [`${query} → ${name}`] });
  });

  test.each([
    // A name respelling the words typed, word for word, in the reader's case (as an edit's is).
    ['shanghai spiryt', 'shanghai spirit'],
    ['Shanghai Spiryt', 'Shanghai Spirit'],
    ['SHANGHAI SPIRYT', 'SHANGHAI SPIRIT'],
    // Another name: as the site writes it, whatever the case typed.
    ['sekretariat shos', 'SCO Secretariat'],
  ])('shown in the reader’s case only when it respells what was typed: %s → %s', (query, name) => {
    const data: SearchData = {
      ...DATA,
      latin: [...DATA.latin!, { latin: 'Shanghai Spiryt', name: 'Shanghai Spirit' }],
    };
    expect(replaced(query, data)).toEqual({ words: name, corrections: [`${query} → ${name}`] });
  });

  test.each([
    ['上海精神', 'Shanghai Spirit'],
    ['Секретариат ШОС', 'SCO Secretariat'],
    // Two Chinese characters are a name, as three Latin letters are.
    ['中国', 'China'],
  ])('as the edition writes it, in its own script: %s → %s', (query, name) => {
    const data: SearchData = {
      ...DATA,
      latin: [
        ...DATA.latin!,
        { latin: '上海精神', name: 'Shanghai Spirit' },
        { latin: 'Секретариат ШОС', name: 'SCO Secretariat' },
        { latin: '中国', name: 'China' },
      ],
    };
    expect(replaced(query, data)).toEqual({ words: name, corrections: [`${query} → ${name}`] });
    // One Chinese character is too little ("中"), as two Latin letters are.
    expect(replaced('中', data).corrections).toEqual([]);
  });

  test.each([
    ['shanghai jings', 'Shanghai Spirit'],
    ['Shankhaiskaya pya', 'Shanghai Five'],
    ['beijing shanghai jings', 'beijing Shanghai Spirit'],
  ])('the start of a name still being typed, at the end of the query: %s → %s', (query, words) => {
    expect(replaced(query).words).toBe(words);
  });

  test.each([
    // Its last word too short, a typo in it, or not the last words of the query.
    'shanghai ji',
    'shanghai jingz',
    'shanghai jings summit',
    // One word: the start of an English word being typed, not of a name ("sekret" is no name yet).
    'jings',
  ])('%s is no name being typed', (query) => {
    expect(replaced(query)).toEqual({ words: query, corrections: [] });
  });

  test('the longest run wins, from the left, and the other words stay', () => {
    expect(replaced('sekretariat shos beijing')).toEqual({
      words: 'SCO Secretariat beijing',
      corrections: ['sekretariat shos → SCO Secretariat'],
    });
    expect(replaced('beijing shanghai jingshen summit').words).toBe(
      'beijing Shanghai Spirit summit',
    );
  });

  test.each([
    // Every word is English the index holds: never taken for another language's.
    'shanghai spirit',
    'shanghai five',
    'secretariat',
    // Too far from any Latin name, too short, or another first letter.
    'shanghai jingdezhen',
    'jingshen',
    'sho',
    'zhanghai jingshen',
    'kazakstan',
  ])('%s stays as typed', (query) => {
    expect(replaced(query)).toEqual({ words: query, corrections: [] });
  });

  // "UN GCTS strategy" had been searched and shown as "UN Global Counter-Terrorism Strategy strategy".
  test.each([
    ['sekretariat shos secretariat', 'SCO Secretariat', 'sekretariat shos → SCO Secretariat'],
    ['secretariat sekretariat shos', 'SCO Secretariat', 'sekretariat shos → SCO Secretariat'],
    ['shanghai jingshen spirit of', 'Shanghai Spirit of', 'shanghai jingshen → Shanghai Spirit'],
    [
      'beijing sekretariat shos sco beijing',
      'beijing SCO Secretariat beijing',
      'sekretariat shos → SCO Secretariat',
    ],
  ])(
    'a word typed beside the name that the name holds is searched once: %s',
    (query, words, correction) => {
      expect(replaced(query)).toEqual({ words, corrections: [correction] });
    },
  );

  test('without Latin names in the data, nothing changes', () => {
    const { latin: _latin, ...withoutLatin } = DATA;
    expect(replaced('shanghai jingshen', withoutLatin)).toEqual({
      words: 'shanghai jingshen',
      corrections: [],
    });
  });

  test('the plan searches the English name, names its entry and says so; "search instead" does not', () => {
    const plan = planQuery('shanghai jingshen', DATA, { fromLatin: fromLatinNames });
    expect(plan.variants[0]).toEqual(['shanghai', 'spirit']);
    expect(plan.corrections).toEqual([{ from: 'shanghai jingshen', to: 'Shanghai Spirit' }]);
    expect([...namedEntries(plan, DATA).keys()]).toEqual(['spirit']);
    const asTyped = planQuery('shanghai jingshen', DATA, {
      correct: false,
      fromLatin: fromLatinNames,
    });
    expect(asTyped.corrections).toEqual([]);
    expect(asTyped.words.map((word) => word.folded)).toEqual(['shanghai', 'jingshen']);
  });

  test('Latin names are filed in a shard of their own, by their first word, read only when asked for', async () => {
    const { source, fetched } = shardedFromMemory(DATA);
    expect((await source.dataFor([shardOf('shanghai')!])).latin).toBeUndefined();
    const s = await source.dataFor([shardOf('shanghai')!, latinShardOf('shanghai')!]);
    expect(s.latin).toEqual(DATA.latin);
    expect(latinShardOf('shanghai')).toBe(SHARD_COUNT + shardOf('shanghai')!);
    expect(fetched).toEqual([shardOf('shanghai'), latinShardOf('shanghai')]);
  });

  test('if they cannot be loaded, the words are planned as typed, and a later query loads them', async () => {
    // A synonym in another shard ("beijing" → peking) makes the planner load more shards after the
    // Latin names failed: those loads must not ask for the failed shards again.
    const data: SearchData = {
      ...DATA,
      words: new Map([...DATA.words, ['peking', 1]]),
      synonyms: [[['beijing'], ['peking']]],
    };
    const { index, shards } = encodeShards(data);
    let offline = true;
    const source = new ShardedSearchData(decodeSearchIndex(index), async (shard) => {
      if (offline && shard >= SHARD_COUNT) throw new Error('offline');
      return shards.get(shard)!;
    });
    const failed = await planWithShards('beijing shanghai jingshen', source, true);
    expect(failed?.plan.corrections).toEqual([]);
    expect(failed?.plan.words.map((word) => word.folded)).toEqual([
      'beijing',
      'shanghai',
      'jingshen',
    ]);
    offline = false;
    const later = await planWithShards('beijing shanghai jingshen', source, true);
    expect(later?.plan.variants[0]).toEqual(['beijing', 'shanghai', 'spirit']);
  });

  test('planning loads them for a query with a word the index does not hold, and only then', async () => {
    const { source, fetched } = shardedFromMemory(DATA);
    const known = await planWithShards('Shanghai Spirit secretariat', source, true);
    expect(known?.plan.corrections).toEqual([]);
    expect(fetched.filter((shard) => shard >= SHARD_COUNT)).toEqual([]);
    const latin = await planWithShards('Shanghai jingshen', source, true);
    expect(latin?.plan.variants[0]).toEqual(['shanghai', 'spirit']);
    expect(fetched).toContain(latinShardOf('shanghai'));
    const asTyped = await planWithShards('Shanghai jingshen', source, false);
    expect(asTyped?.plan.words.map((word) => word.folded)).toEqual(['shanghai', 'jingshen']);
    expect(asTyped?.plan.corrections).toEqual([]);
  });
});

describe('an initialism of a name the site writes out', () => {
  // "measures" begins with "mea"; the site writes the ministry's name, never "MEA".
  const data: SearchData = {
    ...DATA,
    words: countWords(['Ministry of External Affairs measures; the Charter of the SCO']),
    // The build lists the initialisms that begin a word of the index ("mea": "measures").
    initialisms: new Set(['mea']),
    latin: [
      { latin: 'mea', name: 'Ministry of External Affairs' },
      { latin: 'csco', name: 'Charter of the Shanghai Cooperation Organization' },
      { latin: 'ShOS', name: 'Shanghai Cooperation Organization' },
    ],
  };

  test.each([
    // Typed in capitals, it is the acronym typed whole, though the index holds it as a start.
    ['MEA', 'Ministry of External Affairs'],
    ['CSCO', 'Charter of the Shanghai Cooperation Organization'],
    // A name in Latin letters that is no initialism may still have a typo.
    ['ShOSS', 'Shanghai Cooperation Organization'],
  ])('%s → %s', (query, name) => expect(replaced(query, data).words).toBe(name));

  test.each([
    // In lower case, the start of a word of the index ("measures") being typed.
    'mea',
    // In capitals, a start the build lists no initialism for: a word being typed with Caps Lock on.
    'MEAS',
    // An initialism is matched only as typed: one letter off is another acronym (the CSTO).
    'CSTO',
    'CSOC',
  ])('%s stays as typed', (query) => {
    expect(replaced(query, data)).toEqual({ words: query, corrections: [] });
  });
});

test.each([
  // An initialism the build lists, typed in capitals: not the start of "measures", unless whole.
  ['MEA', false],
  ['mea', true],
  ['Mea', true],
  // A start in capitals that is no listed initialism: a word typed with Caps Lock on.
  ['MEAS', true],
  ['RAT', true],
])('%s is known as typed: %s', (typed, known) => {
  const data: SearchData = {
    words: countWords(['measures rats']),
    synonyms: [],
    entries: [],
    initialisms: new Set(['mea']),
  };
  expect(isKnownAsTyped({ typed, folded: typed.toLowerCase() }, data)).toBe(known);
});

describe('the build writes the editions’ names in Latin letters', () => {
  test.each([
    ['zh', '上海精神', 'shanghai jingshen'],
    ['zh', '上海合作组织', 'shanghai hezuo zuzhi'],
    // A run of one-character words the segmenter does not know is one word, as pinyin writes it.
    ['zh', '上合组织', 'shanghe zuzhi'],
    ['zh', 'CGTN 频道', 'CGTN pindao'],
    ['ru', 'Шанхайская пятёрка', 'Shankhaiskaya pyatyorka'],
    ['ru', 'Секретариат ШОС', 'Sekretariat ShOS'],
    ['ru', 'Циндао', 'Tsindao'],
  ] as const)('%s %s → %s', (locale, name, latin) => {
    expect(latinName(name, locale)).toBe(latin);
  });

  test.each(['RATS', 'Non-aggression', 'Astana summit (2017)', ''])(
    'a name in Latin letters already (%j) has none',
    (name) => {
      expect(latinName(name, 'ru')).toBeUndefined();
      expect(latinName(name, 'zh')).toBeUndefined();
    },
  );

  test('pairs a term’s and a page’s names, in Latin letters and as written, with the English entry at the same address, not an event’s or a source’s, each once', () => {
    const english = [
      { id: 'en-term', names: ['Shanghai Spirit'], authors: [] },
      { id: 'en-page', names: ['The Shanghai Spirit'], authors: [] },
      { id: 'en-event', names: ['RATS begins work (17 June 2004)'], authors: [] },
      { id: 'en-source', names: ['The Role of the SCO'], authors: ['Alimov'] },
    ];
    const urls = new Map([
      ['en-term', '/glossary/#shanghai-spirit'],
      ['en-page', '/shanghai-spirit/'],
      ['en-event', '/timeline/#rats-starts-work-2004'],
      ['en-source', '/sources/alimov-2017/'],
    ]);
    const fragments = [
      fragment('/ru/glossary/#shanghai-spirit', {
        title: 'Шанхайский дух',
        names: 'Шанхайский дух|дух Шанхая|Shanghai Spirit',
      }),
      fragment('/ru/shanghai-spirit/', { title: '«Шанхайский дух»' }),
      fragment('/ru/timeline/#rats-starts-work-2004', {
        title: 'РАТС начала работу (17 июня 2004 г.)',
      }),
      fragment('/ru/sources/alimov-2017/', { title: 'Роль ШОС', authors: 'Алимов|Alimov' }),
      fragment('/ru/glossary/#no-english-term', { title: 'Термин', names: 'Термин' }),
      // English words only in Latin letters ("RATS": only as written), a date, a name already
      // paired: none is added in Latin letters.
      fragment('/ru/glossary/#rats', { title: 'РАТС', names: 'РАТС|РАТС 2004|Шанхайский дух' }),
    ];
    urls.set('en-rats', '/glossary/#rats');
    english.push({ id: 'en-rats', names: ['RATS'], authors: [] });
    const vocabulary = countWords(['RATS and the Shanghai Spirit']);
    // Titles first, a term's before a page's, then the other names; each in Latin letters, then
    // as written.
    const paired = [
      { latin: 'РАТС', name: 'RATS' },
      { latin: 'Shankhaiskii dukh', name: 'Shanghai Spirit' },
      { latin: 'Шанхайский дух', name: 'Shanghai Spirit' },
      { latin: '«Shankhaiskii dukh»', name: 'The Shanghai Spirit' },
      { latin: '«Шанхайский дух»', name: 'The Shanghai Spirit' },
      { latin: 'dukh Shankhaya', name: 'Shanghai Spirit' },
      { latin: 'дух Шанхая', name: 'Shanghai Spirit' },
    ];
    expect(editionLatinNames(english, urls, 'ru', fragments, vocabulary)).toEqual(paired);
    // Whatever order the fragments come in (their file names are hashes of their text).
    expect(editionLatinNames(english, urls, 'ru', [...fragments].reverse(), vocabulary)).toEqual(
      paired,
    );
  });

  // "shanghai jingshen" titles the Chinese term and the Chinese page alike: a change to the pages'
  // text reordered the fragments, and it had come to stand for "The Shanghai Spirit".
  test('a name that titles a term and a page stands for the term’s English name, in any order', () => {
    const english = [
      { id: 'en-term', names: ['Shanghai Spirit'], authors: [] },
      { id: 'en-page', names: ['The Shanghai Spirit'], authors: [] },
    ];
    const urls = new Map([
      ['en-term', '/glossary/#shanghai-spirit'],
      ['en-page', '/shanghai-spirit/'],
    ]);
    const fragments = [
      fragment('/zh/shanghai-spirit/', { title: '上海精神' }),
      fragment('/zh/glossary/#shanghai-spirit', { title: '上海精神', names: '上海精神' }),
    ];
    const vocabulary = countWords(['The Shanghai Spirit']);
    for (const order of [fragments, [...fragments].reverse()])
      expect(editionLatinNames(english, urls, 'zh', order, vocabulary)).toEqual([
        { latin: 'shanghai jingshen', name: 'Shanghai Spirit' },
        { latin: '上海精神', name: 'Shanghai Spirit' },
      ]);
  });

  test('pairs each member state’s name with the English name of the same id: as written, and in Latin letters when the index lacks a word of it', () => {
    const english = [
      { id: 'china', name: 'China' },
      { id: 'kyrgyzstan', name: 'Kyrgyzstan' },
      { id: 'pakistan', name: 'Pakistan' },
    ];
    const edition = [
      { id: 'kyrgyzstan', name: 'Киргизия' },
      { id: 'pakistan', name: 'Пакистан' },
      { id: 'atlantis', name: 'Атлантида' },
    ];
    const vocabulary = countWords(['China, Kyrgyzstan and Pakistan']);
    expect(memberLatinNames(english, edition, 'ru', vocabulary)).toEqual([
      { latin: 'Kirgiziya', name: 'Kyrgyzstan' },
      { latin: 'Киргизия', name: 'Kyrgyzstan' },
      { latin: 'Пакистан', name: 'Pakistan' },
    ]);
    expect(memberLatinNames(english, [{ id: 'china', name: '中国' }], 'zh', vocabulary)).toEqual([
      { latin: 'zhongguo', name: 'China' },
      { latin: '中国', name: 'China' },
    ]);
  });
});
