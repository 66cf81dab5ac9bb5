import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { formatChicagoDate } from '#lib/meta/cite-page.ts';
import { SITE } from '../../src/site.config.ts';
import { localeOfPath, localePath, TRANSLATED_LOCALES } from '#lib/i18n/locales.ts';
import { editionPaths, NOINDEX_PATHS } from '#lib/meta/site-pages.ts';
import { UI } from '#lib/i18n/ui.ts';
import { builtPath, DIST, readPages, type BuiltPage } from '../../tools/lib/dist';

const pages = readPages();
const CONFIGURED_SITE = new URL(process.env['SITE_URL'] ?? SITE.url);
// The site root with the base path, as the home page declares it: every URL in the metadata starts so.
const home = pages.find((page) => page.path === '/');
const ROOT =
  home?.document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
  '(no canonical on the home page)';
const TOPIC_IDS = readdirSync('content/topics').map((file) => file.replace(/\.mdx$/, ''));
// The articles of every edition: its topics and its about page, where it has translated them.
const ARTICLE_PATHS = [
  ...TOPIC_IDS.map((id) => `/${id}/`),
  '/about/',
  ...TRANSLATED_LOCALES.flatMap((locale) => [
    ...TOPIC_IDS.filter((id) => existsSync(`content/${locale}/topics/${id}.mdx`)).map((id) =>
      localePath(locale, `/${id}/`),
    ),
    ...(existsSync(`content/${locale}/pages/about.mdx`) ? [localePath(locale, '/about/')] : []),
  ]),
];
// The registry's noindex pages, as the build writes them (builtPath).
const NOINDEX = NOINDEX_PATHS.map(builtPath);
// The 404 page of every edition: served at any address, it names none and shows its edition's home image.
const NOT_FOUND = editionPaths('/404/').map(builtPath);
const homeOf = (path: string) => localePath(localeOfPath(path), '/');
/** The site's name as a page's edition writes it (src/lib/i18n/ui.ts; English: src/site.config.ts). */
const siteNameOf = (path: string) =>
  localeOfPath(path) === 'en' ? SITE.title : UI[localeOfPath(path)].chrome.siteTitle;

/** The file in dist/ that an absolute URL under the site root is served from. */
function distFile(url: string): string {
  if (!url.startsWith(ROOT)) throw new Error(`${url} is not under the site root ${ROOT}`);
  const path = decodeURIComponent(new URL(url).pathname.slice(new URL(ROOT).pathname.length));
  return join(DIST, path.endsWith('/') || path === '' ? `${path}index.html` : path);
}

/** A PNG's width and height from its IHDR chunk, or undefined when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (
    bytes.length < 24 ||
    !bytes.subarray(0, 8).equals(signature) ||
    bytes.toString('latin1', 12, 16) !== 'IHDR'
  )
    return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const meta = (page: BuiltPage, key: string) =>
  page.document
    .querySelector(`meta[property="${key}"], meta[name="${key}"]`)
    ?.getAttribute('content') ?? undefined;

type Node = Record<string, unknown>;

function jsonLdOf(page: BuiltPage): Node[] {
  const scripts = page.document.querySelectorAll('script[type="application/ld+json"]');
  expect(scripts, 'one JSON-LD script').toHaveLength(1);
  const data = JSON.parse(scripts[0]?.textContent ?? '') as Node;
  expect(data['@context']).toBe('https://schema.org');
  return data['@graph'] as Node[];
}

/** Every URL-valued field in a JSON-LD tree (not sameAs, which names the original elsewhere), as [key, value]. */
function urlFields(value: unknown, key = ''): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((item) => urlFields(item, key));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => urlFields(v, k));
  return ['@id', 'url', 'item', 'image', 'mainEntityOfPage', 'urlTemplate'].includes(key) &&
    typeof value === 'string'
    ? [[key, value]]
    : [];
}

test('the site root is the configured site, over https', () => {
  expect(ROOT.startsWith(CONFIGURED_SITE.href.replace(/\/$/, ''))).toBe(true);
  expect(ROOT).toMatch(/^https:\/\/[^/]+\/(?:[^/]+\/)*$/);
  expect(pages.length).toBeGreaterThan(20);
});

describe.each(pages.map((page) => [page.path, page] as const))('%s', (path, page) => {
  test('og:url is the canonical URL (the 404 page, served at any address, names none); Open Graph and Twitter tags are all there', () => {
    const canonical = page.document.querySelector('link[rel="canonical"]')?.getAttribute('href');
    expect(meta(page, 'og:url')).toBe(canonical ?? undefined);
    if (NOT_FOUND.includes(path)) expect(canonical).toBeUndefined();
    else expect(canonical?.startsWith(ROOT)).toBe(true);
    expect(meta(page, 'og:type')).toBe(ARTICLE_PATHS.includes(path) ? 'article' : 'website');
    expect(meta(page, 'og:site_name')).toBe(siteNameOf(path));
    expect(meta(page, 'og:locale')).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
    for (const key of ['og:title', 'og:description', 'og:image:alt', 'twitter:image:alt']) {
      expect(meta(page, key)?.trim(), key).toBeTruthy();
    }
    expect(meta(page, 'twitter:card')).toBe('summary_large_image');
    expect(meta(page, 'twitter:image:alt')).toBe(meta(page, 'og:image:alt'));
    // X falls back to og:title, og:description and og:image; repeating them costs every page bytes.
    for (const key of ['twitter:title', 'twitter:description', 'twitter:image'])
      expect(meta(page, key), key).toBeUndefined();
    expect([meta(page, 'og:image:width'), meta(page, 'og:image:height')]).toEqual(['1200', '630']);
  });

  test('og:image is a 1200×630 PNG in dist/', () => {
    const image = meta(page, 'og:image') ?? '';
    expect(image).toMatch(/^https:\/\/.+\.png$/);
    const file = distFile(image);
    expect(existsSync(file), `${file} exists`).toBe(true);
    expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
  });

  test('robots: noindex only on the search and 404 pages', () => {
    expect(meta(page, 'robots')).toBe(NOINDEX.includes(path) ? 'noindex, follow' : undefined);
  });

  test('JSON-LD parses, has the WebSite with its SearchAction on the home page, and every URL in it is absolute under the site', () => {
    const graph = jsonLdOf(page);
    const website = graph.find((node) => node['@type'] === 'WebSite');
    const main = graph.find((node) =>
      ['WebPage', 'Article', 'DefinedTermSet'].includes(String(node['@type'])),
    );
    expect(main?.['isPartOf']).toEqual({ '@id': `${ROOT}#website` });
    if (path !== '/') {
      // Other pages name the WebSite by its @id; search engines read it from the home page.
      expect(website).toBeUndefined();
      return;
    }
    expect(website).toMatchObject({
      '@id': `${ROOT}#website`,
      url: ROOT,
      name: SITE.title,
      potentialAction: {
        '@type': 'SearchAction',
        target: { urlTemplate: `${ROOT}search/?q={search_term_string}` },
        'query-input': 'required name=search_term_string',
      },
    });
    expect(graph.find((node) => node['@type'] === 'Organization')).toMatchObject({
      name: SITE.title,
      url: ROOT,
    });
    const fields = urlFields(graph);
    expect(fields.length).toBeGreaterThan(3);
    expect(
      fields.filter(([, url]) => !url.startsWith(ROOT)),
      'URLs outside the site root',
    ).toEqual([]);
  });

  test('BreadcrumbList repeats the breadcrumbs shown, ending at this page', () => {
    const label = UI[localeOfPath(page.path)].chrome.breadcrumb;
    const shown = [...page.document.querySelectorAll(`nav[aria-label="${label}"] li`)].map((li) =>
      li.textContent?.replace('›', '').trim(),
    );
    const list = jsonLdOf(page).find((node) => node['@type'] === 'BreadcrumbList');
    if (shown.length === 0) {
      expect(list).toBeUndefined();
      return;
    }
    const items = (list?.['itemListElement'] ?? []) as Node[];
    expect(items.map((item) => item['name'])).toEqual(shown);
    expect(items.map((item) => item['position'])).toEqual(shown.map((_, index) => index + 1));
    expect(items.at(-1)?.['item']).toBe(meta(page, 'og:url'));
    for (const item of items)
      expect(existsSync(distFile(String(item['item']))), String(item['item'])).toBe(true);
  });
});

describe.each(ARTICLE_PATHS)('%s is an Article', (path) => {
  const page = pages.find((p) => p.path === path);
  const article = page && jsonLdOf(page).find((node) => node['@type'] === 'Article');

  test('with headline, description, url, dateModified and the site as author and publisher', () => {
    expect(article).toMatchObject({
      headline: page?.document.querySelector('h1')?.textContent?.trim(),
      description: meta(page!, 'description'),
      url: meta(page!, 'og:url'),
      author: { '@id': `${ROOT}#organization` },
      publisher: { '@id': `${ROOT}#organization` },
    });
    expect(jsonLdOf(page!).find((node) => node['@id'] === `${ROOT}#organization`)).toMatchObject({
      '@type': 'Organization',
      name: siteNameOf(path),
      url: ROOT,
    });
    // The date the page shows as "Last reviewed" (its first <time>).
    expect(article?.['dateModified']).toBe(
      page?.document.querySelector('main time[datetime]')?.getAttribute('datetime'),
    );
    expect(article?.['dateModified']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(meta(page!, 'article:modified_time')).toBe(article?.['dateModified']);
  });

  test('citing each source of its "Sources cited" once, by its page on the site', () => {
    const citations = (article?.['citation'] ?? []) as Node[];
    const sourceId = (href: string) => /\/sources\/([a-z0-9-]+)\//.exec(href)?.[1];
    const footnoted = [
      ...(page?.document.querySelectorAll(
        'section[aria-labelledby="sources-cited"] li a[href*="/sources/"]',
      ) ?? []),
    ].map((a) => sourceId(a.getAttribute('href') ?? ''));
    expect(footnoted.length).toBeGreaterThan(0);
    expect(citations.map((c) => sourceId(String(c['url'])))).toEqual([...new Set(footnoted)]);
    for (const citation of citations) {
      expect(citation).toMatchObject({
        '@type': 'CreativeWork',
        name: expect.any(String),
        url: expect.stringMatching(/\/sources\/[a-z0-9-]+\/$/),
      });
      expect(existsSync(distFile(String(citation['url']))), String(citation['url'])).toBe(true);
      // Named by the @id its own page describes it under; the original's address is said there, once.
      expect(citation['@id']).toBe(`${String(citation['url'])}#work`);
      expect(Object.keys(citation).sort()).toEqual(['@id', '@type', 'name', 'url']);
    }
  });
});

const SOURCE_IDS = readdirSync('content/sources').map((file) => file.replace(/\.yaml$/, ''));

describe.each(SOURCE_IDS)('/sources/%s/', (id) => {
  test('describes its work as the mainEntity, with the original address and date the page gives', () => {
    const page = pages.find((p) => p.path === `/sources/${id}/`);
    if (!page) throw new Error(`/sources/${id}/ was not built`);
    const webPage = jsonLdOf(page).find((node) => node['@type'] === 'WebPage');
    const url = `${ROOT}sources/${id}/`;
    expect(webPage?.['@id']).toBe(url);
    const work = webPage?.['mainEntity'] as Node | undefined;
    expect(work).toMatchObject({
      '@type': 'CreativeWork',
      '@id': `${url}#work`,
      url,
      name: page.document.querySelector('h1')?.textContent?.trim(),
    });
    // The original's address as the page links it ("Original"), and no sameAs where none is confirmed.
    const original =
      page.document.querySelector('dd a[href^="http"]')?.getAttribute('href') ?? undefined;
    expect(work?.['sameAs']).toBe(original);
  });
});

/** The `lastReviewed` day of each YAML entry: a file's list (glossary, timeline) or a folder's files (sources). */
const listDays = (file: string): string[] =>
  (parse(readFileSync(file, 'utf8')) as { lastReviewed: string }[]).map((e) => e.lastReviewed);
const folderDays = (folder: string): string[] =>
  readdirSync(folder)
    .filter((file) => file.endsWith('.yaml'))
    .map(
      (file) =>
        (parse(readFileSync(join(folder, file), 'utf8')) as { lastReviewed: string }).lastReviewed,
    );
/** The `lastReviewed` day in the front matter of each MDX file of a folder (topics, pages). */
const frontMatterDays = (folder: string): string[] =>
  readdirSync(folder)
    .filter((file) => file.endsWith('.mdx'))
    .map(
      (file) => /^lastReviewed: (\S+)$/m.exec(readFileSync(join(folder, file), 'utf8'))?.[1] ?? '',
    );

test('a list page is cited as reviewed on the newest day of the prose and of its own entries', () => {
  const prose = [...frontMatterDays('content/topics'), ...frontMatterDays('content/pages')];
  const lists: Record<string, string[]> = {
    '/glossary/': listDays('content/glossary.yaml'),
    '/timeline/': listDays('content/timeline.yaml'),
    '/sources/': folderDays('content/sources'),
  };
  for (const [path, entries] of Object.entries(lists)) {
    for (const day of [...prose, ...entries]) expect(day, path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const newest = [...prose, ...entries].sort().at(-1)!;
    const page = pages.find((p) => p.path === path);
    const cited = [...(page?.document.querySelectorAll('.cite-text') ?? [])]
      .map((element) => /Last reviewed ([^.]+)\./.exec(element.textContent ?? '')?.[1])
      .filter(Boolean);
    expect(cited.length, path).toBeGreaterThan(0);
    expect(new Set(cited), path).toEqual(new Set([formatChicagoDate(newest)]));
  }
});

test('the glossary is a DefinedTermSet of every term, each linking to its anchor', () => {
  const page = pages.find((p) => p.path === '/glossary/');
  if (!page) throw new Error('/glossary/ was not built');
  const set = jsonLdOf(page).find((node) => node['@type'] === 'DefinedTermSet');
  const terms = (set?.['hasDefinedTerm'] ?? []) as Node[];
  const shown = [...page.document.querySelectorAll('[data-search-record]')].map((element) =>
    element.getAttribute('data-search-record'),
  );
  expect(terms.length).toBeGreaterThan(10);
  expect(terms.map((term) => new URL(String(term['url'])).hash.slice(1))).toEqual(shown);
  for (const term of terms) {
    expect(term).toMatchObject({
      '@type': 'DefinedTerm',
      name: expect.any(String),
      description: expect.any(String),
      url: expect.stringContaining(`${ROOT}glossary/#`),
      inDefinedTermSet: { '@id': set?.['@id'] },
    });
    expect(page.document.getElementById(new URL(String(term['url'])).hash.slice(1))).not.toBeNull();
  }
  expect(
    terms.find((term) => term['name'] === 'Regional Anti-Terrorist Structure')?.['alternateName'],
  ).toContain('RATS');
});

describe('social images', () => {
  test('each page has an image of its own, but the 404 pages, which show their edition’s home page’s', () => {
    const images = pages
      .filter((page) => !NOT_FOUND.includes(page.path))
      .map((page) => meta(page, 'og:image'));
    expect(new Set(images).size).toBe(images.length);
    for (const path of NOT_FOUND) {
      const page = pages.find((p) => p.path === path);
      const edition = pages.find((p) => p.path === homeOf(path));
      expect(page && meta(page, 'og:image'), path).toBe(edition && meta(edition, 'og:image'));
    }
  });
});

describe('sitemap and robots.txt', () => {
  const locs = (file: string) =>
    [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
  const sitemaps = existsSync(join(DIST, 'sitemap-index.xml'))
    ? locs(join(DIST, 'sitemap-index.xml'))
    : [];
  const listed = sitemaps.flatMap((sitemap) => locs(distFile(sitemap)));

  test('the sitemap lists every indexable page exactly once, and not the search or 404 page', () => {
    expect(sitemaps.length).toBeGreaterThan(0);
    const expected = pages
      .filter((page) => !NOINDEX.includes(page.path))
      .map((page) => meta(page, 'og:url'));
    expect([...listed].sort()).toEqual([...expected].sort());
    expect(listed.filter((url) => /\/(404|search)\//.test(url))).toEqual([]);
  });

  test('robots.txt names the sitemap by its absolute URL', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`\nSitemap: ${ROOT}sitemap-index.xml\n`);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
  });
});
