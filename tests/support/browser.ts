import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../tools/lib/chromium.ts';
import { DIST } from '../../tools/lib/dist.ts';
import { serveDist, type StaticServer } from '../../tools/lib/static-server.ts';

/** What a page did while a test drove it: every request's path, and every error or warning. */
export interface PageLog {
  requests: string[];
  problems: string[];
}

/** Records a page's requests (as paths on the site) and its console errors, warnings and failures. */
export function watchPage(page: Page, origin: string): PageLog {
  const log: PageLog = { requests: [], problems: [] };
  page.on('request', (request) => {
    const url = request.url();
    log.requests.push(url.startsWith(origin) ? url.slice(origin.length) : url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      log.problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => log.problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) =>
    log.problems.push(`failed request: ${request.url()} (${request.failure()?.errorText ?? ''})`),
  );
  return log;
}

/**
 * Watches a page's requests; the function returned resolves once none has been in flight for `quietMs`
 * (Playwright's "networkidle", which a page reaches once, after its load; this one can be waited for
 * again, e.g. after a scroll brings lazy images in).
 */
export function watchNetwork(page: Page, quietMs = 300): () => Promise<void> {
  let inFlight = 0;
  let changed = performance.now();
  const settle = (): void => {
    inFlight -= 1;
    changed = performance.now();
  };
  page.on('request', () => {
    inFlight += 1;
    changed = performance.now();
  });
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  return async () => {
    // Two frames, so that what the last change of the page starts (a lazy image coming into view) has asked.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    while (inFlight > 0 || performance.now() - changed < quietMs)
      await new Promise((done) => setTimeout(done, 50));
  };
}

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Tags axe-core checks: WCAG 2.2 A and AA, and best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe-core on the page as it is now and returns its violations, one line each. */
export async function findAxeViolations(page: Page): Promise<string[]> {
  // Evaluated through DevTools rather than added as a <script>, which the site's CSP would refuse.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{
            violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
    );
  }, AXE_TAGS);
  return violations;
}

/** The widths every page is checked at (phone, tablet, desktop), narrowest first, and the themes. */
export const WIDTHS = [320, 768, 1280] as const;
export const SCHEMES = ['light', 'dark'] as const;

/**
 * Runs axe on a loaded page at each width in each theme, in the same tab, and returns the violations,
 * each prefixed with where it was found. The width is set by resizing the window (the layout is CSS, and
 * the contents tracker follows resizes), the theme by switching the system's colour scheme, which the
 * site follows while the page is open (src/client/theme-toggle.ts); it waits until the page shows the
 * theme asked for. At each, lazy content (the member map, its flags) is brought in as a reader scrolling
 * down would, and axe then reads the page from the top: at the bottom, whatever link happens to sit
 * under the sticky header and phone contents bar counts as an obscured target, which says where the
 * page was scrolled to, not how it is built.
 * @param networkQuiet from watchNetwork(page), set up before the page was loaded
 */
export async function findAxeViolationsAcross(
  page: Page,
  widths: readonly number[],
  schemes: readonly ('light' | 'dark')[],
  networkQuiet: () => Promise<void>,
): Promise<string[]> {
  const found: string[] = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    for (const scheme of schemes) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.waitForFunction(
        (theme) => document.documentElement.dataset['theme'] === theme,
        scheme,
        { timeout: 10_000 },
      );
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await networkQuiet();
      await page.evaluate(() => window.scrollTo(0, 0));
      for (const violation of await findAxeViolations(page))
        found.push(`${width} px, ${scheme}: ${violation}`);
    }
  }
  return found;
}

/** The built site served over HTTP, and a Chromium to read it with. */
export interface SiteBrowser {
  server: StaticServer;
  context: BrowserContext;
  close(): Promise<void>;
}

/** Serves the tests' build (DIST) and launches Chromium (see chromium.ts for how it is found). */
export async function openSiteBrowser(
  options: Parameters<typeof launchChromium>[0] = {},
): Promise<SiteBrowser> {
  const server = await serveDist(DIST);
  const context = await launchChromium(options);
  return {
    server,
    context,
    async close() {
      await context.close();
      await server.close();
    },
  };
}
