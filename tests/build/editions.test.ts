import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  LOCALES,
  localeOfPath,
  localePath,
  SOURCE_LOCALE,
  stripLocale,
  TRANSLATED_LOCALES,
  type TranslatedLocale,
} from '#lib/i18n/locales.ts';
import { UI } from '#lib/i18n/ui.ts';
import { isNotFoundPage } from '#lib/meta/robots.ts';
import { PROSE_PAGE_PATHS } from '#lib/meta/site-pages.ts';
import { builtPath, DIST, readPages, type BuiltPage } from '../../tools/lib/dist';

// The editions in the built site: each page's language, its hreflang alternates (in the page and in
// the sitemap), and that a translated page keeps the English page's anchors and citations. Which
// pages are editions' comes from the build (every page under /ru/ or /zh/), never from a list here.
const pages = readPages();
const byPath = new Map(pages.map((page) => [page.path, page]));
const home = byPath.get('/');
// The site root with the base path, as the home page declares it.
const ROOT = home?.document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
const editionPages = pages.filter((page) => localeOfPath(page.path) !== SOURCE_LOCALE);

/** The site path of an absolute URL under the site root, or the URL itself when it is not under it. */
const sitePath = (url: string): string =>
  url.startsWith(ROOT) ? `/${url.slice(ROOT.length)}` : url;

/** A page's hreflang alternates, "lang → site path", sorted. */
function alternatesOf(page: BuiltPage): string[] {
  return [...page.document.querySelectorAll('link[rel="alternate"][hreflang]')]
    .map(
      (link) =>
        `${link.getAttribute('hreflang') ?? ''} → ${sitePath(link.getAttribute('href') ?? '')}`,
    )
    .sort();
}

/** Each page of the sitemap and its hreflang alternates, as alternatesOf gives them. */
function sitemapAlternates(): Map<string, string[]> {
  const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  return new Map(
    [...xml.matchAll(/<url>(.*?)<\/url>/gs)].map(([, entry = '']) => [
      sitePath(/<loc>([^<]+)<\/loc>/.exec(entry)?.[1] ?? ''),
      [...entry.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)]
        .map(([, lang = '', href = '']) => `${lang} → ${sitePath(href)}`)
        .sort(),
    ]),
  );
}

/** The ids a page publishes as link targets that every edition must keep: its sections, terms and events. */
const ids = (page: BuiltPage): Set<string> =>
  new Set([...page.document.querySelectorAll('[id]')].map((element) => element.id));
const sectionIds = (page: BuiltPage): string[] =>
  [...page.document.querySelectorAll('.section-heading > :is(h2, h3)')].map((h) => h.id);
const dataIds = (file: string): string[] =>
  (parse(readFileSync(join('content', file), 'utf8')) as { id: string }[]).map((entry) => entry.id);
/** The pages whose sections are written in content/ (topics, content/pages): a translation keeps their order. */
const PROSE_PATHS = [
  ...readdirSync('content/topics').map((file) => `/${file.replace(/\.mdx$/, '')}/`),
  ...Object.values(PROSE_PAGE_PATHS),
];
/** The list pages' entries: a translation lists them all, in its own alphabet's order. */
const DATA_IDS: Record<string, string[]> = {
  '/glossary/': dataIds('glossary.yaml'),
  '/timeline/': dataIds('timeline.yaml'),
};

/** The sources and paragraphs a page's footnotes cite, edition prefix removed, sorted (a section may reorder them). */
const citations = (page: BuiltPage): string[] =>
  [...page.document.querySelectorAll('ol.footnotes > li > a:first-child')]
    .map((a) => stripLocale(a.getAttribute('href') ?? ''))
    .sort();

test('the site has edition pages in every translated edition', () => {
  expect(ROOT).toMatch(/^https?:\/\//);
  for (const locale of TRANSLATED_LOCALES)
    expect(
      editionPages.filter((page) => localeOfPath(page.path) === locale).length,
    ).toBeGreaterThan(0);
});

test('<html lang> is the edition’s language tag on every page', () => {
  const wrong = pages
    .map((page) => ({ page, want: LOCALES[localeOfPath(page.path)].lang }))
    .filter(({ page, want }) => page.document.documentElement.getAttribute('lang') !== want)
    .map(
      ({ page, want }) =>
        `${page.path}: lang="${page.document.documentElement.getAttribute('lang')}", want "${want}"`,
    );
  expect(wrong).toEqual([]);
});

describe('hreflang alternates', () => {
  const withAlternates = pages.filter((page) => alternatesOf(page).length > 0);

  // Not the 404 pages: served at any address, they have none to pair (nor has the English one).
  const paired = editionPages.filter((page) => !isNotFoundPage(page.path));

  test('every edition page has them, and so does its English page', () => {
    expect(paired.filter((page) => alternatesOf(page).length === 0).map((p) => p.path)).toEqual([]);
    expect(
      editionPages
        .filter((page) => isNotFoundPage(page.path) && alternatesOf(page).length > 0)
        .map((p) => p.path),
      '404 pages name no alternates',
    ).toEqual([]);
    const english = paired.map((page) => stripLocale(page.path));
    expect(english.filter((path) => alternatesOf(byPath.get(path)!).length === 0)).toEqual([]);
  });

  test.each(withAlternates.map((page) => [page.path, page] as const))(
    '%s: each points at a built page in the language it names, which lists the same alternates; x-default is the English page',
    (path, page) => {
      const alternates = alternatesOf(page);
      const own = LOCALES[localeOfPath(path)].lang;
      expect(alternates, 'itself, in its own language').toContain(`${own} → ${path}`);
      expect(alternates, 'x-default').toContain(`x-default → ${stripLocale(path)}`);
      const langs = alternates.map((a) => a.split(' → ')[0]);
      expect(new Set(langs).size, 'one alternate per language').toBe(langs.length);
      for (const alternate of alternates) {
        const [lang = '', target = ''] = alternate.split(' → ');
        const other = byPath.get(target);
        expect(other, `${alternate}: no such page`).toBeDefined();
        if (!other) continue;
        if (lang !== 'x-default')
          expect(other.document.documentElement.getAttribute('lang'), alternate).toBe(lang);
        expect(alternatesOf(other), `${target} points back with the same alternates`).toEqual(
          alternates,
        );
      }
    },
  );

  test('the sitemap lists the same alternates as each page', () => {
    const sitemap = sitemapAlternates();
    expect(sitemap.size).toBeGreaterThan(0);
    const differ = [...sitemap]
      .filter(([path, alternates]) => {
        const page = byPath.get(path);
        return !page || alternates.join('\n') !== alternatesOf(page).join('\n');
      })
      .map(([path, alternates]) => ({
        path,
        sitemap: alternates,
        page: byPath.get(path) && alternatesOf(byPath.get(path)!),
      }));
    expect(differ).toEqual([]);
    expect(
      withAlternates
        .filter(
          (page) =>
            page.document.querySelector('meta[name="robots"][content*="noindex"]') === null &&
            !sitemap.has(page.path),
        )
        .map((p) => p.path),
      'indexable pages with editions the sitemap leaves out',
    ).toEqual([]);
  });
});

describe.each(editionPages.map((page) => [page.path, page] as const))(
  '%s keeps the English page’s',
  (path, page) => {
    // The English page of the same registry entry, as built: the English 404 page is /404.html (builtPath).
    const english = byPath.get(builtPath(stripLocale(path)));

    test('section ids, in order, and its terms’ and events’ anchors', () => {
      expect(english, `${builtPath(stripLocale(path))} is built`).toBeDefined();
      if (!english) return;
      if (PROSE_PATHS.includes(english.path)) expect(sectionIds(page)).toEqual(sectionIds(english));
      const own = ids(page);
      const englishIds = ids(english);
      const wanted = [...(DATA_IDS[stripLocale(path)] ?? [])];
      for (const id of wanted) expect(englishIds.has(id), `#${id} on ${english.path}`).toBe(true);
      expect(
        wanted.filter((id) => !own.has(id)),
        'anchors missing',
      ).toEqual([]);
    });

    test('citations: the same sources and paragraphs, as often', () => {
      if (!english) return;
      expect(citations(page)).toEqual(citations(english));
    });
  },
);

test('every edition page shows a social image of its own (a 404 page its edition home’s), in its edition’s words', () => {
  const meta = (page: BuiltPage, key: string) =>
    page.document.querySelector(`meta[property="${key}"]`)?.getAttribute('content') ?? '';
  const wrong = editionPages.flatMap((page) => {
    const image = sitePath(meta(page, 'og:image'));
    // A 404 page shows its edition's home card, as the English 404 page shows the English home's.
    const shown = isNotFoundPage(page.path) ? localePath(localeOfPath(page.path), '/') : page.path;
    const want = `/og${shown.slice(0, -1)}.png`;
    const siteTitle = UI[localeOfPath(page.path) as TranslatedLocale].chrome.siteTitle;
    return image === want &&
      existsSync(join(DIST, image)) &&
      meta(page, 'og:image:alt').startsWith(siteTitle)
      ? []
      : [
          `${page.path}: og:image ${image} (want ${want}, built), alt "${meta(page, 'og:image:alt')}". Fix: give the page a card in buildEditionCards (src/lib/meta/social-image-editions.ts)`,
        ];
  });
  expect(wrong).toEqual([]);
});

// A term's heading gives its acronym in the edition's own letters where the edition has one
// (content/<locale>/glossary.yaml): "Шанхайская организация сотрудничества (ШОС)", not "(SCO)" beside
// the ШОС of its text. Expectations from the edition's glossary: each term whose own other names
// hold a name of capitals only shows the first such name in its heading.
test.each(TRANSLATED_LOCALES)(
  'the %s glossary headings give the edition’s own acronyms',
  (locale) => {
    const { terms } = parse(readFileSync(join('content', locale, 'glossary.yaml'), 'utf8')) as {
      terms: { id: string; otherNames: string[] }[];
    };
    const glossary = byPath.get(localePath(locale, '/glossary/'));
    const withAcronym = terms
      .map(({ id, otherNames }) => ({
        id,
        acronym: otherNames.find((name) => /^\p{Lu}{2,}(?: \p{Lu}{2,})*$/u.test(name)),
      }))
      .filter((term): term is { id: string; acronym: string } => term.acronym !== undefined);
    for (const { id, acronym } of withAcronym) {
      const heading = glossary?.document.getElementById(id)?.textContent?.trim() ?? '';
      expect(heading, id).toMatch(new RegExp(`\\(${acronym}\\)$|^[^(]*${acronym}[^(]*$`));
    }
  },
);
