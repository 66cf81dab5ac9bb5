import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSiteBrowser, type SiteBrowser } from '../support/browser';
import { readSitemapPaths } from '../../tools/lib/dist';

const PATHS = readSitemapPaths();

let site: SiteBrowser;
let noJs: SiteBrowser;

beforeAll(async () => {
  site = await openSiteBrowser();
  noJs = await openSiteBrowser({ javaScriptEnabled: false });
});

afterAll(async () => {
  await Promise.all([site.close(), noJs.close()]);
});

/** Where the focused element sits: "skip", "header", "nav:<name>", "main", "aside", "footer" or "body". */
function region(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'body';
    if (active.matches('a[href="#main"]')) return 'skip';
    for (const [selector, name] of [
      ['header', 'header'],
      ['nav[aria-label="Breadcrumb"]', 'breadcrumb'],
      ['aside', 'aside'],
      ['main', 'main'],
      ['footer', 'footer'],
    ] as const) {
      if (active.closest(selector)) return name;
    }
    return 'other';
  });
}

describe('keyboard', () => {
  test('the first Tab reaches a visible skip link, which moves focus to the content', async () => {
    const page = await site.newPage();
    await page.goto(`${site.server.url}/rats/`);
    await page.keyboard.press('Tab');
    expect(await region(page)).toBe('skip');
    expect(
      await page.evaluate(
        () => (document.activeElement as HTMLElement).getBoundingClientRect().width > 1,
      ),
    ).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  test.each([
    [1280, ['skip', 'header', 'breadcrumb', 'aside', 'main', 'footer']],
    [390, ['skip', 'header', 'breadcrumb', 'main', 'footer']],
  ] as const)(
    'at %i px, Tab goes through header, table of contents, content and footer in order, focus always visible',
    async (width, order) => {
      const page = await site.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${site.server.url}/rats/`);
      const seen: string[] = [];
      for (let i = 0; i < 400; i += 1) {
        await page.keyboard.press('Tab');
        const where = await region(page);
        if (where === 'body') break;
        if (seen.at(-1) !== where) seen.push(where);
        const visible = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement;
          const style = getComputedStyle(element);
          const box = element.getBoundingClientRect();
          return (
            style.outlineStyle !== 'none' &&
            parseFloat(style.outlineWidth) >= 2 &&
            box.width > 0 &&
            box.height > 0
          );
        });
        expect(
          visible,
          `focus visible on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))}`,
        ).toBe(true);
      }
      // From 1024 px the table of contents is the sidebar (the aside), before the article in the
      // markup though drawn beside it; below, it is a disclosure at the top of the article.
      expect(seen.filter((where) => where !== 'other')).toEqual(order);
      await page.close();
    },
  );

  test('the mobile menu keeps focus inside while open, and Esc closes it and returns focus', async () => {
    const page = await site.newPage();
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(`${site.server.url}/about/`);
    const summary = page.locator('details[data-mobile-menu] > summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await page.locator('details[data-mobile-menu][open]').waitFor();
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (document.querySelector('details[data-mobile-menu]') as HTMLElement).dataset[
              'enhanced'
            ],
        ),
      )
      .toBe('true');
    // Tab reaches every control the open menu shows, its theme choice too (a reader found it skipped).
    const controls = await page.evaluate(
      () =>
        [
          ...document.querySelectorAll<HTMLElement>(
            'details[data-mobile-menu] :is(summary, a[href], button, select, input)',
          ),
        ].filter((element) => element.checkVisibility()).length,
    );
    const reached = new Set<string>();
    for (let i = 0; i < controls; i += 1) {
      await page.keyboard.press('Tab');
      reached.add(
        await page.evaluate(() => {
          const active = document.activeElement;
          return active ? `${active.tagName}:${active.textContent?.trim() ?? ''}` : '';
        }),
      );
    }
    expect(reached.size).toBe(controls);
    for (let i = 0; i < 30; i += 1) {
      await page.keyboard.press(i % 5 === 4 ? 'Shift+Tab' : 'Tab');
      expect(
        await page.evaluate(
          () => document.activeElement?.closest('details[data-mobile-menu]') !== null,
        ),
        `after ${i + 1} presses`,
      ).toBe(true);
    }
    await page.keyboard.press('Escape');
    expect(await page.locator('details[data-mobile-menu]').getAttribute('open')).toBeNull();
    expect(
      await page.evaluate(() =>
        document.activeElement?.matches('details[data-mobile-menu] > summary'),
      ),
    ).toBe(true);
    await page.close();
  });
});

describe('without JavaScript', () => {
  test.each(PATHS)('%s: content, menu, footnotes and section links work', async (path) => {
    const page = await noJs.newPage();
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(noJs.server.url + path);
    expect(await page.locator('h1').isVisible()).toBe(true);
    // The menu is a <details>: it opens and its links are there.
    await page.locator('details[data-mobile-menu] > summary').click();
    expect(await page.locator('details[data-mobile-menu] nav a').first().isVisible()).toBe(true);
    await page.locator('details[data-mobile-menu] > summary').click();
    // A section link goes to its section.
    const anchor = page.locator('a.section-anchor').first();
    if ((await anchor.count()) > 0) {
      const target = (await anchor.getAttribute('href')) ?? '';
      await anchor.click();
      expect(new URL(page.url()).hash).toBe(target);
    }
    // A footnote marker goes to its note, and the note back to the text.
    const marker = page.locator('sup.cite-ref a').first();
    if ((await marker.count()) > 0) {
      const note = (await marker.getAttribute('href')) ?? '';
      await marker.click();
      expect(new URL(page.url()).hash).toBe(note);
      expect(await page.locator(`${note} a[href^="#ref-"]`).count()).toBe(1);
    }
    await page.close();
  });
});
