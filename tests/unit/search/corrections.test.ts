import { doubleMetaphone } from 'double-metaphone';
import { describe, expect, test } from 'vitest';
import {
  allowedTypos,
  correctWord,
  letterDoubled,
  loadEditDistance,
  matchCase,
} from '#lib/search/corrections.ts';
import { isFirstLetterTypo, isFormOf, romanisedForms } from '#lib/search/edit-distance.ts';
import { planQuery, searchedText, type SoundMatcher } from '#lib/search/search-query.ts';
import { countWords, isTypedAcronym, type SearchData } from '#lib/search/search-words.ts';
import { romanisationKey, soundAlike, soundEncoder } from '#lib/search/sound-alike.ts';
import { isKnownWord } from '#lib/search/vocabulary.ts';
import { DATA, TEXT } from '../../support/query-data.ts';

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

  test('a name of four letters is matched by sound: "Eron" is Iran, two edits away', () => {
    const data = { ...DATA, words: countWords([...TEXT, 'Iran joined in 2023.']) };
    expect(correctWord('eron', data)).toBeUndefined();
    expect(soundAlike('eron', data, doubleMetaphone)).toBe('iran');
  });

  test.each([
    ['qingdao', 'tsingtao', 'Wade–Giles and postal'],
    ['qingdao', 'tsindao', 'Palladius'],
    ['qingdao', 'chingdao', 'by ear'],
    ['jinping', 'tszinpin', 'Palladius'],
    ['xi', 'hsi', 'Wade–Giles'],
    ['tianjin', 'tyantszin', 'Palladius'],
    ['tianjin', 'tiandzhin', 'Russian "дж" in Latin letters'],
    ['jinping', 'dzhinping', 'Russian "дж" in Latin letters'],
  ])('the romanisations of a Chinese name share a key: %s, %s (%s)', (pinyin, other) => {
    expect(romanisationKey(other)).toBe(romanisationKey(pinyin));
  });

  test.each(['tsindao', 'tsingtao', 'chingdao'])(
    '%s sounds like qingdao by its romanisation key, not by Double Metaphone',
    (typed) => {
      const data = { ...DATA, words: countWords([...TEXT, 'The Qingdao summit.']) };
      expect(correctWord(typed, data)).toBeUndefined();
      expect(soundAlike(typed, data, doubleMetaphone)).toBeUndefined();
      expect(soundAlike(typed, data, soundEncoder(doubleMetaphone))).toBe('qingdao');
    },
  );

  test('a name by sound comes before a verb form by its stem: "Chin-p\'ing" is Jinping', async () => {
    await loadEditDistance();
    const data = { ...DATA, words: countWords([...TEXT, 'Xi Jinping and Chinese television.']) };
    const plan = (matchSound?: SoundMatcher) =>
      planQuery("Hsi Chin-p'ing", data, matchSound ? { matchSound } : {});
    // Without the matcher, the stem's correction ("chinp" + "ing": chinese) stands for now.
    expect(plan().words.map((word) => word.folded)).toEqual(['hsi', 'chinese']);
    expect(plan().needsSound).toBe(true);
    const matchSound: SoundMatcher = (word, whole) =>
      soundAlike(word, whole, soundEncoder(doubleMetaphone));
    expect(plan(matchSound).words.map((word) => word.folded)).toEqual(['hsi', 'jinping']);
    expect(plan(matchSound).corrections).toEqual([{ from: "Chin-p'ing", to: 'Jinping' }]);
  });

  test.each([
    ['fight', 'an English word the site never uses'],
    ['tashkent', 'a known word'],
    ['raz', 'a word under four letters'],
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
    [6, 1],
    [7, 2],
    [8, 2],
    [11, 2],
    [12, 3],
  ])('on a second try a word of %i letters may have %i corrected', (length, typos) =>
    // Three edits make another word of eight letters ("European" is not "Eurasian"), not of thirteen
    // ("organizatsiya" is organization).
    expect(allowedTypos(length, 1)).toBe(typos),
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

  test.each([
    ['kazahks', 'kazakhstan', 'two letters swapped, on the way to Kazakhstan'],
    ['uzbeksi', 'uzbekistan', 'two letters swapped at the end'],
    ['secretra', 'secretariat', 'two letters swapped in eight letters'],
    ['tashkne', 'tashkent', 'two letters swapped, two edits from the whole word'],
    ['pakitsa', 'pakistan', 'two letters swapped, on the way to Pakistan'],
  ])('%s, the word still being typed, → %s (%s)', (typed, fixed) => {
    expect(correctWord(typed, DATA)).toBeUndefined();
    expect(correctWord(typed, DATA, 0, undefined, [])).toBe(fixed);
  });

  // A start is allowed the edits of a word one letter shorter: any four letters are one edit from
  // the start of some word ("nato" from "nati…", so "Showing results for nations").
  test.each([
    ['sumn', undefined],
    ['tashj', 'tashkent'],
    ['pakisn', 'pakistan'],
  ])('%s, the word still being typed, is completed to %s', (typed, fixed) =>
    expect(correctWord(typed, DATA, 0, undefined, [])).toBe(fixed),
  );

  // A start shorter than what was typed by two letters or more is no completion: "chingdao" (a
  // spelling of Qingdao) was the start "chinao" with two letters dropped, "Showing results for
  // chinaorgcn" (the outlet China.org.cn, as Pagefind folds it).
  test('a word still being typed is completed by at most one letter typed too many', () => {
    const data: SearchData = { ...DATA, words: new Map([...DATA.words, ['chinaorgcn', 3]]) };
    expect(correctWord('chingdao', data, 1, undefined, [])).toBeUndefined();
    expect(correctWord('chinaoorg', data, 1, undefined, [])).toBe('chinaorgcn');
  });

  test.each([
    ['kazahks', 'kazakhstan', { corrections: [] }, 'join kazahks', ['kazahks']],
    ['xyzzyq', 'nothing begins near it', { corrections: [] }, 'join xyzzyq', []],
  ])('only the last word is completed: %s', (word, _why, first, last, expected) => {
    // As the first of two words, the word is taken as typed in full.
    expect(planQuery(`${word} join`, DATA)).toMatchObject(first);
    const plan = planQuery(last, DATA);
    expect(plan.corrections.map((each) => each.from)).toEqual(expected);
  });

  test('of starts as near, the one that follows the word before it in a name is completed', () => {
    const data: SearchData = {
      ...DATA,
      words: new Map([
        ['territorial', 2],
        ['interference', 9],
        ['integrity', 2],
      ]),
      entries: [{ id: 'und_integrity', names: ['Territorial integrity'], authors: [] }],
    };
    // "interg" is one edit from the starts of both ("interf", "integr").
    expect(correctWord('interg', data, 0, undefined, [])).toBe('interference');
    expect(correctWord('interg', data, 0, undefined, ['territorial'])).toBe('integrity');
    expect(correctWord('interg', data, 0, undefined, ['sovereign'])).toBe('interference');
  });

  test('a shorter word is completed with as few edits as its length allows', () => {
    // Five letters allow one edit ("tsahk" → the start "tashk" of Tashkent), four none: any four
    // letters are one edit from some word's start ("nato" from "nati…" of "nations").
    expect(correctWord('tsahk', DATA, 0, undefined, [])).toBe('tashkent');
    expect(correctWord('tsah', DATA, 0, undefined, [])).toBeUndefined();
    // Two edits are too many for seven letters.
    expect(correctWord('kzahks', DATA, 0, undefined, [])).toBeUndefined();
    // Nothing is the start of a pasted run of one letter; nor, with no letters, of anything.
    expect(correctWord('t'.repeat(200), DATA, 0, undefined, [])).toBeUndefined();
    expect(correctWord('----', DATA, 0, undefined, [])).toBeUndefined();
  });

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

  test('of words as many edits away, a letter left out is likelier than a wrong one, and that than one too many, unless one word begins the other', () => {
    const data: SearchData = {
      ...DATA,
      words: new Map([
        ['joined', 1],
        ['joint', 8],
        ['jon', 20],
      ]),
    };
    // "joind": joined with a letter put back, joint with one changed, "jon" with one taken off.
    expect(correctWord('joind', data)).toBe('joined');
    // Unless one begins the other: Pagefind matches the start of words, so the shorter finds both
    // ("pakistani": pakistan, not pakistans).
    expect(
      correctWord('pakistani', {
        ...data,
        words: new Map([
          ['pakistans', 9],
          ['pakistan', 1],
        ]),
      }),
    ).toBe('pakistan');
    expect(
      correctWord('joint', {
        ...data,
        words: new Map([
          ['joins', 9],
          ['joiner', 1],
        ]),
      }),
    ).toBe('joins');
    // More edits still lose, however long the word.
    expect(
      correctWord('joind', {
        ...data,
        words: new Map([
          ['joinedd', 9],
          ['joint', 1],
        ]),
      }),
    ).toBe('joint');
  });

  test("a misspelt -ed or -ing form is corrected by its stem, as the start of the site's word", () => {
    // "nonalligned" is five edits from "nonalignment"; its stem "nonallign" is one from the start.
    const data: SearchData = { ...DATA, words: new Map([...DATA.words, ['nonalignment', 4]]) };
    expect(correctWord('nonalligned', data)).toBe('nonalignment');
    expect(correctWord('nonalligning', data)).toBe('nonalignment');
    expect(planQuery('non-alligned', data).corrections).toEqual([
      { from: 'non-alligned', to: 'non-alignment' },
    ]);
    // Not a form whose stems are too short ("nonl", "nonle"), nor an English word the site never
    // uses, which the reader meant ("supposed" is not the start of "support").
    expect(correctWord('nonled', data)).toBeUndefined();
    const support: SearchData = {
      ...DATA,
      words: new Map([...DATA.words, ['support', 3]]),
      english: new Set(['supposed']),
    };
    expect(correctWord('supposed', support)).toBeUndefined();
    expect(correctWord('suppossed', support)).toBe('support');
  });

  test.each([
    ['Kazakstan', 'kazakhstan', 'Kazakhstan'],
    ['UNDOC', 'unodc', 'UNODC'],
    ['tashkant', 'tashkent', 'tashkent'],
    // A numeronym's capitals are not its word's.
    ['A11Y', 'accessibility', 'accessibility'],
  ])('%s is shown as %s → %s, in the case typed', (typed, folded, shown) =>
    expect(matchCase(typed, folded)).toBe(shown),
  );

  // The vocabulary holds a hyphenated word joined ("nonalignment"); the reader's joiners are kept
  // where the correction's letters before them, or after them, are the reader's own.
  test.each([
    ['non-alignmnet', 'nonalignment', 'non-alignment'],
    ['Anti-Terorist', 'antiterrorist', 'Anti-terrorist'],
    ['secretery-general', 'secretarygeneral', 'secretary-general'],
    ['secretery-genral', 'secretarygeneral', 'secretarygeneral'],
    ['co-operaton', 'cooperation', 'co-operation'],
    ['Kazakstan?', 'kazakhstan', 'Kazakhstan'],
    ['Alimov’s', 'alimovs', 'Alimov’s'],
    ['-rats', 'rats', 'rats'],
    // A name of another first letter, matched by sound, is shown as the site writes it.
    ["Chin-p'ing", 'jinping', 'Jinping'],
  ])('%s is shown with its joiners where they still fall: %s → %s', (typed, folded, shown) =>
    expect(matchCase(typed, folded)).toBe(shown),
  );

  test.each([
    ['NATO', true],
    ['UNDOC', true],
    ['UNESCO', true],
    ['RATS,', true],
    ['Nato', false],
    ['nato', false],
    ['A', false],
    ['KAZAKSTAN', false], // a word typed in capitals, not an acronym
    ['2024', false],
  ])('%s is typed as an acronym: %s', (typed, acronym) =>
    expect(isTypedAcronym(typed)).toBe(acronym),
  );

  test('a word typed in capitals is corrected only into an acronym an entry is named by', () => {
    // The vocabulary holds "rats" (an entry's name in capitals) and "seated", "separatism".
    expect(planQuery('RAST', DATA).corrections).toEqual([{ from: 'RAST', to: 'RATS' }]);
    // "SEATD" is one edit from "seated", which the site writes in lower case: no acronym.
    expect(planQuery('seatd', DATA).corrections).toEqual([{ from: 'seatd', to: 'seated' }]);
    expect(planQuery('SEATD', DATA).corrections).toEqual([]);
    // …and is never completed as the start of a word still being typed.
    expect(planQuery('sepra', DATA).corrections).toEqual([{ from: 'sepra', to: 'separatism' }]);
    expect(planQuery('SEPRA', DATA).corrections).toEqual([]);
  });

  test('a word typed with hyphens between parts too short for a typo is no typo ("op-ed" is not "open")', () => {
    const data: SearchData = {
      words: countWords(['An open letter and an opinion column on the Anti-Terrorist Structure.']),
      synonyms: [],
      entries: [],
    };
    expect(planQuery('oped column', data).corrections).toEqual([{ from: 'oped', to: 'open' }]);
    expect(planQuery('op-ed column', data).corrections).toEqual([]);
    expect(planQuery('op-ed column', data).words.map((word) => word.typed)).toContain('op-ed');
    // A part long enough for a typo is corrected, the hyphen kept.
    expect(planQuery('anti-terorist structure', data).corrections).toEqual([
      { from: 'anti-terorist', to: 'anti-terrorist' },
    ]);
  });

  test('an acronym the index does not hold whole is not searched as the start of a word', () => {
    // "SEP" begins "separatism": as an acronym it names nothing the site holds, so it is not sent to
    // Pagefind, which would match the words it begins (a retry searches the others: search-widen.ts).
    expect(planQuery('SEP summit', DATA).variants).toEqual([]);
    expect(planQuery('summit SEP SEP summit', DATA).variants).toEqual([]);
    // Typed in lower case, a start is a word's start.
    expect(planQuery('sep summit', DATA).variants).toContainEqual(['sep', 'summit']);
    // The last word may be still being typed, with Caps Lock on ("TASH" for Tashkent).
    expect(planQuery('summit TASH', DATA).variants).toContainEqual(['summit', 'tash']);
    // An acronym the index holds, in the plural too ("MOUs"), or one corrected into it, is searched.
    expect(planQuery('RATS summit', DATA).variants).toContainEqual(['rats', 'summit']);
    expect(planQuery('MOU summit', DATA).variants).toContainEqual(['mou', 'summit']);
    expect(planQuery('RAST seat', DATA).variants).toContainEqual(['rats', 'seat']);
  });

  test('a plan says what it corrected; "search instead" (correct: false) keeps the words', () => {
    const plan = planQuery('when did Kazakstan join', DATA);
    expect(plan.corrections).toEqual([{ from: 'Kazakstan', to: 'Kazakhstan' }]);
    // The function words typed stay where they stood: the line reads as the reader wrote it.
    expect(searchedText(plan)).toBe('when did Kazakhstan join');
    expect(plan.variants[0]).toEqual(['kazakhstan', 'join']);
    const asTyped = planQuery('when did Kazakstan join', DATA, { correct: false });
    expect(asTyped.corrections).toEqual([]);
    expect(searchedText(asTyped)).toBe('when did Kazakstan join');
    // A word the index does not hold is never sent to Pagefind (it answers such words loosely).
    expect(asTyped.variants).toEqual([]);
  });

  test.each([
    // Shown without the words between them, words lose the punctuation that closed a clause…
    ['RATS, Kazakstan', 'RATS Kazakhstan'],
    ['Kazakstan; RATS!', 'Kazakhstan RATS'],
    // …but not an abbreviation's dot; punctuation alone is no word.
    ['U.S. Kazakstan?', 'U.S. Kazakhstan'],
    ['Kazakstan ,', 'Kazakhstan'],
  ])('"%s" is shown as searched: %s', (query, shown) =>
    expect(searchedText(planQuery(query, DATA))).toBe(shown),
  );

  test('the prefix test reads the sorted vocabulary', () => {
    expect(isKnownWord('tash', DATA)).toBe(true);
    expect(isKnownWord('tashkentz', DATA)).toBe(false);
    expect(isKnownWord('zzz', DATA)).toBe(false);
  });
});

describe('English words the site never uses (SearchData.english)', () => {
  test.each([
    ['officially', 'official', true],
    ['adopted', 'adopt', true],
    ['plan', 'plans', true],
    ['bases', 'based', false],
    ['plan', 'plain', false],
    ['agreed', 'agreement', true],
    ['supposed', 'support', false],
    ['status', 'states', false],
    ['pact', 'part', false],
    ['supposed', 'spaced', false],
    ['percent', 'present', false],
    ['live', 'liv', false],
    ['plans', 'plan', true],
    ['rats', 'rat', true],
  ])('%s and %s are forms of one word: %s', (word, other, form) =>
    expect(isFormOf(word, other)).toBe(form),
  );

  const data: SearchData = {
    ...DATA,
    words: new Map([
      ['states', 8],
      ['official', 2],
      ['spaced', 1],
      ['part', 4],
    ]),
  };
  const english = { ...data, english: new Set(['status', 'officially', 'supposed', 'pact']) };

  test.each([
    ['status', 'states'],
    ['pact', 'part'],
  ])('%s is corrected to %s only when it is not known as an English word', (word, other) => {
    expect(correctWord(word, data)).toBe(other);
    expect(correctWord(word, english)).toBeUndefined();
    expect(correctWord(word, english, 1)).toBeUndefined();
  });

  test('an English word is not completed into a different word either', () => {
    const typing = { ...data, english: new Set(['statue']) };
    expect(correctWord('statue', data, 0, undefined, [])).toBe('states');
    expect(correctWord('statue', typing, 0, undefined, [])).toBeUndefined();
  });

  test('an English word is still corrected to a form of itself', () => {
    expect(correctWord('officially', english)).toBe('official');
  });

  test('nor is an English word matched by sound to a different word', () => {
    expect(soundAlike('supposed', data, doubleMetaphone)).toBe('spaced');
    expect(soundAlike('supposed', english, doubleMetaphone)).toBeUndefined();
  });

  test('a plan leaves an English word uncorrected, and says nothing was corrected', () => {
    expect(planQuery('shanghai pact', data).corrections).toEqual([{ from: 'pact', to: 'part' }]);
    expect(planQuery('shanghai pact', english).corrections).toEqual([]);
  });
});

// A finished word (a space after it) the index holds only as the start of longer words, with a
// letter doubled: "mutuall trust" had been searched as the start of "mutually" and found one page.
describe('a doubled letter in a finished word (letterDoubled)', () => {
  const data: SearchData = {
    ...DATA,
    words: new Map([
      ['mutual', 9],
      ['mutually', 2],
      ['trust', 7],
      ['fulfil', 2],
      ['fulfilled', 1],
      ['september', 4],
      ['set', 3],
    ]),
  };

  test.each([
    ['mutuall', 'mutual'],
    ['fulfill', 'fulfil'],
  ])('%s is %s', (word, expected) => {
    expect(letterDoubled(word, data)).toBe(expected);
  });

  test.each([
    ['mutual', 'a word the index holds whole'],
    ['mutua', 'a start with no letter doubled'],
    ['sept', 'a start a dropped letter would make another word of ("set")'],
    ['trustt', 'not the start of any word of the index (correction proper decides)'],
    ['mutt', 'no word without the doubled letter'],
  ])('%s is not corrected: %s', (word) => {
    expect(letterDoubled(word, data)).toBeUndefined();
  });

  test('the query: a finished word is corrected and says so; the last word, still being typed, is not', () => {
    const plan = planQuery('mutuall trust', data);
    expect(plan.variants[0]).toEqual(['mutual', 'trust']);
    expect(plan.corrections).toEqual([{ from: 'mutuall', to: 'mutual' }]);
    expect(planQuery('trust mutuall', data).corrections).toEqual([]);
    expect(planQuery('mutuall trust', data, { correct: false }).corrections).toEqual([]);
  });
});

describe('a word too short to correct alone, after the word before it in a name', () => {
  const data: SearchData = {
    ...DATA,
    words: countWords([...TEXT, 'The Shanghai Five met in 1996; five members, and the fifth.']),
    entries: [...DATA.entries, { id: 'und_five', names: ['Shanghai Five'], authors: [] }],
  };

  test('"Shanghai Fve" is the name: five, corrected and said to be', async () => {
    await loadEditDistance();
    const plan = planQuery('Shanghai Fve', data);
    expect(searchedText(plan)).toBe('Shanghai Five');
    expect(plan.corrections).toEqual([{ from: 'Fve', to: 'Five' }]);
  });

  test.each([
    // Alone, or after a word that does not begin the name: three letters are too few to correct.
    ['Fve', 'Fve'],
    ['summit fve', 'summit fve'],
    // Two edits from the name's word ("fvi": five), or a known word: as typed.
    ['Shanghai Fvi', 'Shanghai Fvi'],
    ['Shanghai met', 'Shanghai met'],
  ])('"%s" searches "%s"', async (query, searched) => {
    await loadEditDistance();
    expect(searchedText(planQuery(query, data))).toBe(searched);
  });
});

describe('a word the site never uses, before a word of an entry’s name', () => {
  const data: SearchData = {
    ...DATA,
    words: countWords([...TEXT, 'The three forces: terrorism, separatism and extremism; forces.']),
    entries: [...DATA.entries, { id: 'und_forces', names: ['three forces'], authors: [] }],
    // English words the site never uses, which correctWord leaves alone.
    english: new Set(['tree', 'free', 'armed']),
  };

  test('"tree forces" is the name: three, corrected and said to be', async () => {
    await loadEditDistance();
    const plan = planQuery('tree forces', data);
    expect(searchedText(plan)).toBe('three forces');
    expect(plan.corrections).toEqual([{ from: 'tree', to: 'three' }]);
  });

  test.each([
    // Alone, or before a word that does not follow it in a name: an English word as typed.
    ['tree', 'tree'],
    ['tree terrorism', 'tree terrorism'],
    // Two edits from the name's word, or with correction off: as typed.
    ['armed forces', 'armed forces'],
    ['free forces', 'free forces'],
  ])('"%s" searches "%s"', async (query, searched) => {
    await loadEditDistance();
    expect(searchedText(planQuery(query, data))).toBe(searched);
  });

  test('not when the reader asked to search as typed', async () => {
    await loadEditDistance();
    expect(searchedText(planQuery('tree forces', data, { correct: false }))).toBe('tree forces');
  });
});

describe('a word too short to correct alone, beside a word of an author’s name', () => {
  const data: SearchData = {
    ...DATA,
    words: countWords([...TEXT, 'A column by Azhar Azam for CGTN.']),
    entries: [
      ...DATA.entries,
      { id: 'und_column', names: ['Opinion column'], authors: ['Azhar Azam', 'CGTN'] },
    ],
  };

  test.each([
    // The last word, and a word within the query: the author's surname, corrected and said to be.
    ['Azhar Azm', 'Azhar Azam'],
    ['azhar azm cgtn', 'azhar azam cgtn'],
    // After a word that is not the one before it in a name, or two edits off: as typed.
    ['column azm cgtn', 'column azm cgtn'],
    ['azhar zzm cgtn', 'azhar zzm cgtn'],
  ])('"%s" searches "%s"', async (query, searched) => {
    await loadEditDistance();
    const plan = planQuery(query, data);
    expect(searchedText(plan)).toBe(searched);
    expect(plan.corrections.length).toBe(query === searched ? 0 : 1);
  });
});

describe('a Russian word in Latin letters', () => {
  const data = {
    ...DATA,
    words: countWords([...TEXT, 'The Astana Declaration. Tashkent, the capital of Uzbekistan.']),
  };

  test.each([
    ['deklaratsiya', ['deklaration']],
    ['organizatsii', ['organization']],
    ['astaninskaya', ['astanin', 'astan']],
    ['tashkentskiy', ['tashkent']],
    ['kazakhstanskoy', ['kazakhstan']],
    ['antiterroristicheskaya', ['antiterrorist']],
    // Neither ending, or a form too short to be a name's ("risky": "ri").
    ['astana', []],
    ['risky', []],
  ])('%s has the English forms %j', (word, forms) => {
    expect(romanisedForms(word)).toEqual(forms);
  });

  test.each([
    ['Astaninskaya deklaratsiya', 'Astana Declaration', ['Astaninskaya', 'deklaratsiya']],
    ['tashkentskiy', 'Tashkent', ['tashkentskiy']],
  ])('"%s" searches "%s", said to be corrected', async (query, searched, from) => {
    await loadEditDistance();
    const plan = planQuery(query, data);
    expect(searchedText(plan).toLowerCase()).toBe(searched.toLowerCase());
    expect(plan.corrections.map((correction) => correction.from)).toEqual(from);
  });

  test('a word with such an ending that stands for no word of the index stays as typed', async () => {
    await loadEditDistance();
    expect(planQuery('kosmicheskaya', data).corrections).toEqual([]);
    // Nor when the reader asked to search as typed.
    expect(planQuery('deklaratsiya', data, { correct: false }).corrections).toEqual([]);
  });
});

describe('a last word one edit from the next word of a name, its first letter included', () => {
  const data = {
    ...DATA,
    words: countWords([
      ...TEXT,
      'The SCO Anti-Drug Centre. In the same sentence he adds drug trafficking.',
    ]),
    entries: [...DATA.entries, { id: 'und_centre', names: ['SCO Anti-Drug Centre'], authors: [] }],
  };

  test('"anti-drug sentre" is the Anti-Drug Centre, not the start of "sentence"', async () => {
    await loadEditDistance();
    const plan = planQuery('anti-drug sentre', data);
    expect(searchedText(plan)).toBe('anti-drug centre');
    expect(plan.corrections).toEqual([{ from: 'sentre', to: 'centre' }]);
  });

  test('"anti-drug centra" is the Anti-Drug Centre, not the start of "central"', async () => {
    await loadEditDistance();
    const central = {
      ...data,
      words: countWords([...TEXT, 'The SCO Anti-Drug Centre, a central body.']),
    };
    const plan = planQuery('anti-drug centra', central);
    expect(searchedText(plan)).toBe('anti-drug centre');
    expect(plan.corrections).toEqual([{ from: 'centra', to: 'centre' }]);
    // The start of the name's word, or of a word after no name's, is searched as typed.
    expect(searchedText(planQuery('anti-drug cent', central))).toBe('anti-drug cent');
    expect(searchedText(planQuery('drug trafficking centra', central))).toBe(
      'drug trafficking centra',
    );
  });

  test('alone, or after a word no name goes on from, the word is corrected as before', async () => {
    await loadEditDistance();
    expect(searchedText(planQuery('sentre', data))).toBe('sentence');
    expect(searchedText(planQuery('drug trafficking sentre', data))).toBe(
      'drug trafficking sentence',
    );
  });
});

describe('a typo in a long word’s first letter, on a second try', () => {
  const data = {
    ...DATA,
    words: countWords([...TEXT, 'Separatism and extremism. Rashid Alimov. The states.']),
  };

  test.each([
    ['eparatism', 'separatism', 'dropped'],
    ['xeparatism', 'separatism', 'wrong'],
    ['aseparatism', 'separatism', 'one too many'],
    ['esparatism', 'separatism', 'swapped with the second'],
    ['limov', 'alimov', 'dropped, five letters'],
  ])('%s is %s (its first letter %s)', async (typed, word) => {
    await loadEditDistance();
    expect(correctWord(typed, data)).toBeUndefined();
    expect(correctWord(typed, data, 1)).toBe(word);
  });

  test.each([
    ['tate', 'four letters are too few to tell (states)', 'states'],
    ['xtremsm', 'two edits, one of them the first letter', 'extremism'],
  ])('%s is left alone: %s', async (typed, _, word) => {
    await loadEditDistance();
    expect(correctWord(typed, data, 1)).toBeUndefined();
    expect(data.words.has(word)).toBe(true);
  });

  test('a word of the same first letter comes first, and an English word is left alone', async () => {
    await loadEditDistance();
    const both = { ...data, words: countWords(['separatism zeparatist']) };
    expect(correctWord('zeparatism', both, 1)).toBe('zeparatist');
    expect(correctWord('xeparatism', both, 1)).toBe('separatism');
    expect(correctWord('estates', { ...data, english: new Set(['estates']) }, 1)).toBeUndefined();
  });

  test.each([
    ['eparatism', 'separatism'],
    ['xeparatism', 'separatism'],
    ['esparatism', 'separatism'],
    ['aseparatism', 'separatism'],
  ])('isFirstLetterTypo(%s, %s)', (typed, word) => {
    expect(isFirstLetterTypo(typed, word)).toBe(true);
    expect(isFirstLetterTypo(typed, 'extremism')).toBe(false);
  });
});
