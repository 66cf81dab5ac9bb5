import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from 'html-validate';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cspHash } from '#lib/meta/csp.ts';
import { LOCALES, TRANSLATED_LOCALES } from '#lib/i18n/locales.ts';
import { UI } from '#lib/i18n/ui.ts';
import { checkLock, findUnlisted, parseLock } from '#lib/content/published-links.ts';
import { REDIRECT_SCRIPT } from '#lib/meta/redirect-page.ts';
import { readPages, readSitemapPaths, type BuiltPage } from '../../tools/lib/dist';
import { readSiteAnchors } from '../../tools/lib/site-anchors';
import { copySite, type SiteCopy } from '../../tools/lib/site-copy';
import { serveDist, type StaticServer } from '../../tools/lib/static-server';
import { newChromiumContext } from '../support/browser';

// Moving a page as content/README.md says: rename the topic's file and add one line to
// content/redirects.yaml, nothing else. The build passes; the old address serves a proper page that
// carries the #fragment to the new one; the site's own links go straight to the new address; and
// the published-link lock holds through the redirect.
const topics = readdirSync('content/topics').map((file) => file.replace(/\.mdx$/, ''));
const texts = readdirSync('content/topics').map((file) =>
  readFileSync(join('content/topics', file), 'utf8'),
);
// The topic other pages link to most, so that the move has links to carry.
const OLD =
  [...topics].sort(
    (a, b) => texts.join('').split(`/${b}/#`).length - texts.join('').split(`/${a}/#`).length,
  )[0] ?? '';
const NEW = `${OLD}-moved`;
const locked = parseLock(readFileSync('tests/published-links.txt', 'utf8'));
const section =
  locked
    .find((url) => url.startsWith(`/${OLD}/#`) && !url.endsWith('#sources-cited'))
    ?.split('#')[1] ?? '';

let copy: SiteCopy;
let dist = '';
let pages: BuiltPage[];
let redirect: BuiltPage;
let output = '';

beforeAll(() => {
  copy = copySite();
  renameSync(
    join(copy.dir, 'content/topics', `${OLD}.mdx`),
    join(copy.dir, 'content/topics', `${NEW}.mdx`),
  );
  // Its translations move with it, under the same name (content/README.md, "Moving a page").
  for (const locale of TRANSLATED_LOCALES) {
    const translation = join(copy.dir, 'content', locale, 'topics', `${OLD}.mdx`);
    if (existsSync(translation))
      renameSync(translation, join(copy.dir, 'content', locale, 'topics', `${NEW}.mdx`));
  }
  writeFileSync(join(copy.dir, 'content/redirects.yaml'), `/${OLD}/: /${NEW}/\n`);
  const result = copy.build();
  output = result.output;
  if (result.status !== 0) throw new Error(`the build after the move failed:\n${output}`);
  dist = join(copy.dir, 'dist');
  pages = readPages(dist, { redirects: true });
  const page = pages.find((p) => p.path === `/${OLD}/`);
  if (!page) throw new Error(`no page at /${OLD}/`);
  redirect = page;
}, 300_000);

afterAll(() => copy?.remove());

describe(`moving /${OLD}/`, () => {
  test('the build reports no content problem (old topic ids in data follow the redirect)', () => {
    expect(output).not.toMatch(/\[ERROR\]|Content check failed/);
    expect(section).not.toBe('');
  });

  test('the old address is a proper page: lang, title, description, one h1, noindex, canonical, a link, no search body', () => {
    const { document } = redirect;
    expect(redirect.movedTo).toBe(`/${NEW}/`);
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    expect(document.querySelector('title')?.textContent).toContain(`/${NEW}/`);
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toMatch(
      /^This page has moved to .+\.$/,
    );
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toMatch(
      /noindex/,
    );
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(
      new RegExp(`^https://[^/]+/${NEW}/$`),
    );
    expect(document.querySelector(`main a[href="/${NEW}/"]`)).not.toBeNull();
    expect(document.querySelector('[data-pagefind-body]')).toBeNull();
    expect(readSitemapPaths(dist)).not.toContain(`/${OLD}/`);
    expect(readSitemapPaths(dist)).toContain(`/${NEW}/`);
  });

  test('in every edition the old address says so in the edition’s language and points to the edition’s new page', () => {
    for (const locale of TRANSLATED_LOCALES) {
      const prefix = LOCALES[locale].prefix;
      const page = pages.find((p) => p.path === `${prefix}/${OLD}/`);
      expect(page?.movedTo, locale).toBe(`${prefix}/${NEW}/`);
      const document = page!.document;
      expect(document.documentElement.getAttribute('lang')).toBe(LOCALES[locale].lang);
      expect(document.querySelector('h1')?.textContent).toBe(UI[locale].moved.heading);
      expect(document.querySelector('title')?.textContent).toBe(
        UI[locale].moved.title(`${prefix}/${NEW}/`),
      );
      expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
        UI[locale].moved.description(`${prefix}/${NEW}/`),
      );
    }
  });

  test('its one inline script is allowed by the CSP by its hash, and nothing else is', () => {
    const policy =
      redirect.document
        .querySelector('meta[http-equiv="content-security-policy"]')
        ?.getAttribute('content') ?? '';
    const scripts = [...redirect.document.querySelectorAll('script')];
    expect(scripts.map((s) => s.textContent)).toEqual([REDIRECT_SCRIPT]);
    expect(policy).toContain(`'${cspHash(REDIRECT_SCRIPT)}'`);
    expect(policy).not.toMatch(/unsafe-inline/);
  });

  test('is valid HTML', async () => {
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(
      redirect.html,
      `dist/${OLD}/index.html`,
    );
    expect(report.valid, formatterFactory('text')(report.results)).toBe(true);
  });

  test("the site's own links go straight to the new address", () => {
    const stale = pages
      .filter((page) => page.movedTo === undefined)
      .flatMap((page) =>
        [...page.document.querySelectorAll(`a[href^="/${OLD}/"]`)].map(
          (a) => `${page.path} → ${a.getAttribute('href') ?? ''}`,
        ),
      );
    expect(stale).toEqual([]);
  });

  test('the published-link lock holds through the redirect, with no edit of the lock', () => {
    const { site, sectionIds, aliases } = readSiteAnchors(dist);
    expect(site.redirects.get(`/${OLD}/`)).toBe(`/${NEW}/`);
    expect(checkLock(locked, site)).toEqual([]);
    const current = [...site.pages.keys()].flatMap((path) => [
      path,
      ...(sectionIds.get(path) ?? []).map((id) => `${path}#${id}`),
    ]);
    expect(findUnlisted(current, locked, site.redirects, aliases)).toEqual([]);
  });
});

describe('in Chromium', () => {
  let server: StaticServer;
  let withJs: BrowserContext;
  let noJs: BrowserContext;
  beforeAll(async () => {
    server = await serveDist(dist);
    // Two contexts in one Chromium (tests/support/browser.ts), open for both tests.
    [withJs, noJs] = await Promise.all([
      newChromiumContext(),
      newChromiumContext({ javaScriptEnabled: false }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([withJs?.close(), noJs?.close()]);
    await server?.close();
  });

  test(`/${OLD}/#<section> lands on the section of the new page`, async () => {
    const page = await withJs.newPage();
    await page.goto(`${server.url}/${OLD}/#${section}`);
    await page.waitForURL(`${server.url}/${NEW}/#${section}`);
    expect(await page.locator(`#${section}`).count()).toBe(1);
    await page.close();
  });

  test('without JavaScript, the meta refresh still reaches the new page', async () => {
    const page = await noJs.newPage();
    await page.goto(`${server.url}/${OLD}/#${section}`);
    await page.waitForURL(new RegExp(`/${NEW}/$`));
    await page.close();
  });
});
