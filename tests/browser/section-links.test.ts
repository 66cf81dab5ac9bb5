import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSiteBrowser, watchPage, type SiteBrowser } from '../support/browser';
import { followRedirect } from '../../tools/lib/relevance';
import { formatCitationDate } from '#lib/i18n/cite-dates.ts';
import { localePath, TRANSLATED_LOCALES } from '#lib/i18n/locales.ts';
import { UI } from '#lib/i18n/ui.ts';

let site: SiteBrowser;
let touch: SiteBrowser;
let noJs: SiteBrowser;

beforeAll(async () => {
  site = await openSiteBrowser({ permissions: ['clipboard-read', 'clipboard-write'] });
  touch = await openSiteBrowser({
    permissions: ['clipboard-read', 'clipboard-write'],
    hasTouch: true,
    isMobile: true,
    viewport: { width: 390, height: 800 },
  });
  noJs = await openSiteBrowser({ javaScriptEnabled: false });
});

afterAll(async () => {
  await Promise.all([site.close(), touch.close(), noJs.close()]);
});

// The tools' own opacity (the wrapper is only their positioned box).
const opacityOfTools = (id: string) =>
  `getComputedStyle(document.getElementById('${id}').parentElement.querySelector('.section-tools > *')).opacity`;

describe('"Link to this section"', () => {
  test('is hidden until hover or keyboard focus, then shown', async () => {
    const page = await site.newPage();
    await page.goto(`${site.server.url}/rats/`);
    expect(await page.evaluate(opacityOfTools('functions'))).toBe('0');
    await page.hover('#functions');
    await expect.poll(() => page.evaluate(opacityOfTools('functions'))).toBe('1');
    await page.mouse.move(0, 0);
    await page.locator('a.section-anchor[href="#drugs"]').focus();
    await expect.poll(() => page.evaluate(opacityOfTools('drugs'))).toBe('1');
    await page.close();
  });

  test('is always shown on touch screens', async () => {
    const page = await touch.newPage();
    await page.goto(`${touch.server.url}/glossary/`);
    expect(await page.evaluate(opacityOfTools('rats'))).toBe('1');
    await page.close();
  });

  /** Opens /timeline/ (with `search`), copies an event's link by keyboard and checks what was copied. */
  async function copyEventLink(search: string) {
    const page = await site.newPage();
    const log = watchPage(page, site.server.url);
    await page.goto(`${site.server.url}/timeline/${search}`);
    const link = page.getByRole('link', { name: /^Link to section: RATS begins work in Tashkent/ });
    await link.focus();
    await page.keyboard.press('Enter');
    // The section's own address, whatever the page's (a page reached from search has ?highlight=).
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${site.server.url}/timeline/#rats-starts-work-2004`);
    return { page, link, log };
  }

  test('copies the absolute URL#id, announces "Link copied", and still goes to #id', async () => {
    const { page, log } = await copyEventLink('');
    await expect.poll(() => page.locator('#announcer').textContent()).toBe('Link copied');
    expect(new URL(page.url()).hash).toBe('#rats-starts-work-2004');
    expect(log.problems).toEqual([]);
    await page.close();
  });

  test('copies the section’s own address from a page reached from search, and shows that it did', async () => {
    // A first reader copied "/rats/?highlight=tashkent#functions": the search's marks went with it.
    const { page, link } = await copyEventLink('?highlight=tashkent');
    // Seen as well as announced: the "#" says so beside itself.
    await expect
      .poll(() => link.evaluate((anchor) => getComputedStyle(anchor, '::after').content))
      .toBe('"Link copied"');
    await page.close();
  });

  test('on a touch screen, "Link to this section" in the Cite panel copies the address and shows it did', async () => {
    // A second reader tapped it on a phone: the right address was copied, and nothing was seen.
    const page = await touch.newPage();
    await page.goto(`${touch.server.url}/rats/?highlight=tashkent`);
    const heading = page.locator('.section-heading', { has: page.locator('#what-rats-is') });
    await heading.locator('summary').click();
    const link = heading.getByRole('link', { name: 'Link to this section' });
    await link.click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${touch.server.url}/rats/#what-rats-is`);
    await expect
      .poll(() => link.evaluate((anchor) => getComputedStyle(anchor, '::after').content))
      .toBe('"Link copied"');
    await page.close();
  });

  test('works without JavaScript: a plain link to #id', async () => {
    const page = await noJs.newPage();
    await page.goto(`${noJs.server.url}/sources/alimov-2017/`);
    await page.getByRole('link', { name: 'Link to section: Paragraph 5' }).click();
    expect(new URL(page.url()).hash).toBe('#p5');
    await page.close();
  });
});

describe('landing on a section', () => {
  test.each([
    ['/rats/#functions', 'functions'],
    ['/glossary/#unodc', 'unodc'],
    ['/timeline/#iran-joins-2023', 'iran-joins-2023'],
    ['/sources/azam-cgtn/#p4', 'p4'],
  ])('%s is marked and not hidden under the sticky header', async (path, id) => {
    const page = await site.newPage();
    await page.setViewportSize({ width: 390, height: 700 });
    await page.goto(site.server.url + path);
    const { top, header, outline } = await page.evaluate((anchor) => {
      const target = document.getElementById(anchor)!;
      return {
        top: target.getBoundingClientRect().top,
        header: document.querySelector('header')!.getBoundingClientRect().bottom,
        outline: getComputedStyle(target).outlineStyle,
      };
    }, id);
    expect(top).toBeGreaterThanOrEqual(header);
    expect(outline).toBe('solid');
    await page.close();
  });

  test('a text fragment link scrolls to the words', async () => {
    const page = await site.newPage();
    await page.setViewportSize({ width: 1280, height: 700 });
    await page.goto(
      `${site.server.url}${followRedirect('/un-charter-principles/')}#:~:text=Alimov%20ends%20his%20list`,
    );
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    await page.close();
  });
});

describe('citations', () => {
  test('fill in the date accessed and copy each form', async () => {
    const page = await site.newPage();
    await page.goto(`${site.server.url}/about/`);
    const box = page.locator('details.cite-box:not(.cite-box-compact)');
    await box.locator('summary').click();
    // Opening the box loads the script that fills in the date.
    await expect.poll(() => box.locator('p.cite-text').textContent()).not.toContain('____');
    const plain = (await box.locator('p.cite-text').textContent()) ?? '';
    expect(plain).toMatch(/Accessed [A-Z][a-z]+ \d{1,2}, \d{4}\. https?:\S+\.$/);
    expect(await box.locator('pre.cite-text').textContent()).toMatch(
      /urldate = \{\d{4}-\d{2}-\d{2}\},/,
    );
    await box.getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(/^@online\{sco-security-framework:about,/);
    await expect.poll(() => page.locator('#announcer').textContent()).toBe('BibTeX copied');
    await page.close();
  });

  test('a section’s BibTeX is its page’s entry named for the section, shown and copied', async () => {
    const page = await site.newPage();
    await page.goto(`${site.server.url}/rats/`);
    const id = await page.locator('main h2[id]').first().getAttribute('id');
    const box = page.locator(`#${id} ~ .section-tools details.cite-box-compact`);
    await box.locator('summary').click();
    const entry = box.locator('pre.cite-text');
    await expect.poll(() => entry.isVisible()).toBe(true);
    const text = (await entry.textContent()) ?? '';
    expect(text).toMatch(new RegExp(`^@online\\{sco-security-framework:rats:${id},`));
    expect(text).toContain(`/rats/#${id}},`);
    expect(text).toMatch(/urldate = \{\d{4}-\d{2}-\d{2}\},/);
    await box.getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(text.trim());
    await page.close();
  });

  test('without JavaScript a section’s box gives the Chicago form, with no empty BibTeX', async () => {
    const page = await noJs.newPage();
    await page.goto(`${noJs.server.url}/rats/`);
    const box = page.locator('details.cite-box-compact').first();
    await box.locator('summary').click();
    expect(await box.locator('p.cite-text').isVisible()).toBe(true);
    expect(
      await box
        .locator('pre, .cite-form-label:text-is("BibTeX"), button')
        .filter({ visible: true })
        .count(),
    ).toBe(0);
    await page.close();
  });

  test.each(TRANSLATED_LOCALES)(
    '%s: the script fills the date accessed in the edition’s style, as the server writes its dates',
    async (locale) => {
      const page = await site.newPage();
      await page.goto(`${site.server.url}${localePath(locale, '/sources/sco-about/')}`);
      const box = page.locator('details.cite-box:not(.cite-box-compact)');
      await box.locator('summary').click();
      await expect.poll(() => box.locator('p.cite-text').textContent()).not.toContain('____');
      // The reader's day, as the page's script reads it (the test's clock is the browser's).
      const today = await page.evaluate(() => {
        const now = new Date();
        return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
      });
      const date = formatCitationDate(locale, today);
      const plain = (await box.locator('p.cite-text').textContent()) ?? '';
      expect(plain).toContain(locale === 'ru' ? `(дата обращения: ${date}).` : `[${date}].`);
      expect(plain).not.toMatch(/[A-Z][a-z]+ \d{1,2}, \d{4}/);
      // The original's citation on the same page gets the same date.
      expect(await page.locator('.source-citation p.cite-text').textContent()).toContain(date);
      await box.getByRole('button', { name: UI[locale].cite.copyCitation }).click();
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toBe(plain.trim());
      await page.close();
    },
  );

  test('without JavaScript the date accessed is a blank and there are no dead buttons', async () => {
    const page = await noJs.newPage();
    await page.goto(`${noJs.server.url}/rats/`);
    const box = page.locator('details.cite-box:not(.cite-box-compact)');
    await box.locator('summary').click();
    expect(await box.locator('p.cite-text').textContent()).toContain('Accessed ____.');
    expect(await box.locator('button:visible').count()).toBe(0);
    await page.close();
  });
});
