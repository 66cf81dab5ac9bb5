import { existsSync } from 'node:fs';
import { expect, test } from 'vitest';
import { isIndexable } from '#lib/meta/robots.ts';
import {
  editionPaths,
  FIXED_PAGES,
  NOINDEX_PATHS,
  PROSE_PAGE_PATHS,
  RESERVED_SLUGS,
  sitePaths,
} from '#lib/meta/site-pages.ts';
import {
  ALL_LOCALES,
  LOCALES,
  localePath,
  SOURCE_LOCALE,
  TRANSLATED_LOCALES,
} from '#lib/i18n/locales.ts';
import { buildSocialCards } from '#lib/meta/social-image.ts';
import { SOCIAL_CARD_SOURCE } from '../../fixtures/social-cards';

// The page registry is the one list of the site's pages: what derives from it must follow it.

// The fixture's topics and sources, so that its cards and the registry's pages can be compared.
const CONTENT = {
  topics: SOCIAL_CARD_SOURCE.topics.map((t) => t.id),
  sources: SOCIAL_CARD_SOURCE.sources.map((s) => s.id),
};

test.each(FIXED_PAGES.map((page) => [page.path, page.template] as const))(
  '%s has its template, src/pages/%s',
  (_path, template) => {
    expect(existsSync(`src/pages/${template}`)).toBe(true);
  },
);

test('every page is listed once, fixed pages first, then topics and sources', () => {
  const paths = sitePaths(CONTENT, [SOURCE_LOCALE]);
  expect(new Set(paths).size).toBe(paths.length);
  expect(paths.slice(FIXED_PAGES.length)).toEqual([
    '/rats/',
    '/spirit/',
    '/sources/alimov-2017/',
    '/sources/sco-about/',
  ]);
});

test('every page exists in every edition, English first, at the edition’s path', () => {
  const english = sitePaths(CONTENT, [SOURCE_LOCALE]);
  const all = sitePaths(CONTENT);
  expect(new Set(all).size).toBe(all.length);
  expect(all).toEqual(ALL_LOCALES.flatMap((locale) => english.map((p) => localePath(locale, p))));
  expect(all).toContain('/zh/sources/sco-about/');
  expect(sitePaths(CONTENT, ['ru'])).toEqual(english.map((p) => localePath('ru', p)));
  expect(editionPaths('/search/')).toEqual(['/search/', '/ru/search/', '/zh/search/']);
});

test('a topic may not take the first segment of a fixed page, an asset folder or "index"', () => {
  for (const page of FIXED_PAGES.filter((p) => p.path !== '/'))
    expect(RESERVED_SLUGS).toContain(page.path.split('/')[1]);
  for (const folder of ['pagefind', 'maps', 'og', 'index'])
    expect(RESERVED_SLUGS).toContain(folder);
  expect(RESERVED_SLUGS).not.toContain('');
});

test('a topic may not take an edition’s prefix (/ru/, /zh/)', () => {
  for (const locale of TRANSLATED_LOCALES)
    expect(RESERVED_SLUGS).toContain(LOCALES[locale].prefix.slice(1));
});

test('robots and the sitemap follow the registry: a page is indexable unless the registry says not', () => {
  for (const page of FIXED_PAGES)
    for (const path of editionPaths(page.path))
      expect(isIndexable(path), path).toBe(page.indexable);
  expect([...NOINDEX_PATHS].sort()).toEqual(
    ALL_LOCALES.flatMap((locale) =>
      FIXED_PAGES.filter((p) => !p.indexable).map((p) => localePath(locale, p.path)),
    ).sort(),
  );
  const fixed = new Set(FIXED_PAGES.flatMap((p) => editionPaths(p.path)));
  for (const path of sitePaths(CONTENT).filter((p) => !fixed.has(p)))
    expect(isIndexable(path), path).toBe(true);
});

test('each page with prose of its own is named by its content/pages file', () => {
  expect(PROSE_PAGE_PATHS).toEqual({ home: '/', about: '/about/' });
  for (const id of Object.keys(PROSE_PAGE_PATHS))
    expect(existsSync(`content/pages/${id}.mdx`), id).toBe(true);
});

test('every page of the registry but the 404 page has a social card, and no card is for a page not in it', () => {
  const cards = buildSocialCards(SOCIAL_CARD_SOURCE).map((card) => card.path);
  expect(cards.sort()).toEqual(
    sitePaths(CONTENT, [SOURCE_LOCALE])
      .filter((path) => path !== '/404/')
      .sort(),
  );
});
