import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { builtPath, DIST, readPages } from '../../tools/lib/dist';
import { MAX_DESCRIPTION } from '#lib/meta/page-data.ts';
import { loadRedirects } from '#lib/content/redirects.ts';
import { ARTICLE_IDS, SITE_PATHS } from '../../tools/lib/site-paths';
import { LOCALES, localeOfPath } from '#lib/i18n/locales.ts';
import { UI } from '#lib/i18n/ui.ts';
import { editionPaths, NOINDEX_PATHS } from '#lib/meta/site-pages.ts';

const pages = readPages();
// A published URL keeps answering after its page moves: at the old address, a redirect page.
const byPath = new Map(readPages(DIST, { redirects: true }).map((page) => [page.path, page]));

describe('URLs', () => {
  test.each(SITE_PATHS)('%s is built', (path) => {
    expect(byPath.has(path)).toBe(true);
  });

  test('the build makes the pages of the registry (src/lib/meta/site-pages.ts), the redirect pages and the 404 page, no others', () => {
    // A moved page's old address answers in every edition.
    const moved = Object.keys(loadRedirects()).flatMap((path) => editionPaths(path));
    const expected = [...SITE_PATHS, ...moved, '/404.html'].sort();
    expect([...byPath.keys()].sort()).toEqual(expected);
  });

  test('a 404 page is built', () => {
    expect(existsSync(`${DIST}/404.html`)).toBe(true);
  });

  test('every path is lowercase with a trailing slash and no .html (but the 404 page)', () => {
    const bad = pages
      .map((p) => p.path)
      .filter((path) => path !== '/404.html' && !/^\/([a-z0-9-]+\/)*$/.test(path));
    expect(bad).toEqual([]);
  });
});

describe.each(pages.map((page) => [page.path, page] as const))('%s', (path, { document, html }) => {
  // A browser moves anything after </html> into <body> and counts it a parse error; scripts placed
  // after the layout's </html> end up there.
  test('ends with </html>: nothing after it', () => {
    expect(html.slice(html.lastIndexOf('</html>'))).toBe('</html>');
  });

  test('has <html lang>, a title, a meta description and exactly one h1', () => {
    // The language of the page's edition (src/lib/i18n/locales.ts): en, ru, zh-Hans.
    expect(document.documentElement.getAttribute('lang')).toBe(LOCALES[localeOfPath(path)].lang);
    expect(document.querySelector('title')?.textContent?.trim()).toBeTruthy();
    expect(
      document.querySelector('meta[name="description"]')?.getAttribute('content')?.trim(),
    ).toBeTruthy();
    expect(document.querySelectorAll('h1')).toHaveLength(1);
  });

  // A description search engines show whole: within MAX_DESCRIPTION, and ending a sentence (or
  // where shortenAtWord cut a title), never in the middle of a word. A Chinese sentence ends with a
  // full-width mark (。！？).
  test('has a meta description of at most 160 characters that ends a sentence', () => {
    const description =
      document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    expect(description.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
    expect(description).toMatch(/[.!?…。！？]$/);
  });

  test('every h2 and h3 has an id, unique on the page', () => {
    const headings = [...document.querySelectorAll('h2, h3')];
    expect(headings.filter((h) => !h.id).map((h) => h.textContent?.trim())).toEqual([]);
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  // The canonical link and the hreflang alternates name pages (absolute URLs, as search engines
  // require) and load nothing; every other link, script, image and frame is fetched.
  test('loads nothing from another origin', () => {
    const external = [
      ...document.querySelectorAll(
        'script[src], link[href]:not([rel="canonical"], [rel="alternate"][hreflang]), img[src], iframe[src]',
      ),
    ]
      .map((element) => element.getAttribute('src') ?? element.getAttribute('href') ?? '')
      .filter((url) => /^(https?:)?\/\//.test(url));
    expect(external).toEqual([]);
  });
});

describe('pages that should be indexed', () => {
  test('only the search and 404 pages lack data-pagefind-body', () => {
    const unindexed = pages
      .filter((page) => !page.document.querySelector('main[data-pagefind-body]'))
      .map((page) => page.path);
    // The registry's noindex pages in every edition, as the build writes them (builtPath).
    expect(unindexed.sort()).toEqual(NOINDEX_PATHS.map(builtPath).sort());
  });
});

// A paragraph's heading on a source page says "Paragraph 5" in the edition's words, as its citation
// does, not "¶5", which a screen reader reads as "pilcrow 5"; its link in the contents says the same.
describe('paragraph headings say "Paragraph N"', () => {
  // The articles' paragraph summaries (content/sources/<id>.yaml, `paragraphs`).
  const summaries = ARTICLE_IDS.reduce(
    (sum, id) =>
      sum +
      (parse(readFileSync(`content/sources/${id}.yaml`, 'utf8')) as { paragraphs?: unknown[] })
        .paragraphs!.length,
    0,
  );
  test.each(Object.keys(LOCALES) as (keyof typeof LOCALES)[])('%s', (locale) => {
    let headings = 0;
    for (const { path, document } of pages.filter((page) => localeOfPath(page.path) === locale)) {
      for (const heading of document.querySelectorAll('h3[id]')) {
        const n = /^p(\d+)$/.exec(heading.id)?.[1];
        if (n === undefined) continue;
        headings += 1;
        const where = `${path}#${heading.id}`;
        const name = UI[locale].sources.paragraph(Number(n));
        expect(heading.textContent?.trim(), where).toBe(name);
        const links = document.querySelectorAll(`a.toc-link[href="#${heading.id}"]`);
        expect(links.length, `${where}: its link in the contents`).toBeGreaterThan(0);
        for (const link of links) expect(link.textContent?.trim(), where).toBe(name);
      }
    }
    // Every paragraph summary in content/sources/ has its heading in each edition.
    expect(headings).toBe(summaries);
  });
});
