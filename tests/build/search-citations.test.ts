import { beforeAll, expect, test } from 'vitest';
import { ALL_LOCALES, localeOfPath, type Locale } from '#lib/i18n/locales.ts';
import { DIST, readPages } from '../../tools/lib/dist';
import { loadSiteSearch } from '../../tools/lib/pagefind';

// A reader who copies one of the site's citations ("Azam, CGTN, ¶5") into search, writes it as a
// citation style does ("para. 5"; "абз. 5", "第5段" in the editions), or types the source's address
// with the paragraph ("azam-cgtn ¶5") asks for that paragraph: its section comes first. "Azam, CGTN,
// ¶5" had landed on the list of paragraphs, "alimov-2017 ¶3" on another source, "阿扎姆，中国国际电视台，
// ¶2" on the CGTN glossary term. Expectations come from the built footnotes of each edition: every
// citation of a paragraph they write, with the address its link goes to.
const citations = new Map<Locale, Map<string, string>>();
for (const page of readPages(DIST)) {
  const locale = localeOfPath(page.path);
  const own = citations.get(locale) ?? new Map<string, string>();
  for (const a of page.document.querySelectorAll('ol.footnotes a[href*="/sources/"]')) {
    const label = a.textContent?.trim() ?? '';
    const href = a.getAttribute('href') ?? '';
    if (/¶\d+$/u.test(label) && /\/sources\/[^/]+\/#p\d+$/u.test(href)) own.set(label, href);
  }
  citations.set(locale, own);
}

/** How each edition abbreviates "paragraph 5" in a citation. */
const ABBREVIATED: Record<Locale, (n: string) => string> = {
  en: (n) => `para. ${n}`,
  ru: (n) => `абз. ${n}`,
  zh: (n) => `第${n}段`,
};

/** The forms a reader may type a citation in, with the address it must land on first. */
const cases = ALL_LOCALES.flatMap((locale) =>
  [...(citations.get(locale) ?? [])].flatMap(([label, href]) => {
    const [, id, paragraph] = /\/sources\/([^/]+)\/#p(\d+)$/u.exec(href)!;
    return [
      [locale, label, href],
      [locale, label.replace(/¶(\d+)$/u, (_, n: string) => ABBREVIATED[locale](n)), href],
      [locale, `${id} ¶${paragraph}`, href],
    ] as const;
  }),
);

const searches = new Map<Locale, Awaited<ReturnType<typeof loadSiteSearch>>>();

beforeAll(async () => {
  for (const locale of ALL_LOCALES) searches.set(locale, await loadSiteSearch(DIST, locale));
});

test('each edition’s footnotes cite paragraphs of more than one source (the check sees them)', () => {
  for (const locale of ALL_LOCALES) {
    const sources = new Set(
      [...(citations.get(locale)?.values() ?? [])].map((href) => href.split('#')[0]),
    );
    expect(sources.size, locale).toBeGreaterThan(1);
  }
});

test.each(cases)('%s: "%s" lands first on %s', async (locale, query, href) => {
  const { hits } = await searches.get(locale)!(query, { limit: 3 });
  expect(hits[0]?.section).toBe(href);
});
