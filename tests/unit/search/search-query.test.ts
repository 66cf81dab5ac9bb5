import { describe, expect, test } from 'vitest';
import {
  joinCompounds,
  numberRangeGroups,
  numericDateGroups,
  splitGroups,
} from '#lib/search/compounds.ts';
import { loadEditDistance } from '#lib/search/corrections.ts';
import { numeronymOf } from '#lib/search/edit-distance.ts';
import { expandSynonyms } from '#lib/search/query-variants.ts';
import { onlyFunctionWords, planQuery, searchedText } from '#lib/search/search-query.ts';
import { namesOnlyPlan, widenPlan } from '#lib/search/search-widen.ts';
import { irregularGroups } from '#lib/search/irregular-verbs.ts';
import { countWords, type SearchData, splitQuery } from '#lib/search/search-words.ts';
import {
  decadeStart,
  baseNounOf,
  doctrineOf,
  knownSpellings,
  otherInflections,
  otherSpellings,
  partialStem,
  pluralOf,
  singularOf,
  stemOf,
} from '#lib/search/word-forms.ts';
import { SYNONYMS, DATA } from '../../support/query-data.ts';

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

  test('a phrase the index cannot answer is replaced by the name inside it: an official name by the short one', () => {
    // "People's Republic of China" holds "China": a reader who typed it had found nothing of China,
    // since the site never writes "republic".
    const groups = [[['china'], ['prc'], ['peoples', 'republic', 'china']]];
    const data: SearchData = { ...DATA, words: new Map([...DATA.words, ['china', 8]]) };
    expect(expandSynonyms(['peoples', 'republic', 'china'], groups, data)).toEqual([
      ['peoples', 'republic', 'china'],
      ['china'],
      ['prc'],
    ]);
    // A phrase the index holds keeps the name inside it as its own part, as before.
    const held: SearchData = {
      ...data,
      words: new Map([...data.words, ['peoples', 8], ['republic', 8]]),
    };
    expect(expandSynonyms(['peoples', 'republic', 'china'], groups, held)).toEqual([
      ['peoples', 'republic', 'china'],
      ['prc'],
    ]);
  });

  test('no more than eight variants', () => {
    const many = [Array.from({ length: 20 }, (_, i) => [`w${i}`])];
    expect(expandSynonyms(['w0'], many)).toHaveLength(8);
  });

  test.each([
    ['strategies', 'strategy'],
    ['strategie', 'strategy'],
    ['strategi', 'strategy'],
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

  describe('a singular in -y also searches its plural in -ies, which the index holds', () => {
    const data: SearchData = {
      ...DATA,
      words: new Map([
        ...DATA.words,
        ['external', 1],
        ['policies', 2],
        ['policy', 1],
        ['days', 1],
        ['ties', 1],
      ]),
    };
    test.each([
      ['policy', 'policies'],
      // Not a plural the index does not hold, a vowel before the "y" ("day": days, a start of
      // it already), nor a word too short to be a noun in -y.
      ['strategy', undefined],
      ['day', undefined],
      ['ty', undefined],
      ['policies', undefined],
    ])('%s → %s', (word, plural) => expect(pluralOf(word, data)).toBe(plural));

    test('as a variant of the query, the reader’s words first', () => {
      expect(planQuery('external policy', data).variants).toEqual([
        ['external', 'policy'],
        ['external', 'policies'],
      ]);
    });
  });

  describe('an adherent’s word also searches the doctrine, which the index holds', () => {
    const data: SearchData = {
      ...DATA,
      words: new Map([...DATA.words, ['terrorism', 1], ['terrorist', 1], ['separatism', 1]]),
    };
    test.each([
      ['terrorist', 'terrorism'],
      ['terrorists', 'terrorism'],
      ['separatist', 'separatism'],
      // Not a doctrine the index does not hold, a word that only ends so, nor a short one.
      ['pacifist', undefined],
      ['list', undefined],
      ['assist', undefined],
      ['terrorism', undefined],
    ])('%s → %s', (word, doctrine) => expect(doctrineOf(word, data)).toBe(doctrine));

    test('as a variant of the query, the reader’s words first', () => {
      expect(planQuery('terrorists', data).variants).toEqual([['terrorist'], ['terrorism']]);
    });
  });

  describe('a noun in -ship also searches the noun it is made of, which the index holds', () => {
    const data: SearchData = {
      ...DATA,
      words: new Map([
        ...DATA.words,
        ['member', 3],
        ['membership', 1],
        ['partner', 1],
        ['ship', 1],
      ]),
    };
    test.each([
      ['membership', 'member'],
      ['memberships', 'member'],
      ['partnership', 'partner'],
      // Not a base the index does not hold, a short one, nor a word that is one.
      ['leadership', undefined],
      ['ship', undefined],
      ['worship', undefined],
      ['member', undefined],
    ])('%s → %s', (word, base) => expect(baseNounOf(word, data)).toBe(base));

    test('as a variant of the query, the reader’s words first', () => {
      expect(planQuery('membership', data).variants).toEqual([['membership'], ['member']]);
    });
  });

  describe('an irregular past also searches its base form, which the index holds or begins', () => {
    const words = new Map([...DATA.words, ['came', 1], ['comes', 2], ['begins', 1], ['found', 1]]);
    test.each([
      // Held by the index or not, the past searches the base ("come" begins "comes").
      ['came', 'come'],
      // Not a base the index neither holds nor begins, nor "found" (to found).
      ['spoke', undefined],
      ['found', undefined],
    ])('%s → %s', (past, base) =>
      expect(
        irregularGroups(words, [])
          .find((group) => group[0]?.[0] === past)
          ?.at(-1)?.[0],
      ).toBe(base),
    );

    test('one group a verb, its pasts before it', () => {
      const withTake = new Map([...words, ['takes', 1]]);
      expect(
        irregularGroups(withTake, []).filter((group) => group.flat().includes('take')),
      ).toEqual([[['took'], ['taken'], ['take']]]);
    });

    test('not a word a group of the content holds ("began": founding)', () => {
      expect(irregularGroups(words, []).flat(2)).toContain('began');
      expect(irregularGroups(words, [[['began'], ['founded']]]).flat(2)).not.toContain('began');
    });

    test('as a variant of the query, the reader’s words first', () => {
      const data: SearchData = { ...DATA, words, synonyms: irregularGroups(words, []) };
      expect(planQuery('came', data).variants).toEqual([['came'], ['come']]);
    });
  });

  test('a word of a synonym group the index does not hold is no typo: its group is searched, no correction shown', () => {
    // "anti-terrorism" had been "corrected" to the index's "anti-terrorist" (one letter off), though
    // the content's synonyms give it as another word for counterterrorism.
    const data: SearchData = {
      ...DATA,
      words: new Map([...DATA.words, ['antiterrorist', 3], ['counterterrorism', 2]]),
      synonyms: [...DATA.synonyms, [['counterterrorism'], ['antiterrorism'], ['antiterrorist']]],
    };
    const plan = planQuery('anti-terrorism', data);
    expect(plan.corrections).toEqual([]);
    expect(plan.variants).toContainEqual(['counterterrorism']);
    // A typo of it is still corrected.
    expect(planQuery('anti-terrorizm', data).corrections).not.toEqual([]);
  });

  test('-es is taken off only where English adds it, after s, x, z, ch, sh or o', () => {
    // The index holds "liv" (a volume's number, "Vol. LIV") and "stat": neither is a singular.
    const data: SearchData = {
      ...DATA,
      words: new Map([
        ...DATA.words,
        ...['liv', 'stat', 'state', 'process', 'tax', 'church', 'hero', 'crash'].map(
          (word): [string, number] => [word, 1],
        ),
      ]),
    };
    expect(
      ['lives', 'states', 'processes', 'taxes', 'churches', 'heroes', 'crashes'].map((word) =>
        singularOf(word, data),
      ),
    ).toEqual([undefined, 'state', 'process', 'tax', 'church', 'hero', 'crash']);
  });

  test('a plural whose singular the index does not hold is left alone', () => {
    expect(singularOf('alliances', DATA)).toBeUndefined();
    expect(singularOf('rats', DATA)).toBeUndefined();
    // Nor a word of the index that ends in "i" or "ie", nor one whose "y" form it does not hold.
    const data: SearchData = { ...DATA, words: new Map([...DATA.words, ['anti', 1], ['tie', 1]]) };
    expect(['anti', 'tie', 'delhi', 'xi'].map((word) => singularOf(word, data))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  test.each([
    ['organisation', ['organization']],
    ['center', ['centre']],
    ['defence', ['defense']],
    ['favour', ['favor']],
    ['analyse', ['analyze']],
    ['dialogue', ['dialog']],
    ['travelled', ['traveled']],
    ['odor', ['odour']],
    ['judgment', ['judgement']],
    ['acknowledgements', ['acknowledgments']],
    ['fulfill', ['fulfil']],
    ['fulfilment', ['fulfillment']],
    ['enrolls', ['enrols']],
  ])('%s is also spelt %j', (word, others) =>
    expect(otherSpellings(word)).toEqual(expect.arrayContaining(others)),
  );

  test('a word spelt otherwise than the site spells it is searched as the site spells it, in every variant, uncorrected', () => {
    const data: SearchData = {
      ...DATA,
      words: new Map([...DATA.words, ['azam', 2], ['azams', 1], ['judgement', 1]]),
    };
    const plan = planQuery("Azam's judgments", data);
    expect(plan.corrections).toEqual([]);
    expect(plan.variants).toContainEqual(['azam', 'judgement']);
    expect(plan.variants.flat()).not.toContain('judgments');
  });

  // A short word that ends as one of the rules' does is another word, not another spelling: "four"
  // is not "for" (a reader's "four" had found every "for"), "our" not "or", "tour" not "tor".
  test.each([
    ['four', 'for'],
    ['for', 'four'],
    ['our', 'or'],
    ['or', 'our'],
    ['tour', 'tor'],
    ['hour', 'hor'],
    ['until', 'untill'],
    ['council', 'councill'],
    ['still', 'stil'],
  ])('%s is not spelt %s', (word, other) => expect(otherSpellings(word)).not.toContain(other));

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

  test('the other spelling is searched with its own stem and forms, as the site’s spelling would be', () => {
    // The site writes "summarised" and "summarises", never "summarized".
    const data: SearchData = {
      ...DATA,
      words: countWords(['summarised once; it summarises; summarisation; in its own words']),
    };
    const plan = planQuery('summarized words', data);
    expect(plan.corrections).toEqual([]);
    expect(plan.variants).toEqual([
      ['summarised', 'words'],
      ['summaris', 'words'],
      ['summarises', 'words'],
    ]);
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

  describe('a date typed in numbers is searched as the words the site writes it in', () => {
    const data: SearchData = {
      ...DATA,
      words: new Map([...DATA.words, ['april', 1], ['june', 1], ['july', 1]]),
    };
    const groups = (typed: string): string[][][] => numericDateGroups(splitQuery(typed), data);

    test.each([
      // Day first (as most of the world writes it) or month first (as the United States does):
      // both readings when both can be, the day's first.
      [
        '04.07.2024',
        [
          ['4', 'july', '2024'],
          ['7', 'april', '2024'],
        ],
      ],
      [
        '07/04/2024',
        [
          ['7', 'april', '2024'],
          ['4', 'july', '2024'],
        ],
      ],
      // Only one reading when the other has no month of that number.
      ['15/06/2001', [['15', 'june', '2001']]],
      ['06/15/2001', [['15', 'june', '2001']]],
      ['26-04-1996', [['26', 'april', '1996']]],
      // ISO's order, year first.
      ['2024-07-04', [['4', 'july', '2024']]],
      // With the punctuation of the sentence it was copied from.
      ['(15/06/2001),', [['15', 'june', '2001']]],
    ])('%s → %j', (typed, dates) => {
      const [group] = groups(typed);
      expect(group?.slice(1)).toEqual(dates);
    });

    test.each([
      // No month of that number either way, a month the index does not hold, a day past 31,
      // a year of two digits (no century), and numbers that are not a date.
      '13/13/2024',
      '01.01.2024',
      '32.07.2024',
      '15/06/01',
      '2024',
      '2024-2029',
      '1.2',
    ])('%s is no date the site writes', (typed) => expect(groups(typed)).toEqual([]));

    test('the readings are searched, not the numbers run together as one word', () => {
      const plan = planQuery('04.07.2024', data);
      expect(plan.variants).toEqual([
        ['4', 'july', '2024'],
        ['7', 'april', '2024'],
      ]);
      expect(plan.respellings?.has('4 july 2024')).toBe(true);
    });
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
      ['use', 3],
      ['uses', 1],
    ]),
  };

  test.each([
    ['formed', ['forms', 'forming']],
    ['signed', ['signs', 'signing']],
    ['forming', ['forms']],
    // The base form itself, where the index holds it as a word: "using" force is the "use" of force.
    ['using', ['use', 'uses']],
    ['used', ['use', 'uses']],
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

  test('a shorter start is taken when it is a whole word of the index: "Iranian" by Iran', () => {
    const withIran = { ...data, words: new Map([...data.words, ['iran', 1]]) };
    expect(partialStem('iranian', withIran)).toBe('iran');
    // A start under MIN_PARTIAL_STEM letters that only begins words is not ("formula": forms).
    expect(partialStem('formula', withIran)).toBeUndefined();
    expect(planQuery('Iranian site', withIran).variants[0]).toEqual(['iran', 'site']);
  });

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
    expect(searchedText(plan)).toBe('is this site accessible');
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

  test.each([
    ['1990s', '199'],
    ['2020s', '202'],
    ['1900s', '190'],
  ])('the decade %s is the start of its years, %s', (word, start) =>
    expect(decadeStart(word)).toBe(start),
  );

  test.each(['1990', '1995s', '990s', '19900s', 'sixties'])('%s is no decade', (word) =>
    expect(decadeStart(word)).toBeUndefined(),
  );

  test('what a corrected query searched is shown with the function words typed around it', () => {
    expect(searchedText(planQuery('when did Kazakstan join', data))).toBe(
      'when did Kazakhstan join',
    );
    // A word of scaffolding left out ("list of"): the words searched alone, as they no longer line
    // up one for one with the words typed.
    const listed = planQuery('list of Kazakstan members', data);
    expect(searchedText(listed)).toBe(listed.words.map((word) => word.typed).join(' '));
    expect(searchedText(listed)).not.toMatch(/^list/);
  });
  test('a decade is searched by the start of its years, shown as typed', () => {
    const withYear: SearchData = {
      ...data,
      words: new Map([...data.words, ['five', 1], ['1996', 1]]),
    };
    const plan = planQuery('Shanghai Five in the 1990s', withYear);
    expect(plan.variants[0]).toEqual(['shanghai', 'five', '199']);
    expect(searchedText(plan)).toBe('Shanghai Five in the 1990s');
    expect(plan.corrections).toEqual([]);
  });

  test('a numeronym is corrected to the word of the index with its first and last letters and as many between', async () => {
    expect(numeronymOf('a11y', data)).toBe('accessibility');
    // Of several that fit ("site" is in the index twice), the word the index holds most.
    expect(numeronymOf('s2e', data)).toBe('site');
    expect(numeronymOf('s2e', { ...data, words: new Map([...data.words, ['sure', 5]]) })).toBe(
      'sure',
    );
    await loadEditDistance();
    const plan = planQuery('a11y', data);
    expect(plan.variants[0]).toEqual(['accessibility']);
    expect(plan.corrections).toEqual([{ from: 'a11y', to: 'accessibility' }]);
  });

  test.each(['i18n', 'a12y', 'a1', '11y', 'accessibility'])(
    '%s is no numeronym of the index',
    (word) => expect(numeronymOf(word, data)).toBeUndefined(),
  );
});

describe('retry', () => {
  test('a query that finds nothing is retried without a word the index does not hold', () => {
    const plan = planQuery('RATS xyzzy Tashkent', DATA);
    expect(searchedText(widenPlan(plan, DATA)!)).toBe('RATS Tashkent');
  });

  // The word the site uses least narrows a query most: when no page has every word, it is the
  // likeliest to be one the answer does not use ("stop" in "try to stop drug smuggling"), while the
  // words the site uses most are its subjects.
  test('…or else without the word the site uses least', () => {
    const plan = planQuery('SCO summit Tashkent', DATA);
    const counts = plan.words.map((word) => DATA.words.get(word.folded) ?? 0);
    expect(new Set(counts).size).toBe(counts.length);
    const rarest = plan.words[counts.indexOf(Math.min(...counts))]!;
    expect(searchedText(widenPlan(plan, DATA)!)).toBe(
      plan.words
        .filter((word) => word !== rarest)
        .map((word) => word.typed)
        .join(' '),
    );
  });

  // "us" begins words the site uses ("use"), but as a word it is the United States (a synonym
  // group's): the question "how is the SCO different from us-led alliances" had lost it first.
  test('…but a word a synonym group holds whole is kept to the last', () => {
    const data: SearchData = {
      ...DATA,
      words: new Map([...DATA.words, ['used', 1]]),
      synonyms: [...DATA.synonyms, [['us'], ['united', 'states']]],
    };
    const plan = planQuery('us SCO summit Tashkent', data);
    expect(searchedText(widenPlan(plan, data)!).split(' ')).toContain('us');
    expect(searchedText(widenPlan(planQuery('xus SCO summit', data), data)!)).toBe('SCO summit');
  });

  test('a single word is not widened', () => {
    expect(widenPlan(planQuery('Tashkent', DATA), DATA)).toBeUndefined();
  });
});

describe('onlyFunctionWords', () => {
  // Words every page has name nothing: the query is not searched (SearchRun.onlyCommon).
  test.each([
    ['the of and', true],
    ['what is the', true],
    ['who', true],
    ['  the  ', true],
    ['the three evils', false],
    ['what is rats', false],
    // Typed in capitals, a word is an acronym.
    ['US', false],
    ['IT', false],
    ['', false],
    ['RATS', false],
  ])('%j → %s', (query, expected) => {
    expect(onlyFunctionWords(query)).toBe(expected);
  });

  test('an edition’s function words, folded', () => {
    const russian = new Set(['и', 'в', 'на', 'что']);
    expect(onlyFunctionWords('и в на', russian)).toBe(true);
    expect(onlyFunctionWords('Что', russian)).toBe(true);
    expect(onlyFunctionWords('что такое РАТС', russian)).toBe(false);
    // English function words count in an edition too ("the" on /ru/).
    expect(onlyFunctionWords('the', russian)).toBe(true);
  });
});
