import { describe, expect, test } from 'vitest';
import { ALL_LOCALES, LOCALES } from '#lib/i18n/locales.ts';
import { UI } from '#lib/i18n/ui.ts';
import { SEARCH_KINDS } from '#lib/search/config.ts';
import { counted, dialogStrings, fill, readSearchStrings } from '#lib/search/search-strings.ts';
import { readLangOption } from '../../../tools/lib/lang-option.ts';

describe.each(ALL_LOCALES)('the %s search words', (locale) => {
  const strings = UI[locale].search.client;

  test('choose plural forms by the edition’s own locale', () => {
    expect(strings.intl).toBe(LOCALES[locale].intl);
  });

  // The count agrees with its number in every category; "All results (n)" is phrased to need no agreement.
  test('give the count a form for every plural category the language has', () => {
    const categories = new Intl.PluralRules(strings.intl).resolvedOptions().pluralCategories;
    for (const category of categories)
      expect(strings.count[category], `${locale} ${category}`).toBeDefined();
  });

  test('name every kind a result may have', () => {
    for (const kind of SEARCH_KINDS) expect(strings.kinds[kind], kind).toBeDefined();
  });

  test('survive being written into the page as JSON', () => {
    expect(readSearchStrings(JSON.stringify(strings))).toEqual(strings);
  });

  // The dialog's file (SEARCH_UI_PATH) is fetched on opening search: the /search/ page's own words
  // (its filters, their plural labels) stay on that page.
  test('give the dialog its words only', () => {
    const dialog = dialogStrings(strings, locale);
    // The header button's words are rendered into it (SearchButton.astro).
    for (const key of ['pageFailed', 'show', 'all', 'among', 'showAll', 'prompt', 'retryLoad'])
      expect(Object.hasOwn(dialog, key), key).toBe(false);
    expect(Object.keys(dialog).length).toBeGreaterThan(15);
    for (const kind of SEARCH_KINDS)
      expect(dialog.kinds[kind], kind).toEqual({ label: strings.kinds[kind]!.label });
    // A link to each other edition's search; a query in this edition's script is searched here.
    expect(dialog.otherEdition).toEqual(
      Object.fromEntries(
        ALL_LOCALES.filter((other) => other !== locale).map((other) => [
          other,
          strings.otherEdition[other],
        ]),
      ),
    );
    const { kinds: _kinds, otherEdition: _otherEdition, ...rest } = dialog;
    for (const [key, value] of Object.entries(rest))
      expect(value, key).toEqual(strings[key as keyof typeof strings]);
  });

  test('fill every slot their templates name', () => {
    const filled = [
      counted(strings, strings.count, 0, { q: 'x' }),
      counted(strings, strings.count, 1, { q: 'x' }),
      counted(strings, strings.count, 3, { q: 'x' }),
      counted(strings, strings.count, 5, { q: 'x' }),
      counted(strings, strings.count, 21, { q: 'x' }),
      counted(strings, strings.allResults, 7),
      fill(strings.nothing, { q: 'x', glossary: strings.glossaryLink }),
      fill(strings.unavailable, { glossary: strings.glossaryLink }),
      fill(strings.failed, { glossary: strings.glossaryLink }),
      ...Object.values(strings.otherEdition),
      fill(strings.sectionsOf, { title: 'x' }),
      fill(strings.among, { kind: 'x' }),
    ];
    for (const text of filled) expect(text).not.toMatch(/\{\w+\}/);
  });

  test('link to the glossary once where they send the reader there', () => {
    for (const text of [strings.nothing, strings.unavailable, strings.failed])
      expect(text.split('{glossary}')).toHaveLength(2);
    expect(strings.glossaryLink).not.toBe('');
  });
});

test('Russian counts agree with the number', () => {
  const ru = UI.ru.search.client;
  expect(counted(ru, ru.count, 1, { q: 'РАТС' })).toBe('1 результат по запросу «РАТС»');
  expect(counted(ru, ru.count, 3, { q: 'РАТС' })).toBe('3 результата по запросу «РАТС»');
  expect(counted(ru, ru.count, 5, { q: 'РАТС' })).toBe('5 результатов по запросу «РАТС»');
  expect(counted(ru, ru.count, 0, { q: 'РАТС' })).toBe('По запросу «РАТС» ничего не найдено');
});

test('strings that are not the server’s JSON are refused, not trusted', () => {
  for (const bad of [null, '', '{', '[]', '{"label": 3}', 'null'])
    expect(readSearchStrings(bad), String(bad)).toBeUndefined();
});

test('a slot with no value is left as written', () => {
  expect(fill('{n} of {q}', { n: 2 })).toBe('2 of {q}');
});

test.each([
  [['--lang', 'ru', 'когда'], 'ru', ['когда']],
  [['--lang=zh', '上合'], 'zh', ['上合']],
  [['rats', '--kind=source'], 'en', ['rats', '--kind=source']],
  [['--lang'], '', []],
])('readLangOption(%j)', (argv, lang, args) => {
  expect(readLangOption(argv)).toEqual({ lang, args });
});

test('the dialog’s link to one result does not say "All 1 result"', () => {
  const strings = UI.en.search.client;
  expect(counted(strings, strings.allResults, 1)).toBe(
    'This result on the search page, with filters',
  );
  expect(counted(strings, strings.allResults, 12)).toBe('All 12 results, with filters');
});
