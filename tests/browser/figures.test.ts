import { afterAll, beforeAll, expect, test } from 'vitest';
import { findAxeViolationsAcross, openSiteBrowser, watchNetwork, watchPage, type SiteBrowser } from '../support/browser';

// The pictures (issue: member map and timeline) on the pages that show them, in both themes and at
// both ends of the width range: axe-core finds nothing, and nothing errs or is fetched from elsewhere.
// Each page is loaded once and checked at each width and theme in that tab (findAxeViolationsAcross).
let site: SiteBrowser;

beforeAll(async () => {
  site = await openSiteBrowser();
});

afterAll(() => site.close());

const WIDTHS = [320, 1280];
const SCHEMES = ['light', 'dark'] as const;

test.each(['/', '/timeline/', '/2017-enlargement/'])(
  '%s at 320 and 1280 px, light and dark: no axe violation, no error, nothing from another origin',
  async (path) => {
    const page = await site.context.newPage();
    const log = watchPage(page, site.server.url);
    const networkQuiet = watchNetwork(page);
    await page.setViewportSize({ width: WIDTHS[0] ?? 320, height: 900 });
    await page.emulateMedia({ colorScheme: SCHEMES[0] });
    await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
    expect(await findAxeViolationsAcross(page, WIDTHS, SCHEMES, networkQuiet)).toEqual([]);
    expect(log.problems).toEqual([]);
    expect(log.requests.filter((request) => !request.startsWith('/'))).toEqual([]);
    await page.close();
  },
);
