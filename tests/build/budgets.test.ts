import { describe, expect, test } from 'vitest';
import { measurePage } from '../../tools/lib/budgets';
import { DIST, readPages } from '../../tools/lib/dist';
import { existsSync, readdirSync } from 'node:fs';
import { LOCALES, localeOfPath, SOURCE_LOCALE, TRANSLATED_LOCALES } from '#lib/i18n/locales.ts';

// Byte budgets on every topic page, as bytes (gzip -9 per file): what a reader's browser runs at
// start and fetches on load. The search code and index are not among them (tests/browser/search.test.ts
// checks that no search byte is fetched before search is used); content figures (the member map)
// carry their own budget (tests/build/member-map.test.ts). `node tools/budgets.ts` prints every page.
// The editions' topic pages too (content/<locale>/topics): Cyrillic and Chinese text weigh more per
// character than English in UTF-8, and their pages must fit the same budget.
const topicsIn = (dir: string, prefix: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((file) => file.endsWith('.mdx'))
        .map((file) => `${prefix}/${file.replace(/\.mdx$/, '')}/`)
    : [];
const TOPICS = [
  ...topicsIn('content/topics', ''),
  ...TRANSLATED_LOCALES.flatMap((locale) =>
    topicsIn(`content/${locale}/topics`, LOCALES[locale].prefix),
  ),
];
const pages = readPages().filter((page) => TOPICS.includes(page.path));

/** HTML + CSS of a translated edition's topic page: 18 KB (see below). */
const EDITION_BUDGET = 18 * 1024;

test('measures every topic page', () => {
  expect(TOPICS.length).toBeGreaterThan(0);
  for (const locale of TRANSLATED_LOCALES)
    expect(TOPICS.some((path) => path.startsWith(`${LOCALES[locale].prefix}/`))).toBe(true);
  expect(pages.map((page) => page.path).sort()).toEqual(TOPICS.sort());
});

describe.each(pages.map((page) => [page.path, page] as const))('%s', (_, page) => {
  const cost = measurePage(page, DIST);

  // 14 KB is about what the first round trip delivers (TCP's initial window of 10 segments), so the
  // page can lay out its text before a second one. The editions' pages do not fit it: the same text
  // in Russian or Chinese weighs more than in English once gzipped (in 2026-12, 1.8–2.3 KB more on
  // the Russian topic pages, 0.8–1.0 KB on the Chinese, whole-page text alone), and their attributes
  // (accessible names) and the English originals of their quotations add more. They are held to
  // EDITION_BUDGET so that they do not grow further; the README says so.
  const budget = localeOfPath(page.path) === SOURCE_LOCALE ? 14 * 1024 : EDITION_BUDGET;
  test(`sends at most ${budget / 1024} KB of HTML and CSS`, () => {
    expect(cost.html + cost.css).toBeLessThanOrEqual(budget);
  });

  test('runs at most 2 KB of script at start', () => {
    expect(cost.startScript).toBeLessThanOrEqual(2048);
  });

  test('fetches at most 20 KB on load', () => {
    expect(cost.onLoad).toBeLessThanOrEqual(20 * 1024);
  });
});
