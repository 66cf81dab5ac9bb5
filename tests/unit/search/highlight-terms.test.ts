import { describe, expect, test } from 'vitest';
import { foldedPattern, landingTerms } from '#lib/search/highlight-terms.ts';

describe('landingTerms', () => {
  test.each([
    // Pagefind's words of one Chinese run are marked as the run: Belarus, not Russia.
    [['白', '俄罗斯'], ['白俄罗斯']],
    [['塔', '什', '干'], ['塔什干']],
    // A lone character marks nothing; other scripts' terms are kept as they are.
    [['白'], []],
    [
      ['rats', '塔', '什', 'tashkent'],
      ['rats', '塔什', 'tashkent'],
    ],
    [
      ['региональн', 'структура'],
      ['региональн', 'структура'],
    ],
    [[], []],
    [['白', '', '俄罗斯', ' '], ['白俄罗斯']],
  ])('%j → %j', (terms, marked) => expect(landingTerms(terms)).toEqual(marked));
});

describe('foldedPattern', () => {
  test.each([
    // The index folds й into и and ё into е: the page's own letters are matched.
    ['шанхаискии', 'Шанхайский дух', ['Шанхайский']],
    ['пятерка', 'Шанхайская пятёрка', ['пятёрка']],
    // A hyphen between letters, as the query layer joins "Юго-Восточной".
    ['юговосточнои', 'Юго-Восточной Азии', ['Юго-Восточной']],
  ])('%s marks %s as %j', (term, text, marked) =>
    expect(text.match(foldedPattern(term, ['-'])!)).toEqual(marked),
  );

  test.each(['rats', 'дух', '上海'])('%s folds nothing: no pattern', (term) =>
    expect(foldedPattern(term)).toBeUndefined(),
  );

  test('a letter special in a pattern is taken as itself', () =>
    expect('a.b и axb'.match(foldedPattern('a.b и')!)).toEqual(['a.b и']));
});
