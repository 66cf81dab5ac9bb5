import { describe, expect, test } from 'vitest';
import {
  citedParagraph,
  isNearForm,
  landingFirst,
  landingOf,
  rankSections,
  withHeadings,
} from '#lib/search/landing.ts';

/** A section as Pagefind gives it: its heading at `anchor`, the query's words at `locations`. */
const sectionHit = (url: string, title: string, anchor: number, ...locations: number[]) => ({
  url,
  title,
  anchor: { location: anchor },
  weighted_locations: locations.map((location) => ({ location, balanced_score: 1 })),
});

describe("landingOf: where a page result's title leads", () => {
  // Content words: 0 RATS 1 began 2 work 3 in 4 Tashkent. 5 What 6 RATS 7 does 8 extradition
  const content = 'RATS began work in Tashkent. What RATS does extradition';
  const at = (terms: string[], id: string, ...locations: number[]) => ({
    url: `/rats/?${terms.map((term) => `highlight=${term}`).join('&')}#${id}`,
    anchor: { location: 5 },
    weighted_locations: locations.map((location) => ({ location, balanced_score: 1 })),
  });
  const title = 'The Regional Anti-Terrorist Structure (RATS)';

  test.each([
    // A word beyond the title's chose the section ("population" had opened the page's top).
    [['extradition'], 'functions', [8], '#functions'],
    [['rats', 'extradition'], 'functions', [6, 8], '#functions'],
    // The page's own name names the page: its top, though a section holds the word.
    [['rats'], 'functions', [6], 'top'],
    // A section that holds none of the query's other words is not where it leads.
    [['rats', 'tashkent'], 'functions', [6], 'top'],
  ])('%j, best section #%s holding %j → %s', (terms, id, locations, expected) => {
    const best = at(terms, id, ...locations);
    const landing = landingOf('/rats/', best, content, title);
    expect(landing).toBe(expected === 'top' ? '/rats/' : best.url);
  });

  test('a section\'s id counts as its heading: "functions" finds #functions though its text lacks it', () => {
    const best = at(['functions'], 'functions');
    expect(landingOf('/rats/', best, content, title)).toBe(best.url);
  });

  test('no section: the page', () => {
    expect(landingOf('/rats/', undefined, content, title)).toBe('/rats/');
  });

  test("a query that is one of the page's names, by a variant of its words, leads to its top", () => {
    // "Regional Counter-Terrorism Structure": a synonym's words for the title's; "counterterrorism"
    // is no word of the title, and chose a section.
    const best = at(['counterterrorism'], 'functions', 8);
    const text = content.replace('extradition', 'counterterrorism');
    const query = 'Regional Counter-Terrorism Structure';
    expect(landingOf('/rats/', best, text, title, query)).toBe(best.url);
    expect(landingOf('/rats/', best, text, title, query, [], true)).toBe('/rats/');
  });

  // A heading that holds every word searched leads there, though they are the title's words too,
  // unless they name the page (its title, or the name in its brackets).
  // Content words: 0 What 1 RATS 2 does 3 India 4 and 5 Pakistan 6 join 7 Pakistan 8 Regional
  // 9 Anti-Terrorist 10 Structure
  const headed =
    'What RATS does India and Pakistan join Pakistan Regional Anti-Terrorist Structure';
  const enlargement = 'The 2017 enlargement: India and Pakistan join';
  test.each([
    [['pakistan'], enlargement, [5], [], '#s'],
    [['india', 'pakistan'], enlargement, [3, 5], [], '#s'],
    // Only in the section's text, not its heading: the page's top, as before.
    [['pakistan'], enlargement, [], [7], 'top'],
    // One word searched that the heading lacks: the page's top.
    [['india', 'pakistan', 'nuclear'], enlargement, [3, 5], [], 'top'],
    // The page's name: in its brackets, or its title without the function words.
    [['rats'], title, [1], [], 'top'],
    [['regional', 'anti', 'terrorist', 'structure'], title, [8, 9, 10], [], 'top'],
    [['regional', 'anti'], title, [8, 9], [], '#s'],
    // The start of a title's word, being typed, matches only that word: it names the page.
    [['regio'], title, [], [8], 'top'],
    [['regio', 'pakistan'], title, [], [5, 8], '#s'],
  ])(
    '%j on "%s", in the heading at %j, in the text at %j → %s',
    (terms, pageTitle, heading, text, expected) => {
      const best = {
        url: `/p/?${terms.map((term) => `highlight=${term}`).join('&')}#s`,
        anchor: { location: 0 },
        weighted_locations: [
          ...heading.map((location) => ({ location, balanced_score: 1, weight: 7 })),
          ...text.map((location) => ({ location, balanced_score: 1 })),
        ],
      };
      expect(landingOf('/p/', best, headed, pageTitle)).toBe(expected === 'top' ? '/p/' : best.url);
    },
  );
});

test.each([
  // Another form of a title's word ("terrorism" for "Anti-Terrorist") names the page as the word does.
  [['regional', 'terrorism', 'structure'], '/rats/'],
  // A start that matches only such a form: "terror", in "terrorism".
  [['terror'], '/rats/'],
  // A word beyond the title still chooses the section.
  [['partnerships', 'terrorism'], '/rats/?highlight=partnerships&highlight=terrorism#partnerships'],
])('%j, held in a section of the RATS page, leads to %s', (terms, expected) => {
  // Content words: 0 Regional 1 structure: 2 partnerships 3 against 4 terrorism
  const content = 'Regional structure: partnerships against terrorism';
  const at = { regional: 0, structure: 1, partnerships: 2, terrorism: 4, terror: 4 };
  const best = {
    url: `/rats/?${terms.map((term) => `highlight=${term}`).join('&')}#partnerships`,
    anchor: { location: 2 },
    weighted_locations: terms.map((term) => ({
      location: at[term as keyof typeof at],
      balanced_score: 1,
    })),
  };
  expect(landingOf('/rats/', best, content, 'The Regional Anti-Terrorist Structure (RATS)')).toBe(
    expected,
  );
});

test.each([
  ['terrorism', 'terrorist', true],
  ['regional', 'regions', true],
  ['terror', 'terrorist', false],
  ['nation', 'native', false],
  ['form', 'forms', false],
])('%s and %s are near forms: %s', (a, b, expected) => expect(isNearForm(a, b)).toBe(expected));

test("a Chinese page's title, parted by the index, names the page: its top", () => {
  // The index parts 上海精神 (the Shanghai Spirit) into 上海 and 精神; the title is one word to titleWordsOf.
  const content = ['上海', '精神', '是', '官方', '表述'].join('\u200B');
  const terms = ['上海', '精神'].map((term) => `highlight=${encodeURIComponent(term)}`).join('&');
  const best = {
    url: `/zh/shanghai-spirit/?${terms}#official-formula`,
    anchor: { location: 0 },
    weighted_locations: [0, 1].map((location) => ({ location, balanced_score: 1 })),
  };
  expect(landingOf('/zh/shanghai-spirit/', best, content, '上海精神')).toBe('/zh/shanghai-spirit/');
  // A word beyond the title (官方, official) still chooses the section.
  const official = { ...best, url: best.url.replace('#', '&highlight=%E5%AE%98%E6%96%B9#') };
  official.weighted_locations = [0, 1, 3].map((location) => ({ location, balanced_score: 1 }));
  expect(landingOf('/zh/shanghai-spirit/', official, content, '上海精神')).toBe(official.url);
});

test("a Chinese page's title, parted by the index, chooses none of its sections", () => {
  // "阿利莫夫 上海精神" (Alimov, the Shanghai Spirit) on the Shanghai Spirit's page: the title's
  // parts 上海 and 精神 stand in every section whether it says them or not; the section headed by
  // Alimov's name (阿利莫夫的论述) is the part asked for, not one that names all the words in passing.
  const words = ['阿', '利', '莫', '夫', '的', '论述', '他', '写道', '对外', '立场'];
  const content = [...words, '阿', '利', '莫', '夫', '说', '上海', '精神'].join('\u200B');
  const terms = ['阿', '利', '莫', '夫', '上海', '精神']
    .map((term) => `highlight=${encodeURIComponent(term)}`)
    .join('&');
  const located = (id: string, anchor: number, heading: number[], text: number[]) => ({
    url: `/zh/shanghai-spirit/?${terms}#${id}`,
    anchor: { location: anchor },
    weighted_locations: [
      ...heading.map((location) => ({ location, balanced_score: 1, weight: 7 })),
      ...text.map((location) => ({ location, balanced_score: 1 })),
    ],
  });
  const alimov = located('alimov-view', 0, [0, 1, 2, 3], []);
  const stance = located('external-stance', 8, [], [10, 11, 12, 13, 15, 16]);
  expect(
    rankSections('/zh/shanghai-spirit/', [stance, alimov], 3, content, '上海精神').map(
      (section) => section.url,
    ),
  ).toEqual([alimov.url, stance.url]);
});

describe('landingOf: a heading the query restates', () => {
  const content = 'RATS began work. What RATS does. What RATS is. Paragraph 5. Non-use of force.';
  const sections = [
    { url: '/rats/', title: 'The Regional Anti-Terrorist Structure (RATS)' },
    { url: '/rats/#functions', title: 'What RATS does' },
    { url: '/rats/#what-rats-is', title: 'What RATS is' },
    { url: '/rats/#p5', title: 'Paragraph 5' },
    { url: '/rats/#non-use', title: 'Non-use of force' },
    { url: '/rats/#cited', title: 'Sources' },
    { url: '/rats/#drugs', title: 'Drugs and organised crime' },
  ].map((section) => ({ ...section, weighted_locations: [] }));
  const best = sections[2]!;
  test.each([
    // Every word of the heading, function words and all, in any order, a form with an ending.
    ['what does rats do', '/rats/#functions'],
    ['What does RATS actually do?', '/rats/#functions'],
    ['what is rats', '/rats/#what-rats-is'],
    ['alimov paragraph 5', '/rats/#p5'],
    // The site's citation of a paragraph ("Alimov ¶5") is its heading's words.
    ['alimov ¶5', '/rats/#p5'],
    ['alimov § 5', '/rats/#p5'],
    // Two words typed apart are one in the heading.
    ['azam non use of force', '/rats/#non-use'],
    // The page named by its title's words names it by its other name too ("RATS").
    ['what does the anti-terrorist structure do', '/rats/#functions'],
    ['what is the regional structure', '/rats/#what-rats-is'],
    // Not every word of the heading: as before, the page's name leads to its top.
    ['rats', '/rats/'],
    ['what does it do', '/rats/'],
    ['what rats', '/rats/'],
    ['paragraph', '/rats/'],
    // A heading of one word says too little to choose; the page itself is no section.
    ['rats sources', '/rats/'],
    ['the regional anti-terrorist structure rats', '/rats/'],
    // A section's id is its editor's short name: restated by the word itself or its plural.
    ['rats drugs', '/rats/#drugs'],
    ['rats drug', '/rats/#drugs'],
    ['rats drugstore', '/rats/'],
    // The last word still being typed, four letters of a heading's or id's word or more.
    ['rats func', '/rats/#functions'],
    ['rats functio', '/rats/#functions'],
    // Not three letters, nor a word before the last.
    ['rats fun', '/rats/'],
    ['rats funct sources', '/rats/'],
  ])('%s → %s', (query, expected) => {
    const title = 'The Regional Anti-Terrorist Structure (RATS)';
    expect(landingOf('/rats/', best, content, title, query, sections)).toBe(expected);
  });
});

test('a citation of a paragraph by author and year lands on the paragraph, not on the year', () => {
  // Content words: 0 About 1 this 2 source 3 Alimov 4 2017 5 Paragraph 6 3 7 Alimov 8 writes
  const content = 'About this source Alimov 2017 Paragraph 3 Alimov writes';
  const about = sectionHit('/s/#about-this-source', 'About this source', 0, 3, 4);
  const p3 = sectionHit('/s/#p3', 'Paragraph 3', 5, 7);
  const sections = [about, p3];
  const land = (query: string) => landingOf('/s/', about, content, 'An article', query, sections);
  expect(land('alimov 2017 ¶3')).toBe(p3.url);
  expect(land('Alimov 2017 paragraph 3')).toBe(p3.url);
  // Without a paragraph cited, the year is a word the paragraph lacks.
  expect(land('alimov 2017')).not.toBe(p3.url);
});

describe('citedParagraph: the paragraph a query cites, as the editions write it', () => {
  test.each([
    ['Azam, CGTN, ¶5', 5],
    ['alimov 2017 para. 3', 3],
    ['alimov paragraph 12', 12],
    ['Азам, CGTN, ¶5', 5],
    ['Алимов абзац 4', 4],
    ['алимов, абз. 4', 4],
    ['阿扎姆，中国国际电视台，第5段', 5],
    ['阿扎姆 第 5 段', 5],
    // No paragraph cited: a number alone, a word that only begins like one.
    ['alimov 2017', undefined],
    ['paragraph by paragraph', undefined],
    ['separa 4', undefined],
    ['бабз 4', undefined],
    ['第段', undefined],
  ])('%s → %s', (query, expected) => expect(citedParagraph(query)).toBe(expected));

  test('a cited paragraph is landed on by its anchor, whatever its heading’s language', () => {
    // Content words: 0 Об 1 источнике 2 Алимов 3 CGTN 4 Абзац 5 3 6 Алимов
    const content = 'Об источнике Алимов CGTN Абзац 3 Алимов';
    const about = sectionHit('/ru/s/#about-this-source', 'Об источнике', 0, 2, 3);
    const p3 = sectionHit('/ru/s/#p3', 'Абзац 3', 4, 6);
    const land = (query: string) =>
      landingOf('/ru/s/', about, content, 'Статья', query, [about, p3]);
    expect(land('Алимов, CGTN, ¶3')).toBe(p3.url);
    expect(land('Алимов, CGTN, абз. 3')).toBe(p3.url);
    // A paragraph the page does not have: another section.
    expect(land('Алимов, CGTN, ¶9')).not.toBe(p3.url);
  });
});

test('the query’s own words restate a heading before the words of its title’s brackets', () => {
  // The title's brackets hold a series' part, not a name: its "2" is no word of the query.
  const content = 'About this source CGTN Paragraph 2 Paragraph 5';
  const about = sectionHit('/s/#about-this-source', 'About this source', 0);
  const sections = [
    about,
    sectionHit('/s/#p2', 'Paragraph 2', 4),
    sectionHit('/s/#p5', 'Paragraph 5', 6),
  ];
  const title = 'A CGTN column (series, part 2)';
  expect(landingOf('/s/', about, content, title, 'CGTN ¶5', sections)).toBe('/s/#p5');
  expect(landingOf('/s/', about, content, title, 'CGTN ¶2', sections)).toBe('/s/#p2');
});

test('a heading that is another word for a word searched restates it', () => {
  // Content words: 0 How 1 to 2 cite 3 citation 4 Reporting 5 an 6 error 7 citation
  const content = 'How to cite citation Reporting an error citation';
  const at = (location: number) => [{ location, balanced_score: 1 }];
  const cite = {
    url: '/a/?highlight=citation#how-to-cite',
    title: 'How to cite',
    anchor: { location: 0 },
    weighted_locations: at(3),
  };
  const corrections = {
    url: '/a/?highlight=citation#corrections',
    title: 'Reporting an error',
    anchor: { location: 4 },
    weighted_locations: at(7),
  };
  const sections = [cite, corrections];
  const title = 'About this site';
  const synonyms = ['cite', 'citations', 'citing'];
  expect(
    landingOf('/a/', corrections, content, title, 'citation', sections, false, { synonyms }),
  ).toBe(cite.url);
  // Without the other words, or when the query is the result's name, as before.
  expect(landingOf('/a/', corrections, content, title, 'citation', sections)).toBe(corrections.url);
  expect(
    landingOf('/a/', corrections, content, title, 'citation', sections, true, { synonyms }),
  ).toBe('/a/');
  // A heading of more than the one other word is not restated by it.
  const longer = { ...cite, title: 'How to cite a page' };
  expect(
    landingOf('/a/', corrections, content, title, 'citation', [longer, corrections], false, {
      synonyms,
    }),
  ).toBe(corrections.url);
});

test('the page’s name typed whole leads to its top, though its title holds a heading', () => {
  const content = 'The SCO grew. India and Pakistan join. Four nuclear powers';
  const title = 'The 2017 enlargement: India and Pakistan join';
  const sections = [
    { url: '/e/#india-pakistan', title: 'India and Pakistan join' },
    { url: '/e/#nuclear-powers', title: 'Four nuclear powers' },
  ].map((section) => ({ ...section, weighted_locations: [] }));
  const best = sections[0]!;
  expect(landingOf('/e/', best, content, title, title, sections, true)).toBe('/e/');
  // Not the result's name: the heading restated leads to its section.
  expect(landingOf('/e/', best, content, title, 'india and pakistan join', sections)).toBe(
    '/e/#india-pakistan',
  );
  // The result's name found by fewer words, and a heading its title does not hold: the section.
  expect(
    landingOf('/e/', best, content, title, 'enlargement four nuclear powers', sections, true),
  ).toBe('/e/#nuclear-powers');
});

test('a restated section does not lead where the best section holds a word searched that it lacks', () => {
  // Content words: 0 India 1 and 2 Pakistan 3 join 4 Four 5 nuclear 6 powers 7 India
  // The heading "India and Pakistan join" is restated by "india and pakistan join nuclear".
  const content = 'India and Pakistan join Four nuclear powers India';
  const terms = 'highlight=india&highlight=nuclear';
  const restated = {
    url: `/e/?${terms}#india-pakistan`,
    title: 'India and Pakistan join',
    anchor: { location: 0 },
    weighted_locations: [{ location: 0, balanced_score: 1, weight: 7 }],
  };
  const best = {
    url: `/e/?${terms}#nuclear-powers`,
    title: 'Four nuclear powers',
    anchor: { location: 4 },
    weighted_locations: [
      { location: 5, balanced_score: 1, weight: 7 },
      { location: 7, balanced_score: 1 },
    ],
  };
  const sections = [restated, best];
  const title = 'The 2017 enlargement';
  expect(landingOf('/e/', best, content, title, 'india and pakistan join nuclear', sections)).toBe(
    best.url,
  );
  // Without the word the restated section lacks (searched, or its id's), it is where the query
  // leads, though the best section holds the other words.
  const unsearched = (section: typeof best) => ({
    ...section,
    url: section.url.replace('&highlight=nuclear', ''),
  });
  const india = { ...unsearched(best), weighted_locations: [best.weighted_locations[1]!] };
  expect(
    landingOf('/e/', india, content, title, 'india and pakistan join', [
      unsearched(restated),
      india,
    ]),
  ).toBe(unsearched(restated).url);
});

describe('landingOf: a query that compares leads to the section that compares', () => {
  // Content words: 0 SCO 1 Charter 2 list 3 SCO 4 Charter 5 side 6 by 7 side 8 sources 9 differ
  // 10 Charter 11 SCO
  const content = 'SCO Charter list SCO Charter side by side sources differ Charter SCO';
  const terms = 'highlight=sco&highlight=charter';
  const at = (locations: number[]) =>
    locations.map((location) => ({ location, balanced_score: 1 }));
  const best = {
    url: `/u/?${terms}#alimov-list`,
    title: "Alimov's list of principles",
    anchor: { location: 0 },
    weighted_locations: at([0, 1]),
  };
  // A heading that compares, but without "SCO": not where the query leads.
  const differ = {
    url: `/u/?${terms}#sources-compared`,
    title: 'Where the sources agree and differ',
    anchor: { location: 8 },
    weighted_locations: at([10]),
  };
  const side = {
    url: `/u/?${terms}#side-by-side`,
    title: "Article 2 and the SCO's phrasing side by side",
    anchor: { location: 3 },
    weighted_locations: at([3, 4]),
  };
  const title = 'The UN Charter principles the SCO invokes';
  test.each([
    'difference between the sco charter and the un charter',
    'how does the SCO Charter differ from the UN Charter',
    'comparison of un charter and sco principles',
    'sco charter vs un charter',
    // What one list holds and another lacks is read side by side.
    'which sco principles are not in the un charter',
    'principles missing from the un charter',
    'сравнение устава ШОС и Устава ООН',
    '上合组织宪章与联合国宪章的区别',
  ])('%s', (query) => {
    expect(landingOf('/u/', best, content, title, query, [differ, side, best])).toBe(side.url);
  });
  test.each(['sco charter un charter', 'un charter principles of the sco', 'vsco charter'])(
    '%s: no comparison asked, the sections as before',
    (query) => {
      expect(landingOf('/u/', best, content, title, query, [differ, side, best])).toBe(
        landingOf('/u/', best, content, title, query, [best]),
      );
    },
  );
  // Every topic page has "Where the sources agree and differ" (SearchData.shared).
  const shared = new Set(['sources-compared']);
  const differAll = { ...differ, weighted_locations: at([10, 11]) };
  test('the section that compares need not say the query’s word for comparing, unless the sources are compared', () => {
    // "differ" searched too: the template's heading holds it, the side-by-side section does not.
    const withDiffer = 'highlight=sco&highlight=charter&highlight=differ';
    const template = {
      ...differ,
      url: `/u/?${withDiffer}#sources-compared`,
      weighted_locations: at([9, 10, 11]),
    };
    const sideBySide = { ...side, url: `/u/?${withDiffer}#side-by-side` };
    const query = 'how does the sco charter differ';
    expect(
      landingOf('/u/', template, content, title, query, [sideBySide, template], false, { shared }),
    ).toBe(sideBySide.url);
    expect(
      landingOf('/u/', template, content, title, query, [sideBySide, template], false, {
        shared,
        sources: true,
      }),
    ).toBe(template.url);
  });
  test.each([
    'is the sco charter in the un charter',
    'are sco charter principles in the un charter',
    'is sco a un charter principle',
  ])(
    '%s: a question whether one is in the other, the section that sets them side by side',
    (query) => {
      expect(
        landingOf('/u/', best, content, title, query, [differAll, side, best], false, { shared }),
      ).toBe(side.url);
      // Asked whether, not how they compare: a heading other pages have too compares the sources.
      expect(
        landingOf('/u/', best, content, title, query, [differAll, best], false, { shared }),
      ).toBe(landingOf('/u/', best, content, title, 'sco charter un charter', [best]));
    },
  );
  test('asked how the sources compare, a heading other pages have too is where the query leads', () => {
    const query = 'difference between the sco charter and the un charter';
    expect(
      landingOf('/u/', best, content, title, query, [differAll, side, best], false, {
        shared,
        sources: true,
      }),
    ).toBe(differAll.url);
  });
  test('asked how other things compare, the page’s own comparison, not the sources’', () => {
    // "non-alignment and non-confrontation", "the SCO and US-dominated alliances": the template's
    // section compares the page's sources, which the query does not ask about.
    const query = 'difference between the sco charter and the un charter';
    expect(
      landingOf('/u/', best, content, title, query, [differAll, side, best], false, { shared }),
    ).toBe(side.url);
    expect(
      landingOf('/u/', differAll, content, title, query, [differAll, best], false, { shared }),
    ).toBe(best.url);
  });
  test('a question whether, whose best section is headed by the thing it asks about: that section', () => {
    // "SCO" in the best section's heading (weight 2): "is sco …" asks about what it heads.
    const headed = {
      ...best,
      weighted_locations: [
        { location: 0, balanced_score: 1, weight: 2 },
        { location: 1, balanced_score: 1 },
      ],
    };
    const query = 'is sco charter in the un charter';
    expect(landingOf('/u/', headed, content, title, query, [side, headed], false, { shared })).toBe(
      landingOf('/u/', headed, content, title, 'sco charter un charter', [headed]),
    );
    expect(landingOf('/u/', best, content, title, query, [side, best], false, { shared })).toBe(
      side.url,
    );
  });
  test('no section that compares and holds the words: the sections as before', () => {
    const query = 'difference between the sco charter and the un charter';
    expect(landingOf('/u/', best, content, title, query, [differ, best])).toBe(
      landingOf('/u/', best, content, title, 'sco charter un charter', [best]),
    );
  });
});

describe('landingOf: a section other pages have too', () => {
  // Content words: 0 Where 1 the 2 sources 3 agree 4 Azam 5 RATS 6 2004 7 What 8 RATS 9 is
  // 10 Azam 11 RATS 12 2004 13 Functions 14 RATS
  const content =
    'Where the sources agree Azam RATS 2004 What RATS is Azam RATS 2004 Functions RATS';
  const terms = 'highlight=azam&highlight=2004';
  const at = (locations: number[]) =>
    locations.map((location) => ({ location, balanced_score: 1 }));
  // The template's section is the best by its score (it comes first), and holds both words.
  const differ = {
    url: `/u/?${terms}#sources-compared`,
    title: 'Where the sources agree and differ',
    anchor: { location: 0 },
    weighted_locations: at([4, 6]),
  };
  const what = {
    url: `/u/?${terms}#what-rats-is`,
    title: 'What RATS is',
    anchor: { location: 7 },
    weighted_locations: at([10, 12]),
  };
  // A section of the page's own that lacks a word the template's holds.
  const functions = {
    url: `/u/?${terms}#functions`,
    title: 'Functions',
    anchor: { location: 13 },
    weighted_locations: at([10]),
  };
  const title = 'The Regional Anti-Terrorist Structure (RATS)';
  const shared = new Set(['sources-compared']);

  test('leads to a section of the page’s own that holds every word it holds', () => {
    const query = 'why does azam say rats started in 2004';
    expect(
      landingOf('/u/', differ, content, title, query, [differ, functions, what], false, { shared }),
    ).toBe(what.url);
  });
  test('not where no section of its own holds them all, nor where the query compares', () => {
    expect(
      landingOf('/u/', differ, content, title, 'azam 2004', [differ, functions], false, { shared }),
    ).toBe(differ.url);
    expect(
      landingOf('/u/', differ, content, title, 'alimov vs azam 2004', [differ, what], false, {
        shared,
        sources: true,
      }),
    ).toBe(differ.url);
  });
  test('a common word (one nearly every result holds) need not be held: every section is about it', () => {
    // "Functions" holds "2004", not "azam"; were "azam" the site's subject, it would stand in.
    const only2004 = { ...functions, weighted_locations: at([14]) };
    const words =
      'Where the sources agree Azam RATS 2004 What RATS is Azam RATS 2004 Functions 2004';
    const query = 'does azam date it 2004';
    const sections = [differ, only2004];
    expect(landingOf('/u/', differ, words, title, query, sections, false, { shared })).toBe(
      differ.url,
    );
    expect(
      landingOf('/u/', differ, words, title, query, sections, false, {
        shared,
        common: new Set(['azam']),
      }),
    ).toBe(only2004.url);
  });
  test('a comparison of other things than the sources: a section of the page’s own', () => {
    expect(
      landingOf('/u/', differ, content, title, 'rats vs azam 2004', [differ, what], false, {
        shared,
      }),
    ).toBe(what.url);
  });
  test('a section no other page has is not passed over', () => {
    expect(landingOf('/u/', differ, content, title, 'azam 2004', [differ, what])).toBe(differ.url);
  });
});

describe('withHeadings: a section named by its id, though it holds no word searched', () => {
  // Content words: 0 The 1 Astana 2 summit 3 later 4 Iran 5 and 6 Belarus 7 joined
  const content = 'The Astana summit later Iran and Belarus joined';
  const best = {
    url: '/e/?highlight=later#astana-summit',
    title: 'The Astana summit',
    anchor: { location: 0 },
    weighted_locations: [{ location: 3, balanced_score: 1 }],
  };
  const anchors = [
    { element: 'h2', id: 'astana-summit', text: 'The Astana summit', location: 0 },
    { element: 'h2', id: 'later-enlargement', text: 'Iran and Belarus', location: 4 },
    { element: 'p', id: 'later-note', text: 'later', location: 3 },
  ];
  const title = 'The 2017 enlargement';
  test('the page’s other headings join its sub-results, once, with their place', () => {
    expect(withHeadings([best], anchors)).toEqual([
      best,
      {
        url: '/e/?highlight=later#later-enlargement',
        title: 'Iran and Belarus',
        anchor: { location: 4 },
        weighted_locations: [],
      },
    ]);
    // No section among the sub-results: no address to give a heading; no anchors: as they were.
    expect(withHeadings([], anchors)).toEqual([]);
    expect(withHeadings([best])).toEqual([best]);
  });
  test.each([
    ['later enlargements', '/e/?highlight=later#later-enlargement'],
    ['later enlargement', '/e/?highlight=later#later-enlargement'],
  ])('%s → %s', (query, expected) => {
    expect(landingOf('/e/', best, content, title, query, withHeadings([best], anchors))).toBe(
      expected,
    );
    // The sub-results alone do not hold the section the query names.
    expect(landingOf('/e/', best, content, title, query, [best])).not.toBe(expected);
  });
});

describe('a synonym of a word searched, where a section lacks the word', () => {
  // Content words: 0 Astana 1 membership 2 summit 3 talks 4 India 5 and 6 Pakistan 7 join 8 the
  // 9 SCO
  const content = 'Astana membership summit talks India and Pakistan join the SCO';
  const terms = 'highlight=pakistan&highlight=membership';
  const at = (locations: number[]) =>
    locations.map((location) => ({ location, balanced_score: 1 }));
  const summit = {
    url: `/e/?${terms}#astana-summit`,
    title: 'Astana summit',
    anchor: { location: 0 },
    weighted_locations: at([1]),
  };
  // Its id names no word searched (an id's words count as its heading's).
  const join = {
    url: `/e/?${terms}#second-round`,
    title: 'India and Pakistan',
    anchor: { location: 4 },
    weighted_locations: at([6]),
  };
  const title = 'The 2017 enlargement';
  // "membership" is in a group with "join" (content/synonyms.yaml): LandingHints.alternatives.
  const alternatives = { membership: ['join', 'joined', 'accession'] };

  test('counts there as a lesser match: the section that holds both senses ranks first', () => {
    expect(rankSections('/e/', [summit, join], 3, content, title).map((s) => s.url)).toEqual([
      summit.url,
      join.url,
    ]);
    expect(
      rankSections('/e/', [summit, join], 3, content, title, { alternatives }).map((s) => s.url),
    ).toEqual([join.url, summit.url]);
  });

  test('and where the result leads, though the page’s title holds the other word', () => {
    // "Pakistan" names the page: alone, it leads to the page's top; with the synonym of
    // "membership" the section holds, to the section.
    const query = 'pakistan membership';
    const titled = 'Pakistan in the SCO';
    expect(landingOf('/e/', join, content, titled, query, [summit, join])).toBe('/e/');
    expect(
      landingOf('/e/', join, content, titled, query, [summit, join], false, { alternatives }),
    ).toBe(join.url);
  });

  test('only a synonym within the section counts', () => {
    // "talks" stands in the summit's section (words 0–3), not in the next (4–9).
    const far = { membership: ['talks'] };
    expect(
      rankSections('/e/', [summit, join], 3, content, title, { alternatives: far }).map(
        (s) => s.url,
      ),
    ).toEqual([summit.url, join.url]);
  });
});

describe('a common word in a heading', () => {
  // Content words: 0 Partnerships 1 beyond 2 SCO 3 terror 4 RATS 5 seat 6 anti 7 SCO 8 SCO 9 SCO
  const content = 'Partnerships beyond SCO terror RATS seat anti SCO SCO SCO';
  const terms = ['sco', 'terror', 'seat', 'anti'].map((term) => `highlight=${term}`).join('&');
  const at = (locations: number[], heading: number[] = []) =>
    locations.map((location) => ({
      location,
      balanced_score: 1,
      weight: heading.includes(location) ? 7 : 1,
    }));
  // "SCO" in its heading, one more word in its text.
  const beyond = {
    url: `/r/?${terms}#partnerships`,
    anchor: { location: 0 },
    weighted_locations: at([2, 3], [2]),
  };
  // Three of the words searched in its text, "SCO" among them.
  const seat = {
    url: `/r/?${terms}#what-rats-is`,
    anchor: { location: 4 },
    weighted_locations: at([5, 6, 7, 8, 9]),
  };
  const ranked = (common?: ReadonlySet<string>) =>
    rankSections('/r/', [beyond, seat], 3, content, 'RATS', common ? { common } : {}).map(
      (section) => section.url,
    );

  test('counts for less there when every page is about it: the section with more words comes first', () => {
    expect(ranked()).toEqual([beyond.url, seat.url]);
    expect(ranked(new Set(['sco']))).toEqual([seat.url, beyond.url]);
    // A word that is not common keeps the heading's whole weight.
    expect(ranked(new Set(['rats']))).toEqual([beyond.url, seat.url]);
  });
});

describe('landingFirst: the sections a result shows, the one its title leads to first', () => {
  const at = (id: string) => ({ url: `/s/?highlight=azam#${id}` });
  const ranked = [at('paragraphs'), at('p5'), at('about-this-source')];
  const all = [...ranked, at('p2'), at('p7')];
  const ids = (sections: readonly { url: string }[]) =>
    sections.map((section) => section.url.split('#')[1]);
  test.each([
    // Among those shown: moved first, the others in their order.
    ['/s/?highlight=azam#p5', ['p5', 'paragraphs', 'about-this-source']],
    ['/s/#p5', ['p5', 'paragraphs', 'about-this-source']],
    // Already first, or the page's top, or no section of the page: as ranked.
    ['/s/#paragraphs', ['paragraphs', 'p5', 'about-this-source']],
    ['/s/', ['paragraphs', 'p5', 'about-this-source']],
    ['/s/#p9', ['paragraphs', 'p5', 'about-this-source']],
    // Another of the page's sections: first, and the last shown gives way.
    ['/s/#p7', ['p7', 'paragraphs', 'p5']],
  ])('landing on %s shows %j', (landing, expected) =>
    expect(ids(landingFirst(ranked, landing, all))).toEqual(expected),
  );

  test('a result that shows no section (a record) shows none', () => {
    expect(landingFirst([], '/s/#p7', all)).toEqual([]);
    expect(landingFirst([], '/s/', all)).toEqual([]);
  });
});
