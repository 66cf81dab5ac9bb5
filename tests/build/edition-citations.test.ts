import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { formatCitationDate } from '#lib/i18n/cite-dates.ts';
import { localeOfPath, type TranslatedLocale } from '#lib/i18n/locales.ts';
import { UI } from '#lib/i18n/ui.ts';
import { SITE } from '../../src/site.config.ts';
import { readPages, type BuiltPage } from '../../tools/lib/dist';

// The translated editions speak their own citation styles (src/lib/meta/cite-editions.ts) and
// name the site in their own words: ГОСТ Р 7.0.100–2018 in Russian, GB/T 7714—2015 in Chinese.
// English stays Chicago (tests/build/section-links.test.ts). Expectations come from ui.ts (the
// site's and the style's names), the built page (its address and review date) and content/.
const editionPages = readPages()
  .filter((page) => localeOfPath(page.path) !== 'en')
  .map((page) => [page.path, page, localeOfPath(page.path) as TranslatedLocale] as const);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** What Chicago's English form writes, which no edition's citation may. */
const CHICAGO_WORDS = /Accessed|Last reviewed|\bsection\b|\bn\.d\.|Original address/;
/**
 * A Latin-letter word in the boxes' own words (labels, buttons), where only "BibTeX" and the code of
 * the edition's standard ("GB/T") may stand.
 */
const latinWords = (texts: string[]) =>
  texts
    .flatMap((text) => text.match(/[A-Za-z]{2,}/g) ?? [])
    .filter((word) => !['BibTeX', 'GB'].includes(word));

/** The day an article says it was last reviewed (article:modified_time), in the style's form. */
function reviewedOf(page: BuiltPage, locale: TranslatedLocale): string | undefined {
  const day = page.document
    .querySelector('meta[property="article:modified_time"]')
    ?.getAttribute('content');
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? formatCitationDate(locale, day) : undefined;
}

/** The plain-text citation of a page (or, with `section`, of one of its sections), as the style writes it. */
function pattern(locale: TranslatedLocale, url: string, section: string | undefined): RegExp {
  const site = escape(UI[locale].chrome.siteTitle);
  const blank = '____';
  if (locale === 'ru') {
    const part = section === undefined ? '' : ` – Разд\\. «.+»\\.`;
    return new RegExp(
      `^(?:.+ // )?${site} : \\[сайт\\]\\. – \\d{4}\\.${part} – Дата обновления: (\\d{2}\\.\\d{2}\\.\\d{4})\\. – URL: ${escape(url)} \\(дата обращения: ${blank}\\)\\.$`,
    );
  }
  const work =
    section === undefined
      ? `${site}(?:\\. .+)?\\[EB/OL\\]`
      : `${site}\\. ${escape(section)}\\[EB/OL\\]//${site}(?:\\. .+)?`;
  return new RegExp(`^${work}\\. \\((\\d{4}-\\d{2}-\\d{2})\\)\\[${blank}\\]\\. ${escape(url)}\\.$`);
}

describe.each(editionPages)('%s', (_, page, locale) => {
  const { chrome, cite } = UI[locale];
  const canonical = page.document.querySelector('link[rel="canonical"]')?.getAttribute('href');

  test('its <title>, og:site_name and JSON-LD name the site in the edition’s words', () => {
    const title = page.document.querySelector('title')?.textContent ?? '';
    expect(title === chrome.siteTitle || title.endsWith(` — ${chrome.siteTitle}`), title).toBe(
      true,
    );
    expect(title).not.toContain(SITE.title);
    const siteName = page.document
      .querySelector('meta[property="og:site_name"]')
      ?.getAttribute('content');
    expect(siteName).toBe(chrome.siteTitle);
    const graph = JSON.parse(
      page.document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}',
    ) as { '@graph': { '@type': string; name?: string; alternateName?: string }[] };
    expect(graph['@graph'].find((node) => node['@type'] === 'Organization')).toMatchObject({
      name: chrome.siteTitle,
      alternateName: SITE.title,
    });
  });

  test('its footnote markers are named in the edition’s words', () => {
    for (const link of page.document.querySelectorAll('sup.cite-ref a'))
      expect(link.getAttribute('aria-label')).toBe(cite.marker(link.textContent?.trim() ?? ''));
  });

  const boxes = [...page.document.querySelectorAll('details.cite-box')];
  // Search and 404 pages, which are not indexed, have none (tests/build/section-links.test.ts).
  if (boxes.length > 0)
    test('every Cite box is in the edition’s style, named in its words, with no English label', () => {
      const reviewed = reviewedOf(page, locale);
      for (const box of boxes) {
        const heading = box.closest('.section-heading')?.querySelector('h2, h3');
        const section = heading ? box.querySelector('pre')?.dataset['bibtexSection'] : undefined;
        const url = heading ? `${canonical}#${heading.id}` : (canonical ?? '');
        const labels = [...box.querySelectorAll('summary, .cite-form-label, button')].map(
          (el) => el.textContent ?? '',
        );
        expect(box.querySelector('.cite-form-label')?.textContent?.trim()).toBe(cite.style);
        expect(latinWords(labels), url).toEqual([]);
        const plain = box.querySelector('p.cite-text')?.textContent?.trim() ?? '';
        expect(plain, url).not.toMatch(CHICAGO_WORDS);
        // A section's title: the box's own, or its heading's; the Russian form quotes it, so only the
        // Chinese pattern names it.
        const title = heading
          ? (section ?? heading.textContent?.replace(/\s+/g, ' ').trim() ?? '')
          : undefined;
        const named = title === undefined || locale === 'zh' ? title : '';
        const match = pattern(locale, url, named).exec(plain);
        expect(match, plain).not.toBeNull();
        // Its review date is the one the page shows, where it shows one.
        if (reviewed) expect(match?.[1], url).toBe(reviewed);
      }
    });
});

// "Cite the original": every source page of an edition, with what its content file says.
const sourcePages = editionPages.filter(([path]) => /^\/(?:ru|zh)\/sources\/[^/]+\/$/.test(path));

test('the editions have source pages to check', () => {
  expect(sourcePages.length).toBeGreaterThan(0);
});

describe.each(sourcePages)('%s cites the original in its edition’s style', (path, page, locale) => {
  const id = /\/sources\/([^/]+)\/$/.exec(path)?.[1] ?? '';
  const source = parse(readFileSync(`content/sources/${id}.yaml`, 'utf8')) as {
    title: string;
    descriptiveTitle?: true;
    url?: string;
  };
  const box = page.document.querySelector('.source-citation');
  const plain = box?.querySelector('p.cite-text')?.textContent?.trim() ?? '';

  test('in the edition’s words, its published title as published, its address with a date accessed', () => {
    expect(plain).not.toMatch(CHICAGO_WORDS);
    expect(box?.querySelector('.cite-form-label')?.textContent?.trim()).toBe(UI[locale].cite.style);
    if (!source.descriptiveTitle) expect(plain).toContain(source.title);
    const labels = [...(box?.querySelectorAll('.cite-form-label, button') ?? [])].map(
      (el) => el.textContent ?? '',
    );
    expect(latinWords(labels)).toEqual([]);
    if (source.url) {
      expect(plain).toContain(source.url);
      expect(plain).toContain(
        locale === 'ru' ? `(дата обращения: ____)` : `[____]. ${source.url}.`,
      );
      expect(box?.querySelector('[data-accessed="text"]')?.textContent).toBe('____');
    } else {
      expect(plain).toContain(locale === 'ru' ? 'адрес оригинала не установлен' : '网址未经证实');
    }
  });
});

// A reader of the About page's "how to cite" looks for the boxes by the names it gives them: they
// are the boxes' own labels (ui.ts), in every edition, English too.
test.each(
  readPages()
    .filter((page) => page.document.querySelector('#how-to-cite') !== null)
    .map((page) => [page.path, page] as const),
)('%s names the citation boxes as they are labelled', (path, page) => {
  const { cite } = UI[localeOfPath(path)];
  // The section's text: what follows its heading, up to the next heading of its level.
  let section = '';
  let next = page.document
    .querySelector('#how-to-cite')
    ?.closest('.section-heading')?.nextElementSibling;
  for (; next && !next.querySelector('h2') && next.tagName !== 'H2'; next = next.nextElementSibling)
    section += next.textContent ?? '';
  for (const label of [cite.page, cite.section])
    expect(section, label).toMatch(new RegExp(`[«“"]${escape(label)}[»”"]`));
});
