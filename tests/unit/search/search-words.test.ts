import { describe, expect, test } from 'vitest';
import { decodeSearchIndex, decodeShard, encodeShards } from '#lib/search/search-shards.ts';
import { countWords, foldWord, indexedWords } from '#lib/search/search-words.ts';
import { DATA } from '../../support/query-data.ts';

describe('words as Pagefind folds them', () => {
  test.each([
    ['Non-use', 'nonuse'],
    ["SCO's", 'scos'],
    ['Tadžikistan', 'tadzikistan'],
    ['2(1)', '21'],
    ['“three', 'three'],
  ])('%s → %s', (word, folded) => expect(foldWord(word)).toBe(folded));

  test('indexes a hyphenated word whole and by its parts', () => {
    expect(indexedWords('Anti-Terrorist SCO’s')).toEqual([
      'antiterrorist',
      'anti',
      'terrorist',
      'scos',
      'sco',
      's',
    ]);
  });

  test('the vocabulary leaves out short words and words with digits', () => {
    const words = countWords(['an SCO in 2017 of Article 2(1) Tashkent tashkent']);
    expect([...words]).toEqual([
      ['sco', 1],
      ['article', 1],
      ['tashkent', 2],
    ]);
  });

  test('search data survives the round trip through its files, with counts bucketed', () => {
    const { index, shards } = encodeShards({ ...DATA, records: new Set(['b', 'a']) });
    const fixed = decodeSearchIndex(index);
    const parts = [...shards].map(([shard, text]) => decodeShard(text, shard));
    const words = new Map(parts.flatMap((part) => [...part.words]));
    const entries = new Map(parts.flatMap((part) => part.entries.map((e) => [e.id, e])));
    expect([...entries.values()].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(
      [...DATA.entries].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    expect(fixed.synonyms).toEqual(DATA.synonyms);
    expect(words.get('tashkent')).toBe(1);
    expect(words.get('sco')).toBe(4); // 7 times, in the bucket 4–7
    expect([...words.keys()].sort()).toEqual([...DATA.words.keys()].sort());
    expect(fixed.records).toEqual(new Set(['a', 'b']));
  });

  test.each(['', 'null', '{"version":1,"words":{}}', '{"version":2}', '<html>'])(
    'a broken data file (%s) is refused',
    (text) => {
      expect(() => decodeSearchIndex(text)).toThrow(/search data/);
      expect(() => decodeShard(text, 0)).toThrow(/search data/);
    },
  );
});
