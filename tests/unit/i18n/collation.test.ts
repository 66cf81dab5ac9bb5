import { expect, test } from 'vitest';
import { compareNames, initialOf } from '#lib/i18n/collation.ts';

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
