import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromiumBrowser } from '../../tools/lib/chromium.ts';
import { DIST } from '../../tools/lib/dist.ts';
import { serveDist, type StaticServer } from '../../tools/lib/static-server.ts';
import { normaliseQuery } from '#lib/search/config.ts';

/** What a page did while a test drove it: every request's path, and every error or warning. */
export interface PageLog {
  requests: string[];
  problems: string[];
}

/** Records a page's requests (as paths on the site) and its console errors, warnings and failures. */
export function watchPage(page: Page, origin: string): PageLog {
  const problems: string[] = [];
  // A request the browser aborted because the page went on to another document (a link followed
  // while images were loading) failed for no fault of the site. Each request keeps the number of
  // documents the page had loaded when it was made; an aborted one is a problem only while the page
  // is still on that document (the abort may be reported before the next document's navigation).
  let documents = 0;
  const madeIn = new WeakMap<object, number>();
  const aborted: { problem: string; document: number }[] = [];
  const log: PageLog = {
    requests: [],
    get problems() {
      return [
        ...problems,
        ...aborted.filter((each) => each.document === documents).map((each) => each.problem),
      ];
    },
  };
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) documents += 1;
  });
  page.on('request', (request) => {
    const url = request.url();
    madeIn.set(request, documents);
    log.requests.push(url.startsWith(origin) ? url.slice(origin.length) : url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '';
    const problem = `failed request: ${request.url()} (${error})`;
    if (error === 'net::ERR_ABORTED')
      aborted.push({ problem, document: madeIn.get(request) ?? documents });
    else problems.push(problem);
  });
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
    // Only violations are reported, so only they are gathered in full: for passes and the rest axe then
    // keeps one element each instead of building a selector for every element it checked.
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
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

let shared: Promise<Browser> | undefined;
let users = 0;

/**
 * A context of its own (storage, cookies, permissions: as separate as a fresh profile) in the one
 * Chromium this test file shares: launching Chromium costs far more than a context, and a file used to
 * launch one per context (up to three). Chromium closes when the last context opened here closes.
 * @param options context options, e.g. `{ javaScriptEnabled: false }`
 */
export async function newChromiumContext(
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  shared ??= launchChromiumBrowser();
  users += 1;
  const browser = await shared;
  const context = await browser.newContext(options);
  const closeContext = context.close.bind(context);
  let closed = false;
  context.close = async (...args) => {
    if (closed) return;
    closed = true;
    await closeContext(...args);
    users -= 1;
    if (users === 0) {
      shared = undefined;
      await browser.close();
    }
  };
  return context;
}

/** The built site served over HTTP, and a Chromium context to read it with. */
export interface SiteBrowser {
  server: StaticServer;
  context: BrowserContext;
  /** A tab of the context, as if new (see recycleTabs); `page.close()` hands it back. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Tabs for a context that are used again after a test closes them: opening a tab costs Chromium and
 * Playwright about as much CPU as loading a page in it, and most tests open one. A closed tab has
 * everything a test can set on it put back as a new tab has it: listeners, routes, init scripts
 * (tests dispose of theirs), viewport and emulated media (the context's), and it is left on
 * about:blank, so that the next test starts from a fresh document (focus, hover, scripts and
 * timers of the last page gone) and nothing of the last page can reach its listeners.
 */
function recycleTabs(context: BrowserContext, options: BrowserContextOptions): () => Promise<Page> {
  const idle: Page[] = [];
  const viewport = options.viewport === undefined ? { width: 1280, height: 720 } : options.viewport;
  const media = {
    media: null,
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    forcedColors: options.forcedColors ?? 'none',
    contrast: options.contrast ?? 'no-preference',
  } as const;
  const open = async (): Promise<Page> => {
    const page = await context.newPage();
    const closeTab = page.close.bind(page);
    page.close = async () => {
      try {
        await page.removeAllListeners(undefined, { behavior: 'ignoreErrors' });
        await page.unrouteAll({ behavior: 'ignoreErrors' });
        await page.emulateMedia(media);
        if (viewport) await page.setViewportSize(viewport);
        await page.goto('about:blank');
        idle.push(page);
      } catch {
        // A tab that cannot be put back (it crashed, or its context is closing) is closed instead.
        await closeTab().catch(() => undefined);
      }
    };
    return page;
  };
  return async () => idle.pop() ?? open();
}

/** Serves the tests' build (DIST) and opens a context in the file's Chromium (see newChromiumContext). */
export async function openSiteBrowser(options: BrowserContextOptions = {}): Promise<SiteBrowser> {
  const server = await serveDist(DIST);
  const context = await newChromiumContext(options);
  return {
    server,
    context,
    newPage: recycleTabs(context, options),
    async close() {
      await context.close();
      await server.close();
    },
  };
}

/**
 * Opens the search dialog with "/" and types a query; resolves when the status describes its
 * results (those of the whole query, not of a prefix typed on the way, which can come first): the
 * status carries the query it describes, whose words its count need not name (a corrected or
 * widened query's count names the words searched).
 */
export async function typeInSearchDialog(page: Page, query: string): Promise<void> {
  await page.keyboard.press('/');
  await page.locator('#search-dialog[open]').waitFor();
  await page.keyboard.type(query);
  // As the dialog reads its box (normaliseQuery); markup alone reads as nothing, and the status
  // then names what was typed.
  const typed = await page.inputValue('#search-dialog-input');
  await page.waitForFunction(
    (described) => {
      const status = document.querySelector<HTMLElement>('#search-dialog [role="status"]');
      return status?.dataset['query'] === described && status.textContent !== '';
    },
    normaliseQuery(typed) || typed.trim(),
  );
}
