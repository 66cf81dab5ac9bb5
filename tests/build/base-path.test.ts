import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseLock } from '#lib/content/published-links.ts';
import { editionPaths } from '#lib/meta/site-pages.ts';
import { builtPath, readPages, type BuiltPage } from '../../tools/lib/dist';
import { copySite, type SiteCopy } from '../../tools/lib/site-copy';
import { serveDist, type StaticServer } from '../../tools/lib/static-server';
import { newChromiumContext } from '../support/browser';

// The site built for serving under a base path (BASE_PATH=/sco/, as on GitHub Pages): every link,
// anchor, asset, social image, search result and published URL works there.
const BASE = '/sco/';
const SITE = 'https://sco-security.example.org';
let copy: SiteCopy;
let pages: BuiltPage[];
let server: StaticServer;
let dist = '';

beforeAll(async () => {
  copy = copySite();
  const { status, output } = copy.build({ BASE_PATH: BASE });
  if (status !== 0) throw new Error(`the build under ${BASE} failed:\n${output}`);
  dist = join(copy.dir, 'dist');
  pages = readPages(dist, { redirects: true });
  server = await serveDist(dist, BASE);
}, 180_000);

afterAll(async () => {
  await server?.close();
  copy?.remove();
});

/** The file or page a site URL under the base names, and whether its #id exists there. */
function resolves(url: string): boolean {
  const [path = '', id] = url.slice(BASE.length - 1).split('#');
  const page = pages.find((p) => p.path === path);
  if (!page) return existsSync(join(dist, decodeURIComponent(path)));
  // A moved page's old address carries the #id to the new one (tests/build/redirect-pages.test.ts).
  if (page.movedTo !== undefined)
    return resolves(`${page.movedTo}${id === undefined ? '' : `#${id}`}`);
  return (
    id === undefined || id === '' || page.document.getElementById(decodeURIComponent(id)) !== null
  );
}

describe(`built under ${BASE}`, () => {
  test('every internal link, asset and form in every page is under the base and resolves', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const element of page.document.querySelectorAll('[href], [src], form[action]')) {
        const url =
          element.getAttribute('href') ??
          element.getAttribute('src') ??
          element.getAttribute('action') ??
          '';
        if (!url.startsWith('/') || url.startsWith('//')) continue;
        if (!url.startsWith(BASE)) broken.push(`${page.path}: ${url} is outside ${BASE}`);
        else if (!resolves(url)) broken.push(`${page.path}: ${url} does not resolve`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('canonical, og:url, og:image and JSON-LD URLs are absolute and under the base; each image exists', () => {
    // Redirect pages have a canonical URL but no link-preview tags (tests/build/redirect-pages.test.ts).
    // Nor the 404 pages, which name no address of their own (builtPath: the English one is /404.html).
    const notFound = editionPaths('/404/').map(builtPath);
    for (const page of pages.filter((p) => !notFound.includes(p.path) && p.movedTo === undefined)) {
      const canonical =
        page.document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      expect(canonical.startsWith(`${SITE}${BASE}`), `${page.path} canonical ${canonical}`).toBe(
        true,
      );
      const image =
        page.document.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
      expect(image.startsWith(`${SITE}${BASE}`), `${page.path} og:image ${image}`).toBe(true);
      expect(resolves(image.slice(SITE.length)), image).toBe(true);
      for (const script of page.document.querySelectorAll('script[type="application/ld+json"]')) {
        const urls = (script.textContent ?? '').match(/https?:\/\/[^"\s]+/g) ?? [];
        for (const url of urls.filter((u) => u.startsWith(SITE)))
          expect(url.startsWith(`${SITE}${BASE}`), `${page.path} JSON-LD ${url}`).toBe(true);
      }
    }
  });

  test('every published URL and URL#id answers under the base', async () => {
    const locked = parseLock(readFileSync('tests/published-links.txt', 'utf8'));
    const failures: string[] = [];
    for (const url of locked) {
      const [path = ''] = url.split('#');
      const response = await fetch(`${server.url}${BASE}${path.slice(1)}`);
      if (response.status !== 200) failures.push(`${url}: ${response.status}`);
      else if (!resolves(`${BASE}${url.slice(1)}`)) failures.push(`${url}: no such id`);
    }
    expect(failures).toEqual([]);
  });

  test('search, opened in Chromium, returns results under the base that land on the section', async () => {
    const context = await newChromiumContext();
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}${BASE}rats/`);
      await page.keyboard.press('/');
      await page.locator('#search-dialog[open]').waitFor();
      await page.keyboard.type('Kaliningrad');
      await page.locator('#search-dialog .search-result').first().waitFor();
      const hrefs = await page
        .locator('#search-dialog a[data-result-link]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href?.startsWith(BASE), String(href)).toBe(true);
      await Promise.all([
        page.waitForURL(/\/sco\/glossary\/\?highlight=kaliningrad#kaliningrad$/),
        page.locator('#search-dialog a[data-result-link]').first().click(),
      ]);
      expect(await page.locator('#kaliningrad').count()).toBe(1);
    } finally {
      await context.close();
    }
  });
});
