import { describe, expect, test } from 'vitest';
import {
  AUTHORS_META,
  BACKGROUND_META,
  collectEntries,
  definitionsOf,
  distinctHeadings,
  entryOf,
  namesInTitle,
  sharedHeadingIds,
  seatsOf,
  NAMES_META,
  sourceAuthorNames,
  type Fragment,
} from '#lib/search/search-entries.ts';

const fragment = (meta: Fragment['meta']): Fragment => ({
  id: 'und_1',
  url: '/x/',
  content: '',
  meta,
});

describe('entryOf', () => {
  test.each([
    [
      'a glossary term: its title and other names',
      { title: 'SCO Charter', [NAMES_META]: 'Charter of the SCO|SCO Charter' },
      ['SCO Charter', 'Charter of the SCO'],
      [],
    ],
    [
      'an article: its title, and its author’s names',
      { title: 'The Role of the SCO', [AUTHORS_META]: 'Rashid Alimov|Alimov' },
      ['The Role of the SCO'],
      ['Rashid Alimov', 'Alimov'],
    ],
  ])('%s', (_name, meta, names, authors) => {
    expect(entryOf(fragment(meta))).toEqual({ id: 'und_1', names, authors });
  });

  test('a page with no title, names or authors names nothing', () => {
    expect(entryOf(fragment({}))).toBeUndefined();
  });

  // A reference source's title names someone else's page ("Secretariat"), not the SCO Secretariat,
  // and its author ("SCO member states") is no name a reader looks the page up by.
  test('a reference source (background) names nothing, whatever its title and author', () => {
    expect(
      entryOf(
        fragment({
          title: 'Secretariat',
          [AUTHORS_META]: 'SCO member states',
          [BACKGROUND_META]: '1',
        }),
      ),
    ).toBeUndefined();
  });
});

describe('collectEntries', () => {
  test('records of list pages (a URL with an anchor) are told apart from pages', () => {
    const { records } = collectEntries([
      { id: 'und_page', url: '/rats/', content: 'RATS', meta: { title: 'RATS' } },
      { id: 'und_term', url: '/glossary/#rats', content: 'RATS', meta: { title: 'RATS' } },
      { id: 'und_event', url: '/timeline/#rats-2004', content: 'RATS', meta: {} },
    ]);
    expect([...records].sort()).toEqual(['und_event', 'und_term']);
  });
});

describe('definitionsOf', () => {
  const record = (id: string, url: string, kind?: string): Fragment => ({
    id,
    url,
    content: '',
    meta: {},
    ...(kind ? { filters: { kind: [kind] } } : {}),
  });
  test('a record whose anchor is also a glossary term’s is defined by the term', () => {
    const definedBy = definitionsOf([
      record('und_term', '/glossary/#astana-summit-2017', 'glossary term'),
      record('und_event', '/timeline/#astana-summit-2017', 'event'),
      record('und_other', '/timeline/#rats-2004', 'event'),
      record('und_page', '/astana-summit-2017/', 'topic'),
      record('und_ru', '/ru/timeline/#rats-2004', 'event'),
    ]);
    expect([...definedBy]).toEqual([['und_event', 'und_term']]);
  });
  test('a term is not its own definition, nor is a record of no kind a term', () => {
    expect(definitionsOf([record('und_term', '/glossary/#x', 'glossary term')]).size).toBe(0);
    expect(
      definitionsOf([record('und_a', '/glossary/#x'), record('und_b', '/timeline/#x', 'event')])
        .size,
    ).toBe(0);
  });
});

describe('a source’s author names', () => {
  const article = { author: 'Rashid Alimov', kind: 'official' as const };
  test.each([
    ['an article: the author and the surname', article, undefined, ['Rashid Alimov', 'Alimov']],
    [
      'in Russian: the edition’s name and its surname too',
      article,
      'Рашид Алимов',
      ['Rashid Alimov', 'Alimov', 'Рашид Алимов', 'Алимов'],
    ],
    [
      'in Chinese: the parts of a transliteration are parted by a middle dot',
      article,
      '拉希德·阿利莫夫',
      ['Rashid Alimov', 'Alimov', '拉希德·阿利莫夫', '阿利莫夫'],
    ],
    [
      'a katakana middle dot and spaces around it part the name too',
      article,
      ' ラシード ・ アリモフ ',
      ['Rashid Alimov', 'Alimov', 'ラシード ・ アリモフ', 'アリモフ'],
    ],
    [
      'a name of one part (the edition writes the surname only) is named once',
      article,
      '阿利莫夫',
      ['Rashid Alimov', 'Alimov', '阿利莫夫'],
    ],
    [
      'an edition name that is the English one adds nothing',
      article,
      'Rashid Alimov',
      ['Rashid Alimov', 'Alimov'],
    ],
    ['an empty edition name adds nothing', article, '  ', ['Rashid Alimov', 'Alimov']],
    [
      'a reference source: its institution, no "surname", in either writing',
      { author: 'SCO Secretariat', kind: 'reference' as const, outlet: 'UN Chronicle, Vol. 1' },
      '上合组织 秘书处',
      ['SCO Secretariat', '上合组织 秘书处', 'UN Chronicle'],
    ],
  ])('%s', (_name, source, editionAuthor, names) => {
    expect(sourceAuthorNames(source, editionAuthor)).toEqual(names);
  });

  test('the outlet as an edition’s footnotes name it is one more name', () => {
    const column = {
      author: 'Azhar Azam',
      kind: 'opinion' as const,
      outlet: 'CGTN (China Global Television Network)',
    };
    expect(sourceAuthorNames(column, '阿扎姆', '中国国际电视台（CGTN）')).toEqual([
      'Azhar Azam',
      'Azam',
      '阿扎姆',
      'CGTN',
      'China Global Television Network',
      '中国国际电视台',
    ]);
    // Without its title marks; the English outlet adds nothing twice.
    expect(sourceAuthorNames(article, undefined, '《联合国纪事》第LIV卷')).toEqual([
      'Rashid Alimov',
      'Alimov',
      '联合国纪事',
    ]);
    expect(
      sourceAuthorNames(
        { ...column, author: 'Azhar Azam' },
        undefined,
        'CGTN (China Global Television Network)',
      ),
    ).toEqual(['Azhar Azam', 'Azam', 'CGTN', 'China Global Television Network']);
  });
});

describe('namesInTitle: the names a title gives', () => {
  test.each([
    // An acronym in brackets, or one spelt out: both parts are names.
    ['Regional Anti-Terrorist Structure (RATS)', ['Regional Anti-Terrorist Structure', 'RATS']],
    [
      'Treaty on the Non-Proliferation of Nuclear Weapons (NPT)',
      ['Treaty on the Non-Proliferation of Nuclear Weapons', 'NPT'],
    ],
    ['CGTN (China Global Television Network)', ['CGTN', 'China Global Television Network']],
    // A bracket that describes names nothing of its own ("English", "archive" name no source); the
    // title typed whole still names its entry.
    ['TASS (English)', ['TASS', 'TASS (English)']],
    ['China.org.cn (archive)', ['China.org.cn', 'China.org.cn (archive)']],
    [
      'Charter of the Shanghai Cooperation Organization (English text)',
      [
        'Charter of the Shanghai Cooperation Organization',
        'Charter of the Shanghai Cooperation Organization (English text)',
      ],
    ],
    ['CGTN (Beijing)', ['CGTN', 'CGTN (Beijing)']],
    // A bracket with a digit is part of the one name; no bracket, one name; nothing, none.
    ['Astana summit (2017)', ['Astana summit (2017)']],
    ['Tashkent', ['Tashkent']],
    ['  ', []],
  ])('%s → %j', (title, names) => expect(namesInTitle(title)).toEqual(names));
});

describe('distinctHeadings: the headings that name a part of one page', () => {
  const page = (id: string, url: string, title: string, headings: string[]): Fragment => ({
    id,
    url,
    content: '',
    meta: { title },
    anchors: [
      { element: 'h1', text: title },
      ...headings.map((text) => ({ element: 'h2', text })),
      { element: 'p', text: 'A paragraph with an id' },
    ],
  });
  const fragments = [
    page('und_rats', '/rats/', 'RATS', [
      'What RATS is',
      'The “three forces”',
      'Where the sources agree and differ',
      'Sources',
    ]),
    page('und_spirit', '/shanghai-spirit/', 'Shanghai Spirit', [
      'What Alimov writes',
      'Where the sources agree and differ',
    ]),
    page('und_list', '/sources/', 'Sources', ['About SCO', 'The Role of the SCO']),
    page('und_about', '/sources/sco-about/', 'About SCO', ['About this source']),
    page('und_role', '/sources/alimov-2017/', 'The Role of the SCO', ['About this source']),
    // A record's headings are not a page's.
    page('und_term', '/glossary/#rats', 'RATS', ['What RATS does']),
  ];
  const entries = [{ id: 'und_forces', names: ['three forces'], authors: [] }];
  test('of two words or more, on one page only, not a name or a title, not a record’s', () => {
    expect(distinctHeadings(fragments, entries)).toEqual([
      { id: 'und_rats', heading: 'What RATS is' },
      { id: 'und_spirit', heading: 'What Alimov writes' },
    ]);
  });
  test('without the names, a heading that is a name is one', () => {
    expect(distinctHeadings(fragments).map(({ heading }) => heading)).toContain(
      'The “three forces”',
    );
  });
  test('a fragment without anchors has none', () => {
    expect(distinctHeadings([fragment({ title: 'x' })])).toEqual([]);
  });
});

describe('sharedHeadingIds: the ids of headings two pages or more have', () => {
  const page = (id: string, url: string, anchors: NonNullable<Fragment['anchors']>): Fragment => ({
    id,
    url,
    content: '',
    meta: { title: id },
    anchors,
  });
  test('on two pages or more; not a record’s, not an element other than a heading', () => {
    const h2 = (anchor: string) => ({ element: 'h2', text: anchor, id: anchor });
    const fragments = [
      page('und_rats', '/rats/', [h2('what-rats-is'), h2('sources-compared'), h2('facts')]),
      page('und_spirit', '/shanghai-spirit/', [h2('sources-compared'), h2('origins')]),
      // A record has the anchor of its list page's item; a paragraph's id is no heading.
      page('und_term', '/glossary/#what-rats-is', [h2('what-rats-is')]),
      page('und_source', '/sources/x/', [{ element: 'p', text: 'p1', id: 'facts' }]),
      // Two headings of one page with one id are one page.
      page('und_about', '/about/', [h2('origins')]),
      page('und_home', '/', [h2('members'), h2('members')]),
    ];
    expect(sharedHeadingIds(fragments)).toEqual(['origins', 'sources-compared']);
    expect(sharedHeadingIds([fragment({ title: 'x' })])).toEqual([]);
  });
});

describe('seatsOf: the places glossary terms say they are seated in', () => {
  const term = (id: string, content: string, kind = 'glossary term'): Fragment => ({
    id,
    url: `/glossary/#${id}`,
    content,
    meta: {},
    filters: { kind: [kind] },
  });
  const SEAT_WORDS = ['seat', 'seated', 'based', 'headquartered', 'hq'];
  test('a word for a seat, "in", and a name in capitals, of one word or more', () => {
    expect(
      seatsOf(
        [
          term('centre', 'A permanent SCO body, to be seated in Dushanbe. The Astana summit …'),
          term('secretariat', 'The permanent secretariat, based in Beijing.'),
          term('other', 'An office headquartered in St Petersburg, with staff.'),
          // Not a name: "based in practice"; nor a page or an event that says so.
          term('idea', 'An idea based in practice.'),
          // A provision, not a place: a number follows the name.
          term('rule', 'A rule based in Article 2 of the Charter.'),
          term('event', 'RATS, seated in Tashkent, begins work.', 'event'),
        ],
        SEAT_WORDS,
      ),
    ).toEqual([
      { id: 'centre', place: 'Dushanbe' },
      { id: 'secretariat', place: 'Beijing' },
      { id: 'other', place: 'St Petersburg' },
    ]);
  });
  test('no words for a seat, no seats', () => {
    expect(seatsOf([term('centre', 'seated in Dushanbe')], [])).toEqual([]);
  });
});
