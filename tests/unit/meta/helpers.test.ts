import { describe, expect, test } from 'vitest';
import { assertPagefindStep } from '../../../src/integrations/site-output';
import { dateSortKey, formatDate } from '#lib/content/dates.ts';
import { groupByInitial, termHeading } from '#lib/content/glossary.ts';
import {
  buildBreadcrumbs,
  buildToc,
  countWords,
  describeSourcePage,
  findNeighbours,
  formatTitle,
  MAX_DESCRIPTION,
  shortenAtWord,
} from '#lib/meta/page-data.ts';

describe('dates', () => {
  test.each([
    ['2004', '2004'],
    ['2004-06', 'June 2004'],
    ['2004-06-17', '17 June 2004'],
    ['unknown', 'date unknown'],
  ])('formatDate(%j) is %j', (value, expected) => {
    expect(formatDate(value)).toBe(expected);
  });

  test('formatDate refuses a month that does not exist', () => {
    expect(() => formatDate('2004-13')).toThrow('has no month 13');
  });

  test('a date known only to the year or month sorts after the days within it', () => {
    expect(
      ['2017', '2017-06-09', '2017-06', '2016-01-01'].sort((a, b) =>
        dateSortKey(a).localeCompare(dateSortKey(b)),
      ),
    ).toEqual(['2016-01-01', '2017-06-09', '2017-06', '2017']);
  });
});

describe('page data', () => {
  test('buildToc nests h3s under the h2 before them and leaves out deeper headings', () => {
    expect(
      buildToc([
        { depth: 3, slug: 'orphan', text: 'Orphan' },
        { depth: 2, slug: 'a', text: 'A' },
        { depth: 3, slug: 'a-1', text: 'A.1' },
        { depth: 4, slug: 'a-1-x', text: 'deep' },
        { depth: 2, slug: 'b', text: 'B' },
      ]),
    ).toEqual([
      { id: 'orphan', text: 'Orphan', children: [] },
      { id: 'a', text: 'A', children: [{ id: 'a-1', text: 'A.1', children: [] }] },
      { id: 'b', text: 'B', children: [] },
    ]);
  });

  test('findNeighbours gives the previous and next item, none at the ends', () => {
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(findNeighbours(items, 'b')).toEqual({ prev: { id: 'a' }, next: { id: 'c' } });
    expect(findNeighbours(items, 'a')).toEqual({ next: { id: 'b' } });
    expect(findNeighbours(items, 'c')).toEqual({ prev: { id: 'b' } });
    expect(() => findNeighbours(items, 'd')).toThrow('"d" is not in the list');
  });

  test('breadcrumbs start at Home', () => {
    expect(buildBreadcrumbs([{ href: '/rats/', label: 'RATS' }])).toEqual([
      { href: '/', label: 'Home' },
      { href: '/rats/', label: 'RATS' },
    ]);
  });

  test.each([
    ['RATS', 'RATS — SCO'],
    [undefined, 'SCO'],
  ])('formatTitle(%j)', (title, expected) => {
    expect(formatTitle(title, 'SCO')).toBe(expected);
  });

  test.each([
    ['Alimov writes that 44 per cent — his figure.', 8],
    ['  ', 0],
    ['non-use of force [1]', 4],
  ])('countWords(%j) is %i', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});

test('groupByInitial files terms A–Z, ignoring leading quotation marks', () => {
  const groups = groupByInitial([
    { name: 'Shanghai Spirit' },
    { name: 'ASEAN' },
    { name: '"Three forces"' },
    { name: 'SCO' },
    { name: '2017 summit' },
  ]);
  expect(groups.map((g) => [g.letter, g.items.map((i) => i.name)])).toEqual([
    ['#', ['2017 summit']],
    ['A', ['ASEAN']],
    ['S', ['Shanghai Spirit', 'SCO']],
    ['T', ['"Three forces"']],
  ]);
});

test('assertPagefindStep fails on any Pagefind error and passes on none', () => {
  expect(() => assertPagefindStep('indexing', [])).not.toThrow();
  expect(() => assertPagefindStep('indexing', ['dist/x.html: bad'])).toThrow(
    'Pagefind failed while indexing:\n  dist/x.html: bad',
  );
});

describe('shortenAtWord', () => {
  test.each([
    ['text that fits', 'Short text', 20, 'Short text'],
    [
      'at a space, with an ellipsis',
      'The Role of the Shanghai Cooperation Organization',
      20,
      'The Role of the…',
    ],
    ['dropping a comma before the cut', 'Peace, security and trade', 8, 'Peace…'],
    ['inside a word that has no space before the limit', 'Counteracting threats', 8, 'Counter…'],
  ])('%s', (_case, text, max, expected) => {
    const shortened = shortenAtWord(text, max);
    expect(shortened).toBe(expected);
    expect(shortened.length).toBeLessThanOrEqual(max);
  });

  test('refuses a limit below 1', () => {
    expect(() => shortenAtWord('x', 0)).toThrow('max must be at least 1');
  });
});

describe('describeSourcePage', () => {
  test.each([
    [
      'an article',
      { kind: 'official', title: 'The Role of the SCO', author: 'Rashid Alimov' },
      'The Role of the SCO, by Rashid Alimov: a summary of each paragraph.',
    ],
    [
      'a reference source',
      { kind: 'reference', title: 'About SCO', author: 'SCO Secretariat' },
      'About SCO, by SCO Secretariat: the facts the site takes from it.',
    ],
    [
      'a source whose title and author do not fit together: the title alone',
      {
        kind: 'reference',
        title:
          'Astana Declaration of the Council of Heads of State of the Shanghai Cooperation Organization',
        author: 'Council of Heads of State of the SCO',
      },
      'Astana Declaration of the Council of Heads of State of the Shanghai Cooperation Organization: the facts the site takes from it.',
    ],
    [
      'a title too long even alone, shortened between words',
      {
        kind: 'official',
        title: `The Role of the SCO ${'in Counteracting Threats '.repeat(6)}`,
        author: 'Rashid Alimov',
      },
      'The Role of the SCO in Counteracting Threats in Counteracting Threats in Counteracting Threats in Counteracting Threats in…: a summary of each paragraph.',
    ],
  ] as const)('%s', (_case, source, expected) => {
    const description = describeSourcePage(source);
    expect(description).toBe(expected);
    expect(description.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
  });
});

describe('termHeading', () => {
  test.each([
    [
      {
        name: 'Shanghai Cooperation Organization',
        otherNames: ['SCO', 'Shanghai Cooperation Organisation'],
      },
      'Shanghai Cooperation Organization (SCO)',
    ],
    [
      { name: 'Regional Anti-Terrorist Structure', otherNames: ['RATS', 'SCO RATS'] },
      'Regional Anti-Terrorist Structure (RATS)',
    ],
    [
      {
        name: 'SCO Secretariat',
        otherNames: ['Secretariat of the Shanghai Cooperation Organization'],
      },
      'SCO Secretariat',
    ],
    [{ name: 'CGTN', otherNames: ['China Global Television Network'] }, 'CGTN'],
    [{ name: 'Openness', otherNames: [] }, 'Openness'],
    [{ name: 'Shanghai Five', otherNames: ['Shanghai 5'] }, 'Shanghai Five'],
    // An edition's own acronym, which its other names hold before the English ones.
    [
      { name: 'Шанхайская организация сотрудничества', otherNames: ['ШОС', 'SCO'] },
      'Шанхайская организация сотрудничества (ШОС)',
    ],
    [
      { name: 'Управление ООН по наркотикам и преступности', otherNames: ['УНП ООН', 'UNODC'] },
      'Управление ООН по наркотикам и преступности (УНП ООН)',
    ],
    [{ name: '上海合作组织', otherNames: ['上合组织', 'SCO'] }, '上海合作组织 (SCO)'],
  ])('%j → %s', (term, expected) => {
    expect(termHeading(term)).toBe(expected);
  });
});
