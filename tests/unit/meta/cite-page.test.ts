import { describe, expect, test } from 'vitest';
import {
  ACCESSED_BLANK,
  citationKeyOf,
  formatChicagoDate,
  formatPageCitation,
  formatReference,
  formatSourceCitation,
} from '#lib/meta/cite-page.ts';

const PAGE = {
  siteName: 'SCO Security Framework',
  pageTitle: 'The Regional Anti-Terrorist Structure (RATS)',
  url: 'https://sco-security.example.org/rats/',
  lastReviewed: '2026-11-22',
};

describe('formatPageCitation', () => {
  test('a page, with the date accessed left blank', () => {
    expect(formatPageCitation(PAGE)).toEqual({
      plain: `SCO Security Framework. 2026. “The Regional Anti-Terrorist Structure (RATS).” Last reviewed November 22, 2026. Accessed ${ACCESSED_BLANK}. https://sco-security.example.org/rats/.`,
      bibtex: [
        '@online{sco-security-framework:rats,',
        '  title = {The Regional Anti-Terrorist Structure (RATS)},',
        '  organization = {SCO Security Framework},',
        '  date = {2026-11-22},',
        '  url = {https://sco-security.example.org/rats/},',
        '  urldate = {},',
        '  note = {Last reviewed 22 November 2026},',
        '}',
      ].join('\n'),
    });
  });

  test('a section, with the date accessed filled in', () => {
    const { plain, bibtex } = formatPageCitation(
      { ...PAGE, sectionTitle: 'What RATS does', url: `${PAGE.url}#functions` },
      '2027-01-05',
    );
    expect(plain).toBe(
      'SCO Security Framework. 2026. “The Regional Anti-Terrorist Structure (RATS),” section “What RATS does.” Last reviewed November 22, 2026. Accessed January 5, 2027. https://sco-security.example.org/rats/#functions.',
    );
    expect(bibtex).toContain('@online{sco-security-framework:rats:functions,');
    expect(bibtex).toContain(
      '  title = {What RATS does --- The Regional Anti-Terrorist Structure (RATS)},',
    );
    expect(bibtex).toContain('  urldate = {2027-01-05},');
  });

  test.each([
    [
      'The “three forces”',
      '“The Regional Anti-Terrorist Structure (RATS),” section “The ‘three forces.’”',
    ],
    [
      'The "three forces"',
      '“The Regional Anti-Terrorist Structure (RATS),” section “The ‘three forces.’”',
    ],
    ['What RATS is', '“The Regional Anti-Terrorist Structure (RATS),” section “What RATS is.”'],
  ])(
    'a section titled %s nests its quotation marks, double outside, single inside',
    (sectionTitle, title) =>
      expect(formatPageCitation({ ...PAGE, sectionTitle }).plain).toContain(title),
  );

  test('escapes what would break a BibTeX field', () => {
    expect(formatPageCitation({ ...PAGE, pageTitle: 'Braces {and} 50% & #1_x' }).bibtex).toContain(
      'title = {Braces \\{and\\} 50\\% \\& \\#1\\_x}',
    );
  });

  test.each([
    [{ ...PAGE, url: '/rats/' }, '"/rats/" is not an absolute URL'],
    [{ ...PAGE, lastReviewed: '22 Nov 2026' }, 'lastReviewed "22 Nov 2026" is not YYYY-MM-DD'],
  ])('refuses %j', (target, message) => {
    expect(() => formatPageCitation(target)).toThrow(message);
  });
});

describe('citationKeyOf', () => {
  test.each([
    ['https://x.org/', 'sco-security-framework:home'],
    ['https://x.org/sources/alimov-2017/#p5', 'sco-security-framework:sources-alimov-2017:p5'],
    ['https://x.org/sco/glossary/#rats', 'sco-security-framework:sco-glossary:rats'],
  ])('%s → %s', (url, key) => {
    expect(citationKeyOf({ siteName: 'SCO Security Framework', url })).toBe(key);
  });

  test('an edition’s site name in its own script keys by keyName, and without one is refused', () => {
    const url = 'https://x.org/zh/rats/#functions';
    expect(
      citationKeyOf({ siteName: '上合组织安全框架', keyName: 'SCO Security Framework', url }),
    ).toBe('sco-security-framework:zh-rats:functions');
    expect(() => citationKeyOf({ siteName: '上合组织安全框架', url })).toThrow(/keyName/);
  });
});

describe('formatSourceCitation', () => {
  test('an article with its outlet and year, address unconfirmed', () => {
    expect(
      formatSourceCitation({
        id: 'alimov-2017',
        title: 'The Role of the SCO',
        author: 'Rashid Alimov',
        outlet: 'UN Chronicle',
        published: '2017',
        kind: 'official',
      }),
    ).toEqual({
      plain:
        'Rashid Alimov. “The Role of the SCO”. UN Chronicle, 2017. Original address not confirmed.',
      bibtex: [
        '@article{alimov-2017,',
        '  author = {Alimov, Rashid},',
        '  title = {The Role of the SCO},',
        '  journaltitle = {UN Chronicle},',
        '  date = {2017},',
        '}',
      ].join('\n'),
    });
  });

  test('a descriptive title in brackets, an unknown date as n.d.', () => {
    const { plain, bibtex } = formatSourceCitation({
      id: 'azam-cgtn',
      title: 'Untitled CGTN opinion column',
      descriptiveTitle: true,
      author: 'Azhar Azam',
      outlet: 'CGTN',
      published: 'unknown',
      kind: 'opinion',
    });
    expect(plain).toBe(
      'Azhar Azam. [Untitled CGTN opinion column]. CGTN, n.d. Original address not confirmed.',
    );
    expect(bibtex).toContain('title = {[Untitled CGTN opinion column]}');
    expect(bibtex).not.toContain('date =');
  });

  test('an institution as author stays whole, with its address', () => {
    const { plain, bibtex } = formatSourceCitation({
      id: 'sco-about',
      title: 'About SCO',
      author: 'SCO Secretariat',
      outlet: 'Official website',
      published: 'unknown',
      kind: 'reference',
      url: 'https://eng.sectsco.org/about_sco/',
    });
    expect(plain).toBe(
      'SCO Secretariat. “About SCO”. Official website, n.d. https://eng.sectsco.org/about_sco/.',
    );
    expect(bibtex).toContain('@online{sco-about,');
    expect(bibtex).toContain('author = {{SCO Secretariat}}');
    expect(bibtex).toContain('url = {https://eng.sectsco.org/about_sco/}');
  });
});

describe('formatChicagoDate', () => {
  test.each([
    ['2026-11-22', 'November 22, 2026'],
    ['2027-01-05', 'January 5, 2027'],
  ])('%s → %s', (day, expected) => {
    expect(formatChicagoDate(day)).toBe(expected);
  });
  test.each(['2026-13-01', '2026-11', 'soon'])('refuses %j', (day) => {
    expect(() => formatChicagoDate(day)).toThrow('is not YYYY-MM-DD');
  });
});

describe('formatReference', () => {
  const base = {
    id: 'x',
    title: 'The Role of the SCO',
    author: 'Rashid Alimov',
    outlet: 'UN Chronicle',
    published: '2017-06',
    kind: 'official' as const,
  };
  test.each([
    [base, 'Alimov, Rashid. 2017. “The Role of the SCO.” UN Chronicle.'],
    [
      { ...base, published: 'unknown', descriptiveTitle: true },
      'Alimov, Rashid. n.d. [The Role of the SCO]. UN Chronicle.',
    ],
    [
      { ...base, author: 'SCO Secretariat', kind: 'reference' as const },
      'SCO Secretariat. 2017. “The Role of the SCO.”',
    ],
    [{ ...base, author: 'TASS' }, 'TASS. 2017. “The Role of the SCO.” UN Chronicle.'],
  ])('%#', (source, expected) => {
    expect(formatReference(source)).toBe(expected);
  });
});
