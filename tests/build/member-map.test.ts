import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { editionPaths } from '#lib/meta/site-pages.ts';
import { TRANSLATED_LOCALES } from '#lib/i18n/locales.ts';
import { DIST, readPages } from '../../tools/lib/dist';

const pages = readPages();
const members = parse(readFileSync('content/members.yaml', 'utf8')) as {
  id: string;
  name: string;
  capital: string;
  joined: string;
  sources: { source: string }[];
  capitalSources: { source: string }[];
}[];
const gzip = (text: string) => gzipSync(text, { level: 9 }).length;
/** The map's own budget (issue 5, section 7): the file and the figure's markup in the page. */
const MAP_BUDGET = 40 * 1024;

/** The member-map figure of a page, its <img> and the SVG file the <img> shows. */
function memberMap(path: string) {
  const page = pages.find((p) => p.path === path);
  if (!page) throw new Error(`${path} was not built`);
  const figure = page.document.querySelector('figure.member-map');
  const img = figure?.querySelector('img');
  const src = img?.getAttribute('src') ?? '';
  const file = `${DIST}${src}`;
  const svg = src.startsWith('/maps/') && existsSync(file) ? readFileSync(file, 'utf8') : '';
  return { page, figure, img, src, svg, svgDocument: parseHTML(svg).document };
}

/** The figure's words as Pagefind indexes them, element by element: without what carries data-pagefind-ignore. */
function indexedText(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1 || (node as Element).hasAttribute('data-pagefind-ignore')) return '';
  return [...node.childNodes].map(indexedText).join(' ').replace(/\s+/g, ' ').trim();
}

describe.each([
  ['/', '/maps/members.svg', true],
  ['/2017-enlargement/', '/maps/members-2017.svg', false],
])('the member map on %s', (path, expectedSrc, indexesTable) => {
  const { figure, img, src, svg, svgDocument } = memberMap(path);

  test(`shows ${expectedSrc} through a lazy <img> of the file's size, not drawn into the page`, () => {
    expect(src).toBe(expectedSrc);
    expect([img?.getAttribute('loading'), img?.getAttribute('decoding')]).toEqual([
      'lazy',
      'async',
    ]);
    const root = svgDocument.querySelector('svg');
    expect([img?.getAttribute('width'), img?.getAttribute('height')]).toEqual([
      root?.getAttribute('width'),
      root?.getAttribute('height'),
    ]);
    expect(img?.getAttribute('width')).toMatch(/^\d+$/);
    // Nothing of the map, nor of its legend, is drawn inline.
    expect(
      [...(figure?.querySelectorAll('svg, [id^="m-"]') ?? [])].map((s) => s.outerHTML.slice(0, 80)),
    ).toEqual([]);
  });

  test(
    indexesTable
      ? 'gives the search index only its title and its table: the caption, each member state, its capital and the day it joined, with whether it founded the SCO'
      : 'keeps out of the search index (it repeats the facts of the prose)',
    () => {
      const rows = [...(figure?.querySelectorAll('tbody tr') ?? [])].map((row) =>
        [
          row.querySelector('th'),
          row.querySelectorAll('td')[0],
          row.querySelector('time')?.closest('td'),
        ]
          .map((cell) => cell?.textContent?.replace(/\s+/g, ' ').trim())
          .join(' '),
      );
      const caption = figure?.querySelector('caption')?.textContent?.trim();
      // The figure's title, "Map of the member states as of …": a search for "map" finds the map.
      // Not how to read it (shading, borders, scrolling), which no search asks for.
      const title = figure
        ?.querySelector('figcaption > span')
        ?.textContent?.replace(/\s+/g, ' ')
        .trim();
      expect(indexedText(figure!)).toBe(indexesTable ? [title, caption, ...rows].join(' ') : '');
      if (indexesTable) {
        expect(title).toMatch(/^Map of /);
        expect(rows).toHaveLength(members.length);
        for (const member of members)
          expect(indexedText(figure!)).toContain(`${member.name} ${member.capital} `);
      }
      // Pagefind would take an image it indexes as the page's image, and its alt text as metadata.
      for (const image of figure?.querySelectorAll('img') ?? [])
        expect(image.closest('[data-pagefind-ignore="all"]')).not.toBeNull();
    },
  );

  test('has a text alternative naming every member state, and an "as of" date in its caption', () => {
    const alt = img?.getAttribute('alt') ?? '';
    expect(members.filter((m) => !alt.includes(m.name)).map((m) => m.name)).toEqual([]);
    const asOf = figure?.querySelector('figcaption time');
    expect(asOf?.getAttribute('datetime')).toBe(
      members
        .map((m) => m.joined)
        .sort()
        .at(-1),
    );
    expect(figure?.querySelector('figcaption')?.textContent).toMatch(/as of \d{1,2} \w+ \d{4}/);
  });

  test('has a legend of one swatch per cohort and one for the marked places, each a small file of its own', () => {
    const items = [...(figure?.querySelectorAll('ul[aria-label="Legend"] li') ?? [])];
    const cohorts = new Set(members.map((m) => m.joined.slice(0, 4)));
    expect(items).toHaveLength(cohorts.size + 1);
    for (const item of items) {
      const swatch = item.querySelector('img');
      const src = swatch?.getAttribute('src') ?? '';
      // Decorative: the item's text says what the swatch shows.
      expect([
        swatch?.getAttribute('alt'),
        swatch?.getAttribute('width'),
        swatch?.getAttribute('height'),
      ]).toEqual(['', '24', '16']);
      expect(item.textContent?.trim()).toBeTruthy();
      expect(src).toMatch(/^\/maps\/key\/[a-z0-9-]+\.svg$/);
      const file = readFileSync(`${DIST}${src}`, 'utf8');
      expect(file).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 24 16"/);
      // Its pattern is its own: every url(#id) it uses is defined in the file.
      const refs = [...file.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1] ?? '');
      expect(refs.filter((id) => !file.includes(`<pattern id="${id}"`))).toEqual([]);
      expect(gzip(file)).toBeLessThan(512);
    }
    const srcs = items.map((item) => item.querySelector('img')?.getAttribute('src'));
    expect(srcs.filter((src) => src?.endsWith('-bold.svg'))).toHaveLength(
      path === '/2017-enlargement/' ? 1 : 0,
    );
  });

  // The home page's table, the members' reference list, gives each capital; a topic's does not.
  const capitals = path === '/';

  test(`names every member state in the table beside it, ${capitals ? 'with its capital, ' : 'with '}the day it joined and a source`, () => {
    const rows = [...(figure?.querySelectorAll('table tbody tr') ?? [])].map((row) => [
      row.querySelector('th')?.textContent?.trim(),
      row.querySelectorAll('td').length,
      capitals ? row.querySelectorAll('td')[0]?.textContent?.trim() : undefined,
      row.querySelector('time')?.getAttribute('datetime'),
      row.querySelector('a[href^="/sources/"]') !== null,
    ]);
    expect(figure?.querySelector('table caption')?.textContent?.trim()).toBeTruthy();
    expect(rows.sort()).toEqual(
      members
        .map((m) => [m.name, capitals ? 3 : 2, capitals ? m.capital : undefined, m.joined, true])
        .sort(),
    );
  });

  test('names a source every row cites once, under the table, and in no row', () => {
    const cited = (m: (typeof members)[number]) =>
      [...m.sources, ...(capitals ? m.capitalSources : [])].map(({ source }) => source);
    const everyRow = cited(members[0]!).filter((source) =>
      members.every((m) => cited(m).includes(source)),
    );
    // On the home page, the capitals' list (content/members.yaml today); on a topic's, none.
    expect(everyRow.length > 0).toBe(capitals);
    const under = [...(figure?.querySelectorAll('.overflow-x-auto + p a') ?? [])].map((a) =>
      a.getAttribute('href'),
    );
    expect(under).toEqual(everyRow.map((source) => `/sources/${source}/`));
    const inRows = [...(figure?.querySelectorAll('tbody a') ?? [])].map((a) =>
      a.getAttribute('href'),
    );
    const own = members.flatMap((m) =>
      cited(m)
        .filter((source) => !everyRow.includes(source))
        .map((source) => `/sources/${source}/`),
    );
    expect(inRows.sort()).toEqual(own.sort());
  });

  test('says in words which member states founded the SCO: those that joined on the first day', () => {
    const founded = members.map((m) => m.joined).sort()[0];
    const rows = [...(figure?.querySelectorAll('table tbody tr') ?? [])].map((row) => [
      row.querySelector('th')?.textContent?.trim(),
      row.querySelector('time')?.closest('td')?.textContent?.includes('(founding member)'),
    ]);
    expect(rows.sort()).toEqual(members.map((m) => [m.name, m.joined === founded]).sort());
  });

  test('the file is a standalone SVG naming every member state, with nothing to run or fetch', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    const named = `${svgDocument.querySelector('svg > title')?.textContent} ${svgDocument.querySelector('svg > desc')?.textContent}`;
    expect(members.filter((m) => !named.includes(m.name)).map((m) => m.name)).toEqual([]);
    expect(
      members.filter((m) => !svgDocument.getElementById(`m-${m.id}`)).map((m) => m.id),
    ).toEqual([]);
    expect(svg).not.toMatch(/<script|<foreignObject|<image|<use[\s>]|href=|@import|\son\w+=/i);
    expect(
      [...svg.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1]).filter((ref) => !ref?.startsWith('#')),
    ).toEqual([]);
  });

  test('labels every member state on the map, each once', () => {
    const labels = [...svgDocument.querySelectorAll('text')]
      .filter((t) => !t.closest('g.p'))
      .map((t) => t.textContent?.trim());
    expect([...labels].sort()).toEqual(members.map((m) => m.name).sort());
  });

  test('marks Lianyungang and Kaliningrad', () => {
    expect([...svgDocument.querySelectorAll('g.p text')].map((t) => t.textContent?.trim())).toEqual(
      ['Lianyungang', 'Kaliningrad'],
    );
  });

  test("stays within its 40 KB (gzip -9): the file, its legend's swatches and the figure in the page", () => {
    expect(svg).toContain('<path');
    const swatches = [...(figure?.querySelectorAll('ul[aria-label="Legend"] img') ?? [])].map(
      (img) => gzip(readFileSync(`${DIST}${img.getAttribute('src') ?? ''}`, 'utf8')),
    );
    expect(swatches.length).toBeGreaterThan(0);
    expect(
      gzip(svg) + swatches.reduce((a, b) => a + b, 0) + gzip(figure?.outerHTML ?? ''),
    ).toBeLessThanOrEqual(MAP_BUDGET);
  });
});

test("the build writes one map file per variant and the legends' swatches, and the pages show each", () => {
  const files = readdirSync(`${DIST}/maps`, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath.slice(DIST.length)}/${entry.name}`.replace(/\\/g, '/'))
    .sort();
  expect(files.filter((f) => !f.startsWith('/maps/key/'))).toEqual([
    '/maps/members-2017.svg',
    '/maps/members.svg',
  ]);
  const shown = new Set(
    pages.flatMap((p) =>
      [...p.document.querySelectorAll('img[src^="/maps/"]')].map((img) => img.getAttribute('src')),
    ),
  );
  expect(files.filter((f) => !shown.has(f))).toEqual([]);
});

test('/2017-enlargement/ emphasises the members of 2017, in the map and in the table', () => {
  const { figure, svgDocument } = memberMap('/2017-enlargement/');
  const of2017 = members.filter((m) => m.joined.startsWith('2017'));
  expect([...svgDocument.querySelectorAll('g.em path')].map((p) => p.id)).toEqual(
    of2017.map((m) => `m-${m.id}`),
  );
  expect(
    [...(figure?.querySelectorAll('tbody th.font-semibold') ?? [])].map((th) =>
      th.textContent?.trim(),
    ),
  ).toEqual(of2017.map((m) => m.name));
  expect(memberMap('/').svgDocument.querySelectorAll('g.em path')).toHaveLength(0);
});

test('/2017-enlargement/ shows the map after its text, before its footnotes', () => {
  const { html } = memberMap('/2017-enlargement/').page;
  const map = html.indexOf('<figure class="member-map');
  const prose = html.indexOf('class="prose');
  const footnotes = html.indexOf('aria-labelledby="sources-cited"');
  expect(prose).toBeGreaterThan(-1);
  expect(map > prose && map < footnotes).toBe(true);
});

test('/ shows the map in its members section', () => {
  const { html } = memberMap('/').page;
  const section = html.indexOf('id="members"');
  const next = html.indexOf('<h2', section + 1);
  const map = html.indexOf('<figure class="member-map');
  expect(section).toBeGreaterThan(-1);
  expect(map > section && (next === -1 || map < next)).toBe(true);
});

test('no other page shows the map', () => {
  const withMap = pages
    .filter((p) => p.document.querySelector('figure.member-map'))
    .map((p) => p.path);
  // The home page and the topics whose frontmatter asks for the map, in every edition.
  const topics = readdirSync('content/topics')
    .filter((file) => /^memberMap:/m.test(readFileSync(`content/topics/${file}`, 'utf8')))
    .map((file) => `/${file.replace(/\.mdx$/, '')}/`);
  expect(topics.length).toBeGreaterThan(0);
  expect([...withMap].sort()).toEqual(
    ['/', ...topics].flatMap((path) => editionPaths(path)).sort(),
  );
});

// Each edition's pages show the map drawn in its own words (src/pages/[lang]/maps/): the members as
// content/<locale>/members.yaml names them, at the edition's address; English keeps /maps/.
describe.each(TRANSLATED_LOCALES)('the %s edition’s member maps', (locale) => {
  const own = new Map(
    (
      parse(readFileSync(`content/${locale}/members.yaml`, 'utf8')) as {
        members: { id: string; name: string }[];
      }
    ).members.map((m) => [m.id, m.name]),
  );
  const shown = pages
    .filter((p) => p.path.startsWith(`/${locale}/`))
    .flatMap((p) =>
      [...p.document.querySelectorAll('figure.member-map img[width]')].map((img) => ({
        path: p.path,
        src: img.getAttribute('src') ?? '',
      })),
    )
    .filter(({ src }) => !src.includes('/key/'));

  test('every page with the map shows the edition’s file, and every edition file is shown', () => {
    expect(shown.length).toBeGreaterThan(0);
    for (const { path, src } of shown)
      expect([path, src]).toEqual([
        path,
        expect.stringMatching(new RegExp(`^/${locale}/maps/members(-\\d{4})?\\.svg$`)),
      ]);
    const files = readdirSync(`${DIST}/${locale}/maps`).map((name) => `/${locale}/maps/${name}`);
    expect([...new Set(shown.map((s) => s.src))].sort()).toEqual(files.sort());
  });

  test.each([...new Set(shown.map((s) => s.src))])(
    '%s labels every member by the edition’s name, each once',
    (src) => {
      const { document } = parseHTML(readFileSync(`${DIST}${src}`, 'utf8'));
      const labels = [...document.querySelectorAll('text.l')].map((t) => t.textContent);
      expect(labels.sort()).toEqual(members.map((m) => own.get(m.id) ?? m.name).sort());
      expect(
        labels.filter((label) => members.some((m) => m.name === label && own.get(m.id) !== label)),
      ).toEqual([]);
      expect(document.querySelector('svg')?.getAttribute('lang')).toBe(
        locale === 'zh' ? 'zh-Hans' : locale,
      );
    },
  );
});
