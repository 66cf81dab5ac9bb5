import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findAxeViolations, openSiteBrowser, watchPage, type SiteBrowser } from '../support/browser';
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

describe.each(['light', 'dark'] as const)('%s', (scheme) => {
  describe.each([320, 768, 1280])('%i px', (width) => {
    // Each page in a tab of its own, several at once: most of a check is waiting for the network to
    // go idle, and one at a time the 80-odd pages took minutes.
    test.concurrent.each(PATHS)('%s', async (path) => {
      const page = await site.context.newPage();
      const log = watchPage(page, site.server.url);
      await recordCspViolations(page);
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      // Lazy content is loaded; axe then reads the page from the top. At the bottom, whatever link
      // happens to sit under the sticky header and phone contents bar counts as an obscured target,
      // which says where the page was scrolled to, not how it is built.
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await findAxeViolations(page), 'axe').toEqual([]);
      expect(log.problems, 'console and requests').toEqual([]);
      expect(
        log.requests.filter((request) => !request.startsWith('/')),
        'other origins',
      ).toEqual([]);
      expect(await cspViolations(page), 'CSP').toEqual([]);
      await page.close();
    });
  });
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
