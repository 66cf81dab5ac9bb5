import { describe, expect, test } from 'vitest';
import { isDateOnly, splitUnknownCompounds } from '#lib/search/compounds.ts';
import { planQuery } from '#lib/search/search-query.ts';
import { splitQuery, type SearchData } from '#lib/search/search-words.ts';
import { DATA } from '../../support/query-data.ts';

describe('a hyphenated word the index does not hold', () => {
  const words = (query: string) =>
    splitUnknownCompounds(splitQuery(query), DATA).map((word) => word.folded);
  test.each([
    // Split, so that each part is found or corrected on its own.
    ['Shanghai-Cooperation', ['shanghai', 'cooperation']],
    ['Tashkent–Beijing', ['tashkent', 'beijing']],
    ['Rashid-the-Alimov', ['rashid', 'alimov']], // function words among the parts dropped
    // Kept whole: the index holds it, a correction reaches it, a synonym names it, or it has a digit.
    ['Anti-Terrorist', ['antiterrorist']],
    ['Anti-Terorist', ['antiterorist']],
    ['Nur-Sultan', ['nursultan']],
    ['2018-2023', ['20182023']],
    ['A-73-833', ['a73833']],
    // …but for a word and a year, as the site's addresses name a source.
    ['alimov-2017', ['alimov', '2017']],
    ['Tass-2024-India', ['tass', '2024', 'india']],
    ['alimov-2017-2018', ['alimov20172018']],
    ['Tashkent', ['tashkent']],
    // Kept whole too: parts of which none is the site's word, or letters ("a-b-c" is no compound).
    ['zzq-zzq-zzq', ['zzqzzqzzq']],
    ['a-b-c-d', ['abcd']],
    ['the-of-the', ['theofthe']],
  ])('%s → %j', (query, expected) => expect(words(query)).toEqual(expected));

  test('a part that is an acronym, or a name a synonym holds, is kept, however short', () => {
    // "usled" is one edit from "used": the whole is no typo when a part is "US".
    const data: SearchData = {
      ...DATA,
      words: new Map([...DATA.words, ['used', 5]]),
      synonyms: [...DATA.synonyms, [['us'], ['united', 'states']]],
    };
    const split = (query: string) =>
      splitUnknownCompounds(splitQuery(query), data).map((word) => word.folded);
    expect(split('US-led')).toEqual(['us', 'led']);
    expect(split('us-led')).toEqual(['us', 'led']);
    expect(split('UN-backed')).toEqual(['un', 'backed']);
    // Without such a part, a correction still reaches the whole word.
    expect(split('usd-led')).toEqual(['usdled']);
    expect(planQuery('US-led alliances', data).corrections).toEqual([]);
  });

  test('short parts that are no words and begin none are a name romanised with hyphens: kept whole', () => {
    // "ching" is one letter from "china", a word of the index; "tao" begins none.
    const data: SearchData = { ...DATA, words: new Map([...DATA.words, ['china', 5]]) };
    const split = (query: string) =>
      splitUnknownCompounds(splitQuery(query), data).map((word) => word.folded);
    expect(split("Ch'ing-tao")).toEqual(['chingtao']);
    // A part that begins a word of the index is that word cut short ("Sec-Gen"): split.
    const secretary: SearchData = {
      ...data,
      words: new Map([...data.words, ['secretary', 3], ['general', 3]]),
    };
    expect(
      splitUnknownCompounds(splitQuery('Sec-Gen'), secretary).map((word) => word.folded),
    ).toEqual(['sec', 'gen']);
    // A long part is a word of its own ("Sankt-Peterburg").
    expect(split('Shanghai-Cooperation')).toEqual(['shanghai', 'cooperation']);
  });

  test('the plan searches the parts', () => {
    expect(planQuery('Shanghai-Cooperation Organization', DATA).variants[0]).toEqual([
      'shanghai',
      'cooperation',
      'organization',
    ]);
  });
});

describe('a query that is a date and nothing else', () => {
  test.each([
    ['3 July 2024', true],
    ['June 2017', true],
    ['8–9 June 2017', true],
    ['2017', true],
    ['july 2024 summit', false],
    ['Astana summit 2017', false],
    ['', false],
  ])('%s: %s', (query, expected) => {
    expect(isDateOnly(splitQuery(query))).toBe(expected);
  });
  test('in an edition, by its own months', () => {
    expect(isDateOnly(splitQuery('4 июля 2024'), ['июня', 'июля'])).toBe(true);
    expect(isDateOnly(splitQuery('4 июля 2024'))).toBe(false);
  });
});
