import { describe, expect, test } from 'vitest';
import { groupByInitial } from '#lib/content/glossary.ts';
import { compareNames, initialOf, isLatinInitial, splitLatinGroups } from '#lib/i18n/collation.ts';

test.each([
  ['zh', '上海精神', 'S'],
  ['zh', '《联合国宪章》', 'L'],
  ['zh', '地区反恐怖机构', 'D'],
  ['zh', '阿斯塔纳峰会', 'A'],
  ['zh', '中国国际电视台', 'Z'],
  ['zh', '吉尔吉斯斯坦', 'J'],
  ['zh', 'RATS', 'R'],
  ['ru', 'шанхайский дух', 'Ш'],
  ['ru', '«Три силы зла»', 'Т'],
  ['en', '"three forces"', 'T'],
  ['en', '2017 summit', '#'],
] as const)('%s: %s is under %s', (locale, name, letter) => {
  expect(initialOf(locale, name)).toBe(letter);
});

test('Chinese names sort by pinyin, Russian by its alphabet', () => {
  expect(
    ['上海精神', '地区反恐怖机构', '阿斯塔纳', '《联合国宪章》'].sort((a, b) =>
      compareNames('zh', a, b),
    ),
  ).toEqual(['阿斯塔纳', '地区反恐怖机构', '《联合国宪章》', '上海精神']);
  expect(
    ['Ташкент', 'ёлка', 'Астана', 'Яблоко', 'Енисей'].sort((a, b) => compareNames('ru', a, b)),
    // ё sorts as е, as Russian dictionaries have it.
  ).toEqual(['Астана', 'ёлка', 'Енисей', 'Ташкент', 'Яблоко']);
});

describe('Latin names in an edition with another alphabet', () => {
  const names = ['CGTN', 'Совет глав государств', 'UNODC', 'Астана', 'РАТС'];
  const groups = (locale: 'ru' | 'zh' | 'en') =>
    splitLatinGroups(
      locale,
      groupByInitial(
        [...names].sort((a, b) => compareNames(locale, a, b)).map((name) => ({ name })),
        (name) => initialOf(locale, name),
        (a, b) => compareNames(locale, a, b),
      ),
    );

  test('Russian files a Latin C apart from a Cyrillic С', () => {
    const { own, latin } = groups('ru');
    expect(own.map((g) => g.letter)).toEqual(['А', 'Р', 'С']);
    expect(own.find((g) => g.letter === 'С')?.items.map((t) => t.name)).toEqual([
      'Совет глав государств',
    ]);
    expect(latin.map((g) => [g.letter, g.items.map((t) => t.name)])).toEqual([
      ['C', ['CGTN']],
      ['U', ['UNODC']],
    ]);
    // The two C's are different letters, whatever they look like.
    expect(latin[0]?.letter).not.toBe(own[2]?.letter);
  });

  test.each(['zh', 'en'] as const)('%s keeps Latin initials among its own', (locale) => {
    expect(groups(locale).latin).toEqual([]);
  });

  test.each([
    ['C', true],
    ['С', false],
    ['#', false],
    ['Z', true],
  ])('isLatinInitial(%s) is %s', (letter, expected) => {
    expect(isLatinInitial(letter)).toBe(expected);
  });
});
