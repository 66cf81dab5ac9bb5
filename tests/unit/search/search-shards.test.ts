import { doubleMetaphone } from 'double-metaphone';
import { describe, expect, test } from 'vitest';
import { FIRST_LETTER_TYPOS_FROM } from '#lib/search/corrections.ts';
import { firstLetterForms } from '#lib/search/edit-distance.ts';
import { soundAlike, soundCodesOf } from '#lib/search/sound-alike.ts';
import { planQuery } from '#lib/search/search-query.ts';
import { planWithShards } from '#lib/search/search-run.ts';
import {
  decodeSearchIndex,
  encodeShards,
  englishShardOf,
  entryShards,
  firstLetterShards,
  restShardOf,
  soundShardOf,
  SHARD_COUNT,
  shardOf,
  ShardedSearchData,
  ShardedWords,
  synonymShards,
} from '#lib/search/search-shards.ts';
import { countWords, type SearchData } from '#lib/search/search-words.ts';
import { parseSynonyms } from '#lib/search/synonyms.ts';
import { shardedFromMemory } from '../../support/sharded-data';

const DATA: SearchData = {
  words: countWords([
    'The Regional Anti-Terrorist Structure (RATS) is seated in Tashkent; the Secretariat is in Beijing.',
    'India and Pakistan joined the Shanghai Cooperation Organization at the Astana summit in Kazakhstan.',
    'The Nur-Sultan declaration; the accession of India; Rashid Alimov on the United Nations Charter.',
    'Уставная хартия 上海合作组织',
  ]),
  synonyms: parseSynonyms(
    '- [seat, seated, based, headquarters]\n- [join, joined, accession]\n- [Astana, Nur-Sultan]\n',
  ),
  entries: [
    { id: 'rats', names: ['Regional Anti-Terrorist Structure', 'RATS'], authors: [] },
    { id: 'un', names: ['UN Charter', 'Charter of the United Nations'], authors: [] },
    { id: 'alimov', names: ['The Role of the SCO'], authors: ['Rashid Alimov', 'Alimov'] },
  ],
  records: new Set(['rats']),
};

/**
 * The plan search-run makes with the whole data: again with the sound encoder when a word needs it.
 */
function wholePlan(
  query: string,
  data: SearchData,
  retry: { loose?: boolean } = {},
): ReturnType<typeof planQuery> {
  const first = planQuery(query, data, retry);
  return first.needsSound
    ? planQuery(query, data, {
        ...retry,
        matchSound: (word, whole) => soundAlike(word, whole, doubleMetaphone),
      })
    : first;
}

/** The data in shards, read from memory, with the shards each call fetched. */
function sharded(data = DATA): ReturnType<typeof shardedFromMemory> {
  return shardedFromMemory(data);
}

describe('shards', () => {
  test('each letter a–z, and each basic Cyrillic letter, has a shard of its own', () => {
    for (const alphabet of ['abcdefghijklmnopqrstuvwxyz', 'абвгдежзийклмнопрстуфхцчшщъыьэюя']) {
      const shards = [...alphabet].map(shardOf);
      expect(new Set(shards).size).toBe(alphabet.length);
      for (const shard of shards) expect(shard).toBeLessThan(SHARD_COUNT);
    }
    expect(shardOf('')).toBeUndefined();
    expect(shardOf('上海')).toBeGreaterThanOrEqual(0);
  });

  test('every word is in exactly one letter shard, its own, a long one in one shard of its second letter, and the fixed part holds none', () => {
    const { index, shards } = encodeShards(DATA);
    expect(index).not.toContain('tashkent');
    const seen = new Map<string, number>();
    const byRest = new Map<string, number>();
    for (const [shard, text] of shards) {
      const file = JSON.parse(text) as { words: Record<string, string>; carried?: string };
      const carried = new Set(file.carried?.split(' '));
      for (const word of Object.values(file.words).join(' ').split(' ').filter(Boolean)) {
        // A synonym group's word it carries, in another letter's shard (next test).
        if (shard < SHARD_COUNT && shard !== shardOf(word) && carried.has(word)) continue;
        const rest = [...word].slice(1).join('');
        const filed = shard < SHARD_COUNT ? seen : byRest;
        expect(filed.has(word), word).toBe(false);
        expect(shard, word).toBe(shard < SHARD_COUNT ? shardOf(word) : restShardOf(rest));
        filed.set(word, shard);
      }
    }
    expect([...seen.keys()].sort()).toEqual([...DATA.words.keys()].sort());
    expect([...byRest.keys()].sort()).toEqual(
      [...DATA.words.keys()].filter((word) => [...word].length >= FIRST_LETTER_TYPOS_FROM).sort(),
    );
    expect(byRest.get('alimov')).toBe(restShardOf('limov'));
    expect(byRest.has('rats')).toBe(false);
  });

  test.each([
    ['limov', 'dropped'],
    ['xlimov', 'wrong'],
    ['lalimov', 'one too many'],
    ['laimov', 'swapped with the second'],
  ])('%s (the first letter %s): its shards hold alimov', async (typed) => {
    const { index, shards } = encodeShards(DATA);
    const source = new ShardedSearchData(decodeSearchIndex(index), async (shard) =>
      shards.get(shard)!,
    );
    expect((await source.dataFor(firstLetterShards(typed))).words.get('alimov')).toBe(
      DATA.words.get('alimov'),
    );
    expect(firstLetterShards('rats')).toEqual([]);
  });

  test('the four typos of a first letter, as the query, the shards and the build read them', () => {
    expect(firstLetterForms('eparatism')).toEqual({
      rests: ['eparatism', 'paratism'],
      words: ['paratism', 'pearatism'],
    });
  });

  test.each([
    ['rats', ['r']],
    ['un', ['u', 'c']],
    ['alimov', ['r', 'a']],
  ])('entry %s is filed under the first word of each of its names (%j)', (id, letters) => {
    const entry = DATA.entries.find((each) => each.id === id)!;
    expect(entryShards(entry)).toEqual(new Set(letters.map(shardOf)));
    const { shards } = encodeShards(DATA);
    for (const [shard, text] of shards) {
      const file = JSON.parse(text) as { entries: [string, ...unknown[]][] };
      expect(
        file.entries.some(([each]) => each === id),
        `shard ${shard}`,
      ).toBe(entryShards(entry).has(shard));
    }
  });

  test('a lookup in a shard not loaded answers "not held" and notes the shard', () => {
    const words = new ShardedWords([['tashkent', 1]], (shard) => shard === shardOf('b'));
    expect(words.has('tashkent')).toBe(true);
    expect(words.has('tashkant')).toBe(false);
    expect(words.get('beijing')).toBeUndefined();
    expect(words.has('zzz')).toBe(false);
    expect(words.missed).toEqual(new Set([shardOf('b')]));
  });

  test('the records a term defines travel in the fixed part, to every query', async () => {
    const definedBy = new Map([
      ['und_event', 'und_term'],
      ['und_b', 'und_c'],
    ]);
    const { index, shards } = encodeShards({ ...DATA, definedBy });
    expect(decodeSearchIndex(index).definedBy).toEqual(definedBy);
    const source = new ShardedSearchData(decodeSearchIndex(index), async (shard) =>
      shards.get(shard)!,
    );
    expect((await source.dataFor([])).definedBy).toEqual(definedBy);
    expect(() => decodeSearchIndex(index.replace('und_b:und_c', 'und_b und_c'))).toThrow(
      'unknown shape',
    );
  });

  test('the initialisms that begin words of the index travel in the fixed part, to every query', async () => {
    const { index, shards } = encodeShards({ ...DATA, initialisms: new Set(['mea', 'ads']) });
    expect(decodeSearchIndex(index).initialisms).toEqual(new Set(['ads', 'mea']));
    const source = new ShardedSearchData(decodeSearchIndex(index), async (shard) =>
      shards.get(shard)!,
    );
    expect((await source.dataFor([])).initialisms).toEqual(new Set(['ads', 'mea']));
    expect(() => decodeSearchIndex(index.replace('"ads mea"', '["ads"]'))).toThrow('unknown shape');
  });

  test('the home page’s id travels in the fixed part, to every query', async () => {
    const { index, shards } = encodeShards({ ...DATA, home: 'und_home' });
    expect(decodeSearchIndex(index).home).toBe('und_home');
    const source = new ShardedSearchData(decodeSearchIndex(index), async (shard) =>
      shards.get(shard)!,
    );
    expect((await source.dataFor([])).home).toBe('und_home');
    expect(() => decodeSearchIndex(index.replace('"und_home"', '["und_home"]'))).toThrow(
      'unknown shape',
    );
  });

  test('the ids of headings pages share travel in the fixed part, to every query', async () => {
    const shared = new Set(['sources-compared', 'about-this-source']);
    const { index, shards } = encodeShards({ ...DATA, shared });
    expect(decodeSearchIndex(index).shared).toEqual(shared);
    const source = new ShardedSearchData(decodeSearchIndex(index), async (shard) =>
      shards.get(shard)!,
    );
    expect((await source.dataFor([])).shared).toEqual(shared);
    expect(decodeSearchIndex(encodeShards(DATA).index).shared).toBeUndefined();
    expect(() =>
      decodeSearchIndex(
        index.replace('"about-this-source sources-compared"', '["sources-compared"]'),
      ),
    ).toThrow('unknown shape');
  });

  test('a page’s headings travel in the shard of their first name word, to the queries of it', async () => {
    const headings = [
      { id: 'rats', heading: 'What RATS is' },
      { id: 'alimov', heading: 'What Alimov writes' },
    ];
    const { index, shards } = encodeShards({ ...DATA, headings });
    const ratsShard = shardOf('rats')!;
    expect(shards.get(ratsShard)).toContain('"headings":[["rats","What RATS is"]]');
    const source = new ShardedSearchData(decodeSearchIndex(index), async (shard) =>
      shards.get(shard)!,
    );
    expect((await source.dataFor([ratsShard])).headings).toEqual([headings[0]]);
    expect((await source.dataFor([])).headings).toBeUndefined();
    // A term's seat travels the same way, in the shard of its place.
    const seated = encodeShards({ ...DATA, seats: [{ id: 'rats', place: 'Tashkent' }] });
    const tashkent = shardOf('tashkent')!;
    expect(seated.shards.get(tashkent)).toContain('"seats":[["rats","Tashkent"]]');
    const seatSource = new ShardedSearchData(decodeSearchIndex(seated.index), async (shard) =>
      seated.shards.get(shard)!,
    );
    expect((await seatSource.dataFor([tashkent])).seats).toEqual([
      { id: 'rats', place: 'Tashkent' },
    ]);
    // A shard whose headings are not pairs of strings is refused.
    const broken = new ShardedSearchData(decodeSearchIndex(index), async (shard) =>
      shards.get(shard)!.replace('["rats","What RATS is"]', '["rats",3]'),
    );
    await expect(broken.dataFor([ratsShard])).rejects.toThrow('unknown shape');
  });

  test('a synonym group travels in the shard of each of its words, to the queries of them, in its place', async () => {
    const { index, shards } = encodeShards(DATA);
    // The fixed part, which opening search fetches, holds none.
    expect(index).not.toContain('seated');
    const source = new ShardedSearchData(decodeSearchIndex(index), async (shard) =>
      shards.get(shard)!,
    );
    const groups = async (...words: string[]): Promise<string[][][]> =>
      (await source.dataFor(words.map((word) => shardOf(word)!))).synonyms;
    // "based" is the seat group's, "joined" the joining one's (j), and "nursultan" Astana's.
    expect(await groups('based')).toEqual([DATA.synonyms[0]]);
    expect(await groups('joined')).toEqual([DATA.synonyms[1]]);
    expect(await groups('nursultan', 'accession', 'headquarters')).toEqual(DATA.synonyms);
    expect(await groups('x')).toEqual([]);
    // Filed in each of its words' shards ("seat" and "seated" share one), and only there.
    for (const [at, group] of DATA.synonyms.entries())
      for (const [shard, text] of shards)
        expect(text.includes(`"synonyms":"${at}:`) || text.includes(`|${at}:`), `${shard}`).toBe(
          synonymShards(group).has(shard),
        );
    // A shard whose groups have no place is refused.
    const broken = new ShardedSearchData(decodeSearchIndex(index), async (shard) =>
      shards.get(shard)!.replace(/"synonyms":"\d+:/, '"synonyms":"'),
    );
    await expect(broken.dataFor([shardOf('seat')!])).rejects.toThrow('unknown shape');
  });

  test('…or, for a language written without spaces, in the fixed part, to every query', async () => {
    const { index, shards } = encodeShards(DATA, undefined, true);
    expect(decodeSearchIndex(index).synonyms).toEqual(DATA.synonyms);
    expect([...shards.values()].filter((text) => text.includes('"synonyms"'))).toEqual([]);
    const source = new ShardedSearchData(decodeSearchIndex(index), async (shard) =>
      shards.get(shard)!,
    );
    expect((await source.dataFor([])).synonyms).toEqual(DATA.synonyms);
  });

  test('loads only the shards asked for, each once, and a failed load again later', async () => {
    const { index, shards } = encodeShards(DATA);
    let fail = true;
    const fetched: number[] = [];
    const source = new ShardedSearchData(decodeSearchIndex(index), async (shard) => {
      fetched.push(shard);
      if (fail) throw new Error('offline');
      return shards.get(shard)!;
    });
    await expect(source.dataFor([shardOf('t')!])).rejects.toThrow('offline');
    fail = false;
    const data = await source.dataFor([shardOf('t')!, shardOf('t')!]);
    expect(data.words.has('tashkent')).toBe(true);
    expect(fetched).toEqual([shardOf('t'), shardOf('t')]);
    // A shard that does not exist is never fetched.
    await source.dataFor([shardOf('q')!]);
    expect(fetched).toHaveLength(2);
    expect((await source.dataFor(source.shards)).words.size).toBe(DATA.words.size);
  });

  test('sound: the words of a code are filed by the code, and its shard holds them with their counts', async () => {
    const codes = (word: string) => soundCodesOf(word, doubleMetaphone);
    const { index, shards } = encodeShards(DATA, codes);
    const fetched: number[] = [];
    const source = new ShardedSearchData(decodeSearchIndex(index), async (shard) => {
      fetched.push(shard);
      return shards.get(shard)!;
    });
    const asked = codes('rasheed');
    expect(asked.length).toBeGreaterThan(0);
    const words = await source.soundWords(asked);
    // Every word of the vocabulary that shares a code, with its count; only the codes' shards.
    const sharing = [...DATA.words].filter(([word]) =>
      codes(word).some((code) => asked.includes(code)),
    );
    expect(sharing.map(([word]) => word)).toContain('rashid');
    for (const [word, count] of sharing) expect(words.get(word)).toBe(count);
    expect(new Set(fetched)).toEqual(new Set(asked.map(soundShardOf)));
    expect(fetched.every((shard) => shard >= 2 * SHARD_COUNT)).toBe(true);
    // Without codes the build files no word by sound.
    expect(
      [...encodeShards(DATA).shards.keys()].some(
        (shard) => shard >= 2 * SHARD_COUNT && shard < 3 * SHARD_COUNT,
      ),
    ).toBe(false);
  });
});

test('a second try loads the shards that correct a typo in a first letter, and only then', async () => {
  const { source } = shardedFromMemory(DATA);
  const first = await planWithShards('limov', source, true);
  expect(first!.plan.corrections).toEqual([]);
  const second = await planWithShards('limov', source, true, undefined, undefined, { loose: true });
  expect(second!.plan.corrections).toEqual([{ from: 'limov', to: 'alimov' }]);
  expect(second!.plan).toEqual(wholePlan('limov', DATA, { loose: true }));
});

describe('English words the site never uses (SearchData.english)', () => {
  const words = new Map([...DATA.words, ['states', 2], ['spaced', 1], ['part', 1]]);
  const english: SearchData = {
    ...DATA,
    words,
    english: new Set(['status', 'supposed', 'pact']),
  };

  test('are filed in a shard of their first letter, and read back from it only', async () => {
    const { index, shards } = encodeShards(english);
    for (const word of english.english!)
      for (const [shard, text] of shards)
        expect(text.includes(` ${word}`) || text.includes(`"${word}`), `${word} in ${shard}`).toBe(
          shard === englishShardOf(word),
        );
    const source = new ShardedSearchData(decodeSearchIndex(index), async (shard) =>
      shards.get(shard)!,
    );
    const s = shardOf('s')!;
    expect((await source.dataFor([s])).english).toBeUndefined();
    expect((await source.dataFor([s, englishShardOf('s')!])).english).toEqual(
      new Set(['status', 'supposed']),
    );
  });

  test.each([
    ['Tashkent status', ['status']],
    ['supposed', ['supposed']],
    ['Shanghai pact', ['pact']],
    ['Tashkent status-pact', ['status', 'pact']],
    ['Kazakstan', []],
  ])(
    '"%s" plans as with the whole data, the English words of its letters loaded, %j not corrected',
    async (query, kept) => {
      const { source } = shardedFromMemory(english);
      const planned = await planWithShards(query, source, true);
      expect(planned!.plan).toEqual(wholePlan(query, english));
      const corrected = (plan: { corrections: { from: string }[] }): string[] =>
        plan.corrections.map((each) => each.from.toLowerCase());
      for (const word of kept) expect(corrected(planned!.plan)).not.toContain(word);
      // Without the list, each would have been corrected, as every misspelling still is.
      const { source: without } = shardedFromMemory({ ...english, english: new Set() });
      const before = await planWithShards(query, without, true);
      expect(corrected(before!.plan)).toEqual([...kept, ...corrected(planned!.plan)]);
    },
  );
});

describe('planning with shards', () => {
  test.each([
    'RATS',
    'where is RATS based',
    'when did India join',
    'Nur-Sultan summit',
    'Astana',
    'UN Charter',
    'Alimov article',
    'Kazakstan',
    'Tashkant headquarters',
    'Rasheed',
    'Alimoff article',
    'Qazakhstan summit',
    'Rasheed-Alimoff',
    'India acce',
    'Regio',
    'хартия',
    '上海合作组织',
  ])('"%s" plans as with the whole data, loading only the shards it needs', async (query) => {
    const { source, fetched } = sharded();
    const planned = await planWithShards(query, source, true);
    expect(planned!.plan).toEqual(wholePlan(query, DATA));
    expect(new Set(fetched).size).toBe(fetched.length);
    expect(fetched.length).toBeLessThan(source.shards.size);
  });

  test('an entry’s other names, searched with its name, load no shard for their words', async () => {
    // "RATS" also searches "Regional Anti-Terrorist Structure": the build checks that an entry's
    // names are words of the index, so "antiterrorist" and "structure" are not looked up in their
    // shards (a, s).
    const { source, fetched } = sharded();
    const planned = await planWithShards('RATS', source, true);
    expect(planned!.plan.variants).toContainEqual(['regional', 'antiterrorist', 'structure']);
    expect(fetched).toEqual([shardOf('rats')]);
    // Nor does a synonym from the synonyms file the index does not hold: its group's shards carry
    // it ("based" and "headquarters" for "seat").
    const { source: other, fetched: looked } = sharded();
    const seat = await planWithShards('RATS seat', other, true);
    expect(seat!.plan).toEqual(wholePlan('RATS seat', DATA));
    expect(looked).not.toContain(shardOf('based'));
    expect(looked).not.toContain(shardOf('headquarters'));
  });

  test('a synonym group’s shards carry its words, held or not, unless something is filed under them', async () => {
    const data: SearchData = {
      ...DATA,
      synonyms: parseSynonyms('- [join, joined, accession, accede, access]\n'),
      entries: [...DATA.entries, { id: 'acc', names: ['Accession of India'], authors: [] }],
    };
    const { shards } = encodeShards(data);
    const file = JSON.parse(shards.get(shardOf('join')!)!) as {
      words: Record<string, string>;
      carried?: string;
    };
    // "accede", which the index does not hold, is carried too; "accession" names an entry, filed
    // under "a", and "access" begins a word the index holds: a query of them loads that shard.
    expect(file.carried).toBe('accede');
    expect(Object.values(file.words).join(' ').split(' ')).not.toContain('accession');
    const { source, fetched } = sharded(data);
    const planned = await planWithShards('when did India join', source, true);
    expect(planned!.plan).toEqual(wholePlan('when did India join', data));
    expect(planned!.plan.variants).toContainEqual(['india', 'accession']);
    expect(fetched).toContain(shardOf('accession'));
    // Without the entry and "access", "accession" is carried, held, and "a" is not loaded for it.
    const bare = {
      ...data,
      synonyms: parseSynonyms('- [join, joined, accession, accede]\n'),
      entries: DATA.entries,
    };
    const carried = JSON.parse(encodeShards(bare).shards.get(shardOf('join')!)!) as {
      carried?: string;
    };
    expect(carried.carried).toBe('accede accession');
    const { source: other, fetched: looked } = sharded(bare);
    const again = await planWithShards('when did India join', other, true);
    expect(again!.plan).toEqual(wholePlan('when did India join', bare));
    expect(looked).not.toContain(shardOf('accession'));
  });

  // What a query finds may not depend on the queries before it: each plans with its own shards only,
  // never with those an earlier query loaded (named entries and caches would see them).
  test.each(['RATS', 'Astana', 'UN Charter', 'Alimov article', 'Tashkant headquarters'])(
    '"%s" plans with the same data alone and after every other query',
    async (query) => {
      const alone = await planWithShards(query, sharded().source, true);
      const { source } = sharded();
      for (const before of ['Rasheed', 'Kazakstan', 'where is RATS based', 'Nur-Sultan summit'])
        await planWithShards(before, source, true);
      const after = await planWithShards(query, source, true);
      expect(after!.plan).toEqual(alone!.plan);
      expect(after!.data.entries.map((entry) => entry.id).sort()).toEqual(
        alone!.data.entries.map((entry) => entry.id).sort(),
      );
      expect([...after!.data.words.keys()].sort()).toEqual([...alone!.data.words.keys()].sort());
    },
  );

  test('a name misspelt by sound loads the shards of its codes, not every shard, and is corrected', async () => {
    const { source, fetched } = sharded();
    const planned = await planWithShards('Rasheed', source, true);
    expect(planned!.plan.corrections).toEqual([{ from: 'Rasheed', to: 'Rashid' }]);
    const codeShards = soundCodesOf('rasheed', doubleMetaphone).map(soundShardOf);
    for (const shard of codeShards) expect(fetched).toContain(shard);
    expect(fetched.filter((shard) => shard >= 2 * SHARD_COUNT).sort()).toEqual(
      [...new Set(codeShards)].sort(),
    );
    expect(fetched.length).toBeLessThan(source.shards.size);
  });

  test('an aborted query stops before planning', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await planWithShards('RATS', sharded().source, true, controller.signal)).toBe(undefined);
  });
});
