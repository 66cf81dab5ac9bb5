import { describe, expect, test } from 'vitest';
import { DIST, readPages } from '../../tools/lib/dist';
import { ENGLISH_SITE_PATHS } from '../../tools/lib/site-paths';
import { LOCALES, localePath, TRANSLATED_LOCALES } from '#lib/i18n/locales.ts';
import { UI } from '#lib/i18n/ui.ts';

// Every page of the English site, from the page registry and content/ (tools/lib/site-paths.ts),
// and the 404 page, which an edition builds at /<locale>/404/ (src/pages/[lang]/404.astro).
const ENGLISH_PATHS = [...ENGLISH_SITE_PATHS, '/404/'];

const byPath = new Map(readPages(DIST).map((page) => [page.path, page]));

describe.each(TRANSLATED_LOCALES)('the %s edition', (locale) => {
  const { lang } = LOCALES[locale];

  test.each(ENGLISH_PATHS)('has its page of %s, in its language', (path) => {
    const page = byPath.get(localePath(locale, path));
    expect(page, `${localePath(locale, path)} is not built`).toBeDefined();
    expect(page?.document.documentElement.getAttribute('lang')).toBe(lang);
  });

  test.each(ENGLISH_PATHS)('%s: its frame is in its words and links within it', (path) => {
    const document = byPath.get(localePath(locale, path))?.document;
    const chrome = UI[locale].chrome;
    expect(document?.querySelector('.site-title')?.textContent?.trim()).toBe(chrome.siteTitle);
    const nav = [...(document?.querySelectorAll('.main-nav a') ?? [])];
    expect(nav.map((a) => a.textContent?.trim())).toEqual(
      Object.values(chrome.nav).map((label) => label),
    );
    expect(
      nav.map((a) => a.getAttribute('href')).filter((href) => !href?.startsWith(`/${locale}/`)),
    ).toEqual([]);
    // The page's scripts write the words of the edition its <html lang> names (src/client/ui-strings.ts).
    expect(document?.documentElement.getAttribute('lang')).toBe(LOCALES[locale].lang);
  });

  test('the glossary lists a term’s other names with the edition’s separator', () => {
    const document = byPath.get(localePath(locale, '/glossary/'))?.document;
    const terms = [...(document?.querySelectorAll('.glossary-term[data-search-names]') ?? [])];
    const listed = terms.filter(
      (term) => term.getAttribute('data-search-names')!.split('|').length > 2,
    );
    expect(listed.length).toBeGreaterThan(0);
    for (const term of listed) {
      const [, ...others] = term.getAttribute('data-search-names')!.split('|');
      const shown = term.querySelector('p.text-sm span[data-pagefind-weight]')?.textContent;
      expect(shown).toBe(others.join(UI[locale].glossary.namesJoin));
    }
  });

  test('each quotation in a page’s text has its English original in a footnote', () => {
    const missing = ENGLISH_PATHS.flatMap((path) => {
      const document = byPath.get(localePath(locale, path))?.document;
      if (!document?.querySelector('.footnotes')) return [];
      const given = new Set(
        [...document.querySelectorAll('.footnotes q[lang="en"]')].map((q) => q.textContent ?? ''),
      );
      return [...document.querySelectorAll('main .prose q.translated-quote')]
        .map((q) => q.getAttribute('data-en') ?? '')
        .filter((en) => !given.has(en))
        .map((en) => `${path}: ${en}`);
    });
    expect(missing).toEqual([]);
  });
});
