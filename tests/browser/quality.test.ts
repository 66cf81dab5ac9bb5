import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { findAxeViolations, openSiteBrowser, watchNetwork, watchPage, type SiteBrowser } from '../support/browser';
import { readSitemapPaths } from '../support/dist';

// Every page of the sitemap, in light and dark, at 320, 768 and 1280 px: axe-core (WCAG 2.2 A and AA and
// best practices) finds nothing; no console error or warning, no failed request, no request to another
// origin, no Content-Security-Policy violation.
const PATHS = readSitemapPaths();

let site: SiteBrowser;

/** From the next navigation on, keeps every Content-Security-Policy violation the page reports. */
async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = violations;
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.blockedURI}`));
  });
}

function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

beforeAll(async () => {
  site = await openSiteBrowser();
});

afterAll(() => site.close());

test('the sitemap lists the pages', () => {
  expect(PATHS.length).toBeGreaterThanOrEqual(20);
  expect(PATHS).toContain('/rats/');
});

const WIDTHS = [320, 768, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;

/**
 * Brings lazy content in (the member map, its flags), as a reader scrolling down would, then goes back
 * to the top for axe: at the bottom, whatever link happens to sit under the sticky header and phone
 * contents bar counts as an obscured target, which says where the page was scrolled to, not how it
 * is built.
 */
async function loadLazyContent(page: Page, networkQuiet: () => Promise<void>): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await networkQuiet();
  await page.evaluate(() => window.scrollTo(0, 0));
}

// Each page is loaded once, in a tab of its own, several at once, and checked at every width in both
// themes in that tab: the width by resizing the window (the layout is CSS, and the contents tracker
// follows resizes), the theme by switching the system's colour scheme, which the site follows while
// the page is open (src/scripts/theme-toggle.ts). Loading it afresh for each of the six took most of
// the suite's time, spent waiting for the network to go idle.
test.concurrent.for(PATHS)('%s at 320, 768 and 1280 px, light and dark', async (path, { expect }) => {
  const page = await site.context.newPage();
  const log = watchPage(page, site.server.url);
  const networkQuiet = watchNetwork(page);
  await recordCspViolations(page);
  await page.setViewportSize({ width: WIDTHS[0], height: 900 });
  await page.emulateMedia({ colorScheme: SCHEMES[0] });
  await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
  const found: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      // The theme the page shows is the one asked for (not the one it was loaded in).
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme']), `${scheme} theme`).toBe(scheme);
      await loadLazyContent(page, networkQuiet);
      for (const violation of await findAxeViolations(page)) found.push(`${width} px, ${scheme}: ${violation}`);
    }
  }
  expect(found, 'axe').toEqual([]);
  expect(log.problems, 'console and requests').toEqual([]);
  expect(
    log.requests.filter((request) => !request.startsWith('/')),
    'other origins',
  ).toEqual([]);
  expect(await cspViolations(page), 'CSP').toEqual([]);
  await page.close();
});

test('search and a highlighted landing run under the CSP without a violation', async () => {
  const page = await site.context.newPage();
  const log = watchPage(page, site.server.url);
  await recordCspViolations(page);
  await page.goto(`${site.server.url}/rats/`);
  await page.keyboard.press('/');
  await page.keyboard.type('three evils');
  await page.locator('#search-dialog .search-result').first().waitFor();
  await page.locator('#search-dialog a[data-result-link]').first().click();
  await page.locator('mark.search-highlight').first().waitFor({ state: 'attached' });
  expect(await cspViolations(page)).toEqual([]);
  expect(log.problems).toEqual([]);
  await page.close();
});
