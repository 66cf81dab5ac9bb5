/**
 * How the query layer reads a query in each edition's language: the words that carry no subject,
 * the openings that ask for a kind of result, and which of its mechanisms make sense there. Data,
 * not branches: src/lib/search/edition-query.ts plans a Russian or Chinese query from this, and
 * English keeps its own planner (src/lib/search/search-query.ts), which this file does not change.
 *
 * What Pagefind does per language (seen on the built index, 2026-12-02; INDEX_LANGUAGE in config.ts):
 * - ru: it stems (Snowball): "терроризмом", "в Ташкенте" and "Ташкент" find the same records, and "ё"
 *   is folded to "е" ("пятерка" finds «пятёрка»). It still needs every word of a query: "когда Индия
 *   вступила в ШОС" finds one page, so function words go, as in English.
 * - zh: it segments the text into words at index time and the query again at search time, and needs
 *   every segment: "什么是上海精神" finds nothing useful, "上海精神" both right answers. The query's
 *   segmentation does not always match the index's ("上海合作组织成员国" finds one record,
 *   "上海合作组织 成员国" four; "印度 加入上合组织" two, "印度 加入 上合组织" none), so the layer
 *   only takes out question phrases and particles and leaves the rest to Pagefind as typed. Typo
 *   correction by edit distance means nothing for characters typed by a pinyin input method (a wrong
 *   character is a different word, not a misspelling), and sound matching (Double Metaphone) is for
 *   Latin letters: both are off for Chinese; for Russian, edit distance works on Cyrillic as on Latin,
 *   sound matching does not.
 */
import type { Locale } from '../i18n/locales.ts';
import { foldWord } from './search-words.ts';

/** One language's rules for the query layer. */
export interface SearchLanguage {
  locale: Locale;
  /** Function words dropped from a query of two or more words (folded, as foldWord gives them). */
  stopwords: ReadonlySet<string>;
  /**
   * Phrases taken out of the query wherever they stand, for a language written without spaces
   * (question words and particles in Chinese), longest first. Empty for languages with spaces.
   */
  phrases: readonly string[];
  /** Opening words that ask for a kind of result (folded), longest match first: "когда" → event. */
  questionKinds: Readonly<Record<string, string>>;
  /** Words that open a question (folded); a question weighs source pages at half, as in English. */
  questionWords: ReadonlySet<string>;
  /**
   * Marks of a question about what something does or says, or about an aspect of it ("地区反恐怖机构
   * 做什么", "функции РАТС"), as in English (isContentQuestion): its answer is a topic's account, so
   * glossary terms, records and sources weigh less, and no kind is asked for. Folded; in a language
   * written with spaces, the starts of words ("функци" for функции, функций …); in one without, parts
   * of the query.
   */
  contentMarks: readonly string[];
  /**
   * Words that name a source (an article, a column), folded: with an author's name and nothing else
   * ("статья Алимова", "阿利莫夫的文章") they ask for that author's source. In a language written with
   * spaces, the starts of words (every form); in one without, whole words.
   */
  sourceWords: readonly string[];
  /** True to correct unknown words by edit distance against the vocabulary. */
  typos: boolean;
  /**
   * Inflectional endings (folded): a word that is a vocabulary word's stem plus one of them is
   * known, not a typo ("терроризмом" when the site writes "терроризм"); Pagefind's stemmer finds it.
   */
  endings: readonly string[];
  /** Shortest stem an ending may be taken from. */
  minStem: number;
  /**
   * How the build counts the vocabulary: "words" (split at spaces, as English), or "segments" for a
   * language written without spaces (the words Intl.Segmenter finds, two characters or more): there
   * the vocabulary only tells which query words are common, for the retry that leaves one out.
   */
  vocabulary: 'words' | 'segments';
  /** A query of at least this many words that finds few results is followed by results without one. */
  relaxFrom: number;
  /**
   * True when readers may type other forms of the language's characters (traditional Chinese for
   * an edition in simplified): the build writes a map of them to the characters the index uses
   * (src/lib/search/zh-characters.ts), loaded with the edition's rules into `characters`.
   */
  characterMap: boolean;
  /** The loaded character map, read before anything else in a query (absent until loaded). */
  characters?: ReadonlyMap<string, string>;
  /**
   * The months as the edition writes a date's (folded, January first: Russian's genitive, "4 июля
   * 2024"): a date typed in numbers ("04.07.2024") is searched as those words (numericDateGroups in
   * compounds.ts). Absent for a language that writes dates in numbers (Chinese: 2024年7月4日).
   */
  months?: readonly string[];
}

const words = (text: string): Set<string> =>
  new Set(
    text
      .split(/\s+/)
      .map(foldWord)
      .filter((word) => word !== ''),
  );

/**
 * Russian function words: prepositions, conjunctions, particles, pronouns and question words, and
 * verbs that only frame a question ("является", "означает"). Not "не" (it changes the meaning) nor
 * any word that names a subject.
 */
const RU_STOPWORDS = words(`
  а без более бы был была были было быть в во вот все всё вы где да даже для до его ее её если есть
  ещё еще же за зачем и из или им их к как какая какие каким какой какое каких когда кого кому котором
  которая которые который кто ли либо мне мы на над нам нас наш нее неё них но ну о об обо
  он она они оно от перед по под при про с со сколько так также такое такой там то тоже только ты у
  уже чем через что чтобы чья чьё чей эта эти это этот я является являются означает означают значит
  каков какова каковы расскажи расскажите найти найди покажи объясни год году года лет дата
  какого каком какую каким какими какому чего чему кем ком
`);

/** The record with its keys folded word by word, as the layer reads a query ("кто такой" → "кто такои"). */
function foldKeys(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [key.split(' ').map(foldWord).join(' '), value]),
  );
}

/** Chinese question words and particles, taken out of the query wherever they stand. */
const ZH_PHRASES = [
  '指的是什么',
  '是什么意思',
  '是指什么',
  '如何看待',
  '什么意思',
  '什么时候',
  '是什么',
  '什么是',
  '在哪里',
  '在哪儿',
  '哪一年',
  '有哪些',
  '有几个',
  '有多少',
  '为什么',
  '怎么样',
  '是谁',
  '谁是',
  '何时',
  '哪年',
  '哪里',
  '哪些',
  '几个',
  '多少',
  '什么',
  '做什么',
  '有多少个',
  '多少个',
  '指什么',
  '是指',
  '怎么看',
  '的看法',
  '看法',
  '观点',
  '了没有',
  '了吗',
  '怎么',
  '如何',
  '请问',
  '吗',
  '呢',
  '吧',
  '的',
  '？',
  '?',
];

export const SEARCH_LANGUAGES: Readonly<Record<Locale, SearchLanguage | undefined>> = {
  // English has its own planner (src/lib/search/search-query.ts).
  en: undefined,
  ru: {
    locale: 'ru',
    stopwords: RU_STOPWORDS,
    phrases: [],
    questionKinds: foldKeys({
      когда: 'event',
      'в каком году': 'event',
      'какого числа': 'event',
      'что такое': 'glossary term',
      'что означает': 'glossary term',
      'что значит': 'glossary term',
      'с какого года': 'event',
      'какого года': 'event',
      'кто написал': 'source',
      'кто такой': 'source',
      'кто такая': 'source',
      // People on this site are the authors of its sources, as in English ("who was …").
      'кто был': 'source',
      'кто была': 'source',
      'кто является': 'source',
      'кто это': 'source',
    }),
    questionWords: words(
      'как какой какая какие каков когда где кто что чем почему зачем сколько ли',
    ),
    contentMarks: [
      ...'функци рол задач полномочи деятельност занимает занимаются делает делают разниц отлича различи почему зачем'.split(
        ' ',
      ),
    ].map(foldWord),
    sourceWords: ['стать', 'колонк', 'публикаци'],
    typos: true,
    // Noun, adjective and verb endings, longest first; folded ("й" is "и" once folded).
    endings: [
      ...'ами ями ого его ому ему ыми ими ией иям иях ах ях ов ев ам ям ом ем ой еи ои ую юю ая яя ое ее ые ие ыи ии ых их ым им ия ие ию ью ья ье ьи ет ут ют ит ат ят ла ло ли ть'.split(
        ' ',
      ),
      ...'а я о е ы и у ю ь л'.split(' '),
    ].map(foldWord),
    minStem: 4,
    vocabulary: 'words',
    relaxFrom: 3,
    characterMap: false,
    months: 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'
      .split(' ')
      .map(foldWord),
  },
  zh: {
    locale: 'zh',
    stopwords: words('的 了 是 在 和 与 及 有'),
    phrases: ZH_PHRASES,
    questionKinds: {
      什么时候: 'event',
      何时: 'event',
      哪一年: 'event',
      哪年: 'event',
      什么是: 'glossary term',
      是什么: 'glossary term',
      是什么意思: 'glossary term',
      什么意思: 'glossary term',
      是谁: 'source',
      谁是: 'source',
      是指什么: 'glossary term',
      指的是什么: 'glossary term',
      指什么: 'glossary term',
      // Whether something has happened ("印度加入上合组织了吗") asks for the event.
      了吗: 'event',
      了没有: 'event',
    },
    questionWords: new Set(ZH_PHRASES.filter((phrase) => [...phrase].length > 1)),
    contentMarks: [
      '做什么',
      '干什么',
      '职能',
      '职责',
      '作用',
      '任务',
      '宗旨',
      '区别',
      '不同',
      '为什么',
      '如何',
      '怎么',
      '看法',
      '观点',
      '看待',
    ],
    sourceWords: ['文章', '评论文章', '评论', '专栏', '专栏文章'],
    typos: false,
    endings: [],
    minStem: 0,
    vocabulary: 'segments',
    relaxFrom: 2,
    characterMap: true,
  },
};

/** The query layer's rules for an edition, or undefined for English (its own planner). */
export function searchLanguage(locale: Locale): SearchLanguage | undefined {
  return SEARCH_LANGUAGES[locale];
}

// Where an edition's search files are: in search-paths.ts, so that the English dialog's code, which
// needs them, does not carry the languages' rules.
export { pagefindPathOf, searchDataPathOf } from './search-paths.ts';

/** Shortest word of a segmented vocabulary: single characters are parts of words more than words. */
export const MIN_SEGMENT = 2;

/**
 * The words of a text in a language written without spaces as Intl.Segmenter finds them (ICU's
 * dictionary), as Pagefind's runtime parts a query and the index a page (index-segments.ts):
 * folded, single characters and numbers included.
 */
export function runWords(text: string, locale: Locale): string[] {
  const segmenter = new Intl.Segmenter(localeTag(locale), { granularity: 'word' });
  return [...segmenter.segment(text)]
    .filter((part) => part.isWordLike)
    .map((part) => foldWord(part.segment));
}

/**
 * The words of a text in a language written without spaces (runWords) that a vocabulary counts:
 * of MIN_SEGMENT characters or more, none with a digit.
 */
export function segmentWords(text: string, locale: Locale): string[] {
  return runWords(text, locale).filter(
    (word) => [...word].length >= MIN_SEGMENT && !/\d/.test(word),
  );
}

function localeTag(locale: Locale): string {
  return locale === 'zh' ? 'zh-Hans' : locale;
}
