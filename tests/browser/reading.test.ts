import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { openSiteBrowser, type SiteBrowser } from '../support/browser';
import { readSitemapPaths } from '../../tools/lib/dist';
import { localeOfPath } from '#lib/i18n/locales.ts';
import { UI } from '#lib/i18n/ui.ts';

// Expectations come from content/: a new topic changes no test.
const TOPIC_PATHS = readdirSync('content/topics')
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => `/${file.replace(/\.mdx$/, '')}/`);
const PATHS = readSitemapPaths();
const MAIN_LINKS = ['Topics', 'Glossary', 'Timeline', 'Sources', 'About'];
const MEMBER_NAMES = (parse(readFileSync('content/members.yaml', 'utf8')) as { name: string }[])
  .map((m) => m.name)
  .sort();

let site: SiteBrowser;
let noJs: SiteBrowser;
let touch: SiteBrowser;

beforeAll(async () => {
  site = await openSiteBrowser({ permissions: ['clipboard-read', 'clipboard-write'] });
  noJs = await openSiteBrowser({ javaScriptEnabled: false });
  touch = await openSiteBrowser({
    hasTouch: true,
    isMobile: true,
    viewport: { width: 390, height: 800 },
  });
});

afterAll(async () => {
  await Promise.all([site.close(), noJs.close(), touch.close()]);
});

/** The links a reader can see and click in the header now, by name. */
function visibleHeaderLinks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('header a[href]')]
      .filter((a) => a.getClientRects().length > 0 && getComputedStyle(a).visibility !== 'hidden')
      .map((a) => a.textContent?.trim() ?? ''),
  );
}

describe('navigation at every width', () => {
  test.each([320, 390, 768, 1023, 1024, 1280])(
    'at %i px, with and without JavaScript: every main link within two clicks, every topic within two',
    async (width) => {
      for (const browser of [site, noJs]) {
        const page = await browser.newPage();
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`${browser.server.url}/glossary/`);
        // The page is no wider than the screen: nothing in the header pushes it sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          width,
        );
        const direct = await visibleHeaderLinks(page);
        // "Topics" is always one click away; the others are in the bar or behind Menu (one click more).
        expect(direct).toContain('Topics');
        if (width >= 1024) {
          expect(direct).toEqual(expect.arrayContaining(MAIN_LINKS));
          const header = await page.locator('header').boundingBox();
          expect(header?.height).toBeLessThanOrEqual(58);
        } else {
          await page.locator('header summary', { hasText: 'Menu' }).click();
          expect(await visibleHeaderLinks(page)).toEqual(expect.arrayContaining(MAIN_LINKS));
        }
        // Topics, then any topic: the list holds them all.
        await page.goto(`${browser.server.url}/topics/`);
        const listed = await page
          .locator('main .topic-card a')
          .evaluateAll((links) =>
            links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
          );
        expect(listed.sort()).toEqual([...TOPIC_PATHS].sort());
        await page.close();
      }
    },
  );

  // WCAG 2.5.8 (target size, minimum): a first reader's thumb had to find Русский and 中文, the only
  // way to another edition on a phone, in 55×15 and 26×15 px.
  test.each(['/', '/ru/', '/zh/'])(
    'on %s at 390 px, every link and control of the menu is at least 24 px each way',
    async (path) => {
      const page = await site.newPage();
      await page.setViewportSize({ width: 390, height: 800 });
      await page.goto(site.server.url + path);
      await page.locator('header summary').last().click();
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('.menu-panel :is(a, select, button)')]
          .map((element) => ({
            text: element.textContent?.trim(),
            box: element.getBoundingClientRect(),
          }))
          .filter(({ box }) => box.width > 0 && (box.width < 24 || box.height < 24))
          .map(({ text, box }) => `${text}: ${Math.round(box.width)}×${Math.round(box.height)}`),
      );
      expect(small).toEqual([]);
      expect(await page.locator('.menu-panel a').count()).toBeGreaterThan(5);
      await page.close();
    },
  );

  test.each([
    ['/glossary/', 'Glossary', 'page'],
    ['/topics/', 'Topics', 'page'],
    [TOPIC_PATHS[0] ?? '/', 'Topics', 'true'],
    ['/sources/alimov-2017/', 'Sources', 'true'],
  ])('on %s the header marks %s as current (%s)', async (path, label, value) => {
    const page = await site.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(site.server.url + path);
    const marked = await page.evaluate(() =>
      [...document.querySelectorAll('header nav[aria-label="Main"] a[aria-current]')].map((a) => [
        a.textContent?.trim(),
        a.getAttribute('aria-current'),
      ]),
    );
    expect(marked).toEqual([[label, value]]);
    await page.close();
  });

  test('the header has the same links on every page, whatever the topics', async () => {
    const page = await site.newPage();
    const seen = new Set<string>();
    // The English pages: each edition's frame, in its words, is checked in tests/build/edition-pages.test.ts.
    for (const path of PATHS.filter((p) => localeOfPath(p) === 'en').slice(0, 8)) {
      await page.goto(site.server.url + path);
      seen.add(
        JSON.stringify(await page.locator('header nav[aria-label="Main"] a').allTextContents()),
      );
    }
    expect([...seen]).toEqual([JSON.stringify(MAIN_LINKS)]);
    await page.close();
  });
});

// That no page is wider than a phone's screen (320 and 390 px) is checked on every page in
// tests/browser/quality.test.ts, which loads each page anyway.

test.each([
  [1280, 800],
  [390, 844],
])(
  'at %i × %i px the home page shows its definition and key facts in the first screen',
  async (width, height) => {
    const page = await site.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(`${site.server.url}/`);
    const [definition, facts] = await page.evaluate(() =>
      [
        document.querySelector('.home-intro > p'),
        document.querySelector('.section-heading:has(> #key-facts) + ul'),
      ].map((el) => el?.getBoundingClientRect().toJSON() as DOMRect | undefined),
    );
    expect(definition?.bottom).toBeLessThanOrEqual(height);
    if (width >= 1024) {
      // The whole box, beside the text in the room at its right rather than above the framework in brief.
      expect(facts?.bottom).toBeLessThanOrEqual(height);
      expect(facts?.left).toBeGreaterThanOrEqual(definition?.right ?? Number.POSITIVE_INFINITY);
    } else {
      // On a phone the box follows the definition and begins on the first screen.
      expect(facts?.top).toBeGreaterThanOrEqual(definition?.bottom ?? Number.POSITIVE_INFINITY);
      expect(facts?.top).toBeLessThanOrEqual(height);
    }
    await page.close();
  },
);

describe('citation markers', () => {
  test.each(TOPIC_PATHS.flatMap((path) => [320, 768].map((width) => [path, width] as const)))(
    '%s at %i px: no marker starts a line',
    async (path, width) => {
      const page = await site.newPage();
      await page.setViewportSize({ width, height: 800 });
      await page.goto(site.server.url + path);
      const stranded = await page.evaluate(() => {
        const out: string[] = [];
        for (const sup of document.querySelectorAll<HTMLElement>(
          'main sup.cite-ref:not(.cite-joined)',
        )) {
          // The last character before the marker, and the marker's first box: on one line.
          let node: Node | null = sup.previousSibling;
          while (node && (node.textContent ?? '') === '') node = node.previousSibling;
          if (!node) continue;
          const range = document.createRange();
          const text = node.nodeType === Node.TEXT_NODE ? node : node.lastChild;
          if (!text || text.nodeType !== Node.TEXT_NODE || !text.textContent) continue;
          range.setStart(text, text.textContent.length - 1);
          range.setEnd(text, text.textContent.length);
          const before = range.getBoundingClientRect();
          const marker = sup.getClientRects()[0];
          if (marker && Math.abs(marker.bottom - before.bottom) > before.height * 0.75)
            out.push(sup.id);
        }
        return out;
      });
      expect(stranded).toEqual([]);
      await page.close();
    },
  );

  test.each(
    ['/', ...TOPIC_PATHS].flatMap((path) => [390, 1280].map((width) => [path, width] as const)),
  )('%s at %i px: a line with a marker is as tall as a line without', async (path, width) => {
    const page = await site.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(site.server.url + path);
    const uneven = await page.evaluate(() => {
      const out: string[] = [];
      // Blocks of running text that hold a marker (no blocks inside them, whose gaps are not lines).
      const blocks = [...document.querySelectorAll<HTMLElement>('main :is(p, li, dd, td)')].filter(
        (block) =>
          block.querySelector('sup.cite-ref') && !block.querySelector('p, ul, ol, dl, div, table'),
      );
      for (const block of blocks) {
        const lineHeight = Number.parseFloat(getComputedStyle(block).lineHeight);
        // The bottom of each line's text, from the text outside the markers: consecutive lines are
        // one line-height apart unless a marker made its line taller.
        const bottoms: number[] = [];
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement?.closest('sup') || !node.textContent?.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of range.getClientRects()) if (rect.width > 0) bottoms.push(rect.bottom);
        }
        const lines = bottoms
          .sort((a, b) => a - b)
          .filter((bottom, i, all) => i === 0 || bottom - (all[i - 1] ?? 0) > lineHeight / 2);
        const pitches = lines.slice(1).map((bottom, i) => bottom - (lines[i] ?? 0));
        const off = pitches.filter((pitch) => Math.abs(pitch - lineHeight) > 0.6);
        if (off.length > 0)
          out.push(
            `${block.textContent?.slice(0, 40)}…: lines ${pitches.map((p) => p.toFixed(1)).join(', ')} px apart, not ${lineHeight} px`,
          );
      }
      return { checked: blocks.length, out };
    });
    expect(uneven.checked).toBeGreaterThan(0);
    expect(uneven.out).toEqual([]);
    await page.close();
  });

  test('neighbouring markers read as one: "[3, 4]"', async () => {
    const page = await site.newPage();
    await page.goto(
      `${site.server.url}${TOPIC_PATHS.find((p) => p === '/rats/') ?? TOPIC_PATHS[0]}`,
    );
    const joined = page.locator('sup.cite-joined').first();
    const shown = await joined.evaluate((sup) => {
      const previous = sup.previousElementSibling as HTMLElement;
      const style = (el: Element, pseudo: string) => getComputedStyle(el, pseudo).content;
      return [
        style(previous, '::before'),
        previous.textContent,
        style(previous, '::after'),
        style(sup, '::before'),
        sup.textContent,
        style(sup, '::after'),
      ];
    });
    expect(shown.join('').replace(/"/g, '').replace(/\\a0/gi, ' ')).toMatch(
      /^\u2060\[\d+,\s\u2060\d+\]$/,
    );
    await page.close();
  });

  test('footnotes are no wider than the prose', async () => {
    const page = await site.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(site.server.url + (TOPIC_PATHS[0] ?? '/'));
    const [prose, notes] = await page.evaluate(() => [
      document.querySelector('.prose')!.getBoundingClientRect().width,
      document.querySelector('.notes')!.getBoundingClientRect().width,
    ]);
    expect(notes).toBeLessThanOrEqual(prose! + 1);
    await page.close();
  });
});

describe('section tools', () => {
  test.each([390, 1280])(
    'at %i px a wrapped heading leaves no gap: the wrapper is as tall as the heading',
    async (width) => {
      const page = await site.newPage();
      await page.setViewportSize({ width, height: 800 });
      for (const path of [...TOPIC_PATHS, '/timeline/', '/sources/']) {
        await page.goto(site.server.url + path);
        const gaps = await page.evaluate(() =>
          [...document.querySelectorAll('.section-heading')].flatMap((wrapper) => {
            const heading = wrapper.querySelector('h2, h3')!;
            const gap =
              wrapper.getBoundingClientRect().height - heading.getBoundingClientRect().height;
            return gap > 2 ? [`${heading.id}: ${Math.round(gap)} px`] : [];
          }),
        );
        expect(gaps, path).toEqual([]);
      }
      await page.close();
    },
  );

  test('on a phone, one control per content section and none on navigation headings', async () => {
    const page = await touch.newPage();
    await page.goto(`${touch.server.url}/glossary/`);
    const letters = await page.evaluate(() =>
      [...document.querySelectorAll('h2[id^="letter-"]')].map(
        (h) => h.parentElement!.querySelectorAll('.section-tools').length,
      ),
    );
    expect(letters.length).toBeGreaterThan(0);
    expect(new Set(letters)).toEqual(new Set([0]));
    const controls = await page.evaluate(() =>
      [...document.querySelectorAll('.section-tools')].map(
        (tools) => [...tools.children].filter((c) => c.getClientRects().length > 0).length,
      ),
    );
    expect(new Set(controls)).toEqual(new Set([1]));
    await page.goto(touch.server.url + (TOPIC_PATHS[0] ?? '/'));
    expect(
      await page
        .locator('#sources-cited')
        .evaluate((h) => h.parentElement!.querySelectorAll('.section-tools').length),
    ).toBe(0);
    await page.close();
  });

  test('the Cite panel never covers the text, closes with Esc, outside click and Close, and gives focus back', async () => {
    const page = await site.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(site.server.url + (TOPIC_PATHS[0] ?? '/'));
    const wrapper = page.locator('main .prose .section-heading').first();
    const summary = wrapper.locator('summary');
    const panelClear = () =>
      wrapper.evaluate((w) => {
        const panel = w.querySelector('.cite-panel')!.getBoundingClientRect();
        const next = w.nextElementSibling!.getBoundingClientRect();
        return panel.bottom <= next.top + 1;
      });
    await summary.click();
    await expect.poll(() => wrapper.locator('button', { hasText: 'Close' }).count()).toBe(1);
    expect(await panelClear()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await wrapper.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(
      false,
    );
    expect(await summary.evaluate((s) => s === document.activeElement)).toBe(true);
    await summary.click();
    await page.mouse.click(5, 400);
    expect(await wrapper.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(
      false,
    );
    await summary.click();
    await wrapper.locator('button', { hasText: 'Close' }).click();
    expect(await wrapper.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(
      false,
    );
    expect(await summary.evaluate((s) => s === document.activeElement)).toBe(true);
    await page.close();
  });

  test('names its citation style and shows "Copied"', async () => {
    const page = await site.newPage();
    await page.goto(site.server.url + (TOPIC_PATHS[0] ?? '/'));
    const wrapper = page.locator('main .prose .section-heading').first();
    await wrapper.locator('summary').click();
    expect(await wrapper.locator('.cite-form-label').allTextContents()).toEqual(
      expect.arrayContaining(['Chicago (author-date)', 'BibTeX']),
    );
    // Located by its data, not its name, which reads "Copied" for a while.
    const copy = wrapper.locator('button[data-copy="Citation"]');
    await copy.click();
    await expect.poll(() => copy.textContent()).toBe('Copied');
    await expect.poll(() => page.locator('#announcer').textContent()).toBe('Citation copied');
    await page.close();
  });
});

describe('table of contents', () => {
  test.each([1280, 390])('at %i px the contents mark the section being read', async (width) => {
    const page = await site.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(site.server.url + (TOPIC_PATHS[0] ?? '/'));
    const ids = await page
      .locator('nav[data-toc] a')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
    const target = ids[2] ?? ids[0]!;
    await page.evaluate((id) => document.getElementById(id)!.scrollIntoView(), target);
    await expect
      .poll(() =>
        page.evaluate(() => [
          ...new Set(
            [...document.querySelectorAll('nav[data-toc] a[aria-current="location"]')].map((a) =>
              (a as HTMLAnchorElement).hash.slice(1),
            ),
          ),
        ]),
      )
      .toEqual([target]);
    if (width < 1024) {
      // The "On this page" bar is still on screen, under the header, and names the section.
      const bar = await page.locator('[data-toc-bar]').boundingBox();
      expect(bar?.y).toBeGreaterThanOrEqual(50);
      expect(bar?.y).toBeLessThan(120);
      expect(await page.locator('[data-toc-current]').textContent()).not.toBe('');
    }
    await page.close();
  });
});

describe('theme', () => {
  test('System, Light and Dark: shows its state, persists, and System follows the device', async () => {
    const page = await site.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${site.server.url}/glossary/`);
    const select = page.locator('header theme-toggle select').first();
    expect(await select.inputValue()).toBe('system');
    await select.selectOption('dark');
    expect(
      await page.evaluate(() => [
        document.documentElement.dataset['theme'],
        localStorage.getItem('theme'),
      ]),
    ).toEqual(['dark', 'dark']);
    await page.reload();
    expect(await page.locator('header theme-toggle select').first().inputValue()).toBe('dark');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await page.locator('header theme-toggle select').first().selectOption('system');
    expect(
      await page.evaluate(() => [
        document.documentElement.dataset['theme'],
        localStorage.getItem('theme'),
      ]),
    ).toEqual(['light', null]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset['theme']))
      .toBe('dark');
    await page.close();
  });

  test('the member map has a dark version', async () => {
    const page = await site.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${site.server.url}/`);
    expect(
      await page
        .locator('.member-map img')
        .first()
        .evaluate((img) => getComputedStyle(img).filter),
    ).toContain('invert');
    await page.close();
  });
});

describe('phone and print', () => {
  test.each(['/', '/2017-enlargement/'])(
    'at 390 px the map on %s names every member state, each at least 11 px and clear of the others',
    async (path) => {
      const page = await touch.newPage();
      await page.goto(`${touch.server.url}${path}`);
      const img = page.locator('.member-map .map-scroll img');
      const [shown, src] = await img.evaluate((el: HTMLImageElement) => [
        el.getBoundingClientRect().width,
        el.getAttribute('src') ?? '',
      ]);
      // The map file on its own, measured in its own units, then scaled to the width it is shown at.
      await page.goto(`${touch.server.url}${src}`);
      const names = await page.evaluate(() => {
        const svg = document.querySelector('svg')!;
        return [...svg.querySelectorAll('text')].map((text) => {
          const box = text.getBBox();
          const size = Number.parseFloat(getComputedStyle(text).fontSize);
          return {
            name: text.textContent ?? '',
            place: text.closest('g.p') !== null,
            size,
            box: [box.x, box.y, box.width, box.height],
          };
        });
      }, null);
      const drawn = await page.evaluate(() => document.querySelector('svg')!.viewBox.baseVal.width);
      const scale = shown / drawn;
      const memberNames = names.filter((n) => !n.place).map((n) => n.name);
      expect(memberNames.sort()).toEqual(MEMBER_NAMES);
      expect(
        names
          .filter((n) => n.size * scale < 11)
          .map((n) => `${n.name}: ${(n.size * scale).toFixed(1)} px`),
      ).toEqual([]);
      const clash = names.flatMap((a, i) =>
        names.slice(i + 1).flatMap((b) => {
          const [ax = 0, ay = 0, aw = 0, ah = 0] = a.box;
          const [bx = 0, by = 0, bw = 0, bh = 0] = b.box;
          return ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah
            ? [`${a.name} × ${b.name}`]
            : [];
        }),
      );
      expect(clash).toEqual([]);
      await page.close();
    },
  );

  test.each(['/', '/ru/', '/zh/'])(
    'at 390 px the map on %s is wider than its scroller, and its caption says to scroll it',
    async (path) => {
      // A first reader found the map cut off on a phone with nothing to say it scrolls.
      const page = await touch.newPage();
      await page.goto(`${touch.server.url}${path}`);
      const scroller = page.locator('.member-map .map-scroll');
      const [inner, outer] = await scroller.evaluate((el) => [el.scrollWidth, el.clientWidth]);
      expect(inner).toBeGreaterThan(outer);
      const caption = (await page.locator('.member-map figcaption').textContent()) ?? '';
      expect(caption.replace(/\s+/g, ' ')).toContain(
        UI[localeOfPath(path)].memberMap.narrow.trim(),
      );
      await page.close();
    },
  );

  test('in print, links to other sites print their address, links within the site do not, and the page ends with its address and citation', async () => {
    const page = await site.newPage();
    await page.emulateMedia({ media: 'print' });
    const after = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((a) => getComputedStyle(a, '::after').content);
    await page.goto(site.server.url + (TOPIC_PATHS[0] ?? '/'));
    expect(await after('main .prose a[href^="/"]')).toBe('none');
    await page.goto(`${site.server.url}/sources/sco-about/`);
    expect(await after('main a[href^="http"]')).not.toBe('none');
    const colophon = page.locator('.print-colophon');
    expect(await colophon.isVisible()).toBe(true);
    expect(await colophon.textContent()).toContain('/sources/sco-about/');
    await page.close();
  });
});
