import { describe, expect, it } from 'vitest';
import { RESULTS_PAGE_SIZE, summariesAfterPages, summedUpPage } from '#lib/search/summaries.ts';

/** A result as the list knows it: its address and where its title leads. */
interface Item {
  url: string;
  landing: string;
  kind: string;
}

/** A result: a page or section of `kind`, by default its address's first part ("sources"). */
const item = (url: string, landing = url, kind = url.split('/')[1] ?? ''): Item => ({
  url,
  landing,
  kind,
});
const order = (items: (Item & { rank?: number })[], window = RESULTS_PAGE_SIZE): string[] =>
  summariesAfterPages(
    items,
    (each) => each.landing,
    (each) => each.url,
    (each) => each.kind,
    window,
    (each) => each.rank,
  ).map((each) => each.landing);

describe('summedUpPage', () => {
  it.each([
    ['/sources/#alimov-2017', '/sources/alimov-2017/'],
    ['/sources/?highlight=un&highlight=dpi#alimov-2017', '/sources/alimov-2017/'],
    ['/base/sources/#tass-2024-belarus', '/base/sources/tass-2024-belarus/'],
  ])('reads the page a list entry %s sums up as %s', (landing, page) => {
    expect(summedUpPage(landing)).toBe(page);
  });

  it.each(['/sources/', '/rats/', '/sources/#', '/index.html#members', '/sources?x=1#'])(
    'finds none for %s (a page top, an empty section, no folder)',
    (landing) => {
      expect(summedUpPage(landing)).toBeUndefined();
    },
  );
});

describe('summariesAfterPages', () => {
  it('puts a list entry after the page it sums up, and keeps every other order', () => {
    expect(
      order([
        item('/sources/', '/sources/#alimov-2017'),
        item('/glossary/#sco'),
        item('/sources/alimov-2017/', '/sources/alimov-2017/#about-this-source'),
        item('/rats/', '/rats/#functions'),
      ]),
    ).toEqual([
      '/glossary/#sco',
      '/sources/alimov-2017/#about-this-source',
      '/sources/#alimov-2017',
      '/rats/#functions',
    ]);
  });

  it('compares addresses without their highlight terms', () => {
    expect(
      order([
        item('/sources/?highlight=tass', '/sources/?highlight=tass#tass-2024-belarus'),
        item('/sources/tass-2024-belarus/?highlight=tass'),
      ]),
    ).toEqual([
      '/sources/tass-2024-belarus/?highlight=tass',
      '/sources/?highlight=tass#tass-2024-belarus',
    ]);
  });

  it('leaves an entry whose page is not found, or found above it, where it is', () => {
    const items = [
      item('/sources/alimov-2017/'),
      item('/sources/', '/sources/#alimov-2017'),
      item('/rats/'),
    ];
    expect(order(items)).toEqual(items.map((each) => each.landing));
    const alone = [item('/sources/', '/sources/#azam-cgtn'), item('/rats/')];
    expect(order(alone)).toEqual(alone.map((each) => each.landing));
  });

  it('moves an entry only within its window: never past results not yet loaded', () => {
    const items = [
      item('/sources/', '/sources/#alimov-2017'),
      item('/a/'),
      item('/sources/alimov-2017/'),
    ];
    expect(order(items, 2)).toEqual(items.map((each) => each.landing));
    expect(order(items, 3)).toEqual(['/a/', '/sources/alimov-2017/', '/sources/#alimov-2017']);
  });

  it('never moves an entry past a result of its own kind (a kind filter keeps All’s order)', () => {
    const items = [
      item('/sources/', '/sources/#alimov-2017', 'page'),
      item('/about/', '/about/', 'page'),
      item('/sources/alimov-2017/', '/sources/alimov-2017/', 'source'),
    ];
    expect(order(items)).toEqual(items.map((each) => each.landing));
    const passing = [items[0]!, item('/glossary/#sco', '/glossary/#sco', 'term'), items[2]!];
    expect(order(passing)).toEqual([
      '/glossary/#sco',
      '/sources/alimov-2017/',
      '/sources/#alimov-2017',
    ]);
  });

  it('under a kind’s filter, moves an entry only within the window All shows it in (rankOf)', () => {
    // The home page's section on the sources ("/#sources") sums up /sources/: All ranks them fifth
    // and sixth, in two windows; the Page filter shows both in its first.
    const home = { ...item('/', '/#sources', 'page'), rank: 4 };
    const list = { ...item('/sources/', '/sources/', 'page'), rank: 5 };
    expect(order([home, list])).toEqual(['/#sources', '/sources/']);
    // In one window of All's, it moves as it does there.
    expect(
      order([
        { ...home, rank: 3 },
        { ...list, rank: 4 },
      ]),
    ).toEqual(['/sources/', '/#sources']);
    // Without ranks (All itself), as before.
    const bare = ({ rank: _rank, ...each }: Item & { rank?: number }): Item => each;
    expect(order([bare(home), bare(list)])).toEqual(['/sources/', '/#sources']);
  });

  it('keeps its input and returns as many items', () => {
    const items = [item('/sources/', '/sources/#x'), item('/sources/x/')];
    const copy = [...items];
    expect(order(items)).toHaveLength(2);
    expect(items).toEqual(copy);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses a window of %s', (window) => {
    expect(() => order([item('/a/')], window)).toThrow(RangeError);
  });
});
