import { describe, expect, test } from 'vitest';
import {
  formatDateIn,
  localeOfContentFile,
  localeOfPath,
  localePath,
  stripLocale,
} from '#lib/i18n/locales.ts';
import { contentLink } from '#lib/markdown/mdx-base-links.ts';
import { UI } from '#lib/i18n/ui.ts';

describe('edition paths', () => {
  test.each([
    ['en', '/rats/#functions', '/rats/#functions'],
    ['ru', '/rats/#functions', '/ru/rats/#functions'],
    ['zh', '/', '/zh/'],
    ['zh', '/glossary/#rats', '/zh/glossary/#rats'],
  ] as const)('%s %s → %s', (locale, path, expected) => {
    expect(localePath(locale, path)).toBe(expected);
    expect(localeOfPath(expected)).toBe(locale);
    expect(stripLocale(expected)).toBe(path);
  });

  test('a path that only starts like an edition is English', () => {
    expect(localeOfPath('/russia/')).toBe('en');
    expect(localeOfPath('/zhou/')).toBe('en');
  });

  test('bad paths are refused, not doubled', () => {
    expect(() => localePath('ru', 'rats/')).toThrow(/not a site path/);
    expect(() => localePath('ru', '/zh/rats/')).toThrow(/already in an edition/);
  });

  test.each([
    ['content/topics/rats.mdx', 'en'],
    ['content/ru/topics/rats.mdx', 'ru'],
    ['/work/x/content/zh/pages/about.mdx', 'zh'],
    ['content/en/topics/rats.mdx', 'en'],
    ['content/fr/topics/rats.mdx', 'en'],
  ] as const)('%s is in the %s edition', (file, locale) => {
    expect(localeOfContentFile(file)).toBe(locale);
  });
});

describe('dates by Intl, in each edition', () => {
  test.each([
    ['en', '2004-06-17', '17 June 2004'],
    ['ru', '2004-06-17', '17 июня 2004 г.'],
    ['zh', '2004-06-17', '2004年6月17日'],
    ['ru', '2017-06', 'июнь 2017 г.'],
    ['zh', '2002', '2002年'],
  ] as const)('%s %s → %s', (locale, date, expected) => {
    expect(formatDateIn(locale, date)).toBe(expected);
  });

  // 2004-13 and 2023-02-30 have the shape, but Date would roll them over into 2005 and March.
  test.each(['2004-6-17', '17 June 2004', '', '2004-13', '2023-02-30', '2023-00-10'])(
    '"%s" is refused, never rolled over',
    (date) => {
      expect(() => formatDateIn('ru', date)).toThrow(/YYYY/);
    },
  );
});

describe('content links stay in their edition', () => {
  const options = { base: '/', redirects: { '/old-rats/': '/rats/' } };
  test.each([
    ['en', '/glossary/#rats', '/glossary/#rats'],
    ['ru', '/glossary/#rats', '/ru/glossary/#rats'],
    ['zh', '/old-rats/#functions', '/zh/rats/#functions'],
    ['ru', 'https://example.org/', 'https://example.org/'],
    ['ru', '#functions', '#functions'],
  ] as const)('%s: %s → %s', (locale, url, expected) => {
    expect(contentLink(url, { ...options, locale })).toBe(expected);
  });
  test('under a base path, the edition comes after the base', () => {
    expect(contentLink('/rats/', { base: '/sco', locale: 'zh', redirects: {} })).toBe(
      '/sco/zh/rats/',
    );
  });
});

describe('a long gap on the timeline, in words', () => {
  test.each([
    ['en', 13, '13 years later'],
    ['ru', 1, '1 год спустя'],
    ['ru', 3, '3 года спустя'],
    ['ru', 5, '5 лет спустя'],
    ['ru', 21, '21 год спустя'],
    ['zh', 7, '7年后'],
  ] as const)('%s %d → %s', (locale, years, words) => {
    expect(UI[locale].timeline.yearsLater(years)).toBe(words);
  });
});
