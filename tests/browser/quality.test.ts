import type { Disposable, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  findAxeViolationsAcross,
  openSiteBrowser,
  SCHEMES,
  watchNetwork,
  watchPage,
  WIDTHS,
  type SiteBrowser,
} from '../support/browser';
import { readSitemapPaths } from '../../tools/lib/dist';
import { sampleEditionPages } from '../support/editions';
import { localeOfPath, TRANSLATED_LOCALES } from '#lib/i18n/locales.ts';

// Every page of the sitemap, in light and dark, at 320, 768 and 1280 px: axe-core (WCAG 2.2 A and AA and
// best practices) finds nothing; no console error or warning, no failed request, no request to another
// origin, no Content-Security-Policy violation; and at 320 and 390 px nothing scrolls sideways. Of the
// translated editions, one page of each template (tests/support/editions.ts).
const PATHS = sampleEditionPages(readSitemapPaths());
/** Phone widths at which no page may be wider than the screen. */
const NARROW = [320, 390] as const;

let site: SiteBrowser;

/**
 * From the next navigation on, keeps every Content-Security-Policy violation the page reports, until
 * the init script returned is disposed of (before the tab is closed, and used again by another test).
 */
function recordCspViolations(page: Page): Promise<Disposable> {
  return page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
    );
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
  // Each translated edition is among them.
  for (const locale of TRANSLATED_LOCALES)
    expect(PATHS.some((path) => localeOfPath(path) === locale)).toBe(true);
});

// Each page is loaded once, in a tab of its own, several at once, and checked at every width in both
// themes in that tab: the width by resizing the window (the layout is CSS, and the contents tracker
// follows resizes), the theme by switching the system's colour scheme, which the site follows while
// the page is open (src/client/theme-toggle.ts). Loading it afresh for each of the six took most of
// the suite's time, spent waiting for the network to go idle.
test.concurrent.each(PATHS)(
  '%s at 320, 768 and 1280 px, light and dark; no wider than 320 and 390 px',
  async (path) => {
    const page = await site.newPage();
    const log = watchPage(page, site.server.url);
    const networkQuiet = watchNetwork(page);
    const recording = await recordCspViolations(page);
    await page.setViewportSize({ width: WIDTHS[0], height: 900 });
    await page.emulateMedia({ colorScheme: SCHEMES[0] });
    await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
    const found = await findAxeViolationsAcross(page, WIDTHS, SCHEMES, networkQuiet);
    expect(found, 'axe').toEqual([]);
    // No page is wider than a phone's screen: nothing scrolls it sideways. Checked here, where every page
    // is loaded and its lazy content brought in, at the narrowest width and the most common phone's.
    const wide: string[] = [];
    for (const width of NARROW) {
      await page.setViewportSize({ width, height: 900 });
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > width) wide.push(`${width} px: ${scrollWidth} px wide`);
    }
    expect(wide, 'sideways scrolling').toEqual([]);
    expect(log.problems, 'console and requests').toEqual([]);
    expect(
      log.requests.filter((request) => !request.startsWith('/')),
      'other origins',
    ).toEqual([]);
    expect(await cspViolations(page), 'CSP').toEqual([]);
    await recording.dispose();
    await page.close();
  },
);

test('search and a highlighted landing run under the CSP without a violation', async () => {
  const page = await site.newPage();
  const log = watchPage(page, site.server.url);
  const recording = await recordCspViolations(page);
  await page.goto(`${site.server.url}/rats/`);
  await page.keyboard.press('/');
  await page.keyboard.type('three evils');
  await page.locator('#search-dialog .search-result').first().waitFor();
  await page.locator('#search-dialog a[data-result-link]').first().click();
  await page.locator('mark.search-highlight').first().waitFor({ state: 'attached' });
  expect(await cspViolations(page)).toEqual([]);
  expect(log.problems).toEqual([]);
  await recording.dispose();
  await page.close();
});
