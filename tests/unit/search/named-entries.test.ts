import { describe, expect, test } from 'vitest';
import {
  mentioningRecords,
  NAME_RANK,
  namedEntries,
  namedAmongWords,
} from '#lib/search/named-entries.ts';
import { planQuery } from '#lib/search/search-query.ts';
import { countWords, type SearchData } from '#lib/search/search-words.ts';
import { TEXT, DATA, WITH_AUTHOR } from '../../support/query-data.ts';

describe('records the query only mentions', () => {
  const data: SearchData = {
    ...DATA,
    words: new Map([...DATA.words, ['memorandum', 1], ['asean', 1], ['drug', 1]]),
    entries: [
      ...DATA.entries,
      { id: 'und_asean', names: ['ASEAN', 'Association of Southeast Asian Nations'], authors: [] },
      { id: 'und_tashkent', names: ['Tashkent'], authors: [] },
      { id: 'und_centre', names: ['Anti-Drug Centre'], authors: [] },
      { id: 'und_event', names: ['The Shanghai Five forms'], authors: [] },
    ],
    records: new Set(['und_asean', 'und_tashkent', 'und_centre', 'und_event', 'und_rats']),
  };
  const mentioned = (query: string): string[] =>
    [...mentioningRecords(planQuery(query, data), data)].sort();

  test.each([
    // The records whose names hold none of the words: not ASEAN for "ASEAN", nor RATS by its other names.
    ['memorandum', ['und_asean', 'und_centre', 'und_event', 'und_rats', 'und_tashkent']],
    ['ASEAN memorandum', ['und_centre', 'und_event', 'und_rats', 'und_tashkent']],
    ['Regional Structure', ['und_asean', 'und_centre', 'und_event', 'und_tashkent']],
    // A word a name's word begins, and a part of a hyphenated name.
    ['tashk', ['und_asean', 'und_centre', 'und_event', 'und_rats']],
    ['drug', ['und_asean', 'und_event', 'und_rats', 'und_tashkent']],
    // A number: a dated record is named by its date.
    ['memorandum 1996', []],
  ])('"%s" only mentions %j', (query, ids) => expect(mentioned(query)).toEqual(ids));
});

describe('names first', () => {
  test.each([
    ['RATS', 'und_rats', NAME_RANK.name],
    ['Regional Anti-Terrorist Structure', 'und_rats', NAME_RANK.name],
    ['regional anti terrorist structure', 'und_rats', NAME_RANK.name],
    ['SCO Charter', 'und_charter', NAME_RANK.name],
    ['Charter of the SCO', 'und_charter', NAME_RANK.name],
    ['Alimov', 'und_alimov', NAME_RANK.author],
    ['Rashid Alimov', 'und_alimov', NAME_RANK.author],
    ['Secretariat', 'und_secretariat-source', NAME_RANK.sourceTitle],
    ['Charter', undefined, undefined],
    ['Tashkent', undefined, undefined],
    // A name and its initialism together: the title as written, or typed one after the other.
    ['Regional Anti-Terrorist Structure (RATS)', 'und_rats', NAME_RANK.name],
    ['RATS Regional Anti-Terrorist Structure', 'und_rats', NAME_RANK.name],
  ])('"%s" names %s', (query, id, rank) => {
    const named = namedEntries(planQuery(query, DATA), DATA);
    if (id === undefined) expect([...named]).toEqual([]);
    else expect(named.get(id)).toBe(rank);
  });

  test.each([
    ['SCO Chart', 'und_charter', NAME_RANK.name, 'the start of a name’s last word'],
    ['Rashid Alim', 'und_alimov', NAME_RANK.author, 'the start of an author’s surname'],
    ['Regional Anti-Terrorist Struc', 'und_rats', NAME_RANK.name, 'of a long name'],
    // After the name's first words typed whole, two letters of the next are enough ("azhar az").
    ['SCO Ch', 'und_charter', NAME_RANK.name, 'two letters after whole words'],
    ['Rashid Al', 'und_alimov', NAME_RANK.author, 'two letters of an author’s surname'],
    ['SCO C', undefined, undefined, 'a start of one letter'],
    ['Alim', 'und_alimov', NAME_RANK.author, 'an author’s surname alone, of four letters'],
    ['Ali', undefined, undefined, 'a start under four letters, alone'],

    ['Chart SCO', undefined, undefined, 'a start before the last word'],
    ['SCO Charter Secr', undefined, undefined, 'a word more than the name has'],
  ])('"%s", its last word still being typed, names %s (%s)', (query, id, rank, _why) => {
    const named = namedEntries(planQuery(query, DATA), DATA);
    if (id === undefined) expect([...named]).toEqual([]);
    else expect(named.get(id)).toBe(rank);
  });

  // A word for what an author wrote, still being typed, beside the author's name ("Alimov paragr").
  test.each([
    ['Alimov artic', 'und_alimov'],
    ['Alimov paragr', 'und_alimov'],
    ['Alimov art', undefined],
    ['Alimov strat', undefined],
  ])('"%s" names the source %s', (query, id) => {
    const data = { ...DATA, words: new Map([...DATA.words, ['article', 2], ['paragraph', 2]]) };
    const named = namedEntries(planQuery(query, data), data);
    expect(id === undefined ? [...named] : named.get(id)).toEqual(
      id === undefined ? [] : NAME_RANK.author,
    );
  });

  test.each([
    ['Regi Anti-Terrorist Struc', 'und_rats', 'each word of a long name'],
    ['regio anti-terr struct', 'und_rats', 'in small letters, a hyphenated word cut too'],
    ['Reg Anti-Terrorist Struc', undefined, 'a start under four letters'],
    ['Anti-Terrorist Regi Struc', undefined, 'the words out of the name’s order'],
    ['Regi Anti-Terrorist', undefined, 'a word fewer than the name has'],
  ])('"%s", every word cut short, names %s (%s)', (query, id, _why) => {
    const named = namedEntries(planQuery(query, DATA), DATA);
    if (id === undefined) expect([...named]).toEqual([]);
    else expect(named.get(id)).toBe(NAME_RANK.name);
  });

  test.each([
    ['who wrote the Alimov strategy', 'und_alimov', NAME_RANK.inQuestion],
    [
      'who wrote on the strategy in the Secretariat summit',
      'und_secretariat-source',
      NAME_RANK.inQuestion,
    ],
    // Only a question that asks for a source is answered by a name among other words.
    ['Alimov strategy', undefined, undefined],
    ['what is the SCO Charter text', undefined, undefined],
    // A term is never named so: the question asks for a source.
    ['who wrote the SCO Charter text', undefined, undefined],
  ])('"%s" names the source %s by a part of the question', (query, id, rank) => {
    const named = namedEntries(planQuery(query, DATA), DATA);
    if (id === undefined) expect([...named]).toEqual([]);
    else expect(named.get(id)).toBe(rank);
  });

  test.each([
    ['Alimov article', 'und_alimov'],
    ["Alimov's column", 'und_alimov'],
    ['Rashid Alimov opinion piece', 'und_alimov'],
    ['Secretary-General Alimov', 'und_alimov'], // who he is
    ['secretary general Rashid Alimov', 'und_alimov'],
    ['article', undefined], // no author left
    ['Alimov strategy', undefined], // a subject, not a word for what he wrote
    // A year beside the author is a citation's date (author-date).
    ['Alimov 2017', 'und_alimov'],
    ['2017 Rashid Alimov article', 'und_alimov'],
    ['2017', undefined],
    ['Alimov 17', undefined], // not a year
    ['Alimov 3017', undefined],
  ])('"%s": an author with words for what they wrote names the source %s', (query, id) => {
    const named = namedEntries(planQuery(query, DATA), DATA);
    if (id === undefined) expect([...named]).toEqual([]);
    else expect([...named]).toEqual([[id, NAME_RANK.author]]);
  });

  test.each([
    ['Alimov UN Chronicle 2017', 'und_alimov'],
    ['UN Chronicle Rashid Alimov', 'und_alimov'],
    ['2017 UN Chronicle Alimov', 'und_alimov'],
    ['Alimov UN', undefined], // not a name whole
    ['Alimov Chronicle strategy', undefined],
    ['Alimov Alimov', 'und_alimov'],
  ])(
    '"%s": an author and an outlet together, as a citation gives them, name the source %s',
    (query, id) => {
      const named = namedEntries(planQuery(query, WITH_AUTHOR), WITH_AUTHOR);
      if (id === undefined) expect(named.get('und_alimov')).toBeUndefined();
      else expect(named.get(id)).toBe(NAME_RANK.author);
    },
  );

  // An index where the article is called so, and is said to be complete or not.
  const WRITTEN: SearchData = {
    ...DATA,
    words: countWords([...TEXT, 'The article is complete; its column and paragraph 5.']),
  };
  test.each([
    // With other words too, the word for what he wrote still asks for his source.
    ['is the Alimov article complete', 'und_alimov'],
    ['Alimov article paragraph', 'und_alimov'],
    // A part of what he wrote, as the site cites it (his source page's "Paragraph 5").
    ['Alimov paragraph 5', 'und_alimov'],
    ['paragraph 5 strategy', undefined],
    ['strategy in Rashid Alimov column', 'und_alimov'],
    // …but not a question about what it says: the site's account answers that.
    ['what does the Alimov article say about strategy', undefined],
    ['Alimov strategy complete', undefined],
  ])(
    '"%s": an author and a word for what they wrote, among others, name the source %s',
    (query, id) => {
      const named = namedEntries(planQuery(query, WRITTEN), WRITTEN);
      if (id === undefined) expect([...named]).toEqual([]);
      else expect([...named]).toEqual([[id, NAME_RANK.author]]);
    },
  );

  test('the author alone is searched too, and names nothing but the source', () => {
    // "piece" is not in the index: without the author's name alone, nothing would be found.
    const plan = planQuery('Alimov piece', DATA);
    expect(plan.variants).toContainEqual(['alimov']);
    expect(plan.authorOnly).toBe('alimov');
    const data = {
      ...DATA,
      entries: [...DATA.entries, { id: 'und_term', names: ['Alimov'], authors: [] }],
    };
    expect([...namedEntries(planQuery('Alimov piece', data), data).keys()]).toEqual(['und_alimov']);
  });

  test('a corrected name still names its entry', () => {
    expect([...namedEntries(planQuery('Alimvo', DATA), DATA).keys()]).toEqual(['und_alimov']);
  });

  test.each([
    // A name's last word, the head of the phrase, in the other number still names it.
    ['member state', ['und_members']],
    ['member states', ['und_members']],
    ['three force', ['und_forces']],
    // Not another word of it ("join" is no singular of a verb's "joins"), nor a word short of it.
    ['belarus join sco', []],
    ['member', []],
  ])('"%s" names %j', (query, expected) => {
    const data: SearchData = {
      ...DATA,
      words: new Map([
        ...DATA.words,
        ['member', 1],
        ['states', 1],
        ['state', 1],
        ['belarus', 1],
        ['joins', 1],
        ['join', 1],
        ['forces', 1],
        ['force', 1],
      ]),
      entries: [
        { id: 'und_members', names: ['Member states'], authors: [] },
        { id: 'und_forces', names: ['three forces'], authors: [] },
        { id: 'und_belarus', names: ['Belarus joins SCO'], authors: [] },
      ],
    };
    expect([...namedEntries(planQuery(query, data), data).keys()]).toEqual(expected);
  });
});

describe('entries a question names among its other words', () => {
  const data: SearchData = {
    ...DATA,
    words: new Map([
      ...DATA.words,
      ['nonconfrontation', 1],
      ['one', 1],
      ['official', 1],
      ['principles', 1],
    ]),
    entries: [
      ...DATA.entries,
      { id: 'und_sco', names: ['SCO', 'Shanghai Cooperation Organisation'], authors: [] },
      { id: 'und_nonconfrontation', names: ['Non-confrontation'], authors: [] },
    ],
    common: new Set(['sco']),
  };
  const named = (query: string): [string, string[]][] =>
    [...namedAmongWords(planQuery(query, data), data)].sort();

  test.each([
    // A term by its name, a hyphenated one folded as the index folds it.
    [
      'is non-confrontation one of the official sco principles',
      [['und_nonconfrontation', ['nonconfrontation']]],
    ],
    // By any of its names, the words in the name's order; a name of several words.
    [
      'where is the regional anti-terrorist structure based',
      [['und_rats', ['regional', 'antiterrorist', 'structure']]],
    ],
    ['what does the sco charter say', [['und_charter', ['sco', 'charter']]]],
    // Not by the site's subject alone: every question is about the SCO.
    ['when was the sco founded', []],
    // Not a source by its title or author (a question asking for one names it otherwise).
    ['what does alimov say about rats', [['und_rats', ['rats']]]],
    // Not by part of a name, nor by its words out of order.
    ['what does the charter say', []],
    ['what does the structure regional do', []],
  ])('"%s" names %j', (query, entries) => expect(named(query)).toEqual(entries));
});

test('two other names of one thing together are no name: a question compares them', () => {
  const data: SearchData = {
    ...DATA,
    words: countWords([...TEXT, 'Non-interference, or non-intervention, is a principle.']),
    entries: [{ id: 'und_ni', names: ['Non-interference', 'Non-intervention'], authors: [] }],
  };
  expect([...namedEntries(planQuery('non-interference non-intervention', data), data)]).toEqual([]);
  expect(namedEntries(planQuery('non-intervention', data), data).get('und_ni')).toBe(
    NAME_RANK.name,
  );
});

describe('a page’s heading typed whole names the page first (SearchData.headings)', () => {
  const data: SearchData = {
    ...DATA,
    headings: [
      { id: 'und_page', heading: 'What RATS is' },
      { id: 'und_spirit', heading: 'The Astana summit of June 2017' },
      { id: 'und_list', heading: 'The two articles' },
    ],
  };
  const named = (query: string): Map<string, number> => namedEntries(planQuery(query, data), data);
  test.each([
    ['What RATS is', 'und_page'],
    ['what rats is', 'und_page'],
    // In any order, as a name is: the question the heading answers.
    ['what is RATS', 'und_page'],
    // With or without the article that opens it.
    ['Astana summit of June 2017', 'und_spirit'],
    ['The Astana summit of June 2017', 'und_spirit'],
    // Its last word in the singular or plural, as a name's.
    ['the two article', 'und_list'],
  ])('"%s" names %s before any name', (query, id) => {
    expect(named(query).get(id)).toBe(NAME_RANK.heading);
    expect(NAME_RANK.heading).toBeLessThan(NAME_RANK.name);
  });
  test.each(['RATS', 'what RATS', 'What RATS is for', 'Astana summit 2017'])(
    '"%s" is not a heading typed whole',
    (query) => {
      expect([...named(query).values()]).not.toContain(NAME_RANK.heading);
    },
  );
  test('the name still names its entry beside the heading', () => {
    expect(named('what is RATS').get('und_rats')).toBe(NAME_RANK.name);
  });
});

describe('a query that names the site’s subject alone ranks the home page after its term', () => {
  const data: SearchData = {
    ...DATA,
    // Every word of a name is a word of the index (the build checks it: nameWordsNotIndexed).
    words: new Map([
      ...DATA.words,
      ['sco', 9],
      ['shanghai', 3],
      ['cooperation', 3],
      ['organisation', 3],
    ]),
    entries: [
      ...DATA.entries,
      { id: 'und_sco', names: ['SCO', 'Shanghai Cooperation Organisation'], authors: [] },
    ],
    common: new Set(['sco']),
    home: 'und_home',
  };
  const named = (query: string, given = data): Map<string, number> =>
    namedEntries(planQuery(query, given), given);
  test.each(['SCO', 'Shanghai Cooperation Organisation'])('"%s"', (query) => {
    expect(named(query).get('und_sco')).toBe(NAME_RANK.name);
    expect(named(query).get('und_home')).toBe(NAME_RANK.home);
    expect(NAME_RANK.name).toBeLessThan(NAME_RANK.home);
    expect(NAME_RANK.home).toBeLessThan(NAME_RANK.sourceTitle);
  });
  test.each([
    // Something within the subject, or a question about it: not the home page.
    'SCO Charter',
    'RATS',
    'what is the SCO',
  ])('"%s" does not name the home page', (query) => {
    expect(named(query).has('und_home')).toBe(false);
  });
  test('without a home page in the data, nothing more is named', () => {
    const { home: _home, ...without } = data;
    expect([...named('SCO', without).keys()]).toEqual(['und_sco']);
  });
});

describe('a place alone names the body seated there (SearchData.seats)', () => {
  const data: SearchData = {
    ...DATA,
    words: new Map([...DATA.words, ['dushanbe', 2], ['tashkent', 3]]),
    entries: [...DATA.entries, { id: 'und_tashkent', names: ['Tashkent'], authors: [] }],
    seats: [
      { id: 'und_centre', place: 'Dushanbe' },
      { id: 'und_rats', place: 'Tashkent' },
    ],
  };
  const named = (query: string): Map<string, number> => namedEntries(planQuery(query, data), data);
  // "where is Dushanbe" is the place once its function words are dropped: the site's answer is
  // the body it says is seated there ("where is Beijing": the Secretariat).
  // The place still being typed names it too, as a name's start does ("Dushan").
  test.each(['Dushanbe', 'where is Dushanbe', 'Dushan'])(
    '"%s" names the centre seated there',
    (query) => {
      expect(named(query).get('und_centre')).toBe(NAME_RANK.seat);
    },
  );
  test('a place with a term of its own names it first, then the body seated there', () => {
    const tashkent = named('Tashkent');
    expect(tashkent.get('und_tashkent')).toBe(NAME_RANK.name);
    expect(tashkent.get('und_rats')).toBe(NAME_RANK.seat);
    expect(NAME_RANK.name).toBeLessThan(NAME_RANK.seat);
  });
  test.each(['Dushanbe summit', 'Dushanbe Tajikistan'])('"%s" is not the place alone', (query) => {
    expect(named(query).has('und_centre')).toBe(false);
  });
});

describe('a term or page that shares a name with one the query names is named alike', () => {
  // The topic page, by its title and initialism, and the glossary term, by its other names.
  const data: SearchData = {
    ...DATA,
    words: new Map([...DATA.words, ['shos', 1]]),
    entries: [
      ...DATA.entries,
      {
        id: 'und_rats-page',
        names: ['The Regional Anti-Terrorist Structure (RATS)', 'RATS'],
        authors: [],
      },
      // A source that shares the name is a source: its title names it, not the thing.
      { id: 'und_rats-source', names: ['RATS'], authors: ['Someone'] },
    ],
  };
  const named = (query: string): Map<string, number> => namedEntries(planQuery(query, data), data);

  test('"SCO RATS" names the term by its other name, and the page that is also "RATS"', () => {
    const rats = named('SCO RATS');
    expect(rats.get('und_rats')).toBe(NAME_RANK.name);
    expect(rats.get('und_rats-page')).toBe(NAME_RANK.name);
    expect(rats.has('und_rats-source')).toBe(false);
  });

  test('an entry that shares no name is not named', () => {
    expect(named('SCO Charter').has('und_rats-page')).toBe(false);
  });
});
