import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  findAxeViolations,
  openSiteBrowser,
  typeInSearchDialog,
  watchNetwork,
  watchPage,
  type PageLog,
  type SiteBrowser,
} from '../support/browser';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { normaliseQuery } from '#lib/search/config.ts';
import { summedUpPage } from '#lib/search/summaries.ts';
import { DIST } from '../../tools/lib/dist';
import { loadSiteSearch } from '../../tools/lib/pagefind';
import { echoed } from '#lib/search/search-strings.ts';

let site: SiteBrowser;
let noJs: SiteBrowser;

beforeAll(async () => {
  site = await openSiteBrowser();
  noJs = await openSiteBrowser({ javaScriptEnabled: false });
});

afterAll(async () => {
  await site.close();
  await noJs.close();
});

/** Opens a page of the built site with its requests and problems recorded. */
async function open(path: string, browser = site): Promise<{ page: Page; log: PageLog }> {
  const page = await browser.newPage();
  const log = watchPage(page, browser.server.url);
  await page.goto(browser.server.url + path);
  return { page, log };
}

const SEARCH_BYTES = /\/pagefind\/|search-(dialog|results|client|page)|\/_astro\/search\./;

/** Opens the dialog with "/" and types a query; resolves when its results are shown. */
async function searchInDialog(page: Page, query: string): Promise<void> {
  await typeInSearchDialog(page, query);
  await page.locator('#search-dialog .search-result').first().waitFor();
}

describe('the search dialog', () => {
  test('reading a page loads no search code and no index', async () => {
    const { page, log } = await open('/rats/');
    await page.waitForLoadState('networkidle');
    expect(log.requests.filter((path) => SEARCH_BYTES.test(path))).toEqual([]);
    expect(log.problems).toEqual([]);
    await page.close();
  });

  test('keyboard path: "/" opens it, typing searches, ↓ and Enter land on the section with the words marked', async () => {
    const { page, log } = await open('/shanghai-spirit/');
    await searchInDialog(page, 'inviolability of borders');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
    const first = page.locator('#search-dialog a[data-result-link]').first();
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('href')))
      .toBe(await first.getAttribute('href'));
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
    // Down to the first link that lands on a section of a page.
    const hrefs = await page
      .locator('#search-dialog a[data-result-link]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    const index = hrefs.findIndex((href) => /^\/[a-z0-9-]+\/\?.*#[a-z0-9-]+$/.test(href));
    expect(index, `a section link among ${hrefs.join(' ')}`).toBeGreaterThanOrEqual(0);
    for (let i = 0; i <= index; i += 1) await page.keyboard.press('ArrowDown');
    const target = hrefs[index] ?? '';
    // "of" is too short to mark; the other words are carried to the landing page.
    expect(target).toMatch(/\?highlight=inviolability&highlight=borders#[a-z0-9-]+$/);
    const landing = new URL(target, site.server.url);
    await Promise.all([
      page.waitForURL((url) => url.pathname === landing.pathname && url.hash === landing.hash),
      page.keyboard.press('Enter'),
    ]);
    await page.locator('mark.search-highlight').first().waitFor({ state: 'attached' });
    // The words are marked, and the address is the section's own, as a reader would cite it: a
    // first reader had copied "?highlight=…" from the address bar into a citation.
    await expect
      .poll(() => page.url())
      .toBe(`${site.server.url}${landing.pathname}${landing.hash}`);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const box = await page.evaluate((anchor) => {
      const rect = document.getElementById(anchor)?.getBoundingClientRect();
      return rect ? { top: rect.top, bottom: rect.bottom, height: innerHeight } : undefined;
    }, id);
    expect(box, `#${id} exists`).toBeDefined();
    expect(box!.top).toBeGreaterThanOrEqual(0);
    expect(box!.bottom).toBeLessThanOrEqual(box!.height);
    expect(await page.locator('mark.search-highlight').count()).toBeGreaterThan(0);
    expect(log.problems).toEqual([]);
    await page.close();
  });

  test('↓ pressed before the last results arrive: the re-rendered list keeps the reader’s place', async () => {
    const { page, log } = await open('/about/');
    await searchInDialog(page, 'Kaliningrad');
    // Every request of the next query is held until ↓ has moved onto the list shown meanwhile.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let requests = 0;
    await page.route('**/pagefind/**', async (route) => {
      requests += 1;
      await held;
      await route.continue();
    });
    await page.fill('#search-dialog-input', 'UNODC');
    await expect.poll(() => requests).toBeGreaterThan(0);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(
      await page.evaluate(() => document.activeElement?.hasAttribute('data-result-link')),
    ).toBe(true);
    release();
    await page
      .locator('#search-dialog [role="status"]', { hasText: 'for “UNODC”' })
      .waitFor({ state: 'attached' });
    // The second result of the new list has focus, as the second of the old one had.
    const links = page.locator('#search-dialog a[data-result-link]');
    expect(await links.count()).toBeGreaterThan(1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      await links.nth(1).getAttribute('href'),
    );
    // And ↓ goes on from there.
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      await links.nth(2).getAttribute('href'),
    );
    await page.unroute('**/pagefind/**');
    expect(log.problems).toEqual([]);
    await page.close();
  });

  test('what is typed straight after "/", while the dialog loads, is kept', async () => {
    const { page } = await open('/about/');
    await page.keyboard.press('/');
    await page.keyboard.type('three evils');
    await page.locator('#search-dialog .search-result').first().waitFor();
    expect(await page.inputValue('#search-dialog-input')).toBe('three evils');
    await page.close();
  });

  test('what is pasted straight after "/", while the dialog loads, is kept', async () => {
    const { page } = await open('/about/');
    // The dialog's code held back until the paste is in, as on a slow phone.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/search-dialog.*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.keyboard.press('/');
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'three evils');
      document.body.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    });
    release();
    await page.locator('#search-dialog .search-result').first().waitFor();
    expect(await page.inputValue('#search-dialog-input')).toBe('three evils');
    await page.unroute(/search-dialog.*\.js$/);
    await page.close();
  });

  test('each result shows a title, its kind, an excerpt with the words marked, and sections linking to page/#id', async () => {
    const { page } = await open('/');
    await searchInDialog(page, 'RATS');
    // "RATS" may put the topic page or the glossary term first (tests/build/relevance.yaml accepts
    // either); the page's result is the one with sections.
    const first = page
      .locator('#search-dialog .search-result')
      .filter({
        has: page.locator('.search-result-title', {
          hasText: /^The Regional Anti-Terrorist Structure \(RATS\)$/,
        }),
      })
      .first();
    await first.waitFor();
    expect(await first.locator('.search-kind').textContent()).toBe('Institution');
    expect(await first.locator('.search-excerpt mark').count()).toBeGreaterThan(0);
    const sections = await first
      .locator('.search-sections a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(sections.length).toBeGreaterThan(0);
    for (const href of sections) expect(href).toMatch(/^\/rats\/\?highlight=rats#[a-z0-9-]+$/);
    const kinds = await page.locator('#search-dialog .search-kind').allTextContents();
    expect(kinds).toContain('Glossary term');
    // Every excerpt ends a sentence or says it is cut ("…"), and begins one or says so.
    const excerpts = await page.locator('#search-dialog .search-excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(3);
    for (const excerpt of excerpts) {
      expect(excerpt.trim()).toMatch(/([.!?…][”"’)]*)$/u);
      expect(excerpt.trim()).not.toMatch(/^[(“"‘]*\p{Ll}/u);
    }
    expect(excerpts.some((excerpt) => excerpt.trim().endsWith('…'))).toBe(true);
    await page.close();
  });

  test('a source’s page is listed before the sources list’s entry for it, in the order the tables count', async () => {
    // The first source whose author or outlet (content/sources) finds both among the five shown.
    const search = await loadSiteSearch(DIST);
    let found: { query: string; sections: string[]; page: string } | undefined;
    for (const file of readdirSync('content/sources').sort()) {
      const source = parse(readFileSync(`content/sources/${file}`, 'utf8')) as Record<
        string,
        unknown
      >;
      const page = `/sources/${file.replace(/\.yaml$/, '')}/`;
      for (const query of [source['author'], source['outlet']].filter(
        (text): text is string => typeof text === 'string',
      )) {
        const { hits } = await search(query, { limit: 5 });
        if (found === undefined && hits.some((hit) => summedUpPage(hit.section) === page))
          if (hits.some((hit) => hit.url === page))
            found = { query, sections: hits.map((hit) => hit.section), page };
      }
    }
    expect(found, 'a source found with its list entry').toBeDefined();
    const { page } = await open('/');
    await searchInDialog(page, found!.query);
    const shown = await page
      .locator('#search-dialog .search-result-title')
      .evaluateAll((links) =>
        links.map((link) => (link.getAttribute('href') ?? '').replace(/\?[^#]*/, '')),
      );
    expect(shown).toEqual(found!.sections);
    const entry = shown.findIndex((href) => summedUpPage(href) === found!.page);
    expect(shown.indexOf(found!.page)).toBeLessThan(entry);
    await page.close();
  });

  test('a page’s excerpt is shown once: when it repeats a section’s, the section shows it and describes the title', async () => {
    const { page } = await open('/');
    let dropped = 0;
    let kept = 0;
    for (const query of ['RATS', 'founding members', 'three evils', 'UN Charter']) {
      await page.goto(site.server.url + '/');
      await searchInDialog(page, query);
      const results = await page.locator('#search-dialog .search-result').evaluateAll((items) =>
        items.map((item) => {
          const text = (element: Element | null | undefined) =>
            element?.textContent
              ?.toLowerCase()
              .replace(/[^\p{L}\p{N}]+/gu, ' ')
              .trim();
          const link = item.querySelector('.search-result-title');
          const described = link?.getAttribute('aria-describedby') ?? '';
          return {
            excerpt: text(item.querySelector(':scope > .search-excerpt')),
            sections: [...item.querySelectorAll('.search-sections .search-excerpt')].map((span) =>
              text(span),
            ),
            firstSectionId: item.querySelector('.search-sections .search-excerpt')?.id,
            described,
            describedExists: described !== '' && document.getElementById(described) !== null,
          };
        }),
      );
      for (const result of results) {
        expect(result.describedExists).toBe(true);
        if (result.sections.length === 0) {
          expect(result.excerpt).toBeTruthy();
          continue;
        }
        if (result.excerpt === undefined) {
          dropped += 1;
          expect(result.described).toBe(result.firstSectionId);
          continue;
        }
        kept += 1;
        // No run of 40 characters of the page's excerpt is in a section's excerpt.
        for (let at = 0; at + 40 <= result.excerpt.length; at += 1)
          for (const section of result.sections)
            expect(section?.includes(result.excerpt.slice(at, at + 40))).toBe(false);
      }
    }
    // Both cases occur in these queries, so neither branch above went unchecked.
    expect(dropped).toBeGreaterThan(0);
    expect(kept + dropped).toBeGreaterThan(dropped);
    await page.close();
  });

  test('a title that leads to a section shows that section first, with its words, and not the page’s excerpt from elsewhere', async () => {
    const { page } = await open('/');
    let toSection = 0;
    // A first reader's queries whose titles led to a section under an excerpt of the page's opening.
    for (const query of [
      'is non-aggression in the UN Charter',
      'characterization of RATS',
      'when did Belarus join the SCO',
    ]) {
      await page.goto(site.server.url + '/');
      await searchInDialog(page, query);
      const results = await page.locator('#search-dialog .search-result').evaluateAll((items) =>
        items.map((item) => {
          const address = (href: string | null | undefined) => href?.replace(/\?[^#]*/u, '');
          const link = item.querySelector('.search-result-title');
          return {
            title: address(link?.getAttribute('href')),
            firstSection: address(item.querySelector('.search-sections a')?.getAttribute('href')),
            excerpt: item.querySelector(':scope > .search-excerpt') !== null,
            described: link?.getAttribute('aria-describedby'),
            firstSectionId: item.querySelector('.search-sections .search-excerpt')?.id,
          };
        }),
      );
      for (const result of results)
        if (result.title?.includes('#') && result.firstSection !== undefined) {
          toSection += 1;
          expect(result.firstSection, query).toBe(result.title);
          expect(result.excerpt, `${query}: ${result.title}`).toBe(false);
          expect(result.described).toBe(result.firstSectionId);
        }
    }
    expect(toSection).toBeGreaterThan(0);
    await page.close();
  });

  test('Ctrl+K and the header button open it; Esc closes it and focus returns to the button', async () => {
    const { page } = await open('/timeline/');
    await page.keyboard.press('Control+k');
    await page.locator('#search-dialog[open]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('#search-dialog:not([open])').waitFor({ state: 'attached' });
    const button = page.getByRole('button', { name: 'Search', exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.locator('#search-dialog[open]').waitFor();
    expect(page.url()).toBe(`${site.server.url}/timeline/`);
    await page.keyboard.press('Escape');
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.closest('[data-search-open]') !== null),
      )
      .toBe(true);
    await page.close();
  });

  test('focus stays inside while it is open', async () => {
    const { page } = await open('/glossary/');
    await searchInDialog(page, 'Astana');
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press(i % 7 === 6 ? 'Shift+Tab' : 'Tab');
      expect(
        await page.evaluate(() => document.activeElement?.closest('#search-dialog') !== null),
        `after ${i + 1} presses`,
      ).toBe(true);
    }
    await page.close();
  });

  test('the header button is named by its visible text', async () => {
    const { page } = await open('/about/');
    const button = page.locator('[data-search-open] button');
    expect(
      await button.evaluate((node) => (node as HTMLElement).innerText.split('\n')[0]?.trim()),
    ).toBe('Search');
    expect(await page.getByRole('button', { name: 'Search', exact: true }).count()).toBe(1);
    await page.close();
  });

  test.each(['light', 'dark'] as const)(
    'axe-core finds no violation with the dialog open (%s)',
    async (scheme) => {
      const page = await site.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${site.server.url}/rats/`);
      await searchInDialog(page, 'three evils');
      expect(await findAxeViolations(page)).toEqual([]);
      await page.close();
    },
  );

  test('says so, in the dialog, when the index cannot be loaded', async () => {
    const page = await site.newPage();
    await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(`${site.server.url}/rats/`);
    await page.keyboard.press('/');
    await expect
      .poll(() => page.locator('#search-dialog .search-problem').textContent())
      .toContain('could not be loaded');
    await page.close();
  });

  test('a typo: "Showing results for Kazakhstan · Search instead for Kazakstan", both links that work; axe finds nothing', async () => {
    const { page, log } = await open('/rats/');
    await searchInDialog(page, 'Kazakstan');
    const notice = page.locator('#search-dialog .search-notice');
    expect((await notice.textContent())?.replace(/\s+/g, ' ')).toBe(
      'Showing results for Kazakhstan · Search instead for Kazakstan',
    );
    const hrefs = await notice
      .locator('a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toEqual(['/search/?q=Kazakhstan', '/search/?q=Kazakstan&exact=1']);
    // Words in a sentence, yet targets a thumb can hit: 24 px tall at least (WCAG 2.5.8).
    const heights = await notice
      .locator('a')
      .evaluateAll((links) => links.map((link) => link.getBoundingClientRect().height));
    expect(
      heights.every((height) => height >= 24),
      `link heights ${heights.join(', ')}`,
    ).toBe(true);
    const status = await page.locator('#search-dialog [role="status"]').textContent();
    expect(status).toContain('Showing results for Kazakhstan');
    // The count names the words the results are for, not the typo.
    expect(status).toMatch(/^\d+ results? for “Kazakhstan”/);
    expect(await findAxeViolations(page)).toEqual([]);
    // "Search instead": the words as typed, which the site does not hold.
    await notice.getByRole('link', { name: 'Kazakstan' }).click();
    await page.locator('#search-dialog .search-none').waitFor();
    expect(await page.inputValue('#search-dialog-input')).toBe('Kazakstan');
    // Nothing as typed, and the way back is on the page: the corrected words, a link that works.
    const back = page.locator('#search-dialog .search-notice');
    await expect.poll(() => back.textContent()).toBe('Did you mean: Kazakhstan');
    expect(await back.locator('a').getAttribute('href')).toBe('/search/?q=Kazakhstan');
    await expect
      .poll(() => page.locator('#search-dialog [role="status"]').textContent())
      .toContain('Did you mean: Kazakhstan');
    expect(await findAxeViolations(page)).toEqual([]);
    await back.getByRole('link', { name: 'Kazakhstan' }).click();
    await expect.poll(() => page.inputValue('#search-dialog-input')).toBe('Kazakhstan');
    await expect.poll(() => page.locator('#search-dialog .search-notice').count()).toBe(0);
    expect(await page.locator('#search-dialog .search-result').count()).toBeGreaterThan(0);
    // Typing on searches with corrections again; "Showing results for" puts the corrected words in the box.
    await page.fill('#search-dialog-input', 'Tashkant');
    await page.locator('#search-dialog .search-notice').waitFor();
    await page
      .locator('#search-dialog .search-notice')
      .getByRole('link', { name: 'Tashkent' })
      .click();
    await expect.poll(() => page.inputValue('#search-dialog-input')).toBe('Tashkent');
    await expect.poll(() => page.locator('#search-dialog .search-notice').count()).toBe(0);
    expect(await page.locator('#search-dialog .search-result-title').first().textContent()).toBe(
      'Tashkent',
    );
    expect(log.problems).toEqual([]);
    await page.close();
  });

  test('the word still being typed: a misspelt start is completed ("Kaling"), the start of a synonym searches its group ("SCO headquar")', async () => {
    const { page, log } = await open('/rats/');
    await searchInDialog(page, 'Kaling');
    const notice = page.locator('#search-dialog .search-notice');
    expect((await notice.textContent())?.replace(/\s+/g, ' ')).toBe(
      'Showing results for Kaliningrad · Search instead for Kaling',
    );
    const first = page.locator('#search-dialog .search-result-title').first();
    expect(await first.textContent()).toBe('Kaliningrad');
    expect(await findAxeViolations(page)).toEqual([]);
    // "headquarters" is no word of the site, only of a synonym group (with "seat"): the start typed
    // so far finds the seat, and nothing is said to be corrected.
    await page.fill('#search-dialog-input', 'SCO headquar');
    await page
      .locator('#search-dialog [role="status"]', { hasText: 'for “SCO headquar”' })
      .waitFor({ state: 'attached' });
    await expect.poll(() => first.textContent()).toBe('SCO Secretariat');
    expect(await page.locator('#search-dialog .search-notice').count()).toBe(0);
    expect(log.problems).toEqual([]);
    await page.close();
  });

  // A first reader heard (in the status's text) "No results for “how”", then "… for “how many”",
  // while typing a question: the status, a live region, is read out once typing pauses.
  test.each(['dialog', 'search page'])(
    'the status is read out once typing pauses, not after every keystroke (%s)',
    async (where) => {
      const dialog = where === 'dialog';
      const { page, log } = await open(dialog ? '/rats/' : '/search/');
      const selector = dialog ? '#search-dialog [role="status"]' : '#search-status';
      if (dialog) {
        await page.keyboard.press('/');
        await page.locator('#search-dialog[open]').waitFor();
      } else {
        // The page asks for a query at once; that is not what is counted.
        await expect.poll(() => page.locator(selector).textContent()).toMatch(/^Type /);
        await page.locator('[data-search-page-input]').focus();
      }
      expect(await page.locator(selector).getAttribute('role')).toBe('status');
      // Search is loaded first (its code, Pagefind's runtime, the query's shards): the count is
      // of what typing says, and a first load that stalled the page for a second on a busy machine
      // had made a pause after "ho" of the keystrokes themselves (a CI run).
      const input = dialog ? '#search-dialog-input' : '[data-search-page-input]';
      await page.keyboard.type('how many member states');
      await expect.poll(() => page.locator(selector).textContent()).toMatch(/member states/);
      await page.fill(input, '');
      await expect.poll(() => page.locator(selector).textContent()).not.toMatch(/member states/);
      // Whatever the empty box is to say is said before the count starts (ANNOUNCE_AFTER_MS is 1 s).
      await page.waitForTimeout(1500);
      await page.evaluate((selector) => {
        const status = document.querySelector(selector)!;
        const said: string[] = [];
        (window as unknown as { said: string[] }).said = said;
        new MutationObserver(() => {
          if (status.textContent) said.push(status.textContent);
        }).observe(status, { childList: true, characterData: true, subtree: true });
      }, selector);
      await page.keyboard.type('how many member states', { delay: 120 });
      const said = () => page.evaluate(() => (window as unknown as { said: string[] }).said);
      await expect.poll(said).toHaveLength(1);
      expect((await said())[0]).toMatch(/^\d+ results? for “how many member states”/);
      // Results followed the keystrokes meanwhile.
      expect(
        await page.locator(dialog ? '#search-dialog .search-result' : '.search-result').count(),
      ).toBeGreaterThan(0);
      expect(log.problems).toEqual([]);
      await page.close();
    },
  );

  test('a real English word the site never uses is not "corrected" into another word: "shanghai pact" is searched without it', async () => {
    const { page, log } = await open('/rats/');
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await searchInDialog(page, 'shanghai pact');
    const notice = page.locator('#search-dialog .search-notice');
    // Not "Showing results for shanghai part": "pact" is left out, and the line says that no
    // page has it (a first reader had taken "No result has every word" for an answer).
    await expect
      .poll(async () => (await notice.textContent())?.replace(/\s+/g, ' '))
      .toBe('No page has “pact”; showing results for shanghai');
    // The count names what was searched, as the screen reader hears it first: not "… for “shanghai pact”".
    expect(await page.locator('#search-dialog [role="status"]').textContent()).toMatch(
      /^\d+ results? for “shanghai”\./,
    );
    // The English words of its letter were fetched to tell (englishShardOf: 3 × 32 on).
    expect(
      fetched.some((path) => Number(/\/search-data\/(\d+)\.json$/.exec(path)?.[1]) >= 96),
    ).toBe(true);
    expect(await findAxeViolations(page)).toEqual([]);
    expect(log.problems).toEqual([]);
    await page.close();
  });

  test('another edition’s name in Latin letters: "Showing results for Shanghai Spirit", its matcher and names fetched only then', async () => {
    const { page, log } = await open('/rats/');
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    const latinFiles = (): string[] =>
      fetched.filter(
        (path) =>
          /\/latin-names\.[^/]+\.js$/.test(path) ||
          Number(/\/search-data\/(\d+)\.json$/.exec(path)?.[1] ?? -1) >= 32,
      );
    // A query of words the index holds fetches neither.
    await searchInDialog(page, 'Shanghai Spirit');
    expect(latinFiles()).toEqual([]);
    await page.fill('#search-dialog-input', 'shanghai jingshen');
    const notice = page.locator('#search-dialog .search-notice');
    await expect
      .poll(async () => (await notice.textContent())?.replace(/\s+/g, ' '))
      .toBe('Showing results for Shanghai Spirit · Search instead for shanghai jingshen');
    // The topic page of the name first, then its glossary term (search-run.ts).
    expect(await page.locator('#search-dialog .search-result-title').first().textContent()).toBe(
      'The Shanghai Spirit',
    );
    expect(latinFiles().some((path) => path.endsWith('.js'))).toBe(true);
    expect(latinFiles().some((path) => path.endsWith('.json'))).toBe(true);
    expect(await findAxeViolations(page)).toEqual([]);
    expect(log.problems).toEqual([]);
    await page.close();
  });

  test('the /search/ page shows the same line, and its "search instead" link keeps exact=1 in the URL', async () => {
    const { page } = await open('/search/?q=Kazakstan');
    await page.locator('#search-notice .search-notice').waitFor();
    await page.locator('#search-notice').getByRole('link', { name: 'Kazakstan' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?q=Kazakstan&exact=1');
    await page.locator('#search-results .search-none').waitFor();
    // Nothing as typed: "Did you mean: Kazakhstan", which searches the corrected words.
    const back = page.locator('#search-notice .search-notice');
    await expect.poll(() => back.textContent()).toBe('Did you mean: Kazakhstan');
    await back.getByRole('link', { name: 'Kazakhstan' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?q=Kazakhstan');
    await page.locator('#search-results .search-result').first().waitFor();
    await page.close();
  });

  test('the /search/ page shows the lists to browse below a prompt or nothing found, not below results', async () => {
    const { page, log } = await open('/search/?q=rats');
    const browse = page.locator('#search-browse');
    await page.locator('#search-results .search-result').first().waitFor();
    expect(await browse.isVisible()).toBe(false);
    await page.fill('[data-search-page-input]', 'xqzvw');
    await page.locator('#search-results .search-none').waitFor();
    await expect.poll(() => browse.isVisible()).toBe(true);
    await page.fill('[data-search-page-input]', '');
    await expect.poll(() => browse.isVisible()).toBe(true);
    expect(log.problems).toEqual([]);
    await page.close();
  });

  test('nothing found: a note says so and what to try; axe finds nothing', async () => {
    const { page, log } = await open('/rats/');
    await page.keyboard.press('/');
    await page.locator('#search-dialog[open]').waitFor();
    await page.keyboard.type('xqzvw');
    // The note for the whole query, not for a prefix typed on the way ("xqzv" finds nothing too).
    await page
      .locator('#search-dialog .search-none', { hasText: 'Nothing matches “xqzvw”' })
      .waitFor();
    expect(await page.locator('#search-dialog .search-none').textContent()).toContain(
      'Nothing matches “xqzvw”',
    );
    expect(await findAxeViolations(page)).toEqual([]);
    // Two words that find nothing, each alone too: no "showing results for" one of them.
    await page.fill('#search-dialog-input', 'xqzvw vvqxz');
    await page
      .locator('#search-dialog .search-none', { hasText: 'Nothing matches “xqzvw vvqxz”' })
      .waitFor();
    expect(await page.locator('#search-dialog .search-notice').count()).toBe(0);
    const status = page.locator('#search-dialog [role="status"]');
    await expect.poll(() => status.textContent()).toContain('xqzvw vvqxz');
    expect(await status.textContent()).not.toContain('showing results for');
    expect(log.problems).toEqual([]);
    await page.close();
  });

  test('a question finds its answer after its function words are dropped', async () => {
    const { page } = await open('/rats/');
    await searchInDialog(page, 'when did India join the SCO');
    const titles = await page.locator('#search-dialog .search-result-title').allTextContents();
    expect(titles.slice(0, 3).join(' | ')).toMatch(/India and Pakistan/);
    await page.close();
  });

  test('failure is visible and recoverable: Retry after the search data failed to load, keystrokes kept; axe finds nothing', async () => {
    const page = await site.newPage();
    const log = watchPage(page, site.server.url);
    await page.route('**/pagefind/search-data.json', (route) =>
      route.fulfill({ status: 503, body: '' }),
    );
    await page.goto(`${site.server.url}/rats/`);
    await page.keyboard.press('/');
    await page.locator('#search-dialog .search-problem').waitFor();
    expect(await page.locator('#search-dialog .search-problem').textContent()).toContain(
      'could not be loaded',
    );
    expect(await findAxeViolations(page)).toEqual([]);
    // Typing is never swallowed: the box takes the keys, and each try loads again (and fails again).
    await page.locator('#search-dialog-input').focus();
    await page.keyboard.type('RATS');
    expect(await page.inputValue('#search-dialog-input')).toBe('RATS');
    await page.locator('#search-dialog .search-problem').waitFor();
    await page.unroute('**/pagefind/search-data.json');
    await page.locator('#search-dialog .search-retry').click();
    await page.locator('#search-dialog .search-result').first().waitFor();
    expect(await page.locator('#search-dialog .search-problem').count()).toBe(0);
    // Only the failures this test caused: the refused file, and the browser's note of each 503.
    expect(
      log.problems.filter((problem) => !/search-data\.json|status of 503/.test(problem)),
    ).toEqual([]);
    await page.close();
  });

  test('if the dialog code itself fails to load, the reader is told and offered a retry, and keys are not held', async () => {
    const page = await site.newPage();
    await page.route('**/_astro/search-dialog*', (route) => route.abort());
    await page.goto(`${site.server.url}/rats/`);
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => void dialog.dismiss().then(() => resolve(dialog.message()))),
    );
    await page.keyboard.press('/');
    expect(await asked).toBe('Search could not be loaded. Try again?');
    await page.unroute('**/_astro/search-dialog*');
    // The next "/" is a fresh try, not a keystroke held for a dialog that never came.
    await page.keyboard.press('/');
    await page.locator('#search-dialog[open]').waitFor();
    await page.close();
  });

  test('only the results on screen are fetched: five fragments, five more on "More results"', async () => {
    const { page, log } = await open('/rats/');
    const networkQuiet = watchNetwork(page);
    await searchInDialog(page, 'SCO');
    // Typing "S", "SC", "SCO" started three searches: until none of their fetches is in flight.
    await networkQuiet();
    const fragments = () =>
      log.requests.filter((path) => path.includes('/pagefind/fragment/')).length;
    expect(await page.locator('#search-dialog .search-result').count()).toBe(5);
    // Typing "S", "SC", "SCO" may each show other first results; the last query fetches five at most.
    const before = fragments();
    await page.locator('#search-dialog .search-show-more').click();
    await expect.poll(() => page.locator('#search-dialog .search-result').count()).toBe(10);
    expect(fragments() - before).toBeLessThanOrEqual(5);
    expect(
      await page.evaluate(() => document.activeElement?.closest('.search-result') !== null),
    ).toBe(true);
    await page.close();
  });
  test('↓ goes on from the last result to "More results" and the link to all, ↑ back', async () => {
    // A reader's ↓ stopped at the fifth result: the rest was reachable by Tab only.
    const { page, log } = await open('/rats/');
    await searchInDialog(page, 'SCO');
    await page.locator('#search-dialog .search-show-more').waitFor();
    const results = await page.locator('#search-dialog a[data-result-link]').count();
    const focused = () =>
      page.evaluate(() => document.activeElement?.className ?? document.activeElement?.tagName);
    for (let i = 0; i < results; i++) await page.keyboard.press('ArrowDown');
    expect(
      await page.evaluate(() => document.activeElement?.hasAttribute('data-result-link')),
    ).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toContain('search-show-more');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toContain('search-more');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toContain('search-more');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toContain('search-show-more');
    await page.keyboard.press('ArrowUp');
    expect(
      await page.evaluate(() => document.activeElement?.hasAttribute('data-result-link')),
    ).toBe(true);
    expect(log.problems).toEqual([]);
    await page.close();
  });

  test('clearing the query leaves nothing of its results: no "More results", no link to them', async () => {
    // A reader deleted "kaliningrad" letter by letter and was left with a lone "More results".
    const { page, log } = await open('/rats/');
    await searchInDialog(page, 'SCO');
    await page.locator('#search-dialog .search-show-more').waitFor();
    await page.fill('#search-dialog-input', '');
    await expect.poll(() => page.locator('#search-dialog .search-result').count()).toBe(0);
    expect(await page.locator('#search-dialog .search-show-more').isVisible()).toBe(false);
    expect(await page.locator('#search-dialog .search-more').isVisible()).toBe(false);
    expect(log.problems).toEqual([]);
    await page.close();
  });
});

test('a result without a section opens with its first mark in view', async () => {
  // A reader's "Kaliningrad" opened a source page at its top; its only mark was 2,300 px down. The
  // word: one the page holds far below its first screen.
  const { page, log } = await open('/sources/alimov-2017/?highlight=kaliningrad');
  const mark = page.locator('mark.search-highlight').first();
  await mark.waitFor();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  const box = await mark.boundingBox();
  const height = await page.evaluate(() => window.innerHeight);
  expect(box && box.y >= 0 && box.y + box.height <= height).toBe(true);
  expect(log.problems).toEqual([]);
  await page.close();
});

describe('the search page', () => {
  test('Back from a result returns to the same place: as many results shown, scrolled as far', async () => {
    // A reader who had clicked "More results" twice and scrolled came back to five results and
    // the page's foot.
    const { page, log } = await open('/search/?q=sco');
    const results = page.locator('#search-results .search-result');
    await results.first().waitFor();
    for (const times of [2, 3]) {
      await page.locator('#search-show-more').click();
      await expect.poll(() => results.count()).toBe(times * 5);
    }
    await page.evaluate(() => scrollTo(0, 700));
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(700);
    const link = results.nth(7).locator('a[data-result-link]').first();
    const target = new URL((await link.getAttribute('href'))!, page.url()).pathname;
    await link.click();
    await page.waitForURL((url) => url.pathname === target);
    await page.goBack();
    await expect.poll(() => results.count()).toBe(15);
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(700);
    expect(log.problems).toEqual([]);
    await page.close();
  });

  test('/search/?q= runs the query and keeps the URL in step as the reader types: one history entry a query, and Back returns to the last', async () => {
    const { page, log } = await open('/search/?q=RATS');
    const firstTitle = () =>
      page.locator('#search-results .search-result-title').first().textContent();
    await page.locator('#search-results .search-result').first().waitFor();
    expect(await page.inputValue('[data-search-page-input]')).toBe('RATS');
    // Either answer tests/build/relevance.yaml accepts for "RATS": the topic page or the glossary term.
    const rats = [
      'The Regional Anti-Terrorist Structure (RATS)',
      'Regional Anti-Terrorist Structure (RATS)',
    ];
    expect(rats).toContain(await firstTitle());
    // A new query typed key by key: its first keystroke starts an entry, the others replace it (a
    // reader's Back had skipped the query the page opened with).
    await page.fill('[data-search-page-input]', '');
    await page.locator('[data-search-page-input]').pressSequentially('three evils', { delay: 20 });
    await expect.poll(() => new URL(page.url()).search).toBe('?q=three+evils');
    await expect.poll(firstTitle).toBe('Three forces');
    await page.keyboard.press('Enter');
    // One Back returns to the query before: no entry for "three evil", "three evi" …
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('?q=RATS');
    await expect.poll(() => page.inputValue('[data-search-page-input]')).toBe('RATS');
    await expect.poll(firstTitle).toSatisfy((title) => rats.includes(title ?? ''));
    await page.goForward();
    await expect.poll(() => page.inputValue('[data-search-page-input]')).toBe('three evils');
    await expect.poll(firstTitle).toBe('Three forces');
    expect(log.problems).toEqual([]);
    await page.close();
  });

  test("a filter that keeps none of All's results says so, not that nothing matches", async () => {
    // A reader's "multipolar world" under Sources: "Nothing matches … Try another spelling" beside All (1).
    const { page, log } = await open('/search/?q=multipolar+world');
    await page.locator('#search-results .search-result').first().waitFor();
    const empty = page.locator('#search-filters label', { hasText: '(0)' });
    expect(await empty.count()).toBeGreaterThan(0);
    // A kind with no result is not offered (a reader could pick "Principles (0)")…
    for (const radio of await empty.locator('input').all())
      expect(await radio.isDisabled()).toBe(true);
    // … but an address may still ask for it.
    const value = await empty.first().locator('input').getAttribute('value');
    await page.goto(`${page.url()}&kind=${encodeURIComponent(value ?? '')}`);
    await page.locator('#search-filters input:checked').waitFor();
    expect(await page.locator('#search-filters input:checked').getAttribute('value')).toBe(value);
    expect(await page.locator('#search-filters input:checked').isDisabled()).toBe(false);
    await expect
      .poll(() => page.locator('#search-status').textContent())
      .toMatch(/^No results for .* among /);
    expect(await page.locator('#search-results .search-none').count()).toBe(0);
    expect(await page.locator('#search-results .search-result').count()).toBe(0);
    // A button shows All's results (a reader's filter, kept from an earlier query, had hidden
    // every result of a new one).
    await page.locator('#search-results .search-show-all').click();
    await page.locator('#search-results .search-result').first().waitFor();
    expect(new URL(page.url()).searchParams.get('kind')).toBeNull();
    expect(await page.locator('#search-filters input:checked').getAttribute('value')).toBe('');
    expect(log.problems).toEqual([]);
    await page.close();
  });

  test('↓ in the box goes to the first result, as in the dialog', async () => {
    // A reader's ↓ on /search/ did nothing.
    const { page } = await open('/search/?q=RATS');
    await page.locator('#search-results .search-result').first().waitFor();
    await page.focus('[data-search-page-input]');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      await page.locator('#search-results a[data-result-link]').first().getAttribute('href'),
    );
    await page.close();
  });

  test('the kind filters show their counts on first load', async () => {
    const { page } = await open('/search/?q=rats');
    await page.locator('#search-results .search-result').first().waitFor();
    const labels = (await page.locator('#search-filters label').allTextContents()).map((label) =>
      label.trim(),
    );
    expect(labels).toContainEqual(expect.stringMatching(/^Institutions \([1-9]\d*\)$/));
    expect(labels).toContainEqual(expect.stringMatching(/^Glossary terms \([1-9]\d*\)$/));
    expect(labels).toContainEqual(expect.stringMatching(/^Events \([1-9]\d*\)$/));
    await page.close();
  });

  test.each([
    '/search/?q=%E0%A4%A',
    '/search/?q=100%&kind=%ZZ',
    '/rats/?highlight=%E0%A4%A#%E0%A4%A',
    '/rats/?highlight=rats#%',
  ])('a malformed address (%s) throws nothing', async (path) => {
    const { page, log } = await open(path);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    expect(log.problems).toEqual([]);
    await page.close();
  });

  // A second reader's tab (and Back's list of pages) said only "Search" for every query.
  test('the tab names the query, and the page alone once the box is empty', async () => {
    const { page } = await open('/search/?q=tashkent');
    await page.locator('#search-results .search-result').first().waitFor();
    expect(await page.title()).toBe('tashkent — Search — SCO Security Framework');
    await page.fill('[data-search-page-input]', '');
    await expect.poll(() => page.title()).toBe('Search — SCO Security Framework');
    await page.close();
  });

  test('filters by kind, with counts, and the filter is in the URL', async () => {
    const { page } = await open('/search/?q=RATS&kind=institution');
    await page.locator('#search-results .search-result').first().waitFor();
    expect(await page.locator('#search-filters input[value="institution"]').isChecked()).toBe(true);
    const kinds = await page.locator('#search-results .search-kind').allTextContents();
    expect(new Set(kinds)).toEqual(new Set(['Institution']));
    const labels = await page.locator('#search-filters label').allTextContents();
    expect(labels.map((label) => label.trim())).toEqual([
      expect.stringMatching(/^All \(\d+\)$/),
      expect.stringMatching(/^Principles \(\d+\)$/),
      expect.stringMatching(/^Institutions \([1-9]\d*\)$/),
      expect.stringMatching(/^Events \([1-9]\d*\)$/),
      expect.stringMatching(/^Sources \(\d+\)$/),
      expect.stringMatching(/^Glossary terms \([1-9]\d*\)$/),
      expect.stringMatching(/^Other pages \(\d+\)$/),
    ]);
    // Every result is of one kind: All counts the kinds' results together.
    const [all, ...each] = labels.map((label) => Number(/\((\d+)\)/.exec(label)?.[1]));
    expect(each.reduce((sum, count) => sum + count, 0)).toBe(all);
    await page.locator('#search-filters label', { hasText: 'Glossary terms' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?q=RATS&kind=glossary+term');
    await expect
      .poll(
        async () => new Set(await page.locator('#search-results .search-kind').allTextContents()),
      )
      .toEqual(new Set(['Glossary term']));
    // Choosing a filter is a step Back undoes, as following a link is.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('?q=RATS&kind=institution');
    await expect
      .poll(() => page.locator('#search-filters input[value="institution"]').isChecked())
      .toBe(true);
    await expect
      .poll(
        async () => new Set(await page.locator('#search-results .search-kind').allTextContents()),
      )
      .toEqual(new Set(['Institution']));
    await page.close();
  });
});

describe('without JavaScript', () => {
  test('the header search is a form to /search/, which lists topics and the glossary A–Z', async () => {
    const { page } = await open('/rats/', noJs);
    await Promise.all([
      page.waitForURL(/\/search\/\??$/),
      page.getByRole('button', { name: 'Search', exact: true }).click(),
    ]);
    // Playwright turns scripts off without turning on <noscript> rendering, so its text is read.
    expect(await page.locator('noscript').evaluate((node) => node.textContent)).toContain(
      'Search needs JavaScript',
    );
    expect(await page.locator('a[href="/glossary/#rats"]').isVisible()).toBe(true);
    expect(await page.locator('a[href="/rats/"]').count()).toBeGreaterThan(0);
    await page.close();
  });
});

const HOSTILE = [
  'a'.repeat(5000),
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  "'; window.__pwned=1; //",
  '<mark>RATS</mark>',
  'منظمة شنغهاي للتعاون',
  'שלום עולם',
  '上海合作组织',
  '🛡️🌏🤝',
  '!!!???...',
  '     ',
];

describe('hostile input', () => {
  test.each(['dialog', 'search page'])(
    'nothing is injected, nothing is thrown, the page stays responsive (%s)',
    async (where) => {
      const { page, log } = await open(where === 'dialog' ? '/rats/' : '/search/');
      const input = where === 'dialog' ? '#search-dialog-input' : '[data-search-page-input]';
      if (where === 'dialog') {
        await page.keyboard.press('/');
        await page.locator('#search-dialog[open]').waitFor();
      }
      const status = where === 'dialog' ? '#search-dialog [role="status"]' : '#search-status';
      for (const query of HOSTILE) {
        await page.fill(input, query);
        // Until the page has answered this query (its status names it, cut short if long, or the
        // box is empty), or has shown a problem (which fails the test below); then the page still
        // answers at once. Markup alone is named as typed: nothing matches it.
        const words = echoed(normaliseQuery(query) || query.trim());
        await page.waitForFunction(
          ([selector, words, dialog]) => {
            if (document.querySelector('.search-problem')) return true;
            const text = document.querySelector(selector)?.textContent ?? '';
            if (words !== '')
              // A corrected query's notice names it last, but for a link to the edition whose
              // script it is in ("上海合作组织": "… Search instead for 上海合作组织 · 在中文版中搜索").
              return text.includes(`for “${words}”`) || text.includes(`instead for ${words}`);
            return dialog ? text === '' : text.startsWith('Type ');
          },
          [status, words, where === 'dialog'] as const,
        );
        expect(await page.evaluate(() => 1 + 1)).toBe(2);
      }
      await page.fill(input, 'RATS');
      await page.locator('.search-result').first().waitFor();
      const injected = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: number }).__pwned,
        images: document.querySelectorAll('img[src="x"]').length,
        scripts: [...document.scripts].filter((script) => script.textContent?.includes('__pwned'))
          .length,
      }));
      expect(injected).toEqual({ pwned: undefined, images: 0, scripts: 0 });
      expect(log.problems).toEqual([]);
      expect(await page.locator('.search-problem').count()).toBe(0);
      await page.close();
    },
  );
});
