import { describe, expect, test } from 'vitest';
import { decodeSearchIndex, decodeShard, encodeShards } from '#lib/search/search-shards.ts';
import { planQuery } from '#lib/search/search-query.ts';
import {
  countWords,
  foldWord,
  indexedWords,
  withEditionParagraphWords,
  withParagraphWords,
} from '#lib/search/search-words.ts';
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
    // Each synonym group once, in its place, though filed in the shard of each of its words.
    const groups = new Map(parts.flatMap((part) => [...part.synonyms]));
    expect([...groups.keys()].sort((a, b) => a - b).map((at) => groups.get(at))).toEqual(
      DATA.synonyms,
    );
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

describe('withParagraphWords: the site cites a paragraph as "¶4"', () => {
  test.each([
    ['Azam ¶4', 'Azam  paragraph 4'],
    ['alimov-2017 § 12', 'alimov-2017  paragraph 12'],
    // Not before a number: left as typed.
    ['¶ alone', '¶ alone'],
    ['¶a', '¶a'],
    ['no sign 4', 'no sign 4'],
    // A citation style's abbreviation for it ("para. 4", as APA cites a paragraph), in any case.
    ['Azam, CGTN, para. 4', 'Azam, CGTN,  paragraph 4'],
    ['Azam Para 4', 'Azam  paragraph 4'],
    ['azam paras.4', 'azam  paragraph 4'],
    ['azam par. 4', 'azam  paragraph 4'],
    // Not inside a word, nor before anything but a number.
    ['separa 4', 'separa 4'],
    ['para', 'para'],
    ['para. a', 'para. a'],
  ])('%s → %s', (query, expected) => expect(withParagraphWords(query)).toBe(expected));

  test.each([
    // The editions' words for it are written as the site's "¶", which their plans search.
    ['Алимов, абз. 3', 'Алимов,  ¶3 '],
    ['Алимов абзац 3', 'Алимов  ¶3 '],
    ['Алимов Абзаце 3', 'Алимов  ¶3 '],
    ['阿利莫夫第3段', '阿利莫夫 ¶3 '],
    ['阿利莫夫 第 3 段', '阿利莫夫  ¶3 '],
    // Not a word that only begins so, nor without a number.
    ['разбаз 3', 'разбаз 3'],
    ['абзац', 'абзац'],
    ['第段', '第段'],
  ])('an edition’s "%s" → "%s"', (query, expected) =>
    expect(withEditionParagraphWords(query)).toBe(expected),
  );

  test('the English planner searches the word ("Alimov ¶5" as "Alimov paragraph 5")', () => {
    const data = { ...DATA, words: countWords(['Alimov wrote it. Paragraph 5.']) };
    expect(planQuery('Alimov ¶5', data).variants).toEqual(
      planQuery('Alimov paragraph 5', data).variants,
    );
    expect(planQuery('Alimov ¶5', data).variants[0]).toContain('paragraph');
  });
});
