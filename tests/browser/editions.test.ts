import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { LOCALES, localePath, TRANSLATED_LOCALES, type Locale } from '#lib/i18n/locales.ts';
import { openSiteBrowser, watchPage, type SiteBrowser } from '../support/browser';
import { DIST, readPages } from '../../tools/lib/dist';
import { loadSiteSearch } from '../../tools/lib/pagefind';
import { SEARCH_KINDS } from '#lib/search/config.ts';

// The editions in Chromium: the language switcher keeps the reader's #section, and a page of each
// edition prints as the English does. The pages and sections come from the build and content/.
const built = new Map(readPages().map((page) => [page.path, page]));
/** The first topic every edition has, and its sections' ids as the English page has them. */
const TOPIC =
  readdirSync('content/topics')
    .map((file) => `/${file.replace(/\.mdx$/, '')}/`)
    .find((path) => TRANSLATED_LOCALES.every((locale) => built.has(localePath(locale, path)))) ??
  '(no topic in every edition)';
const SECTIONS = [
  ...(built.get(TOPIC)?.document.querySelectorAll('.section-heading > h2') ?? []),
].map((heading) => heading.id);
/** A section further down the page than the first screen, so that landing on it shows. */
const SECTION = SECTIONS.at(-1) ?? '(no section)';
const EDITIONS: Locale[] = ['en', ...TRANSLATED_LOCALES];
/** A kind filter, which the reader has chosen on /search/. */
const KIND = SEARCH_KINDS[0];

let site: SiteBrowser;

beforeAll(async () => {
  site = await openSiteBrowser({ viewport: { width: 1280, height: 800 } });
});

afterAll(() => site.close());

test('there is a topic in every edition, with sections', () => {
  expect(built.has(TOPIC)).toBe(true);
  expect(SECTIONS.length).toBeGreaterThan(1);
});

describe('the language switcher keeps the #section', () => {
  // Round the editions, each once from and once to: /ru/rats/#functions → 中文 → /zh/rats/#functions.
  test.each(EDITIONS.map((from, i) => [from, EDITIONS[(i + 1) % EDITIONS.length] ?? from]))(
    'from %s to %s',
    async (from, to) => {
      const page = await site.newPage();
      const log = watchPage(page, site.server.url);
      const start = localePath(from, TOPIC);
      const target = localePath(to, TOPIC);
      await page.goto(`${site.server.url}${start}#${SECTION}`);
      await page
        .locator(`[data-lang-switch] a[hreflang="${LOCALES[to].lang}"]:visible`)
        .first()
        .click();
      await page.waitForURL(`${site.server.url}${target}#${SECTION}`);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(LOCALES[to].lang);
      // The section is where the page opened: at the top of the screen, below the sticky header.
      await expect
        .poll(() =>
          page.evaluate((id) => document.getElementById(id)?.getBoundingClientRect().top, SECTION),
        )
        .toBeLessThan(400);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      expect(log.problems).toEqual([]);
      await page.close();
    },
  );
});

describe('the language switcher on /search/ keeps the query', () => {
  // A reader had typed a query on /search/ and switched language: the other edition's search opened
  // empty. The query is the one typed after the page opened, so the address the switcher carries is
  // the page's as it is now, not as it was served; the kind filter goes along with it.
  test.each(EDITIONS.map((from, i) => [from, EDITIONS[(i + 1) % EDITIONS.length] ?? from]))(
    'from %s to %s',
    async (from, to) => {
      const page = await site.newPage();
      const log = watchPage(page, site.server.url);
      const typed = built.get(localePath(from, TOPIC))?.document.querySelector('h1')?.textContent;
      expect(typed?.trim()).toBeTruthy();
      await page.goto(
        `${site.server.url}${localePath(from, '/search/')}?q=x&kind=${encodeURIComponent(KIND)}`,
      );
      await page.locator('[data-search-page-input]').fill(typed?.trim() ?? '');
      // The query as the page writes it into its address (spaces normalised).
      const query = () => new URL(page.url()).searchParams.get('q');
      await expect.poll(query).not.toBe('x');
      const searched = query();
      await page
        .locator(`[data-lang-switch] a[hreflang="${LOCALES[to].lang}"]:visible`)
        .first()
        .click();
      await page.waitForURL((url) => url.pathname === localePath(to, '/search/'));
      expect(query()).toBe(searched);
      expect(new URL(page.url()).searchParams.get('kind')).toBe(KIND);
      await expect.poll(() => page.locator('[data-search-page-input]').inputValue()).toBe(searched);
      expect(log.problems).toEqual([]);
      await page.close();
    },
  );
});

describe('search in every edition links to its pages', () => {
  // The query is the topic's title in the edition: its results are pages and sections of the
  // edition (a Pagefind result's address once got the edition's prefix twice: /ru/ru/rats/).
  test.each(EDITIONS)('%s', async (locale) => {
    const path = localePath(locale, TOPIC);
    const query = built.get(path)?.document.querySelector('h1')?.textContent?.trim() ?? '';
    expect(query).not.toBe('');
    const page = await site.newPage();
    await page.goto(
      `${site.server.url}${localePath(locale, '/search/')}?q=${encodeURIComponent(query)}`,
    );
    // Every link of a result: its title and its sections.
    const links = page.locator('#search-results .search-result a');
    await links.first().waitFor();
    const hrefs = await links.evaluateAll((each) =>
      each.map((link) => link.getAttribute('href') ?? ''),
    );
    expect(hrefs.length).toBeGreaterThan(1);
    for (const href of hrefs) {
      const url = new URL(href, site.server.url);
      const target = built.get(url.pathname);
      expect(target, href).toBeDefined();
      expect(url.pathname.startsWith(localePath(locale, '/')), href).toBe(true);
      if (url.hash !== '')
        expect(
          target?.document.getElementById(decodeURIComponent(url.hash.slice(1))),
          href,
        ).not.toBeNull();
    }
    await page.close();
  });
});

describe('search in every edition ranks in the browser as the tables measure it', () => {
  // npm run search and the relevance tables run the query layer in Node (tools/lib/pagefind.ts);
  // Pagefind there once cut no Chinese query into words, as it does in the browser, so that the
  // tables measured another search than readers use. The queries: the topic's title and the
  // glossary's first term, in the edition's words.
  test.each(EDITIONS)('%s', async (locale) => {
    const search = await loadSiteSearch(DIST, locale);
    const glossary = built.get(localePath(locale, '/glossary/'))?.document;
    const queries = [
      built.get(localePath(locale, TOPIC))?.document.querySelector('h1')?.textContent,
      glossary?.querySelector('h3[id]')?.textContent,
    ].map((query) => query?.trim() ?? '');
    const page = await site.newPage();
    for (const query of queries) {
      expect(query).not.toBe('');
      await page.goto(
        `${site.server.url}${localePath(locale, '/search/')}?q=${encodeURIComponent(query)}`,
      );
      const titles = page.locator('#search-results .search-result-title');
      await titles.first().waitFor();
      const shown = await titles.evaluateAll((each) =>
        each.map((link) => (link.getAttribute('href') ?? '').replace(/\?[^#]*/, '')),
      );
      // Each title leads where the tables count it (Hit.section: a page, or its section).
      const { hits } = await search(query, { limit: shown.length });
      expect(shown, query).toEqual(hits.map((hit) => hit.section));
    }
    await page.close();
  });
});

/** An edition's glossary terms whose text passes `test`, the first `count`: their ids and text. */
function glossaryTerms(locale: Locale, test: RegExp, count: number) {
  const glossary = built.get(localePath(locale, '/glossary/'))?.document;
  return [...(glossary?.querySelectorAll('h3[id]') ?? [])]
    .map((heading) => ({ id: heading.id, text: heading.textContent?.trim() ?? '' }))
    .filter(({ text }) => test.test(text))
    .slice(0, count);
}

/** A mark on a landing page, with the characters just before and after it. */
interface Mark {
  text: string;
  before: string;
  after: string;
}

/** Searches a glossary term on the edition's /search/, follows its result and returns the page's marks. */
async function marksOnLanding(
  locale: Locale,
  { id, text }: { id: string; text: string },
): Promise<Mark[]> {
  const page = await site.newPage();
  await page.goto(
    `${site.server.url}${localePath(locale, '/search/')}?q=${encodeURIComponent(text)}`,
  );
  const link = page.locator(
    `#search-results .search-result-title[href^="${localePath(locale, '/glossary/')}?"][href$="#${id}"]`,
  );
  await link.first().waitFor();
  await link.first().click();
  const marks = page.locator('mark.search-highlight');
  await marks.first().waitFor();
  const found = await marks.evaluateAll((elements) =>
    elements.map((mark) => ({
      text: mark.textContent ?? '',
      before: mark.previousSibling?.textContent?.slice(-1) ?? '',
      after: mark.nextSibling?.textContent?.slice(0, 1) ?? '',
    })),
  );
  await page.close();
  return found;
}

describe('a Chinese result marks on its page what the reader typed', () => {
  // Pagefind cuts a Chinese query into its dictionary's words and puts each in the result's link
  // ("白俄罗斯", Belarus: 白 and 俄罗斯, Russia); marked apart, they marked Russia's row, or, each too
  // short, nothing. The queries: the Chinese glossary's first terms written in characters only.
  const terms = glossaryTerms('zh', /^\p{Script=Han}{3,}$/u, 3);

  test('there are such terms', () => expect(terms.length).toBe(3));

  test.each(terms)('$text', async (term) =>
    expect(new Set((await marksOnLanding('zh', term)).map(({ text }) => text))).toEqual(
      new Set([term.text]),
    ),
  );
});

describe('a Chinese member state’s name is marked on every result page that holds it', () => {
  // Pagefind cuts a word by its context: 白俄罗斯 (Belarus) in the timeline's title is cut so that
  // only its other name 白罗斯 (白 + 罗斯) finds the record, and the page opened with neither name
  // marked. The queries: the Chinese edition's member states (content/zh/members.yaml).
  const names = (
    parse(readFileSync('content/zh/members.yaml', 'utf8')) as { members: { name: string }[] }
  ).members.map(({ name }) => name);

  test('there are member states', () => expect(names.length).toBeGreaterThan(0));

  test.each(names)('%s', async (name) => {
    const page = await site.newPage();
    await page.goto(`${site.server.url}/zh/search/?q=${encodeURIComponent(name)}`);
    const links = page.locator('#search-results .search-result-title');
    await links.first().waitFor();
    const hrefs = (
      await links.evaluateAll((all) => all.map((a) => a.getAttribute('href') ?? ''))
    ).slice(0, 5);
    const unmarked: string[] = [];
    for (const href of hrefs) {
      const path = href.replace(/[?#].*$/, '');
      const text = built.get(path)?.document.querySelector('main')?.textContent ?? '';
      if (!text.includes(name)) continue;
      await page.goto(`${site.server.url}${href}`);
      const marks = page.locator('mark.search-highlight');
      await marks
        .first()
        .waitFor({ timeout: 5000 })
        .catch(() => undefined);
      if (!(await marks.allTextContents()).includes(name)) unmarked.push(href);
    }
    await page.close();
    expect(unmarked).toEqual([]);
  });
});

describe('a Chinese result’s excerpts mark the words its link marks on the page', () => {
  // Pagefind's excerpts marked Chinese words a character off ("[边界不可侵]犯" for 边界不可侵犯,
  // "成员[国禁毒]战略" for 禁毒) and lone characters of a word it cut into pieces ("阿斯[塔]纳" for
  // 塔什干). Each mark is now a run of the link's highlight terms, of two characters or more, as
  // on the page the link opens. The queries: the Chinese glossary's terms written in characters only.
  const terms = glossaryTerms('zh', /^\p{Script=Han}{3,}$/u, 6);

  test('there are such terms', () => expect(terms.length).toBe(6));

  test.each(terms)('$text', async ({ text }) => {
    const page = await site.newPage();
    await page.goto(`${site.server.url}/zh/search/?q=${encodeURIComponent(text)}`);
    await page.locator('#search-results mark').first().waitFor();
    // Each excerpt's marks, beside the highlight terms of the link it describes.
    const excerpts = await page
      .locator('#search-results a[data-result-link]')
      .evaluateAll((links) =>
        links.map((link) => ({
          terms: new URL((link as HTMLAnchorElement).href).searchParams.getAll('highlight'),
          marks: [
            ...(document
              .getElementById(link.getAttribute('aria-describedby') ?? '')
              ?.querySelectorAll('mark') ?? []),
          ].map((mark) => mark.textContent ?? ''),
        })),
      );
    expect(excerpts.flatMap(({ marks }) => marks).length).toBeGreaterThan(0);
    for (const { terms: linked, marks } of excerpts) {
      // The runs of consecutive terms: 边界 不可 侵犯 gives 边界, 边界不可, 边界不可侵犯, 不可 …
      const runs = new Set(
        linked.flatMap((_, start) =>
          linked.slice(start).map((__, length) => linked.slice(start, start + length + 1).join('')),
        ),
      );
      for (const mark of marks) {
        expect([...mark].length, `${mark} (${linked.join(' ')})`).toBeGreaterThanOrEqual(2);
        expect(runs.has(mark), `${mark} (${linked.join(' ')})`).toBe(true);
      }
    }
    await page.close();
  });
});

describe('results mark the words typed and their forms, not longer words they begin', () => {
  // A reader saw "states" and "stance" marked for St Petersburg, "триада" for три силы зла and
  // "Азии" for Азам: Pagefind marks every word its matching reached from a short or stemmed one.
  // Each mark is now a word typed, a form of one of four letters or more (all but its last letter
  // the same), or too short for a result link to carry.
  test.each([
    ['en', 'St Petersburg'],
    ['ru', 'три силы зла'],
    ['ru', 'Азам'],
  ] as const)('%s: %s', async (locale, query) => {
    const page = await site.newPage();
    await page.goto(
      `${site.server.url}${localePath(locale, '/search/')}?q=${encodeURIComponent(query)}`,
    );
    await page.locator('#search-results mark').first().waitFor();
    const marks = await page.locator('#search-results mark').allTextContents();
    const typed = query.toLowerCase().split(' ');
    // A word of four letters or more, in any form; a shorter one only as itself.
    const formOf = (word: string, each: string): boolean =>
      [...each].length >= 4 ? word.startsWith([...each].slice(0, -1).join('')) : word === each;
    const wrong = marks.filter((mark) => {
      const word = mark.toLowerCase();
      return [...word].length >= 3 && !typed.some((each) => formOf(word, each));
    });
    expect(wrong).toEqual([]);
    await page.close();
  });
});

test('a year written against Chinese characters is marked in the results and on the page', async () => {
  // "2017年": Chinese writes no space after a number, and a reader saw no mark for 2017年. The
  // year: the first the Chinese timeline writes.
  const timeline = built.get(localePath('zh', '/timeline/'))?.document;
  const year = /\d{4}年/u.exec(timeline?.body.textContent ?? '')?.[0] ?? '';
  expect(year).not.toBe('');
  const page = await site.newPage();
  await page.goto(`${site.server.url}/zh/search/?q=${encodeURIComponent(year)}`);
  await page.locator('#search-results mark').first().waitFor({ timeout: 5000 });
  const marks = new Set(await page.locator('#search-results mark').allTextContents());
  expect(marks).toEqual(new Set([year.slice(0, 4)]));
  await page.locator('#search-results .search-result-title').first().click();
  await page.locator('mark.search-highlight').first().waitFor({ timeout: 5000 });
  await page.close();
});

test('a Russian word in another case marks the entry it opens, in every form', async () => {
  // A reader searched «шанхайского духа» (genitive): the glossary opened at «Шанхайский дух»
  // with nothing marked in it, and the excerpt marked «дух» alone. The link now carries the
  // word's stem, as the edition's endings give it.
  const page = await site.newPage();
  await page.goto(`${site.server.url}/ru/search/?q=${encodeURIComponent('шанхайского духа')}`);
  const link = page.locator('#search-results .search-result-title[href*="#shanghai-spirit"]');
  await link.first().waitFor();
  const excerpt = await page
    .locator('#search-results .search-result', {
      has: page.locator('.search-result-title[href*="#shanghai-spirit"]'),
    })
    .first()
    .locator('mark')
    .allTextContents();
  expect(excerpt.map((mark) => mark.toLowerCase())).toContain('шанхайский');
  await link.first().click();
  await page.locator('mark.search-highlight').first().waitFor();
  const marked = await page.locator('#shanghai-spirit mark.search-highlight').allTextContents();
  expect(marked).toContain('Шанхайский');
  await page.close();
});

test('a Chinese question’s words, apart on the page, are each marked there', async () => {
  // A second reader followed 印度什么时候加入上合组织 to this link: only 印度 was marked, as the
  // words had been joined by runs that the page's scripts and data hold, not its text.
  const page = await site.newPage();
  const terms = ['印度', '加入', '上', '合', '组织'];
  await page.goto(
    `${site.server.url}/zh/2017-enlargement/?${terms.map((term) => `highlight=${encodeURIComponent(term)}`).join('&')}`,
  );
  const marks = page.locator('mark.search-highlight');
  await marks.first().waitFor();
  expect(new Set(await marks.allTextContents())).toEqual(new Set(['印度', '加入', '上合组织']));
  await page.close();
});

test('a Chinese word and its pieces mark the word on a page whose heading is followed by it, each once', async () => {
  // A second reader searched 上海精神 (Pagefind lists 上海, 精神 and 上海精神): its own page marked
  // nothing. The page's text ran the heading into the paragraph after it ("上海精神上海精神是…"),
  // and the terms were joined into that run, which no text node holds.
  const page = await site.newPage();
  await page.goto(`${site.server.url}/zh/shanghai-spirit/`);
  const word = ((await page.locator('h1').textContent()) ?? '').trim();
  expect([...word].length).toBe(4);
  const terms = [word.slice(0, 2), word.slice(2), word];
  await page.goto(
    `${site.server.url}/zh/shanghai-spirit/?${terms.map((term) => `highlight=${encodeURIComponent(term)}`).join('&')}`,
  );
  const marks = page.locator('mark.search-highlight');
  await marks.first().waitFor();
  expect(new Set(await marks.allTextContents())).toEqual(new Set([word]));
  expect(await page.locator('mark.search-highlight mark').count()).toBe(0);
  await page.close();
});

describe('a Russian result marks the words with й and ё its index folds', () => {
  // Pagefind's index, and so the link, holds "шанхаискии" for "Шанхайский", which mark.js did not
  // find: the word was never marked. The queries: the Russian glossary's first terms with й or ё.
  const terms = glossaryTerms('ru', /[йё]/u, 2);

  test('there are such terms', () => expect(terms.length).toBe(2));

  test.each(terms)('$text', async (term) => {
    const marked = (await marksOnLanding('ru', term)).map(({ text }) => text.toLowerCase().trim());
    // Every word of the term with й or ё is marked somewhere on the page, as written there.
    for (const word of term.text
      .toLowerCase()
      .split(/\s+/)
      .filter((each) => /[йё]/u.test(each)))
      expect(
        marked.some((mark) => mark.length >= 3 && word.startsWith(mark)),
        `${word} among ${marked.join(', ')}`,
      ).toBe(true);
  });
});

describe('a Russian result marks whole words', () => {
  // The index, and so the link, holds stems ("генеральн", "наци"), and Pagefind's script marked them
  // wherever they stood: "наци" inside "транснациональной". The queries: the Russian glossary's
  // first terms of two words or more.
  const terms = glossaryTerms('ru', /^\S+\s+\S+/u, 4);

  test('there are such terms', () => expect(terms.length).toBe(4));

  test.each(terms)('$text', async (term) => {
    const marks = await marksOnLanding('ru', term);
    const inWord = marks.filter(
      ({ before, after }) => /[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after),
    );
    expect(inWord).toEqual([]);
  });
});

describe('in print', () => {
  test.each(TRANSLATED_LOCALES)(
    'a %s topic page prints no address for links within the site, and ends with its own address',
    async (locale) => {
      const page = await site.newPage();
      await page.emulateMedia({ media: 'print' });
      const path = localePath(locale, TOPIC);
      await page.goto(site.server.url + path);
      expect(
        await page
          .locator('main .prose a[href^="/"]')
          .first()
          .evaluate((a) => getComputedStyle(a, '::after').content),
      ).toBe('none');
      const colophon = page.locator('.print-colophon');
      expect(await colophon.isVisible()).toBe(true);
      expect(await colophon.textContent()).toContain(path);
      await page.close();
    },
  );
});

// The page log itself: a request the browser aborts because the reader followed a link while it
// loaded is no failure of the site; one that fails on the page the reader is on is.
describe('the page log', () => {
  // The page's scripts: every page asks for them as it loads.
  const SCRIPTS = '**/_astro/*.js';

  test('a request aborted by following a link is not a problem', async () => {
    const page = await site.newPage();
    const log = watchPage(page, site.server.url);
    // The scripts answer only after the reader has left the page.
    await page.route(SCRIPTS, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      await route.continue().catch(() => undefined);
    });
    await page.goto(`${site.server.url}${TOPIC}`, { waitUntil: 'commit' });
    await page.waitForTimeout(300);
    await page.unroute(SCRIPTS);
    await page.goto(`${site.server.url}/about/`, { waitUntil: 'load' });
    expect(log.requests.filter((path) => path.startsWith('/_astro/')).length).toBeGreaterThan(0);
    expect(log.problems).toEqual([]);
    await page.close();
  });

  test('a request that fails on the page the reader is on is a problem', async () => {
    const page = await site.newPage();
    const log = watchPage(page, site.server.url);
    await page.route(SCRIPTS, (route) => route.abort('aborted'));
    await page.goto(`${site.server.url}${TOPIC}`, { waitUntil: 'load' });
    expect(log.problems.some((problem) => problem.includes('net::ERR_ABORTED'))).toBe(true);
    await page.close();
  });
});
