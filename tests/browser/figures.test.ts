import { afterAll, beforeAll, expect, test } from 'vitest';
import { findAxeViolations, openSiteBrowser, watchPage, type SiteBrowser } from '../support/browser';

// The pictures (issue: member map and timeline) on the pages that show them, in both themes and at
// both ends of the width range: axe-core finds nothing, and nothing errs or is fetched from elsewhere.
let site: SiteBrowser;

beforeAll(async () => {
  site = await openSiteBrowser();
});

afterAll(() => site.close());

const CASES = ['/', '/timeline/', '/2017-enlargement/'].flatMap((path) =>
  (['light', 'dark'] as const).flatMap((scheme) => [320, 1280].map((width) => [path, scheme, width] as const)),
);

test.each(CASES)('%s in %s at %i px: no axe violation, no error, nothing from another origin', async (path, scheme, width) => {
  const page = await site.context.newPage();
  const log = watchPage(page, site.server.url);
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
  // Bring lazy images (the member map) in, as a reader scrolling down would.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  expect(await findAxeViolations(page)).toEqual([]);
  expect(log.problems).toEqual([]);
  expect(log.requests.filter((request) => !request.startsWith('/'))).toEqual([]);
  await page.close();
});
