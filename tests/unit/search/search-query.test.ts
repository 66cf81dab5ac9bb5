import { doubleMetaphone } from 'double-metaphone';
import { describe, expect, test } from 'vitest';
import { soundAlike } from '#lib/search/sound-alike.ts';
import {
  allowedTypos,
  AUTHOR_SUBJECT_GLOSSARY_WEIGHT,
  SEVERAL_NAMES_GLOSSARY_WEIGHT,
  namedThings,
  nameWords,
  correctWord,
  dropStopwords,
  expandSynonyms,
  isKnownWord,
  joinCompounds,
  knownSpellings,
  matchCase,
  mentioningRecords,
  NAME_RANK,
  namedEntries,
  namesAuthor,
  numberRangeGroups,
  otherInflections,
  otherSpellings,
  partialStem,
  planQuery,
  searchedText,
  singularOf,
  splitGroups,
  splitUnknownCompounds,
  stemOf,
  UNNAMED_SOURCE_WEIGHT,
} from '#lib/search/search-query.ts';
import { KIND_NOUN_WEIGHT, QUESTION_WEIGHTS } from '#lib/search/question-forms.ts';
import { namesOnlyPlan, widenPlan } from '#lib/search/search-widen.ts';
import { decodeSearchIndex, decodeShard, encodeShards } from '#lib/search/search-shards.ts';
import {
  countWords,
  foldWord,
  indexedWords,
  type SearchData,
  splitQuery,
} from '#lib/search/search-words.ts';
import { parseSynonyms } from '#lib/search/synonyms.ts';

// A small index: the words of a few sentences, as the build counts them from Pagefind's fragments.
const TEXT = [
  'The Regional Anti-Terrorist Structure (RATS) is seated in Tashkent, Uzbekistan; the SCO Secretariat is in Beijing.',
  'India and Pakistan joined the Shanghai Cooperation Organization (SCO) at the Astana summit; Kazakhstan hosted it.',
  'Separatism, terrorism and extremism are the three forces; memorandums of understanding (MOUs) with UNODC.',
  'The SCO Charter, the anti-drug strategy and the organization of the centre; Rashid Alimov writes on the strategy.',
  'SCO SCO SCO SCO the the the the the summit summit',
];
const SYNONYMS = parseSynonyms(
  '- [seat, seated, based]\n- [join, joined, accession]\n- [Astana, Nur-Sultan]\n',
);
const DATA: SearchData = {
  words: countWords(TEXT),
  synonyms: SYNONYMS,
  entries: [
    {
      id: 'und_rats',
      names: ['Regional Anti-Terrorist Structure', 'RATS', 'SCO RATS'],
      authors: [],
    },
    {
      id: 'und_charter',
      names: ['Charter of the Shanghai Cooperation Organization', 'SCO Charter'],
      authors: [],
    },
    { id: 'und_alimov', names: ['The Role of the SCO'], authors: ['Rashid Alimov', 'Alimov'] },
    { id: 'und_secretariat-source', names: ['Secretariat'], authors: ['SCO Secretariat'] },
  ],
};

/** DATA with a source whose authors are a person, their surname and an outlet. */
const WITH_AUTHOR: SearchData = {
  ...DATA,
  entries: [
    ...DATA.entries.filter((entry) => entry.id !== 'und_alimov'),
    {
      id: 'und_alimov',
      names: ['The Role of the SCO'],
      authors: ['Rashid Alimov', 'Alimov', 'UN Chronicle'],
    },
  ],
  words: new Map([
    ...DATA.words,
    ['belarus', 1],
    ['threats', 1],
    ['chronicle', 1],
    ['memorandum', 1],
  ]),
};

describe('words as Pagefind folds them', () => {
  test.each([
    ['Non-use', 'nonuse'],
    ["SCO's", 'scos'],
    ['Tadžikistan', 'tadzikistan'],
    ['2(1)', '21'],
    ['“three', 'three'],
  ])('%s → %s', (word, folded) => expect(foldWord(word)).toBe(folded));

  test('indexes a hyphenated word whole and by its parts', () => {
    expect(indexedWords('Anti-Terrorist SCO’s')).toEqual([
      'antiterrorist',
      'anti',
      'terrorist',
      'scos',
      'sco',
      's',
    ]);
  });

  test('the vocabulary leaves out short words and words with digits', () => {
    const words = countWords(['an SCO in 2017 of Article 2(1) Tashkent tashkent']);
    expect([...words]).toEqual([
      ['sco', 1],
      ['article', 1],
      ['tashkent', 2],
    ]);
  });

  test('search data survives the round trip through its files, with counts bucketed', () => {
    const { index, shards } = encodeShards({ ...DATA, records: new Set(['b', 'a']) });
    const fixed = decodeSearchIndex(index);
    const parts = [...shards].map(([shard, text]) => decodeShard(text, shard));
    const words = new Map(parts.flatMap((part) => [...part.words]));
    const entries = new Map(parts.flatMap((part) => part.entries.map((e) => [e.id, e])));
    expect([...entries.values()].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(
      [...DATA.entries].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    expect(fixed.synonyms).toEqual(DATA.synonyms);
    expect(words.get('tashkent')).toBe(1);
    expect(words.get('sco')).toBe(4); // 7 times, in the bucket 4–7
    expect([...words.keys()].sort()).toEqual([...DATA.words.keys()].sort());
    expect(fixed.records).toEqual(new Set(['a', 'b']));
  });

  test.each(['', 'null', '{"version":1,"words":{}}', '{"version":2}', '<html>'])(
    'a broken data file (%s) is refused',
    (text) => {
      expect(() => decodeSearchIndex(text)).toThrow(/search data/);
      expect(() => decodeShard(text, 0)).toThrow(/search data/);
    },
  );
});

describe('function words', () => {
  test.each([
    ['when did India join the SCO', 'India join SCO'],
    ['where is RATS based', 'RATS based'],
    ['how many member states does the SCO have', 'member states SCO'],
    ['what is the Shanghai Spirit', 'Shanghai Spirit'],
    ['who wrote the CGTN column', 'CGTN column'],
    ['not targeting any other country', 'not targeting country'],
    ['the', 'the'],
    ['what is it', 'what is it'],
    ['RATS', 'RATS'],
    ['Mr Alimov', 'Alimov'],
    ['Dr. Azam', 'Azam'],
    ['R. Alimov', 'Alimov'],
    ['Article 2 (b)', 'Article 2'],
    ['what is meant by the three forces', 'three forces'],
    ['2023 new member', '2023 member'],
    ['latest member states now', 'member states'],
    ['new', 'new'],
    ['x', 'x'],
  ])('"%s" searches "%s"', (query, searched) => {
    expect(
      dropStopwords(splitQuery(query))
        .map((word) => word.typed)
        .join(' '),
    ).toBe(searched);
  });
});

describe('typos', () => {
  test.each([
    ['rasheed', 'rashid', 'two edits in seven letters: too many for edit distance, not for sound'],
    ['alimoff', 'alimov', 'a transliteration of -ov'],
    ['qazakhstan', 'kazakhstan', 'a first letter that sounds the same'],
    ['qazaqstan', 'kazakhstan', 'a transliteration three edits away'],
  ])('%s sounds like %s (%s)', (typed, word) => {
    expect(correctWord(typed, DATA)).toBeUndefined();
    expect(soundAlike(typed, DATA, doubleMetaphone)).toBe(word);
  });

  test.each([
    ['fight', 'an English word the site never uses'],
    ['tashkent', 'a known word'],
    ['rash', 'a word under five letters'],
    ['pakistan2', 'a word with a digit'],
    ['kyrgyzstan', 'a word no vocabulary word sounds like'],
  ])('%s is not matched by sound (%s)', (typed) =>
    expect(soundAlike(typed, DATA, doubleMetaphone)).toBeUndefined(),
  );

  test('a misspelt name is corrected by sound in a query, and says so', () => {
    // Without the encoder, the plan asks for it and leaves the word as typed.
    const without = planQuery('Rasheed Alimoff', DATA);
    expect(without.needsSound).toBe(true);
    expect(searchedText(without)).toBe('Rasheed Alimoff');
    expect(planQuery('Rashid Alimov', DATA).needsSound).toBeUndefined();
    const plan = planQuery('Rasheed Alimoff', DATA, {
      matchSound: (word, data) => soundAlike(word, data, doubleMetaphone),
    });
    expect(plan.needsSound).toBeUndefined();
    expect(searchedText(plan)).toBe('Rashid Alimov');
    expect(plan.corrections).toEqual([
      { from: 'Rasheed', to: 'Rashid' },
      { from: 'Alimoff', to: 'Alimov' },
    ]);
  });

  test.each([
    [3, 0],
    [4, 1],
    [7, 1],
    [8, 2],
    [14, 2],
  ])('a word of %i letters may have %i corrected', (length, typos) =>
    expect(allowedTypos(length)).toBe(typos),
  );

  test.each([
    ['kazakstan', 'kazakhstan', 'a letter dropped'],
    ['tashkkent', 'tashkent', 'a letter doubled'],
    ['tahskent', 'tashkent', 'two letters swapped'],
    ['tashkant', 'tashkent', 'a wrong letter'],
    ['seperatism', 'separatism', 'a wrong letter in a long word'],
    ['terorrism', 'terrorism', 'two edits in a word of eight letters or more'],
    ['alimof', 'alimov', 'a name'],
    ['undoc', 'unodc', 'an acronym the site does not hold'],
  ])('%s → %s (%s)', (typo, fixed) => expect(correctWord(typo, DATA)).toBe(fixed));

  test.each([
    ['rats', 'an acronym the site holds'],
    ['sco', 'a short acronym'],
    ['mous', 'a plural acronym'],
    ['unodc', 'a known word'],
    ['kazakh', 'the start of a known word, as typed so far'],
    ['mou', 'the start of a known word, too short to correct anyway'],
    ['2017', 'a number'],
    ['tashkentt1', 'a word with a digit'],
    ['xyzzy', 'a word nothing is near'],
    ['leads', 'a word one edit from a known one ("heads"? "seats"?) but for its first letter'],
    ['pkistn', 'a word of six letters two edits from the nearest'],
  ])('%s is not corrected (%s)', (word) => expect(correctWord(word, DATA)).toBeUndefined());

  test('the closer word wins, then the more frequent', () => {
    const data: SearchData = {
      ...DATA,
      words: new Map([
        ['summit', 3],
        ['submit', 1],
        ['summits', 9],
      ]),
    };
    expect(correctWord('summmit', data)).toBe('summit');
    expect(correctWord('sumits', data)).toBe('summits');
  });

  test.each([
    ['Kazakstan', 'kazakhstan', 'Kazakhstan'],
    ['UNDOC', 'unodc', 'UNODC'],
    ['tashkant', 'tashkent', 'tashkent'],
  ])('%s is shown as %s → %s, in the case typed', (typed, folded, shown) =>
    expect(matchCase(typed, folded)).toBe(shown),
  );

  test('a plan says what it corrected; "search instead" (correct: false) keeps the words', () => {
    const plan = planQuery('when did Kazakstan join', DATA);
    expect(plan.corrections).toEqual([{ from: 'Kazakstan', to: 'Kazakhstan' }]);
    expect(searchedText(plan)).toBe('Kazakhstan join');
    expect(plan.variants[0]).toEqual(['kazakhstan', 'join']);
    const asTyped = planQuery('when did Kazakstan join', DATA, { correct: false });
    expect(asTyped.corrections).toEqual([]);
    expect(searchedText(asTyped)).toBe('Kazakstan join');
    // A word the index does not hold is never sent to Pagefind (it answers such words loosely).
    expect(asTyped.variants).toEqual([]);
  });

  test('the prefix test reads the sorted vocabulary', () => {
    expect(isKnownWord('tash', DATA)).toBe(true);
    expect(isKnownWord('tashkentz', DATA)).toBe(false);
    expect(isKnownWord('zzz', DATA)).toBe(false);
  });
});

describe('synonyms, other names, plurals and spellings', () => {
  test('each synonym is put in place of the word it matches, one per variant', () => {
    expect(expandSynonyms(['rats', 'based'], SYNONYMS)).toEqual([
      ['rats', 'based'],
      ['rats', 'seat'],
      ['rats', 'seated'],
    ]);
  });

  test('a phrase is matched whole, and replaced by a phrase', () => {
    expect(expandSynonyms(['nursultan', 'summit'], SYNONYMS)).toEqual([
      ['nursultan', 'summit'],
      ['astana', 'summit'],
    ]);
    const groups = [
      [
        ['three', 'evils'],
        ['three', 'forces'],
      ],
    ];
    expect(expandSynonyms(['three', 'evils', 'rats'], groups)).toEqual([
      ['three', 'evils', 'rats'],
      ['three', 'forces', 'rats'],
    ]);
    expect(expandSynonyms(['three', 'rats'], groups)).toEqual([['three', 'rats']]);
  });

  test('a glossary term’s other names expand the query', () => {
    const plan = planQuery('where is RATS seated', DATA);
    expect(plan.variants).toContainEqual(['regional', 'antiterrorist', 'structure', 'seated']);
    expect(plan.variants).toContainEqual(['rats', 'seat']);
    // "based" is not in this index: the variant with it is not sent.
    expect(plan.variants).not.toContainEqual(['rats', 'based']);
  });

  test('a query holding two names of one thing keeps both, without a variant that repeats one', () => {
    expect(expandSynonyms(['nursultan', 'astana'], SYNONYMS)).toEqual([['nursultan', 'astana']]);
  });

  test('a group matched by a longer phrase expands first, so that single words do not use up the variants', () => {
    const groups = [
      Array.from({ length: 9 }, (_, i) => [i === 0 ? 'member' : `w${i}`]),
      [
        ['member', 'countries'],
        ['member', 'states'],
      ],
    ];
    const variants = expandSynonyms(['sco', 'member', 'countries'], groups);
    expect(variants).toHaveLength(8);
    expect(variants[1]).toEqual(['sco', 'member', 'states']);
  });

  test('a phrase inside a longer one of its group is not replaced alone, so that no word is repeated', () => {
    const groups = [[['members'], ['member', 'states'], ['member', 'countries'], ['countries']]];
    expect(expandSynonyms(['sco', 'member', 'countries'], groups)).toEqual([
      ['sco', 'member', 'countries'],
      ['sco', 'members'],
      ['sco', 'member', 'states'],
    ]);
    // Alone, the shorter phrase is replaced as usual.
    expect(expandSynonyms(['sco', 'countries'], groups)).toEqual([
      ['sco', 'countries'],
      ['sco', 'members'],
      ['sco', 'member', 'states'],
      ['sco', 'member', 'countries'],
    ]);
  });

  test('no more than eight variants', () => {
    const many = [Array.from({ length: 20 }, (_, i) => [`w${i}`])];
    expect(expandSynonyms(['w0'], many)).toHaveLength(8);
  });

  test.each([
    ['strategies', 'strategy'],
    ['summits', 'summit'],
    ['centres', 'centre'],
    ['forces', 'force'],
  ])('%s also searches %s, which the index holds', (plural, singular) => {
    const data: SearchData = {
      ...DATA,
      words: new Map([...DATA.words, ['force', 1], ['summit', 1]]),
    };
    expect(singularOf(plural, data)).toBe(singular);
  });

  test('a plural whose singular the index does not hold is left alone', () => {
    expect(singularOf('alliances', DATA)).toBeUndefined();
    expect(singularOf('rats', DATA)).toBeUndefined();
  });

  test.each([
    ['organisation', ['organization']],
    ['center', ['centre']],
    ['defence', ['defense']],
    ['favour', ['favor']],
    ['analyse', ['analyze']],
    ['dialogue', ['dialog']],
    ['travelled', ['traveled']],
  ])('%s is also spelt %j', (word, others) =>
    expect(otherSpellings(word)).toEqual(expect.arrayContaining(others)),
  );

  // The words a site might hold, as the build counts them: British spellings, verbs in one form.
  const FORMS: SearchData = {
    ...DATA,
    words: countWords([
      'The SCO adopts a strategy; Azam characterises RATS; a characterisation; organised crime; colour; controls; the signatures.',
    ]),
  };

  test.each([
    ['adopted', 'adopt'],
    ['adopting', 'adopt'],
    ['organised', undefined], // the index holds no other word from "organis"
    ['controlled', 'control'],
    ['signed', undefined], // "sign" is too short a stem to search
    ['adopts', undefined], // a plural or third person is singularOf's, not a stem
    ['characterising', 'characteris'],
  ])('%s has the stem %s', (word, stem) => expect(stemOf(word, FORMS)).toBe(stem));

  // An "e" is put back only to make a word the index holds.
  const WITH_E: SearchData = {
    ...DATA,
    words: countWords(['The grouping forms; the former members; issues and an issue were issued.']),
  };

  test.each<[string, string | undefined]>([
    ['formed', undefined], // not "forme", the start of "former"
    ['issued', 'issue'],
    ['issuing', 'issue'],
  ])('%s has the stem %s', (word, stem) => expect(stemOf(word, WITH_E)).toBe(stem));

  // A short stem that is a whole word of the index: "work", "sign" (and "wording", one edit from "working").
  const SHORT: SearchData = {
    ...DATA,
    words: countWords(['RATS began work; wording; sign signed']),
  };

  test.each<[string, string | undefined, string]>([
    ['working', 'work', 'the index holds "work" but not "working"'],
    ['worked', 'work', 'likewise'],
    ['signed', undefined, 'the index holds "signed" itself'],
    ['signing', 'sign', 'the index holds "sign" but not "signing"'],
    ['wording', undefined, 'a word the index holds'],
  ])('%s has the short stem %s (%s)', (word, stem) => expect(stemOf(word, SHORT)).toBe(stem));

  test('a verb form the index does not hold is searched by its stem, not corrected to another word', () => {
    const plan = planQuery('RATS began working', SHORT);
    expect(plan.corrections).toEqual([]);
    expect(plan.words.map((word) => word.folded)).toEqual(['rats', 'began', 'work']);
    expect(searchedText(plan)).toBe('RATS began working');
  });

  test.each([
    ['characterised', []], // the same spelling: its stem is stemOf's
    ['characterized', ['characteris']],
    ['characterization', ['characterisation']],
    ['organized', ['organised']],
    ['organize', ['organise']],
    ['colors', ['colour']],
    ['color', ['colour']],
    ['colorful', []], // "colourful": neither held nor the start of a word the index holds
    ['adopted', []],
  ])('%s is found as %j', (word, forms) => expect(knownSpellings(word, FORMS)).toEqual(forms));

  test('a verb form is searched with its stem, and not "corrected"', () => {
    const plan = planQuery('strategy adopted', FORMS);
    expect(plan.corrections).toEqual([]);
    expect(plan.variants).toContainEqual(['strategy', 'adopt']);
    expect(plan.respellings).toContain('strategy adopt');
  });

  test('the other spelling is searched, not "corrected"', () => {
    const plan = planQuery('SCO organisation', DATA);
    expect(plan.corrections).toEqual([]);
    expect(plan.variants).toContainEqual(['sco', 'organization']);
  });

  test('words typed apart that the index holds as one are joined', () => {
    const joined = joinCompounds(splitQuery('Regional Anti Terrorist Structure'), DATA);
    expect(joined.map((word) => word.folded)).toEqual(['regional', 'antiterrorist', 'structure']);
  });

  test('…and searched apart too when the index holds each word (the join may be an accident)', () => {
    const joined = joinCompounds(splitQuery('Regional Anti Terrorist Structure'), DATA);
    expect(splitGroups(joined, DATA)).toEqual([[['antiterrorist'], ['anti', 'terrorist']]]);
    const plan = planQuery('Regional Anti Terrorist Structure', DATA);
    expect(plan.variants).toContainEqual(['regional', 'anti', 'terrorist', 'structure']);
    expect(plan.respellings).toContain('regional anti terrorist structure');
    // "Non use": the index holds "nonuse" only, so there is nothing to split into.
    const data = { ...DATA, words: new Map([...DATA.words, ['nonuse', 1]]) };
    expect(splitGroups(joinCompounds(splitQuery('non use'), data), data)).toEqual([]);
  });

  test.each([
    [['strategy', '2024', '2029'], [[['2024', '2029'], ['20242029']]]],
    [
      ['2018', '2023', '2024'],
      [
        [['2018', '2023'], ['20182023']],
        [['2023', '2024'], ['20232024']],
      ],
    ],
    // Only numbers: a year beside a word is no range.
    [['2024', 'strategy'], []],
    [['2024'], []],
  ])('%j: a range typed apart is also searched as the index holds it', (words, groups) => {
    expect(numberRangeGroups(words)).toEqual(groups);
  });

  test('"anti-drug strategy 2024 2029" searches the range as one word too, as a spelling of it', () => {
    const plan = planQuery('strategy 2024 2029', DATA);
    expect(plan.variants).toContainEqual(['strategy', '20242029']);
    expect(plan.respellings?.has('strategy 20242029')).toBe(true);
    expect(plan.corrections).toEqual([]);
  });
});

describe('inflections and word families', () => {
  // A few words of the index, with the forms a verb or an adjective takes on the site.
  const data: SearchData = {
    ...DATA,
    words: new Map([
      ...DATA.words,
      ['forms', 1],
      ['forming', 1],
      ['former', 2],
      ['signs', 1],
      ['signing', 1],
      ['accessibility', 1],
      ['cooperation', 4],
      ['military', 1],
      ['states', 4],
      ['stated', 1],
      ['site', 2],
    ]),
  };

  test.each([
    ['formed', ['forms', 'forming']],
    ['signed', ['signs', 'signing']],
    ['forming', ['forms']],
  ])('the verb form %s also searches the forms the index holds, %j', (word, forms) =>
    expect(otherInflections(word, data)).toEqual(forms),
  );

  test.each([
    // A plural is not a verb form: "states" never also searches "stated".
    'states',
    // A base form is matched by Pagefind as the start of its forms already.
    'form',
    // No form of it in the index.
    'ratified',
  ])('%s has no other inflection to search', (word) =>
    expect(otherInflections(word, data)).toEqual([]),
  );

  test('a verb form is searched with its other forms, weighed as the reader’s own words', () => {
    const plan = planQuery('when was the Shanghai Five formed', {
      ...data,
      words: new Map([...data.words, ['formed', 1], ['five', 1]]),
    });
    expect(plan.variants).toContainEqual(['shanghai', 'five', 'forms']);
    expect(plan.respellings?.has('shanghai five forms')).toBe(true);
  });

  test.each([
    ['accessible', 'accessib'],
    ['cooperate', 'cooperat'],
    ['militarily', 'militar'],
  ])('%s, which the index lacks, is searched by the start its family shares, %s', (word, stem) =>
    expect(partialStem(word, data)).toBe(stem),
  );

  test.each([
    // Known words, and words too short to cut safely.
    'cooperation',
    'leads',
    'fight',
    // Nothing in the index begins as it does once three letters are off.
    'photosynthesis',
  ])('%s is not cut to a partial stem', (word) => expect(partialStem(word, data)).toBeUndefined());

  test('a word the index lacks is searched by its partial stem, shown as typed', () => {
    const plan = planQuery('is this site accessible', data);
    expect(plan.variants[0]).toEqual(['site', 'accessib']);
    expect(searchedText(plan)).toBe('site accessible');
    expect(plan.corrections).toEqual([]);
  });

  test.each([
    ['what year did RATS open', 'RATS'],
    ['when did Rashid Alimov publish', 'Rashid Alimov'],
    ['when was the SCO Charter signed', 'SCO Charter'],
    // Every word is a name's, or none is.
    ['when was the SCO Charter', undefined],
    ['when did it open', undefined],
  ])('"%s": the words of names alone are %j', (query, names) => {
    const words: SearchData = {
      ...DATA,
      words: new Map([...DATA.words, ['open', 1], ['publish', 1], ['signed', 1]]),
    };
    const plan = namesOnlyPlan(planQuery(query, words), words);
    expect(plan && searchedText(plan)).toBe(names);
  });

  test('a plural searched by its singular is not cut', () => {
    const withSingular: SearchData = {
      ...data,
      words: new Map([...data.words, ['strategic', 1]]),
    };
    expect(planQuery('anti-drug strategies', withSingular).variants).toContainEqual([
      'antidrug',
      'strategy',
    ]);
    expect(planQuery('anti-drug strategies', withSingular).words[1]?.folded).toBe('strategies');
  });
});

describe('retry', () => {
  test('a query that finds nothing is retried without a word the index does not hold', () => {
    const plan = planQuery('RATS xyzzy Tashkent', DATA);
    expect(searchedText(widenPlan(plan, DATA)!)).toBe('RATS Tashkent');
  });

  test('…or else without its most frequent word', () => {
    const plan = planQuery('SCO summit Tashkent', DATA);
    expect(searchedText(widenPlan(plan, DATA)!)).toBe('summit Tashkent');
  });

  test('a single word is not widened', () => {
    expect(widenPlan(planQuery('Tashkent', DATA), DATA)).toBeUndefined();
  });
});

describe('weights of kinds of results: sources, events, glossary records', () => {
  test.each([
    ['Belarus SCO', UNNAMED_SOURCE_WEIGHT],
    ['memorandum of understanding', UNNAMED_SOURCE_WEIGHT],
    // An author or outlet named, or the start of an author's name being typed.
    ['Alimov threats', undefined],
    ['Rashid Alimov', undefined],
    ['UN Chronicle', undefined],
    ['alim', undefined],
    // "UN" alone is not the outlet "UN Chronicle"; "al" is too short to be a name being typed.
    ['UN Charter', UNNAMED_SOURCE_WEIGHT],
    ['al', UNNAMED_SOURCE_WEIGHT],
    // A question weighs sources its own way; "who wrote" asks for one.
    ['when did Belarus join', QUESTION_WEIGHTS.source],
    ['who wrote about Belarus', QUESTION_WEIGHTS.intent],
  ])('"%s": sources weigh %s', (query, weight) => {
    expect(planQuery(query, WITH_AUTHOR).kindWeights?.['source']).toBe(weight);
  });

  test.each([
    // A noun that names a kind of result weighs that kind, as typed or corrected.
    ['Qingdao summit', KIND_NOUN_WEIGHT],
    ['Qingdao sumit', KIND_NOUN_WEIGHT],
    ['summits of 2024', KIND_NOUN_WEIGHT],
    // A question's own intent outweighs it ("when" asks for an event more strongly).
    ['when was the Qingdao summit', QUESTION_WEIGHTS.intent],
    // No such noun, no weight; nor a word that merely begins like one.
    ['Qingdao', undefined],
    ['summitry', undefined],
  ])('"%s": events weigh %s', (query, weight) => {
    const data: SearchData = {
      ...DATA,
      words: new Map([
        ...DATA.words,
        ['qingdao', 2],
        ['summit', 5],
        ['summits', 1],
        ['summitry', 1],
      ]),
    };
    expect(KIND_NOUN_WEIGHT).toBeGreaterThan(1);
    expect(KIND_NOUN_WEIGHT).toBeLessThan(QUESTION_WEIGHTS.intent);
    expect(planQuery(query, data).kindWeights?.['event']).toBe(weight);
  });

  test.each([
    // An author beside a subject asks what the author says of it.
    ['Alimov threats', AUTHOR_SUBJECT_GLOSSARY_WEIGHT],
    ['UN Chronicle memorandum', AUTHOR_SUBJECT_GLOSSARY_WEIGHT],
    // The author alone, or with words for what they wrote, asks for the source.
    ['Alimov', undefined],
    ['Alimov article', undefined],
    // No author, or a question (weighed by its own form).
    ['threats', undefined],
    ['what does Alimov say about threats', QUESTION_WEIGHTS.glossary],
  ])('"%s": glossary records weigh %s', (query, weight) => {
    expect(AUTHOR_SUBJECT_GLOSSARY_WEIGHT).toBeLessThan(1);
    expect(planQuery(query, WITH_AUTHOR).kindWeights?.['glossary term']).toBe(weight);
  });

  test.each([
    // Two things named apart: each record defines one of them.
    ['RATS SCO Charter', SEVERAL_NAMES_GLOSSARY_WEIGHT],
    ['Regional Anti-Terrorist Structure and the SCO Charter', SEVERAL_NAMES_GLOSSARY_WEIGHT],
    // One name, however long, or one inside another ("SCO" in "SCO Charter"); a question.
    ['SCO Charter', undefined],
    ['SCO RATS', undefined],
    ['RATS Tashkent', undefined],
    ['is RATS in the SCO Charter', undefined],
  ])('"%s": glossary records weigh %s', (query, weight) => {
    expect(SEVERAL_NAMES_GLOSSARY_WEIGHT).toBeLessThan(1);
    expect(planQuery(query, DATA).kindWeights?.['glossary term']).toBe(weight);
  });

  test.each([
    [['rats', 'sco', 'charter'], 2],
    [['sco', 'charter'], 1],
    [['sco', 'rats'], 1],
    [['rashid', 'alimov', 'rats'], 2],
    [['tashkent'], 0],
    // No words, or one name over and over.
    [[], 0],
    [['rats', 'rats', 'rats'], 1],
    // Two names of one entry name one thing.
    [['rats', ...nameWords('Regional Anti-Terrorist Structure')], 1],
  ])('%j names %i things', (words, count) => {
    expect(namedThings(words, WITH_AUTHOR)).toBe(count);
  });

  test.each([
    // "What is X" asks for a definition when X is a name, one of its other names included.
    ['what is RATS', QUESTION_WEIGHTS.intent],
    ['what is the Regional Anti-Terrorist Structure', QUESTION_WEIGHTS.intent],
    ['define SCO Charter', QUESTION_WEIGHTS.intent],
    // Otherwise it asks for more than a definition.
    ['what was signed in Tashkent', undefined],
    ['what are the functions of RATS in Tashkent', undefined],
  ])('"%s": glossary records weigh %s', (query, weight) => {
    expect(planQuery(query, DATA).kindWeights?.['glossary term']).toBe(weight);
  });

  test('a query names an author by the whole name, not by one word of a longer one', () => {
    const data: SearchData = {
      ...DATA,
      entries: [{ id: 'und_x', names: ['X'], authors: ['UN Chronicle'] }],
    };
    expect(namesAuthor([['un', 'chronicle', 'article']], data)).toBe(true);
    expect(namesAuthor([['un', 'charter']], data)).toBe(false);
  });
});

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
  ])('"%s" names %s', (query, id, rank) => {
    const named = namedEntries(planQuery(query, DATA), DATA);
    if (id === undefined) expect([...named]).toEqual([]);
    else expect(named.get(id)).toBe(rank);
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
  ])('"%s": an author with words for what they wrote names the source %s', (query, id) => {
    const named = namedEntries(planQuery(query, DATA), DATA);
    if (id === undefined) expect([...named]).toEqual([]);
    else expect([...named]).toEqual([[id, NAME_RANK.author]]);
  });

  // An index where the article is called so, and is said to be complete or not.
  const WRITTEN: SearchData = {
    ...DATA,
    words: countWords([...TEXT, 'The article is complete; its column and paragraph 5.']),
  };
  test.each([
    // With other words too, the word for what he wrote still asks for his source.
    ['is the Alimov article complete', 'und_alimov'],
    ['Alimov article paragraph', 'und_alimov'],
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

describe('content/synonyms.yaml', () => {
  test('groups become phrases of folded words', () => {
    expect(parseSynonyms('- [Astana, Nur-Sultan]\n- [seat, based, head quarters]\n')).toEqual([
      [['astana'], ['nursultan']],
      [['seat'], ['based'], ['head', 'quarters']],
    ]);
  });

  test('an empty file has no groups', () => expect(parseSynonyms('# nothing yet\n')).toEqual([]));

  test.each([
    ['- [seat]\n', /line 1: a group needs at least two/],
    ['- seat\n', /line 1: a group must be a list/],
    ['- [seat, based]\n- [based, located]\n', /line 2: "based" is already in the group on line 1/],
    ['- [seat, "!!"]\n', /line 1: "!!" is not a word or phrase/],
    ['seat: based\n', /not a list of groups/],
    ['- [seat, based\n', /not valid YAML/],
  ])('%j stops the build, naming the line', (text, message) => {
    expect(() => parseSynonyms(text)).toThrow(message);
    expect(() => parseSynonyms(text)).toThrow(/content\/synonyms\.yaml/);
  });

  test('the site’s own synonyms file is valid', async () => {
    const { readFileSync } = await import('node:fs');
    expect(parseSynonyms(readFileSync('content/synonyms.yaml', 'utf8')).length).toBeGreaterThan(5);
  });
});

describe('a hyphenated word the index does not hold', () => {
  const words = (query: string) =>
    splitUnknownCompounds(splitQuery(query), DATA).map((word) => word.folded);
  test.each([
    // Split, so that each part is found or corrected on its own.
    ['Shanghai-Cooperation', ['shanghai', 'cooperation']],
    ['Tashkent–Beijing', ['tashkent', 'beijing']],
    ['Rashid-the-Alimov', ['rashid', 'alimov']], // function words among the parts dropped
    // Kept whole: the index holds it, a correction reaches it, a synonym names it, or it has a digit.
    ['Anti-Terrorist', ['antiterrorist']],
    ['Anti-Terorist', ['antiterorist']],
    ['Nur-Sultan', ['nursultan']],
    ['2018-2023', ['20182023']],
    ['Tashkent', ['tashkent']],
    // Kept whole too: parts of which none is the site's word, or letters ("a-b-c" is no compound).
    ['zzq-zzq-zzq', ['zzqzzqzzq']],
    ['a-b-c-d', ['abcd']],
    ['the-of-the', ['theofthe']],
  ])('%s → %j', (query, expected) => expect(words(query)).toEqual(expected));

  test('the plan searches the parts', () => {
    expect(planQuery('Shanghai-Cooperation Organization', DATA).variants[0]).toEqual([
      'shanghai',
      'cooperation',
      'organization',
    ]);
  });
});
