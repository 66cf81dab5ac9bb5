import { describe, expect, test } from 'vitest';
import { addressWords } from '#lib/search/query-address.ts';
import {
  MAX_QUERY_LENGTH,
  isSearchKind,
  normaliseQuery,
  readSearchParams,
  withHighlightTerms,
  markedTerms,
  writeSearchParams,
} from '#lib/search/config.ts';
import {
  contentWords,
  MIN_ID_PREFIX,
  NEAR_WORDS,
  landingOf,
  namesOf,
  rankSections,
  titleWordsOf,
  SECTION_HEADING_BONUS,
  SECTION_PREFIX_MATCH,
  sectionScore,
} from '#lib/search/landing.ts';

describe('withHighlightTerms', () => {
  test.each([
    ['/rats/?highlight=rats#functions', '/rats/?highlight=rats#functions'],
    [
      '/glossary/?highlight=inviolability&highlight=of&highlight=borders#inviolability-of-borders',
      '/glossary/?highlight=inviolability&highlight=borders#inviolability-of-borders',
    ],
    // A word of two letters is marked unless a function word ("of"), as are numbers: "Xi", "UN",
    // the day of "14 June 2001" had been left unmarked, as if the search had left them out.
    ['/un-charter-principles/?highlight=of&highlight=un', '/un-charter-principles/?highlight=un'],
    [
      '/glossary/?highlight=xi&highlight=jinping#astana-summit-2024',
      '/glossary/?highlight=xi&highlight=jinping#astana-summit-2024',
    ],
    [
      '/?highlight=14&highlight=june&highlight=2001',
      '/?highlight=14&highlight=june&highlight=2001',
    ],
    ['/timeline/?highlight=4&highlight=july#x', '/timeline/?highlight=4&highlight=july#x'],
    ['/about/?highlight=to&highlight=a&highlight=x', '/about/'],
    [
      '/glossary/?highlight=%E4%B8%8A%E6%B5%B7%E5%90%88#sco',
      '/glossary/?highlight=%E4%B8%8A%E6%B5%B7%E5%90%88#sco',
    ],
    ['/about/', '/about/'],
    ['/rats/?highlight=rats&highlight=rats&highlight=RATS', '/rats/?highlight=rats&highlight=RATS'],
    // Chinese terms stay as they come: their order is the run the landing page marks.
    [
      '/zh/?highlight=%E6%96%AF&highlight=%E5%9D%A6&highlight=%E6%96%AF',
      '/zh/?highlight=%E6%96%AF&highlight=%E5%9D%A6&highlight=%E6%96%AF',
    ],
    // A Chinese word is kept, however short: the landing page joins a query's words (landingTerms).
    ['/zh/?highlight=%E7%99%BD&highlight=of#members', '/zh/?highlight=%E7%99%BD#members'],
    [
      'https://example.org/sco/rats/?highlight=to&highlight=RATS',
      'https://example.org/sco/rats/?highlight=RATS',
    ],
  ])('%s → %s', (href, expected) => {
    expect(withHighlightTerms(href)).toBe(expected);
  });

  // A record found only by another name (白罗斯: 白 + 罗斯) also carries the run searched (白俄罗斯),
  // which its page holds; a run the link has, or Latin words searched, add nothing.
  test.each([
    ['/zh/timeline/?highlight=白&highlight=罗斯#b', '白俄罗斯', ['白', '罗斯', '白俄罗斯']],
    ['/zh/?highlight=白俄罗斯#members', '白俄罗斯', ['白俄罗斯']],
    ['/zh/?highlight=上合&highlight=RATS', 'RATS 上合 组织', ['上合', 'RATS', '组织']],
    ['/rats/?highlight=seat', 'headquarters', ['seat']],
    ['/about/', '白俄罗斯', []],
  ])('%s, searched %s → %j', (href, searched, expected) => {
    const url = new URL(withHighlightTerms(href, undefined, searched), 'https://site.invalid');
    expect(url.searchParams.getAll('highlight')).toEqual(expected);
  });
});

describe('a result marks the words common to most results only when they are all it marks', () => {
  // "when was the SCO founded?" had opened the glossary with 79 marks, "SCO" on every term.
  const common = new Set(['sco', 'the']);
  test.each([
    ['/glossary/?highlight=sco&highlight=founded#sco', '/glossary/?highlight=founded#sco'],
    ['/rats/?highlight=sco#functions', '/rats/?highlight=sco#functions'],
    ['/rats/?highlight=sco&highlight=of#functions', '/rats/?highlight=sco#functions'],
    ['/?highlight=SCO&highlight=charter', '/?highlight=charter'],
  ])('%s → %s', (href, expected) =>
    expect(withHighlightTerms(href, undefined, '', common)).toBe(expected),
  );

  test.each([
    [['sco', 'founded'], ['founded']],
    [['sco'], ['sco']],
    // "of" would mark nothing on the page (marksOnLanding): "sco" stays the term marked.
    [
      ['sco', 'of'],
      ['sco', 'of'],
    ],
    [[], []],
  ])('%j → %j', (terms, expected) => expect(markedTerms(terms, common)).toEqual(expected));
});

describe('addressWords: a pasted web address is searched by its words', () => {
  test.each([
    [
      'https://en.wikipedia.org/wiki/Shanghai_Cooperation_Organisation',
      'wikipedia wiki Shanghai Cooperation Organisation',
    ],
    ['https://www.sipri.org/yearbook', 'sipri yearbook'],
    ['www.sipri.org/yearbook', 'sipri yearbook'],
    ['http://eng.sectsco.org/secretariat/', 'sectsco secretariat'],
    ['http://www.china.org.cn/archive/2004-06/17/index.html', 'china archive 2004 06 17'],
    // A short host's name is its name, not "www" ("www.un.org" had been read as "www"); each
    // word once.
    ['https://www.un.org/en/about-us/un-charter', 'un en about us charter'],
    ['https://fsi.mea.gov.in/', 'mea'],
    ['https://www.bbc.co.uk/news', 'bbc news'],
    ['undocs.org/A/73/833', 'undocs A 73 833'],
    // This site's own addresses, wherever it is served: the page's or section's id.
    ['https://sco-security.example.org/rats/#what-rats-is', 'what rats is'],
    ['http://localhost:4321/glossary/#rats', 'rats'],
    ['localhost:4321/timeline/', 'timeline'],
    ['/glossary/#rats', 'rats'],
    ['/sources/alimov-2017/', 'alimov 2017'],
    // A paragraph's fragment is no word: the page it is on.
    ['http://localhost:8811/sources/azam-cgtn/#p4', 'azam cgtn'],
    // The site's own search: its query.
    ['https://sco-security.example.org/search/?q=rats', 'rats'],
    ['/search/?q=three%20evils&kind=event', 'three evils'],
    // Malformed escapes are read as written, and never throw.
    ['/rats/#%E0%A4%A', 'A'],
  ])('%s → %s', (query, words) => {
    expect(addressWords(query)).toBe(words);
    // The query layer reads it (runSearchQuery): the dialog's box is only tidied.
    expect(normaliseQuery(query)).toBe(query);
  });

  // Not addresses: a document symbol, an outlet's name, a date, words with a slash.
  test.each(['A/73/833', 'china.org.cn', '12/06/2006', 'and/or', 'RATS', 'https://', '/rats'])(
    '%s is no address',
    (query) => {
      expect(addressWords(query)).toBeUndefined();
      expect(normaliseQuery(query)).toBe(query);
    },
  );

  test('an address with nothing to search is left as it is', () => {
    expect(addressWords('https://sco-security.example.org/')).toBeUndefined();
  });
});

describe('normaliseQuery', () => {
  test.each([
    ['  RATS  ', 'RATS'],
    ['three\n\t evils', 'three evils'],
    ['   ', ''],
    ['', ''],
    ['上海合作组织', '上海合作组织'],
    ['مرحبا', 'مرحبا'],
    // Markup pasted with the words is not words (a reader's "<b>RATS</b>" found nothing); a "<"
    // or ">" that opens no tag stays.
    ['<b>RATS</b>', 'RATS'],
    ['<img src=x onerror=alert(1)>', ''],
    ['<em>three</em> <i>evils</i>', 'three evils'],
    ['a < b > c', 'a < b > c'],
    ['<3 SCO', '<3 SCO'],
    // Copied text: full-width letters, a zero-width space, a soft hyphen, a byte-order mark.
    ['ＲＡＴＳ', 'RATS'],
    ['\u200Brats', 'rats'],
    ['separ\u00ADatism', 'separatism'],
    ['\uFEFFthree evils\u200B', 'three evils'],
    // Marks of writing direction (left-to-right, right-to-left).
    ['\u200Erats\u200F', 'rats'],
    ['ｓｃｏ　ｃｈａｒｔｅｒ', 'sco charter'],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseQuery(raw)).toBe(expected);
  });

  test(`cuts long input to ${MAX_QUERY_LENGTH} characters without splitting an emoji`, () => {
    expect(normaliseQuery('a'.repeat(5000))).toHaveLength(MAX_QUERY_LENGTH);
    const emoji = normaliseQuery('🛡️'.repeat(300));
    expect([...emoji]).toHaveLength(MAX_QUERY_LENGTH);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF]$/);
  });
});

describe('search parameters in the URL', () => {
  test.each([
    ['?q=rats', { query: 'rats', kind: undefined, exact: false }],
    ['?q=rats&kind=institution', { query: 'rats', kind: 'institution', exact: false }],
    [
      '?q=three+evils&kind=glossary+term',
      { query: 'three evils', kind: 'glossary term', exact: false },
    ],
    ['?kind=nonsense&q=%20rats%20', { query: 'rats', kind: undefined, exact: false }],
    ['?q=Kazakstan&exact=1', { query: 'Kazakstan', kind: undefined, exact: true }],
    ['?q=Kazakstan&exact=yes', { query: 'Kazakstan', kind: undefined, exact: false }],
    ['', { query: '', kind: undefined, exact: false }],
    // Malformed values never throw: a stray "%", a broken UTF-8 sequence, a repeated parameter.
    ['?q=100%', { query: '100%', kind: undefined, exact: false }],
    ['?q=%E0%A4%A', { query: '\ufffd%A', kind: undefined, exact: false }],
    ['?q=rats&q=sco&kind=event&kind=source', { query: 'rats', kind: 'event', exact: false }],
    ['?q', { query: '', kind: undefined, exact: false }],
    // Markup alone searches nothing, but the box keeps what was typed (`typed`).
    [
      '?q=%3Cimg%20src%3Dx%3E%20',
      { query: '', typed: '<img src=x>', kind: undefined, exact: false },
    ],
  ] as const)('reads %j', (search, expected) => {
    expect(readSearchParams(search)).toEqual({ typed: expected.query, ...expected });
  });

  test.each([
    ['rats', undefined, '?q=rats'],
    ['three evils', 'glossary term', '?q=three+evils&kind=glossary+term'],
    ['', undefined, ''],
    ['<script>', undefined, '?q=%3Cscript%3E'],
  ] as const)('writes %j with kind %j as %j', (query, kind, expected) => {
    expect(writeSearchParams(query, kind)).toBe(expected);
  });

  test('"search instead for" is written as exact=1, and only with a query', () => {
    expect(writeSearchParams('Kazakstan', undefined, true)).toBe('?q=Kazakstan&exact=1');
    expect(writeSearchParams('', undefined, true)).toBe('');
  });

  test('what it writes reads back the same', () => {
    expect(readSearchParams(writeSearchParams('a & b = c', 'event', true))).toEqual({
      query: 'a & b = c',
      typed: 'a & b = c',
      kind: 'event',
      exact: true,
    });
  });
});

describe('kinds', () => {
  test('knows the six filter kinds, nothing else', () => {
    expect(
      ['principle', 'institution', 'event', 'source', 'glossary term', 'page'].every(isSearchKind),
    ).toBe(true);
    expect(isSearchKind('organisation')).toBe(false);
    expect(isSearchKind(null)).toBe(false);
  });
});

describe('namesOf: what a result is named by, for choosing its sections', () => {
  test.each([
    [{ title: 'The Shanghai Spirit' }, 'The Shanghai Spirit'],
    [
      { title: 'The Role of the SCO', authors: 'Rashid Alimov|Alimov|UN Chronicle' },
      'The Role of the SCO (Rashid Alimov) (Alimov) (UN Chronicle)',
    ],
    [{ title: 'T', names: 'A|B', authors: 'C' }, 'T (A) (B) (C)'],
    [{ names: '|A||' }, ' (A)'],
  ])('%j → %s', (meta, names) => expect(namesOf(meta)).toBe(names));

  test("an author's name names a source's page: its top, though a section holds the name", () => {
    // Content words: 0 About 1 this 2 source 3 Rashid 4 Alimov 5 wrote 6 Paragraph 7 5 8 Alimov
    const content = 'About this source Rashid Alimov wrote Paragraph 5 Alimov';
    const names = namesOf({ title: 'The Role of the SCO', authors: 'Rashid Alimov|Alimov' });
    const section = (terms: string[], id: string, ...locations: number[]) => ({
      url: `/sources/a/?${terms.map((term) => `highlight=${term}`).join('&')}#${id}`,
      anchor: { location: id === 'about' ? 0 : 6 },
      weighted_locations: locations.map((location) => ({ location, balanced_score: 1 })),
    });
    expect(landingOf('/sources/a/', section(['alimov'], 'about', 4), content, names)).toBe(
      '/sources/a/',
    );
    // Without the author among its names, the section holding his name was where it led.
    const about = section(['alimov'], 'about', 4);
    expect(landingOf('/sources/a/', about, content, 'The Role of the SCO')).toBe(about.url);
    // A word beyond the names still chooses its section.
    const p5 = section(['alimov', 'paragraph'], 'p5', 6, 8);
    expect(landingOf('/sources/a/', p5, content, names)).toBe(p5.url);
    // One word of the author's name names him, where the page weighs his name as a heading.
    const rashid = {
      ...section(['rashid'], 'about'),
      weighted_locations: [{ location: 3, balanced_score: 1, weight: 10 }],
    };
    expect(landingOf('/sources/a/', rashid, content, names)).toBe('/sources/a/');
    // Not a word of the title: the section whose heading holds "source" ("About this source").
    const source = {
      ...section(['source'], 'about'),
      weighted_locations: [{ location: 2, balanced_score: 1, weight: 7 }],
    };
    expect(landingOf('/sources/a/', source, content, names)).toBe(source.url);
  });
});

describe('rankSections', () => {
  const section = (url: string, ...scores: number[]) => ({
    url,
    weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
  });

  test('orders sections by the summed score of their matches, keeps page order on ties, leaves out the page itself', () => {
    const sections = [
      section('/rats/', 9),
      section('/rats/#a', 1),
      section('/rats/#b', 5, 5),
      section('/rats/#c', 1),
      section('/rats/#d', 2),
    ];
    expect(rankSections('/rats/', sections).map((s) => s.url)).toEqual([
      '/rats/#b',
      '/rats/#d',
      '/rats/#a',
    ]);
    expect(rankSections('/rats/', sections, 5).map((s) => s.url)).toEqual([
      '/rats/#b',
      '/rats/#d',
      '/rats/#a',
      '/rats/#c',
    ]);
  });

  test('with the content, each word searched counts once, by its best place', () => {
    // Content words: 0 Azam 1 Azam, 2 Azam 3 RATS 4 backbone 5 Azam.
    const content = 'Azam Azam, Azam RATS backbone Azam.';
    const at = (url: string, ...matches: [number, number][]) => ({
      url,
      weighted_locations: matches.map(([location, balanced_score]) => ({
        location,
        balanced_score,
      })),
    });
    const q = '?highlight=azam&highlight=backbone';
    const repeats = at(`/p/${q}#repeats`, [0, 400], [1, 400], [2, 400], [5, 400]);
    const both = at(`/p/${q}#both`, [2, 300], [4, 300]);
    expect(rankSections('/p/', [repeats, both], 3, content).map((s) => s.url)).toEqual([
      `/p/${q}#both`,
      `/p/${q}#repeats`,
    ]);
    // Without the content every match counts, as before.
    expect(rankSections('/p/', [repeats, both]).map((s) => s.url)[0]).toBe(`/p/${q}#repeats`);
    // A word that holds a term between punctuation counts as the whole word ("Azam," for azam); a
    // word that matches no term counts for none (and the section, holding one of the two words
    // searched, counts for half).
    expect(sectionScore(at(`/p/${q}#x`, [1, 50], [3, 999]), content.split(' '))).toBe(1 / 2);
  });

  test('Chinese content: its words are the segments between zero-width spaces, as Pagefind counts them', () => {
    // Pagefind segments Chinese with zero-width spaces (U+200B) and counts locations by them; the
    // spaces after sentence marks stay inside a segment. 0 阿扎姆 1 。 2 三股 3 势力 4 。 5 毒品
    const zwsp = '\u200B';
    const content = ['阿扎姆', '。 ', '三股', '势力', '。 ', '毒品'].join(zwsp);
    expect(contentWords(content)).toEqual(['阿扎姆', '。 ', '三股', '势力', '。 ', '毒品']);
    const q = `?highlight=${encodeURIComponent('毒品')}`;
    const at = (url: string, ...matches: [number, number][]) => ({
      url,
      weighted_locations: matches.map(([location, balanced_score]) => ({
        location,
        balanced_score,
        weight: location === 5 ? 6 : 1,
      })),
    });
    // Pagefind's scores favour the first section; the words say the second holds 毒品 in its heading.
    const first = at(`/p/${q}#first`, [2, 900]);
    const drugs = at(`/p/${q}#drugs`, [5, 100]);
    expect(rankSections('/p/', [first, drugs], 3, content).map((s) => s.url)).toEqual([
      `/p/${q}#drugs`,
      `/p/${q}#first`,
    ]);
  });

  describe('Chinese names in single characters, and words the page parts', () => {
    // Pagefind parts 阿利莫夫 (Alimov) into 阿 利 莫 夫, and 阿扎姆 (Azam) into 阿 扎 姆.
    const zwsp = '\u200B';
    // 0 阿 1 扎 2 姆 3 写道 4 。 5 阿 6 利 7 莫 8 夫 9 人口 10 。 11 四 12 个 13 拥 14 核 15 国家
    const content = [
      '阿',
      '扎',
      '姆',
      '写道',
      '。',
      '阿',
      '利',
      '莫',
      '夫',
      '人口',
      '。',
      '四',
      '个',
      '拥',
      '核',
      '国家',
    ].join(zwsp);
    const words = contentWords(content);
    const highlight = (...terms: string[]) =>
      `?${terms.map((term) => `highlight=${encodeURIComponent(term)}`).join('&')}`;
    const at = (url: string, ...matches: [number, number?][]) => ({
      url,
      weighted_locations: matches.map(([location, weight = 1]) => ({
        location,
        balanced_score: 1,
        weight,
      })),
    });

    test('a character of a name matches only beside its neighbour in the name: the 阿 of Azam is no match for Alimov', () => {
      const q = highlight('阿', '利', '莫', '夫');
      const azam = at(`/p/${q}#azam`, [0, 6]);
      const alimov = at(`/p/${q}#alimov`, [5], [6], [7], [8]);
      expect(sectionScore(azam, words)).toBe(0);
      expect(sectionScore(alimov, words)).toBeGreaterThan(0);
    });

    test('a word of the query that the page parts (拥核国家: 拥 核 国家) matches at its first part', () => {
      const q = highlight('拥核国家');
      expect(sectionScore(at(`/p/${q}#nuclear`, [13]), words)).toBeGreaterThan(0);
      expect(sectionScore(at(`/p/${q}#other`, [12]), words)).toBe(0);
    });

    test('a name of four characters counts as one word of the query, not four', () => {
      // "Alimov's nuclear-armed states": the heading holding the name alone is not worth four words.
      const q = highlight('阿', '利', '莫', '夫', '拥核国家');
      const name = at(`/p/${q}#population`, [5, 6], [6, 6], [7, 6], [8, 6]);
      const other = at(`/p/${q}#nuclear-powers`, [13, 6], [5], [6], [7], [8]);
      expect(
        rankSections('/p/', [name, other], 3, content).map((section) => section.url.split('#')[1]),
      ).toEqual(['nuclear-powers', 'population']);
    });
  });

  test('contentWords: white space parts other text; a zero-width no-break space (U+FEFF) does not', () => {
    expect(contentWords('The  SCO\nRATS\tTashkent')).toEqual(['The', 'SCO', 'RATS', 'Tashkent']);
    expect(contentWords('a\uFEFFb c')).toEqual(['a\uFEFFb', 'c']);
  });

  describe("with the content and the sections' places", () => {
    // 0 Report 1 a 2 problem 3 reporting 4 the 5 error, 6 here 7 organisation’s 8 United 9 un 10 Reporting 11 x 12 Drugs 13 boxes
    const content =
      'Report a problem reporting the error, here organisation’s United un Reporting x Drugs boxes';
    const words = content.split(' ');
    type Match = [location: number, weight?: number];
    const hit = (terms: string[], id: string, anchor: number | undefined, ...matches: Match[]) => ({
      url: `/p/?${terms.map((term) => `highlight=${term}`).join('&')}#${id}`,
      anchor: anchor === undefined ? undefined : { location: anchor },
      weighted_locations: matches.map(([location, weight = 1]) => ({
        location,
        weight,
        balanced_score: 429 * weight * weight,
      })),
    });
    const rows: { name: string; terms: string[]; matches: Match[]; score: number }[] = [
      { name: 'the whole word counts 1', terms: ['error'], matches: [[5]], score: 1 },
      {
        name: 'a longer word that begins with the term counts SECTION_PREFIX_MATCH',
        terms: ['report'],
        matches: [[3]],
        score: SECTION_PREFIX_MATCH,
      },
      {
        name: 'a part joined by punctuation is the whole word',
        terms: ['organisation'],
        matches: [[7]],
        score: 1,
      },
      { name: '"United" is not the word "un"', terms: ['un'], matches: [[8]], score: 0.5 },
      {
        name: 'the plural of the term is the whole word',
        terms: ['drug'],
        matches: [[12]],
        score: 1,
      },
      {
        name: '"es" makes a plural after s, x, z, ch, sh',
        terms: ['box'],
        matches: [[13]],
        score: 1,
      },
      {
        name: 'and only there ("boxes" is no plural of "bo")',
        terms: ['bo'],
        matches: [[13]],
        score: SECTION_PREFIX_MATCH,
      },
      {
        name: 'nor is a longer word ("Drugs" for "dru")',
        terms: ['dru'],
        matches: [[12]],
        score: SECTION_PREFIX_MATCH,
      },
      {
        name: 'a heading counts SECTION_HEADING_BONUS, once, by the best match',
        terms: ['report'],
        matches: [[0, 6], [3], [10]],
        score: SECTION_HEADING_BONUS,
      },
      {
        name: 'a term Pagefind lists twice counts once',
        terms: ['error', 'error'],
        matches: [[5]],
        score: 1,
      },
      {
        name: 'each word searched adds its best match',
        terms: ['report', 'error'],
        matches: [[3], [5]],
        score: 1 + SECTION_PREFIX_MATCH,
      },
      {
        name: 'a location past the content, or a word no term begins, counts nothing',
        terms: ['error'],
        matches: [[99], [6]],
        score: 0,
      },
    ];
    test.each(rows)('$name', ({ terms, matches, score }) => {
      expect(sectionScore(hit(terms, 's', 0, ...matches), words)).toBeCloseTo(score, 9);
    });

    test("a section counts for the share it holds of the query's words beyond the page's title", () => {
      const terms = ['report', 'error'];
      // "report" in a heading, "error" nowhere: half the query's own words.
      const half = hit(terms, 'half', 0, [0, 6]);
      expect(sectionScore(half, words)).toBeCloseTo(SECTION_HEADING_BONUS / 2, 9);
      // On a page titled "Error reports" both words are the title's: every section is about them.
      expect(sectionScore(half, words, new Map(), titleWordsOf('Error reports'))).toBeCloseTo(
        SECTION_HEADING_BONUS,
        9,
      );
      // On a page titled "Reports", "error" is the one word beyond it, and the section lacks it.
      expect(sectionScore(half, words, new Map(), titleWordsOf('Reports'))).toBe(0);
      // A longer word that begins with a term is no title word: a page titled "Reporting" is not
      // about "report", so a section with "error" alone holds half the query's own words.
      const error = hit(terms, 'error', 4, [5]);
      expect(sectionScore(error, words, new Map(), titleWordsOf('Reporting'))).toBe(1 / 2);
      // A part of a title word joined by punctuation is a title word too ("Anti-Error").
      expect(titleWordsOf('The Anti-Error Structure’s reports')).toEqual(
        expect.arrayContaining(['antierror', 'anti', 'error', 'structures', 'reports']),
      );
      expect(titleWordsOf(undefined)).toEqual([]);
    });

    test("a section holding all the query's own words outranks one holding one of them in its heading", () => {
      // "alimov and azam on enlargement" on a page titled "The 2017 enlargement": "Population:
      // Alimov's figure" holds Alimov in its heading; "Where the sources agree" holds all three.
      const text =
        'Population: Alimov’s figure Alimov writes x Sources agree Alimov Azam enlargement';
      const terms = ['alimov', 'azam', 'enlargement'];
      const population = hit(terms, 'population', 0, [1, 6], [3]);
      const compared = hit(terms, 'compared', 6, [8], [9], [10]);
      const ranked = (title?: string) =>
        rankSections('/p/', [population, compared], 3, text, title).map((s) => s.url.split('#')[1]);
      expect(ranked('The 2017 enlargement')).toEqual(['compared', 'population']);
      // Without the share the heading would win: Alimov matches three times on the page (rarity
      // 1 / log2(4) = 1/2), so Population's sum is SECTION_HEADING_BONUS / 2, Compared's 1/2 + 1 + 1.
      expect(SECTION_HEADING_BONUS / 2).toBeGreaterThan(1 / 2 + 1 + 1);
    });

    test("a word searched that is a word of a section's id counts as a match in its heading, unless the page's title holds it", () => {
      // "how big is the region": "#population" says "region" in its text, "#region" only in its id.
      const text = 'Arctic Indian Ocean x Population region region';
      const region = hit(['region'], 'region', 0);
      const population = hit(['region'], 'population', 4, [5], [6]);
      const ids = (title?: string) =>
        rankSections('/p/', [population, region], 3, text, title).map((s) => s.url.split('#')[1]);
      expect(ids()).toEqual(['region', 'population']);
      expect(sectionScore(region, text.split(' '))).toBe(0);
      // Its plural too ("#external-stances" for "stance"); a longer word that begins with it only
      // from MIN_ID_PREFIX letters, as a stem the planner searched does ("compar" for "compared").
      const order = (terms: string[], ...matches: Match[]) =>
        rankSections(
          '/p/',
          [hit(terms, 'other', 4, ...matches), hit(terms, 'external-stances', 0)],
          3,
          `${text} standing`,
        ).map((s) => s.url.split('#')[1]);
      expect(order(['stance'])).toEqual(['external-stances', 'other']);
      const start = (letters: number) => 'stances'.slice(0, letters);
      expect(order([start(MIN_ID_PREFIX)])).toEqual(['external-stances', 'other']);
      expect(order([start(MIN_ID_PREFIX - 1)], [7])).toEqual(['other', 'external-stances']);
      // On a page titled "The region", every section is about the region: the id chooses none.
      expect(ids('The region')).toEqual(['population', 'region']);
      // Whatever an id holds, it is read as written and never throws.
      const broken = hit(['region'], '%E0%A4%Aregion', 0);
      expect(() => rankSections('/p/', [broken, population], 3, text)).not.toThrow();
    });

    test('a heading holding one common word ranks below a section holding the rare word only when the bonus does not outweigh rarity', () => {
      const terms = ['report', 'error'];
      // "report" matches three times on the page, "error" once: rarity 1/log2(4) against 1/log2(2).
      const heading = hit(terms, 'heading', 0, [0, 6], [3]);
      const text = hit(terms, 'text', 4, [5]);
      const other = hit(terms, 'other', 9, [10]);
      const expected =
        SECTION_HEADING_BONUS / Math.log2(4) > 1
          ? [heading.url, text.url, other.url]
          : [text.url, heading.url, other.url];
      expect(rankSections('/p/', [other, heading, text], 3, content).map((s) => s.url)).toEqual(
        expected,
      );
    });

    test('sections that tie go by how early in them the first match stands, then in page order', () => {
      const terms = ['error'];
      // Sections start at 0, 4 and 8 (the last ends with the content, 12 words). "error" at 5 is
      // 1/4 into the second; the third holds it at its start; the first holds it 3/4 in.
      const late = hit(terms, 'late', 0, [3]);
      const early = hit(terms, 'early', 8, [8]);
      const middle = hit(terms, 'middle', 4, [5]);
      const text = 'error error error error x error x x error x x x';
      expect(rankSections('/p/', [late, middle, early], 3, text).map((s) => s.url)).toEqual([
        early.url,
        middle.url,
        late.url,
      ]);
      // Without places, ties keep page order.
      const placeless = [late, middle, early].map((section) => ({ ...section, anchor: undefined }));
      expect(rankSections('/p/', placeless, 3, text).map((s) => s.url)).toEqual([
        late.url,
        middle.url,
        early.url,
      ]);
    });

    test("sections that tie go first by how many of the query's neighbouring words stand near each other in them", () => {
      const terms = ['mutual', 'trust'];
      // 0 trust 1 x 2 x 3 x 4 x 5 mutual | 6 x 7 mutual 8 trust 9 x | 10 trust 11 x 12 x 13 mutual
      const text = 'trust x x x x mutual x mutual trust x trust x x mutual';
      const apart = hit(terms, 'apart', 0, [0], [5]);
      const near = hit(terms, 'near', 6, [7], [8]);
      // Within NEAR_WORDS, in either order (the query's order is the reader's, not the text's).
      const reversed = hit(terms, 'reversed', 10, [10], [13]);
      expect(NEAR_WORDS).toBe(3);
      expect(rankSections('/p/', [apart, reversed, near], 3, text).map((s) => s.url)).toEqual([
        reversed.url,
        near.url,
        apart.url,
      ]);
      // A higher score still comes first, however far apart its words stand.
      const more = hit([...terms, 'x'], 'more', 0, [0], [1], [5]);
      const nearLess = hit([...terms, 'x'], 'near-less', 6, [7], [8]);
      expect(rankSections('/p/', [nearLess, more], 3, text)[0]!.url).toBe(more.url);
    });

    test('a section with no match, or content shorter than its matches, still ranks and never throws', () => {
      const empty = hit(['error'], 'empty', 2);
      const lost = hit(['error'], 'lost', 3, [500]);
      const found = hit(['error'], 'found', 4, [5]);
      expect(rankSections('/p/', [empty, lost, found], 3, content).map((s) => s.url)).toEqual([
        found.url,
        empty.url,
        lost.url,
      ]);
      expect(rankSections('/p/', [empty, found], 3, '').map((s) => s.url)).toEqual([
        empty.url,
        found.url,
      ]);
    });
  });

  test('with the content, a word the page uses seldom counts for more than one it uses throughout', () => {
    // 0 RATS 1 SCO 2 SCO 3 SCO 4 backbone 5 SCO
    const content = 'RATS SCO SCO SCO backbone SCO';
    const q = '?highlight=rats&highlight=backbone&highlight=sco';
    const at = (id: string, ...matches: [number, number][]) => ({
      url: `/rats/${q}#${id}`,
      weighted_locations: matches.map(([location, balanced_score]) => ({
        location,
        balanced_score,
      })),
    });
    const common = at('common', [0, 900], [1, 100]);
    const rare = at('rare', [0, 900], [4, 100]);
    const rest = at('rest', [2, 100], [3, 100], [5, 100]);
    expect(rankSections('/rats/', [common, rare, rest], 3, content).map((s) => s.url)).toEqual([
      rare.url,
      common.url,
      rest.url,
    ]);
  });

  test('a record with no sections has none to show', () => {
    expect(rankSections('/glossary/#rats', [section('/glossary/#rats', 3)])).toEqual([]);
  });
});
