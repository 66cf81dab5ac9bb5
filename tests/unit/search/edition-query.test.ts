import { describe, expect, test } from 'vitest';
import {
  cutAtKnownPhrases,
  editionIntent,
  editionNamedEntries,
  editionWords,
  indexSegments,
  isEditionContentQuestion,
  isEditionQuestion,
  isKnownInLanguage,
  nearKnownPhrase,
  planEditionQuery,
  stemIn,
  widenEditionPlan,
} from '#lib/search/edition-query.ts';
import { SEARCH_LANGUAGES, segmentWords, type SearchLanguage } from '#lib/search/languages.ts';
import { NAME_RANK } from '#lib/search/named-entries.ts';
import { QUESTION_WEIGHTS } from '#lib/search/question-forms.ts';
import { countWords, foldWord, type SearchData } from '#lib/search/search-words.ts';
import { editionRules } from '#lib/search/edition-rules.ts';
import type { Locale } from '#lib/i18n/locales.ts';
import { parseSynonyms } from '#lib/search/synonyms.ts';

const RU = SEARCH_LANGUAGES.ru!;
const ZH = SEARCH_LANGUAGES.zh!;

// A small Russian index: a few sentences as the build counts them from Pagefind's fragments.
const RU_TEXT = [
  'Региональная антитеррористическая структура (РАТС) находится в Ташкенте; Ташкент — столица Узбекистана.',
  'Индия и Пакистан стали полноправными членами ШОС на саммите в Астане. Калининград и Ляньюньган.',
  'Терроризм, сепаратизм и экстремизм — «три силы зла». Антинаркотический центр ШОС.',
  'Хартия ШОС подписана в 2002 году. «Шанхайская пятёрка» образована в 1996 году. RATS SCO',
  'ШОС ШОС ШОС ШОС ШОС ШОС ШОС ШОС',
  'Рашид Алимов пишет о ШОС.',
];
const RU_DATA: SearchData = {
  words: countWords(RU_TEXT),
  synonyms: parseSynonyms('- [вступить, стать членом, член]\n- [Беларусь, Белоруссия]\n'),
  entries: [
    { id: 'ru_rats', names: ['Региональная антитеррористическая структура', 'РАТС'], authors: [] },
    {
      id: 'ru_charter',
      names: ['Хартия ШОС', 'Хартия Шанхайской организации сотрудничества'],
      authors: [],
    },
    { id: 'ru_five', names: ['Шанхайская пятёрка'], authors: [] },
    { id: 'ru_alimov', names: ['О ШОС'], authors: ['Рашид Алимов', 'Алимов'] },
  ],
};

const ZH_TEXT = [
  '上海合作组织地区反恐怖机构设在塔什干。印度和巴基斯坦成为正式成员国。',
  '上合组织成员国通过禁毒战略。上合组织上合组织上合组织上合组织。',
];
const zhCounts = new Map<string, number>();
for (const word of ZH_TEXT.flatMap((text) => segmentWords(text, 'zh')))
  zhCounts.set(word, (zhCounts.get(word) ?? 0) + 1);
const ZH_DATA: SearchData = {
  words: zhCounts,
  synonyms: parseSynonyms('- [加入, 成为成员国]\n- [上合, 上合组织]\n'),
  entries: [
    { id: 'zh_sco', names: ['上海合作组织', '上合组织'], authors: [] },
    { id: 'zh_rats', names: ['地区反恐怖机构', '地区反恐机构'], authors: [] },
  ],
};

const folded = (language: SearchLanguage, data: SearchData, query: string): string[] =>
  editionWords(query, data, language).map((word) => word.folded);

describe('the languages’ data', () => {
  test.each(['ru', 'zh'] as const)(
    '%s: stopwords and endings are written as the layer folds them',
    (locale) => {
      const language = SEARCH_LANGUAGES[locale]!;
      for (const word of [...language.stopwords, ...language.endings, ...language.sourceWords])
        expect(foldWord(word), word).toBe(word);
      for (const opening of Object.keys(language.questionKinds))
        expect(opening.split(' ').map(foldWord).join(' '), opening).toBe(opening);
    },
  );

  test('Russian corrects typos by edit distance; Chinese does not, and has no endings', () => {
    expect(RU.typos).toBe(true);
    expect(ZH.typos).toBe(false);
    expect(ZH.endings).toEqual([]);
  });
});

describe('function words and question phrases', () => {
  test.each([
    ['когда Индия вступила в ШОС', ['индия', 'вступила', 'шос']],
    ['что такое РАТС', ['ратс']],
    ['где находится РАТС', ['находится', 'ратс']],
    ['сколько ядерных держав в ШОС', ['ядерных', 'держав', 'шос']],
    // A one-word query keeps its word, even a function word.
    ['когда', ['когда']],
    // "не" changes the meaning: it stays.
    ['не против третьих стран', ['не', 'против', 'третьих', 'стран']],
  ])('ru: "%s" searches %j', (query, words) => {
    expect(folded(RU, RU_DATA, query)).toEqual(words);
  });

  test.each([
    ['印度什么时候加入上合组织', ['印度', '加入', '上合组织']],
    ['什么是上海精神', ['上海精神']],
    ['地区反恐怖机构在哪里', ['地区反恐怖机构']],
    ['上海合作组织成员国', ['上海合作组织', '成员国']],
    ['上合组织有几个拥核国家', ['上合组织', '拥核国家']],
    ['RATS 是什么', ['rats']],
    // A longer phrase goes whole, wherever the data lists its shorter part (什么 before 做什么).
    ['地区反恐怖机构做什么', ['地区反恐怖机构']],
    ['三股势力是什么意思', ['三股势力']],
  ])('zh: "%s" searches %j', (query, words) => {
    expect(folded(ZH, ZH_DATA, query)).toEqual(words);
  });

  test.each([
    // A character left alone between phrases the site knows is the question's (里, 个, 看, 说).
    ['上合组织里的地区反恐怖机构', ['上合组织', '地区反恐怖机构']],
    ['地区反恐怖机构说上合组织', ['地区反恐怖机构', '上合组织']],
    // … but a character typed as a word of its own stays, and so does a one-word query.
    ['上合组织 核', ['上合组织', '核']],
    ['阿', ['阿']],
    // Question phrases: how many (with its measure word), what it refers to, how one sees it.
    ['上合组织有多少个成员国', ['上合组织', '成员国']],
    ['三股势力是指什么', ['三股势力']],
    ['上海精神指的是什么？', ['上海精神']],
    ['地区反恐怖机构怎么看上海精神', ['地区反恐怖机构', '上海精神']],
    ['印度加入上合组织了吗？', ['印度', '加入', '上合组织']],
    // A function word a run begins or ends with, as the browser parts the run (宣言|是, 通过|的),
    // once its question phrase (什么时候) is out; the page need not say it there.
    ['宣言是什么时候通过的', ['宣言', '通过']],
    ['在上海签署', ['上海签署']],
  ])('zh: "%s" searches %j, without the question’s scaffolding', (query, words) => {
    expect(folded(ZH, ZH_DATA, query)).toEqual(words);
  });

  test.each([
    ['с какого года работает РАТС', ['работает', 'ратс']],
    ['в каком городе находится РАТС', ['городе', 'находится', 'ратс']],
  ])('ru: "%s" searches %j', (query, words) => {
    expect(folded(RU, RU_DATA, query)).toEqual(words);
  });

  test('a run of Chinese is cut at the longest known phrase first', () => {
    expect(cutAtKnownPhrases('上海合作组织成员国', ['上海合作组织', '上海', '成员国'])).toEqual([
      '上海合作组织',
      '成员国',
    ]);
    expect(cutAtKnownPhrases('没有已知的词', ['上海'])).toEqual(['没有已知的词']);
  });

  // A reader's "UN Charter principles" on /zh/ had been searched as "un charter pr in ciples": a
  // known phrase of letters ("in", from a name) cut the English word.
  test('zh: a word of letters is not cut at known phrases', () => {
    const data: SearchData = {
      ...ZH_DATA,
      entries: [
        ...ZH_DATA.entries,
        { id: 'zh_role', names: ['Role in Counteracting'], authors: [] },
      ],
    };
    expect(folded(ZH, data, 'UN Charter principles')).toEqual(['un', 'charter', 'principles']);
    expect(folded(ZH, data, '上合组织成员国')).toEqual(['上合组织', '成员国']);
  });
});

describe('questions', () => {
  test.each([
    [RU, 'когда Индия вступила в ШОС', 'event'],
    [RU, 'в каком году подписана Хартия', 'event'],
    [RU, 'что такое неделимая безопасность', 'glossary term'],
    [RU, 'кто написал статью в UN Chronicle', 'source'],
    [RU, 'РАТС Ташкент', undefined],
    [ZH, '印度什么时候加入上合组织', 'event'],
    [ZH, '伊朗何时成为成员国', 'event'],
    [ZH, '什么是三股势力', 'glossary term'],
    [ZH, '三股势力是什么意思', 'glossary term'],
    [ZH, '上海精神', undefined],
    // People on this site are the authors of its sources, as in English ("who was …").
    [RU, 'кто был генеральным секретарём ШОС', 'source'],
    [RU, 'кто является автором колонки', 'source'],
    [ZH, '上合组织秘书长是谁', 'source'],
    [RU, 'с какого года работает РАТС', 'event'],
    [ZH, '三股势力是指什么', 'glossary term'],
    // Whether something has happened asks for the event.
    [ZH, '印度加入上合组织了吗', 'event'],
    [ZH, '白俄罗斯加入上合组织了没有', 'event'],
  ])('%#: "%s" asks for %s', (language, query, kind) => {
    expect(editionIntent(query, language)).toBe(kind);
    expect(isEditionQuestion(query, language)).toBe(kind !== undefined);
  });
});

describe('typos (Russian by edit distance, Chinese by one character of a known name)', () => {
  test.each([
    ['Ташкнет', 'ташкент'],
    ['Калиниград', 'калининград'],
    ['сепаратизмм', 'сепаратизм'],
    ['экстримизм', 'экстремизм'],
  ])('"%s" is corrected to %s', (typed, to) => {
    const plan = planEditionQuery(typed, RU_DATA, RU);
    expect(plan.words.map((word) => word.folded)).toEqual([to]);
    expect(plan.corrections).toHaveLength(1);
  });

  test.each(['терроризмом', 'в Калининграде', 'Антинаркотического', 'Ташк', 'RATS', 'ШОС', '2002'])(
    '"%s" is known (a form, a start, an acronym or a number): not corrected',
    (typed) => {
      expect(planEditionQuery(typed, RU_DATA, RU).corrections).toEqual([]);
    },
  );

  test('a word with a known stem but a tail that is no ending is not known', () => {
    expect(isKnownInLanguage('терроризмом', RU_DATA, RU)).toBe(true);
    expect(isKnownInLanguage('сепаратизмм', RU_DATA, RU)).toBe(false);
  });

  test('"Search instead for" searches the words as typed', () => {
    expect(planEditionQuery('Ташкнет', RU_DATA, RU, { correct: false }).corrections).toEqual([]);
  });

  test('a verb in the past (masculine -л) on a stem the site writes is known', () => {
    // A reader's «кто основал ШОС» was "corrected" to «основа ШОС»: the site writes «основана».
    const data: SearchData = {
      words: countWords(['ШОС основана в 2001 году; основа её устава.']),
      synonyms: [],
      entries: [],
    };
    expect(isKnownInLanguage('основал', data, RU)).toBe(true);
    expect(planEditionQuery('кто основал ШОС', data, RU).corrections).toEqual([]);
  });

  test('a date typed in numbers is searched as the words the edition writes it in, never as typed', () => {
    const data: SearchData = {
      words: countWords(['4 июля 2024 года Беларусь вступила в ШОС; 7 апреля.']),
      synonyms: [],
      entries: [],
    };
    // Day first, as Russian writes it, or month first: both readings when both can be.
    expect(planEditionQuery('04.07.2024', data, RU).variants).toEqual([
      ['4', 'июля', '2024'],
      ['7', 'апреля', '2024'],
    ]);
    expect(planEditionQuery('Беларусь 15.07.2024', data, RU).variants).toEqual([
      ['беларусь', '15', 'июля', '2024'],
    ]);
    expect(planEditionQuery('04.07.2024', data, RU).corrections).toEqual([]);
  });

  test('Chinese in traditional characters is read as the index writes it, not corrected', () => {
    for (const query of ['上海合作組織', '地區反恐怖機構', '上合组织'])
      expect(planEditionQuery(query, ZH_DATA, ZH).corrections).toEqual([]);
  });

  // A second reader's «阿里莫夫» (里 for 利) had been searched as its characters, 莫夫 matching:
  // "找到36条与“阿里莫夫”相关的结果", with no notice, and Alimov's source fifth.
  test('a run of Chinese one character off a name the site knows is corrected to it, and says so', () => {
    const plan = planEditionQuery('上海和作组织', ZH_DATA, ZH);
    expect(plan.corrections).toEqual([{ from: '上海和作组织', to: '上海合作组织' }]);
    expect(plan.variants[0]).toEqual(['上海合作组织']);
    expect(planEditionQuery('地区反恐佈机构', ZH_DATA, ZH).corrections).toEqual([
      { from: '地区反恐佈机构', to: '地区反恐怖机构' },
    ]);
    // Not as typed ("search instead for"), nor a run of fewer characters, two off, or near two names.
    expect(planEditionQuery('上海和作组织', ZH_DATA, ZH, { correct: false }).corrections).toEqual(
      [],
    );
    expect(nearKnownPhrase('反恐佈', ['反恐怖'])).toBeUndefined();
    expect(nearKnownPhrase('上海和做组织', ['上海合作组织'])).toBeUndefined();
    expect(nearKnownPhrase('阿斯塔那', ['阿斯塔纳', '阿斯塔娜'])).toBeUndefined();
    expect(nearKnownPhrase('阿里莫夫', ['阿利莫夫', '阿斯塔纳'])).toBe('阿利莫夫');
    expect(nearKnownPhrase('abcd', ['abce'])).toBeUndefined();
  });
});

describe('inflected forms and synonyms', () => {
  test('an inflected word is also searched by its stem, as a respelling', () => {
    expect(stemIn('шанхаискои', RU)).toBe('шанхаиск');
    const plan = planEditionQuery('Шанхайской пятёрки', RU_DATA, RU);
    expect(plan.variants[0]).toEqual(['шанхаискои', 'пятерки']);
    expect(plan.variants).toContainEqual(['шанхаиск', 'пятерк']);
    expect(plan.respellings?.has('шанхаиск пятерк')).toBe(true);
  });

  test('a synonym matches in any form of its words ("вступила" for "вступить")', () => {
    const plan = planEditionQuery('когда Индия вступила в ШОС', RU_DATA, RU);
    expect(plan.variants).toContainEqual(['индия', 'член', 'шос']);
  });

  test('a name in the edition’s letters is never replaced by an English one; an English query’s names are also searched as the edition’s', () => {
    const data: SearchData = {
      ...ZH_DATA,
      synonyms: [],
      entries: [{ id: 'zh_sco', names: ['上海合作组织', '上合组织', 'SCO'], authors: [] }],
    };
    expect(planEditionQuery('上合组织', data, ZH).variants).toEqual([
      ['上合组织'],
      ['上海合作组织'],
    ]);
    // A reader typing English on /zh/ ("SCO") finds the pages that write the Chinese name.
    expect(planEditionQuery('SCO', data, ZH).variants).toEqual([
      ['sco'],
      ['上海合作组织'],
      ['上合组织'],
    ]);
    // One who mixes Chinese in is searched by the name as typed.
    expect(planEditionQuery('SCO 成员国', data, ZH).variants).toEqual([['sco', '成员国']]);
  });

  test('a Chinese synonym matches a phrase cut out of a run', () => {
    const plan = planEditionQuery('印度什么时候加入上合组织', ZH_DATA, ZH);
    expect(plan.variants).toContainEqual(['印度', '成为成员国', '上合组织']);
    expect(plan.variants).toContainEqual(['印度', '加入', '上海合作组织']);
  });

  test('the site’s subject is implied: "члены ШОС" is also searched as "члены", and the subject’s own entry ranks by the other words', () => {
    const data: SearchData = {
      ...RU_DATA,
      common: new Set(['шос']),
      entries: [...RU_DATA.entries, { id: 'ru_sco', names: ['ШОС'], authors: [] }],
    };
    const plan = planEditionQuery('члены ШОС', data, RU);
    expect(plan.variants).toContainEqual(['члены']);
    expect(plan.implied?.has('члены')).toBe(true);
    expect(plan.subject).toEqual(new Set(['ru_sco']));
    // Nothing is implied without the site's common words, nor for the subject alone.
    expect(planEditionQuery('члены ШОС', RU_DATA, RU).implied).toBeUndefined();
    expect(planEditionQuery('ШОС', data, RU).implied).toBeUndefined();
  });

  test('a word the index holds in no form leaves no variant to send, and the retry drops it', () => {
    const plan = planEditionQuery('Ташкент щщщщщщщщ', RU_DATA, RU);
    expect(plan.variants).toEqual([]);
    expect(widenEditionPlan(plan, RU_DATA, RU)?.words.map((word) => word.folded)).toEqual([
      'ташкент',
    ]);
  });

  test('the retry drops the most common word (the organisation’s name)', () => {
    const ru = planEditionQuery('Индия Ташкент ШОС', RU_DATA, RU);
    expect(widenEditionPlan(ru, RU_DATA, RU)?.words.map((word) => word.folded)).toEqual([
      'индия',
      'ташкент',
    ]);
    const zh = planEditionQuery('印度 上合组织', ZH_DATA, ZH);
    expect(widenEditionPlan(zh, ZH_DATA, ZH)?.words.map((word) => word.folded)).toEqual(['印度']);
  });

  // The parts are the browser's (Intl.Segmenter), as Pagefind parts the run: read from it here.
  const parts = (run: string): string[] =>
    [...new Intl.Segmenter('zh-Hans', { granularity: 'word' }).segment(run)].map(
      (part) => part.segment,
    );

  test('in Chinese, the retry first parts a run and leaves out a character left alone in it', () => {
    const run = '要打击三股势力';
    expect(parts(run)).toContain('要');
    const plan = planEditionQuery(`上合组织 ${run}`, ZH_DATA, ZH);
    expect(plan.words.map((word) => word.folded)).toEqual(['上合组织', run]);
    const wider = widenEditionPlan(plan, ZH_DATA, ZH);
    expect(wider?.words.map((word) => word.folded)).toEqual([
      '上合组织',
      ...parts(run).filter((part) => part !== '要'),
    ]);
    // Its variants are the new words' (the synonyms of 上合组织 among them).
    expect(wider?.variants[0]).toEqual(wider?.words.map((word) => word.folded));
    // A run alone is parted as well: a single word is no reason to give up.
    expect(widenEditionPlan(planEditionQuery(run, ZH_DATA, ZH), ZH_DATA, ZH)?.words.length).toBe(
      parts(run).length - 1,
    );
  });

  test('in Chinese, a name the site knows is never parted, and a run of words alone is not parted', () => {
    // 上合组织 is parted 上 合 组织 by the browser, but it is a name: the retry drops a word instead.
    expect(parts('上合组织').length).toBeGreaterThan(1);
    const named = planEditionQuery('印度 上合组织', ZH_DATA, ZH);
    expect(widenEditionPlan(named, ZH_DATA, ZH)?.words.map((word) => word.folded)).toEqual([
      '印度',
    ]);
    // A run whose every part has two characters or more has no character alone.
    const run = '打击三股势力';
    expect(parts(run).every((part) => [...part].length > 1)).toBe(true);
    expect(widenEditionPlan(planEditionQuery(run, ZH_DATA, ZH), ZH_DATA, ZH)).toBeUndefined();
  });
});

describe('names first', () => {
  test.each([
    ['Хартии ШОС', 'ru_charter', NAME_RANK.name],
    ['Шанхайской пятёрки', 'ru_five', NAME_RANK.name],
    ['РАТС', 'ru_rats', NAME_RANK.name],
    ['Алимов', 'ru_alimov', NAME_RANK.author],
  ])('"%s" names %s', (query, id, rank) => {
    const plan = planEditionQuery(query, RU_DATA, RU);
    expect(editionNamedEntries(plan, RU_DATA, RU).get(id)).toBe(rank);
  });

  test('a query that only mentions a name names nothing', () => {
    const plan = planEditionQuery('РАТС Ташкент', RU_DATA, RU);
    expect(editionNamedEntries(plan, RU_DATA, RU).size).toBe(0);
  });

  // A citation as the footnotes write it names the source: its author names and a paragraph.
  const cited: SearchData = {
    ...RU_DATA,
    words: new Map([...RU_DATA.words, ['alimov', 1], ['un', 1], ['chronicle', 1]]),
    entries: [
      ...RU_DATA.entries.filter((entry) => entry.id !== 'ru_alimov'),
      {
        id: 'ru_alimov',
        names: ['О ШОС'],
        authors: ['Rashid Alimov', 'Alimov', 'Рашид Алимов', 'Алимов', 'UN Chronicle'],
      },
    ],
  };
  test.each([
    ['Алимов, UN Chronicle, ¶3', 'ru_alimov'],
    ['Алимов, UN Chronicle, абз. 3', 'ru_alimov'],
    ['Алимов ¶3', 'ru_alimov'],
    ['Алимов 2017', 'ru_alimov'],
    // A source's address typed with its paragraph: its parts are the author's names.
    ['alimov-chronicle ¶3', 'ru_alimov'],
    // Not a word of another name among them, nor a hyphenated word of other parts.
    ['Алимов Ташкент ¶3', undefined],
    ['alimov-tashkent ¶3', undefined],
  ])('the citation "%s" names %s', (query, id) => {
    const named = editionNamedEntries(planEditionQuery(query, cited, RU), cited, RU);
    expect(id === undefined ? named.size : named.get(id)).toBe(
      id === undefined ? 0 : NAME_RANK.author,
    );
  });

  test('a Chinese short name names its entry', () => {
    const plan = planEditionQuery('上合组织', ZH_DATA, ZH);
    expect(editionNamedEntries(plan, ZH_DATA, ZH).get('zh_sco')).toBe(NAME_RANK.name);
  });
});

describe('an author’s name with a word naming a source asks for the source', () => {
  const zh: SearchData = {
    ...ZH_DATA,
    entries: [
      ...ZH_DATA.entries,
      { id: 'zh_alimov', names: ['上合组织的作用'], authors: ['拉希德·阿利莫夫', '阿利莫夫'] },
    ],
  };
  const rules = { ru: [RU, RU_DATA], zh: [ZH, zh] } as const;

  test.each([
    ['статья Алимова', 'ru', 'ru_alimov', ['алимова']],
    ['Алимов статью', 'ru', 'ru_alimov', ['алимов']],
    ['колонка Алимова', 'ru', 'ru_alimov', ['алимова']],
    ['阿利莫夫的文章', 'zh', 'zh_alimov', ['阿利莫夫']],
    ['阿利莫夫 评论文章', 'zh', 'zh_alimov', ['阿利莫夫']],
    // A year beside the author is a citation's date.
    ['Алимов 2017', 'ru', 'ru_alimov', ['алимов']],
    ['阿利莫夫 2017', 'zh', 'zh_alimov', ['阿利莫夫']],
  ] as const)(
    '"%s" (%s) searches the name, names %s and asks for a source',
    (query, locale, id, words) => {
      const [language, data] = rules[locale];
      const plan = planEditionQuery(query, data, language);
      expect(plan.words.map((word) => word.folded)).toEqual(words);
      expect(plan.intent).toBe('source');
      expect(editionNamedEntries(plan, data, language).get(id)).toBe(NAME_RANK.author);
    },
  );

  test.each([
    // Not an author: "статья 2" is an article of a charter, and a topic is no author.
    ['статья 2 Хартии', 'ru'],
    ['статья о Ташкенте', 'ru'],
    ['上合组织的文章', 'zh'],
    // The author with a subject asks about the subject, not for the source.
    ['Алимов Ташкент', 'ru'],
    // A number that is no year.
    ['Алимов 17', 'ru'],
  ] as const)('"%s" (%s) keeps its words and asks for no source', (query, locale) => {
    const [language, data] = rules[locale];
    const plan = planEditionQuery(query, data, language);
    expect(plan.words.length).toBeGreaterThan(1);
    expect(plan.intent).not.toBe('source');
  });
});

describe('a transliterated full name, its parts joined by a middle dot or typed together', () => {
  const data: SearchData = {
    words: new Map([['上合组织', 3]]),
    synonyms: [],
    entries: [
      { id: 'zh_alimov', names: ['上合组织的作用'], authors: ['拉希德·阿利莫夫', '阿利莫夫'] },
    ],
  };

  test.each(['拉希德·阿利莫夫', '拉希德阿利莫夫', '拉希德 阿利莫夫', '拉希德・阿利莫夫'])(
    '"%s" is the name’s parts, and names its author’s source first',
    (query) => {
      const plan = planEditionQuery(query, data, ZH);
      expect(plan.words.map((word) => word.folded)).toEqual(['拉希德', '阿利莫夫']);
      expect(plan.variants[0]).toEqual(['拉希德', '阿利莫夫']);
      expect(editionNamedEntries(plan, data, ZH).get('zh_alimov')).toBe(NAME_RANK.author);
    },
  );
});

describe('an author’s name in a language written without spaces', () => {
  const data: SearchData = {
    words: new Map([
      ['上合组织', 3],
      ['写道', 2],
      ['上合', 1],
    ]),
    synonyms: [],
    entries: [
      { id: 'zh_alimov', names: ['上合组织的作用'], authors: ['拉希德·阿利莫夫', '阿利莫夫'] },
    ],
  };

  test.each([
    // Pagefind's indexer writes a name its dictionary lacks character by character.
    ['阿利莫夫', ['阿', '利', '莫', '夫']],
    // The vocabulary's longest words first, the rest by character.
    ['上合组织写道', ['上合组织', '写道']],
    ['阿利上合组织', ['阿', '利', '上合组织']],
    // A word the vocabulary holds stays whole.
    ['上合组织', ['上合组织']],
    ['阿', ['阿']],
  ])('"%s" as the index may hold it: %j', (word, parts) => {
    expect(indexSegments(word, data)).toEqual(parts);
  });

  test('an author’s name is searched whole and by its parts, both as the reader’s own words', () => {
    const plan = planEditionQuery('阿利莫夫', data, ZH);
    expect(plan.variants.slice(0, 2)).toEqual([['阿利莫夫'], ['阿', '利', '莫', '夫']]);
    expect(plan.respellings?.has('阿 利 莫 夫')).toBe(true);
    expect(editionNamedEntries(plan, data, ZH).get('zh_alimov')).toBe(NAME_RANK.author);
  });

  test('a word that is no author’s name is not split (Pagefind segments it as typed)', () => {
    const plan = planEditionQuery('拥核国家', data, ZH);
    expect(plan.variants).toEqual([['拥核国家']]);
  });

  test('Russian, written with spaces, is never split', () => {
    const ru: SearchData = { ...RU_DATA, entries: [...RU_DATA.entries] };
    expect(planEditionQuery('Алимов', ru, RU).variants).toEqual([['алимов']]);
  });
});

describe('questions about what something does (as English’s content questions)', () => {
  test.each([
    [ZH, '地区反恐怖机构做什么', true],
    [ZH, '地区反恐怖机构的职能', true],
    [ZH, '不干涉内政和不干预有什么区别', true],
    [ZH, '地区反恐怖机构', false],
    [ZH, '什么是三股势力', false],
    [RU, 'функции РАТС', true],
    [RU, 'чем занимается РАТС', true],
    [RU, 'какова роль ШОС', true],
    [RU, 'почему Индия вступила в ШОС', true],
    [RU, 'РАТС', false],
    [RU, 'функции', false],
    [RU, 'что такое РАТС', false],
  ])('%#: "%s" → %s', (language, query, content) => {
    expect(isEditionContentQuestion(query, language)).toBe(content);
  });

  test('such a question weighs glossary terms, records and sources less, and asks for no kind', () => {
    for (const [language, data, query] of [
      [ZH, ZH_DATA, '地区反恐怖机构是做什么的'],
      [RU, RU_DATA, 'чем занимается РАТС'],
    ] as const) {
      const plan = planEditionQuery(query, data, language);
      expect(plan.intent, query).toBeUndefined();
      expect(plan.kindWeights, query).toEqual({
        source: QUESTION_WEIGHTS.source,
        'glossary term': QUESTION_WEIGHTS.glossary,
      });
      expect(plan.recordWeight, query).toBe(QUESTION_WEIGHTS.record);
    }
    const plain = planEditionQuery('地区反恐怖机构', ZH_DATA, ZH);
    expect([plain.kindWeights, plain.recordWeight]).toEqual([{}, 1]);
  });
});

describe('excerpt marks (edition-rules.ts)', () => {
  // Pagefind marks a word of a language written without spaces a character off in its excerpts
  // ("[不对]抗"); such an edition marks them as its landing page does, the others keep Pagefind's.
  test.each(Object.entries(SEARCH_LANGUAGES))('%s', (locale, language) => {
    const rules = editionRules(locale as Locale);
    const withEndings = (language?.endings.length ?? 0) > 0;
    expect(rules?.excerptParts === undefined).toBe(
      language?.vocabulary !== 'segments' && !withEndings,
    );
    expect(rules?.landingTerm === undefined).toBe(!withEndings);
    if (language?.vocabulary === 'segments')
      expect(rules?.excerptParts?.('阿扎姆把不对抗列为', ['不', '对抗'])).toEqual([
        { text: '阿扎姆把', marked: false },
        { text: '不对抗', marked: true },
        { text: '列为', marked: false },
      ]);
  });

  // A reader's «шанхайского духа» marked nothing of «Шанхайский дух»: the stem marks every form.
  test.each([
    ['шанхайского', 'шанхаиск'],
    ['терроризмом', 'терроризм'],
    ['дух', 'дух'],
    ['генеральн', 'генеральн'],
  ])('Russian: %s lands as %s', (term, stem) =>
    expect(editionRules('ru')?.landingTerm?.(term)).toBe(stem),
  );

  // A stem of fewer than four letters marks only itself ("дух", not "духа"), as in every edition.
  test('Russian: an excerpt marks every form of a word of four letters or more', () =>
    expect(
      editionRules('ru')
        ?.excerptParts?.('Шанхайский дух и шанхайского духа; терроризм, терроризмом', [
          'шанхаиского',
          'терроризмом',
        ])
        .filter((part) => part.marked)
        .map((part) => part.text),
    ).toEqual(['Шанхайский', 'шанхайского', 'терроризм', 'терроризмом']));
});
