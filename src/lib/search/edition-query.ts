/**
 * The query layer's plan for a query typed in a translated edition (Russian, Chinese), from the
 * language's rules (src/lib/search/languages.ts): function words and question phrases out, unknown
 * words corrected where the language allows it, inflected forms searched by their stem, other
 * names and synonyms expanded, entries the query names put first. It gives the same QueryPlan as
 * the English planner, so that src/lib/search/search-run.ts runs both alike. Pure.
 */
import {
  type Correction,
  correctWord,
  isKnownWord,
  isYear,
  matchCase,
  MAX_VARIANTS,
  NAME_RANK,
  numericDateGroups,
  type PlanOptions,
  type QueryPlan,
  wordsBeginning,
} from './search-query.ts';
import { subjectEntries, withoutCommonWords } from './common-words.ts';
import { QUESTION_WEIGHTS } from './question-forms.ts';
import { runWords, segmentWords, type SearchLanguage } from './languages.ts';
import {
  foldWord,
  foldWords,
  MIN_VOCABULARY_WORD,
  type QueryWord,
  type SearchData,
  withEditionParagraphWords,
} from './search-words.ts';
import { toIndexCharacters } from './zh-characters.ts';

/**
 * The query's words as typed: for a language written with spaces, split at spaces; for one
 * without (Chinese), the runs left once question phrases and particles are taken out ("印度什么时候
 * 加入上合组织" → 印度, 加入上合组织).
 */
export function splitEditionQuery(query: string, language: SearchLanguage): QueryWord[] {
  let text = query;
  // Longest first, whatever the data's order: "做什么" goes whole, not as "什么" leaving "做".
  for (const phrase of longestFirst(language.phrases)) text = text.split(phrase).join(' ');
  // A transliterated name's parts are joined by a middle dot (拉希德·阿利莫夫): each is a word.
  return text
    .split(/[\s\u00b7\u2027\u30fb\uff65]+/u)
    .map((typed) => ({ typed, folded: foldWord(typed) }))
    .filter((word) => word.folded !== '');
}

const sortedPhrases = new WeakMap<readonly string[], string[]>();

/** Phrases ordered longest first (in characters), then as given. */
function longestFirst(phrases: readonly string[]): string[] {
  let sorted = sortedPhrases.get(phrases);
  if (!sorted) {
    sorted = [...phrases].sort((a, b) => [...b].length - [...a].length);
    sortedPhrases.set(phrases, sorted);
  }
  return sorted;
}

/** The query without function words, unless nothing would be left (a query of one word keeps it). */
export function dropEditionStopwords(
  words: readonly QueryWord[],
  language: SearchLanguage,
): QueryWord[] {
  if (words.length < 2) return [...words];
  const kept = words.filter((word) => !language.stopwords.has(word.folded));
  return kept.length > 0 ? kept : [...words];
}

/** A name's or synonym's words, as a query's are read (without function words or question phrases). */
function phraseWords(text: string, language: SearchLanguage): string[] {
  return dropEditionStopwords(splitEditionQuery(text, language), language).map(
    (word) => word.folded,
  );
}

/** The names and synonyms of the search data, each as its words. */
const phrasesCache = new WeakMap<SearchData, Map<string, string[][][]>>();

/** Synonym groups: the edition's synonyms file, then each entry's names (its own names only). */
function groupsOf(data: SearchData, language: SearchLanguage): string[][][] {
  let byLanguage = phrasesCache.get(data);
  if (!byLanguage) {
    byLanguage = new Map();
    phrasesCache.set(data, byLanguage);
  }
  let groups = byLanguage.get(language.locale);
  if (!groups) {
    const names = data.entries
      .filter((entry) => entry.names.length > 1)
      .map((entry) =>
        entry.names.map((name) => phraseWords(name, language)).filter((p) => p.length > 0),
      )
      .filter((group) => group.length > 1);
    groups = [...data.synonyms, ...names];
    byLanguage.set(language.locale, groups);
  }
  return groups;
}

/** Every word a name or synonym holds, longest first: the words a run of Chinese is cut at. */
const knownCache = new WeakMap<SearchData, string[]>();

function knownPhrases(data: SearchData, language: SearchLanguage): string[] {
  let known = knownCache.get(data);
  if (!known) {
    const words = new Set<string>();
    for (const group of groupsOf(data, language))
      for (const phrase of group) for (const word of phrase) words.add(word);
    for (const entry of data.entries)
      for (const name of [...entry.names, ...entry.authors])
        for (const word of phraseWords(name, language)) words.add(word);
    known = [...words]
      .filter((word) => [...word].length >= 2)
      .sort((a, b) => [...b].length - [...a].length || (a < b ? -1 : 1));
    knownCache.set(data, known);
  }
  return known;
}

/**
 * Cuts a run of a language written without spaces at the names and synonyms the site knows,
 * longest first ("加入上合组织" → 加入, 上合组织; "上海合作组织成员国" → 上海合作组织, 成员国), so that
 * a name typed run together with other words is still a name. The rest is left to Pagefind.
 */
export function cutAtKnownPhrases(run: string, known: readonly string[]): string[] {
  const parts: string[] = [];
  let rest = '';
  let at = 0;
  while (at < run.length) {
    const found = known.find((phrase) => run.startsWith(phrase, at));
    if (found) {
      if (rest !== '') parts.push(rest);
      parts.push(found);
      rest = '';
      at += found.length;
    } else {
      rest += run[at];
      at += 1;
    }
  }
  if (rest !== '') parts.push(rest);
  return parts;
}

/**
 * A source's address typed as a word ("azam-cgtn ¶5", "alimov-2017 ¶3"), as its parts: Latin words
 * joined by hyphens, each a word of a source's author or outlet names (which the search data holds
 * in Latin letters too, though the edition's pages write them in its own script) or a year. Other
 * hyphenated words stay whole ("Nur-Sultan" is a name of its own).
 */
function latinParts(word: QueryWord, data: SearchData): QueryWord[] {
  if (!/^[\p{Script=Latin}\d]+(?:[-‐‑–—][\p{Script=Latin}\d]+)+$/u.test(word.typed)) return [word];
  const parts = word.typed
    .split(/[-‐‑–—]/u)
    .map((part) => ({ typed: part, folded: foldWord(part) }))
    .filter((part) => part.folded !== '');
  const authors = new Set(data.entries.flatMap((entry) => entry.authors.flatMap(foldWords)));
  return parts.every((part) => isYear(part.folded) || authors.has(part.folded)) ? parts : [word];
}

/** The query's words, ready to plan: split, cut at known phrases (Chinese), function words out. */
export function editionWords(
  query: string,
  data: SearchData,
  language: SearchLanguage,
): QueryWord[] {
  // A source's address is typed with a paragraph's citation ("azam-cgtn ¶5"), as a footnote's link.
  const cites = /[¶§]\s*\d/u.test(query);
  let words = splitEditionQuery(toIndexCharacters(query, language.characters), language).flatMap(
    (word) => (cites ? latinParts(word, data) : [word]),
  );
  if (language.vocabulary === 'segments') {
    const known = knownPhrases(data, language);
    words = words.flatMap((word) => {
      // A word of letters is a word already: "principles" is not "pr", "in", "ciples".
      if (!/\p{Script=Han}/u.test(word.folded)) return [word];
      const parts = cutAtKnownPhrases(word.folded, known);
      // A character left alone between phrases the site knows belongs to the question, not its
      // subject ("上合组织里…", "…怎么看上海精神": 里, 看; "个成员国": 个): Pagefind would need it.
      const kept = parts.length > 1 ? parts.filter((part) => [...part].length > 1) : parts;
      return (kept.length > 0 ? kept : parts)
        .map((part) => (known.includes(part) ? part : withoutEdgeParticles(part, language)))
        .map((part) => ({ typed: part, folded: part }));
    });
  }
  return dropEditionStopwords(words, language);
}

/**
 * A run without the function words (the language's stopwords) it begins or ends with, as the
 * browser parts it (runWords): "阿斯塔纳宣言是" (…是什么时候通过的, its question phrase out) is
 * 阿斯塔纳宣言, whose page does not say 是 there; Pagefind would need every part. A run that is
 * all function words is kept.
 */
function withoutEdgeParticles(run: string, language: SearchLanguage): string {
  const parts = runWords(run, language.locale);
  let start = 0;
  let end = parts.length;
  while (start < end - 1 && language.stopwords.has(parts[start]!)) start += 1;
  while (end > start + 1 && language.stopwords.has(parts[end - 1]!)) end -= 1;
  return start === 0 && end === parts.length ? run : parts.slice(start, end).join('');
}

/** Fewest characters of a run of Chinese that may be corrected to a known phrase (nearKnownPhrase). */
export const MIN_NEAR_PHRASE = 4;

/**
 * The name or synonym the site knows that a run of Chinese misspells by one character, a wrong or
 * near-homophone one typed for it ("阿里莫夫" for 阿利莫夫, Alimov; "阿斯塔那峰会" for 阿斯塔纳峰会):
 * of the same length, MIN_NEAR_PHRASE characters or more, differing in exactly one, and the only
 * such phrase. Pagefind had searched the run's other characters ("莫夫") and found 36 results. A
 * shorter run is too close to other words for one character to be a typo. Undefined otherwise.
 */
export function nearKnownPhrase(run: string, known: readonly string[]): string | undefined {
  const characters = [...run];
  if (characters.length < MIN_NEAR_PHRASE || !/^\p{Script=Han}+$/u.test(run)) return undefined;
  if (known.includes(run)) return undefined;
  const near = known.filter((phrase) => {
    const other = [...phrase];
    if (other.length !== characters.length) return false;
    let differ = 0;
    for (let at = 0; at < other.length && differ < 2; at++)
      if (other[at] !== characters[at]) differ += 1;
    return differ === 1;
  });
  return near.length === 1 ? near[0] : undefined;
}

/** The folded words of the query as typed, for its opening. */
function openingWords(query: string): string[] {
  return query
    .split(/\s+/)
    .map(foldWord)
    .filter((word) => word !== '');
}

/** True when the query asks a question: it opens with a question word, or holds a question phrase. */
export function isEditionQuestion(query: string, language: SearchLanguage): boolean {
  if (editionIntent(query, language) !== undefined) return true;
  if (language.phrases.length > 0)
    return [...language.questionWords].some((phrase) => query.includes(phrase));
  const words = openingWords(query);
  return words.length >= 2 && language.questionWords.has(words[0]!);
}

/** The kind of result the question asks for ("когда …" → event, "什么是…" → glossary term), if any. */
export function editionIntent(query: string, language: SearchLanguage): string | undefined {
  const openings = Object.keys(language.questionKinds).sort((a, b) => b.length - a.length);
  if (language.phrases.length > 0) {
    const found = openings.find((phrase) => query.includes(phrase));
    return found === undefined ? undefined : language.questionKinds[found];
  }
  const text = ` ${openingWords(query).join(' ')} `;
  const found = openings.find((opening) => text.startsWith(` ${opening} `));
  return found === undefined ? undefined : language.questionKinds[found];
}

/**
 * The stem of an inflected word: the word without the longest of the language's endings that
 * leaves at least minStem letters ("шанхайской" → шанхаиск, folded). Undefined when no ending fits.
 */
export function stemIn(word: string, language: SearchLanguage): string | undefined {
  const letters = [...word];
  let best: string | undefined;
  for (const ending of language.endings) {
    const length = [...ending].length;
    if (!word.endsWith(ending) || letters.length - length < language.minStem) continue;
    const stem = letters.slice(0, letters.length - length).join('');
    if (best === undefined || stem.length < best.length) best = stem;
  }
  return best;
}

/**
 * True when the word is not a typo in the language: the index holds it or a word it begins, or it
 * is another form of a word the index holds: the same stem with one of the language's endings, or
 * none ("терроризмом" when the site writes "терроризм", "Антинаркотического" for "Антинаркотический").
 */
export function isKnownInLanguage(
  word: string,
  data: SearchData,
  language: SearchLanguage,
): boolean {
  if (isKnownWord(word, data)) return true;
  const endings = new Set(['', ...language.endings]);
  const letters = [...word];
  return language.endings.some((ending) => {
    if (!word.endsWith(ending)) return false;
    const stem = letters.slice(0, letters.length - [...ending].length).join('');
    return (
      [...stem].length >= language.minStem &&
      wordsBeginning(stem, data).some((known) => endings.has(known.slice(stem.length)))
    );
  });
}

/**
 * True when two words are forms of one word: equal, or (in a language with endings) the same stem
 * with endings of at most three letters each ("вступила", "вступить"; "членами", "член").
 */
function sameForm(a: string, b: string, language: SearchLanguage): boolean {
  if (a === b) return true;
  if (language.endings.length === 0) return false;
  let common = 0;
  while (common < a.length && a[common] === b[common]) common += 1;
  return (
    common >= language.minStem &&
    common * 2 >= Math.max(a.length, b.length) &&
    a.length - common <= 3 &&
    b.length - common <= 3
  );
}

function findPhrase(
  words: readonly string[],
  phrase: readonly string[],
  language: SearchLanguage,
): number {
  if (phrase.length === 0) return -1;
  for (let at = 0; at + phrase.length <= words.length; at += 1)
    if (phrase.every((word, offset) => sameForm(words[at + offset]!, word, language))) return at;
  return -1;
}

/** True when a phrase is written in Latin letters (an English name kept as another name). */
function isLatin(phrase: readonly string[]): boolean {
  return /\p{Script=Latin}/u.test(phrase.join(''));
}

/**
 * The queries to run: the words, then each synonym or other name put in place of a phrase it
 * matches in any form (one replacement per variant), without repeats. In a query typed wholly in
 * Latin letters, a name in them is also replaced by the edition's own names, so that "RATS" on /ru/
 * finds the pages that write "РАТС", not the glossary's term alone; a reader who mixes the
 * edition's words in ("CGTN评论员") is searched by the names as typed. A name in the edition's
 * letters is never replaced by an English one, so that "РАТС" does not also search the English
 * words (which would load more of the index for nothing).
 */
export function expandEditionSynonyms(
  words: readonly string[],
  groups: readonly (readonly (readonly string[])[])[],
  language: SearchLanguage,
): string[][] {
  const variants: string[][] = [[...words]];
  const seen = new Set([words.join(' ')]);
  const english = words.every((word) => isLatin([word]));
  for (const group of groups) {
    for (const phrase of group) {
      const at = findPhrase(words, phrase, language);
      if (at === -1) continue;
      for (const other of group) {
        if (other === phrase || findPhrase(words, other, language) !== -1) continue;
        if (isLatin(other) ? !isLatin(phrase) : isLatin(phrase) && !english) continue;
        const variant = [...words.slice(0, at), ...other, ...words.slice(at + phrase.length)];
        const key = variant.join(' ');
        if (seen.has(key)) continue;
        seen.add(key);
        variants.push(variant);
      }
    }
  }
  return variants;
}

/**
 * The variants Pagefind can answer, at most MAX_VARIANTS: in a language corrected against its
 * vocabulary, those whose every word the index holds in some form (or is a number, or too short
 * to be listed); Pagefind answers a word it does not hold with loose matches of its first letters,
 * so such a word is corrected, or left out on retry. A segmented language sends every variant.
 */
function searchable(variants: string[][], data: SearchData, language: SearchLanguage): string[][] {
  const known = (word: string): boolean =>
    !language.typos ||
    /\d/.test(word) ||
    [...word].length < MIN_VOCABULARY_WORD ||
    isKnownInLanguage(word, data, language);
  return variants.filter((variant) => variant.every(known)).slice(0, MAX_VARIANTS);
}

const authorsCache = new WeakMap<SearchData, Set<string>>();

/** The words of the entries' author names (src/lib/search/search-entries.ts, AUTHORS_META). */
function authorWords(data: SearchData, language: SearchLanguage): Set<string> {
  let found = authorsCache.get(data);
  if (!found) {
    found = new Set(
      data.entries.flatMap((entry) => entry.authors.flatMap((name) => phraseWords(name, language))),
    );
    authorsCache.set(data, found);
  }
  return found;
}

/**
 * A word of a language written without spaces as the index may hold it: the vocabulary's words it
 * is made of, longest first, and each character the vocabulary has no word for as a word of its own.
 * Pagefind's indexer writes a word its dictionary lacks (a transliterated name: 阿利莫夫 in
 * "阿利莫夫写道") character by character, and matches a query word whole where any page holds it
 * whole: an author's name in a source page's metadata would find that page alone, so an author's
 * name is also searched by its parts (the pages that write it). The word itself when the vocabulary
 * holds it.
 */
export function indexSegments(word: string, data: SearchData): string[] {
  if (data.words.has(word)) return [word];
  const letters = [...word];
  const parts: string[] = [];
  let at = 0;
  while (at < letters.length) {
    let end = letters.length;
    while (end > at + 1 && !data.words.has(letters.slice(at, end).join(''))) end -= 1;
    parts.push(letters.slice(at, end).join(''));
    at = end;
  }
  return parts;
}

/**
 * The variants of the words: the words themselves, every word by its stem where it has one
 * (Pagefind matches the start of words, so the stem finds every form: "Шанхайской пятёрки" finds
 * «Шанхайская пятёрка»), then synonyms and other names.
 */
function variantsOf(
  words: readonly string[],
  data: SearchData,
  language: SearchLanguage,
): { variants: string[][]; respellings: Set<string> } {
  const stems = words.map((word) => {
    const stem = stemIn(word, language);
    return stem !== undefined && wordsBeginning(stem, data).some((known) => known !== word)
      ? stem
      : word;
  });
  const expanded = expandEditionSynonyms(words, groupsOf(data, language), language);
  const authors = language.vocabulary === 'segments' ? authorWords(data, language) : new Set();
  const split = words.flatMap((word) => (authors.has(word) ? indexSegments(word, data) : [word]));
  const stemmed = [stems, split].filter(
    (variant, at, all) =>
      variant.length > 0 &&
      variant.join(' ') !== words.join(' ') &&
      all.findIndex((other) => other.join(' ') === variant.join(' ')) === at,
  );
  const variants = searchable([expanded[0]!, ...stemmed, ...expanded.slice(1)], data, language);
  return { variants, respellings: new Set(stemmed.map((variant) => variant.join(' '))) };
}

/**
 * The author's name, when the query is an author's name (in any form) with words that name a
 * source (the language's sourceWords: "статья Алимова", "колонка Азама", "阿利莫夫的文章"): it asks
 * for that author's source, which the name alone finds first. Undefined for any other query
 * ("статья 2 Хартии" names no author; "Алимов Ташкент" asks about Tashkent).
 */
function authorOfSource(
  words: readonly QueryWord[],
  data: SearchData,
  language: SearchLanguage,
): QueryWord[] | undefined {
  if (language.sourceWords.length === 0 || words.length < 2) return undefined;
  const segmented = language.vocabulary === 'segments';
  // A year beside the author is a citation's date, as in English (isSourceWord, named-entries.ts).
  const namesSource = (word: QueryWord): boolean =>
    isYear(word.folded) ||
    language.sourceWords.some((mark) =>
      segmented ? word.folded === mark : word.folded.startsWith(mark),
    );
  const rest = words.filter((word) => !namesSource(word));
  if (rest.length === 0 || rest.length === words.length) return undefined;
  const authors = [...authorWords(data, language)];
  return rest.every((word) => authors.some((name) => sameForm(name, word.folded, language)))
    ? rest
    : undefined;
}

/**
 * True when the query asks what something does or says, or about an aspect of it (the language's
 * contentMarks: a part of the query, or the start of one of its words), as English's isContentQuestion.
 */
export function isEditionContentQuestion(query: string, language: SearchLanguage): boolean {
  if (language.phrases.length > 0)
    return language.contentMarks.some((mark) => foldWord(query).includes(mark));
  const words = openingWords(query);
  return (
    words.length >= 2 &&
    words.some((word) => language.contentMarks.some((mark) => word.startsWith(mark)))
  );
}

/**
 * The weights a question puts on kinds: the kind it asks for more, sources less unless asked for;
 * a question about what something does, glossary terms less too (its answer is a topic's account).
 */
function kindWeights(
  intent: string | undefined,
  question: boolean,
  content: boolean,
): Readonly<Record<string, number>> {
  const weights: Record<string, number> = {};
  if ((question || content) && intent !== 'source') weights['source'] = QUESTION_WEIGHTS.source;
  if (content) weights['glossary term'] = QUESTION_WEIGHTS.glossary;
  if (intent) weights[intent] = QUESTION_WEIGHTS.intent;
  return weights;
}

/**
 * Plans a query in a translated edition: the QueryPlan the English planner gives, from the
 * language's rules. A word the index does not hold in any form is corrected by edit distance where
 * the language allows (Russian), never by sound.
 */
export function planEditionQuery(
  query: string,
  data: SearchData,
  language: SearchLanguage,
  options: PlanOptions = {},
): QueryPlan {
  // Other forms of the characters (traditional Chinese) are read as the index's, before anything else.
  const text = withEditionParagraphWords(toIndexCharacters(query, language.characters));
  const corrections: Correction[] = [];
  const typed = editionWords(text, data, language);
  const author = authorOfSource(typed, data, language);
  const words = (author ?? typed).map((word): QueryWord => {
    // A language written without spaces: a run one character off a name the site knows.
    const near =
      language.vocabulary === 'segments' && options.correct !== false
        ? nearKnownPhrase(word.folded, knownPhrases(data, language))
        : undefined;
    if (near !== undefined) {
      corrections.push({ from: word.typed, to: near });
      return { typed: near, folded: near };
    }
    if (
      !language.typos ||
      options.correct === false ||
      isKnownInLanguage(word.folded, data, language)
    )
      return word;
    const fixed = correctWord(word.folded, data);
    if (fixed === undefined) return word;
    const shown = matchCase(word.typed, fixed);
    corrections.push({ from: word.typed, to: shown });
    return { typed: shown, folded: fixed };
  });
  const planned =
    words.length === 0
      ? { variants: [], respellings: new Set<string>() }
      : variantsOf(
          words.map((word) => word.folded),
          data,
          language,
        );
  // A date typed in numbers is searched as the words the edition writes it in, as in English.
  const { variants, respellings } = language.months
    ? withDateReadings(planned, numericDateGroups(words, data, language.months))
    : planned;
  // "члены ШОС" is also searched as "члены", as English does: the site's subject, in nearly every
  // result, is implied where it is not written (the member table never says "ШОС").
  const implied = withoutCommonWords(variants, data.common, groupsOf(data, language));
  const question = author !== undefined || isEditionQuestion(text, language);
  const content = !author && words.length > 0 && isEditionContentQuestion(text, language);
  // "地区反恐怖机构是做什么的" asks what RATS does, not for its definition (as English).
  const intent = author
    ? 'source'
    : words.length === 0 || content
      ? undefined
      : editionIntent(text, language);
  return {
    query,
    words,
    corrections,
    variants: [...variants, ...implied],
    respellings,
    ...(implied.length > 0
      ? {
          implied: new Set(implied.map((variant) => variant.join(' '))),
          subject: subjectEntries(data.entries, data.common),
        }
      : {}),
    intent,
    question,
    kindWeights: words.length === 0 ? {} : kindWeights(intent, question, content),
    recordWeight: content ? QUESTION_WEIGHTS.record : 1,
  };
}

/**
 * The variants with each date typed in numbers (numericDateGroups: [[typed], ...readings]) put as
 * each of its readings, and never as typed: as one word ("04072024") Pagefind matches numbers that
 * merely begin with it. The readings respell the reader's words.
 */
function withDateReadings(
  planned: { variants: string[][]; respellings: ReadonlySet<string> },
  dates: readonly string[][][],
): { variants: string[][]; respellings: ReadonlySet<string> } {
  if (dates.length === 0) return planned;
  let variants = planned.variants;
  for (const [[typed] = [], ...readings] of dates)
    variants = variants.flatMap((variant) => {
      const at = variant.indexOf(typed ?? '');
      return at === -1
        ? [variant]
        : readings.map((reading) => [
            ...variant.slice(0, at),
            ...reading,
            ...variant.slice(at + 1),
          ]);
    });
  const unique = [...new Map(variants.map((variant) => [variant.join(' '), variant])).values()];
  return {
    variants: unique.slice(0, MAX_VARIANTS),
    respellings: new Set([...planned.respellings, ...unique.map((variant) => variant.join(' '))]),
  };
}

/** How common a word is on the site: its count, or for a run not in the vocabulary its rarest part's. */
function frequency(word: string, data: SearchData, language: SearchLanguage): number {
  const count = data.words.get(word);
  if (count !== undefined || language.vocabulary !== 'segments') return count ?? 0;
  const parts = segmentWords(word, language.locale).map((part) => data.words.get(part) ?? 0);
  return parts.length === 0 ? 0 : Math.min(...parts);
}

/**
 * The plan for a retry when a query finds nothing: without its least informative word, which is
 * one the index does not hold, or else the most common. In a language written without spaces,
 * first without a character left alone in a run (aloneInRun). Undefined for a single word.
 */
export function widenEditionPlan(
  plan: QueryPlan,
  data: SearchData,
  language: SearchLanguage,
): QueryPlan | undefined {
  const parted = language.vocabulary === 'segments' ? aloneInRun(plan, data, language) : undefined;
  if (parted) return { ...plan, ...planOfWords(parted, plan, data, language) };
  if (plan.words.length < 2) return undefined;
  const informativeness = (word: QueryWord): number =>
    language.typos && !isKnownInLanguage(word.folded, data, language)
      ? Number.NEGATIVE_INFINITY
      : -frequency(word.folded, data, language);
  let drop = 0;
  plan.words.forEach((word, index) => {
    if (informativeness(word) < informativeness(plan.words[drop]!)) drop = index;
  });
  const words = plan.words.filter((_, index) => index !== drop);
  return { ...plan, ...planOfWords(words, plan, data, language) };
}

/** A plan's words, corrections and variants for a retry with `words` in place of its own. */
function planOfWords(
  words: QueryWord[],
  plan: QueryPlan,
  data: SearchData,
  language: SearchLanguage,
): Pick<QueryPlan, 'words' | 'corrections' | 'variants' | 'respellings'> {
  return {
    words,
    corrections: plan.corrections.filter((correction) =>
      words.some((word) => word.typed === correction.to),
    ),
    ...variantsOf(
      words.map((word) => word.folded),
      data,
      language,
    ),
  };
}

/**
 * The plan's words with a run that is no name or synonym the site knows parted into the words
 * Pagefind parts it into (runWords), all of which a result must hold, less the first character
 * left alone among them: a character between words belongs to the question ("为什么上合组织要打击
 * 三股势力": 要 打击 三股 势力, whose 要 the page about the three forces never begins a word with),
 * as one between known phrases does (editionWords). Undefined when no run has one.
 */
function aloneInRun(
  plan: QueryPlan,
  data: SearchData,
  language: SearchLanguage,
): QueryWord[] | undefined {
  const known = knownPhrases(data, language);
  for (const [index, word] of plan.words.entries()) {
    if (known.includes(word.folded)) continue;
    const parts = runWords(word.folded, language.locale);
    const alone = parts.findIndex((part) => /^\p{Script=Han}$/u.test(part));
    if (parts.length < 2 || alone === -1) continue;
    return [
      ...plan.words.slice(0, index),
      ...parts.filter((_, at) => at !== alone).map((part) => ({ typed: part, folded: part })),
      ...plan.words.slice(index + 1),
    ];
  }
  return undefined;
}

/** True when a name's words are the variant's, in any order and form, or the same run of letters. */
function namesVariant(
  name: readonly string[],
  variant: readonly string[],
  language: SearchLanguage,
): boolean {
  if (name.length === 0 || variant.length === 0) return false;
  if (name.join('') === variant.join('')) return true;
  if (name.length !== variant.length) return false;
  const rest = [...variant];
  for (const word of name) {
    const at = rest.findIndex((other) => sameForm(word, other, language));
    if (at === -1) return false;
    rest.splice(at, 1);
  }
  return true;
}

/**
 * The entries the plan names, best first (NAME_RANK): those with a name of exactly the query's
 * words in any form and order (a term, topic or event by its name; a source by its title), then
 * sources whose author is so named.
 * @returns Pagefind result ids with their rank
 */
export function editionNamedEntries(
  plan: QueryPlan,
  data: SearchData,
  language: SearchLanguage,
): Map<string, number> {
  const named = new Map<string, number>();
  const matches = (name: string): boolean => {
    const words = phraseWords(name, language);
    return plan.variants.some((variant) => namesVariant(words, variant, language));
  };
  for (const entry of data.entries) {
    const isSource = entry.authors.length > 0;
    if (entry.names.some(matches))
      named.set(entry.id, isSource ? NAME_RANK.sourceTitle : NAME_RANK.name);
    else if (entry.authors.some(matches) || citesAuthors(plan, entry.authors, language))
      named.set(entry.id, NAME_RANK.author);
  }
  return named;
}

/**
 * True when the query is a citation of a source by its author names ("阿扎姆，中国国际电视台，¶5",
 * "Азам, CGTN, ¶5", as the edition's footnotes cite author and outlet; "Алимов ¶1", "Алимов 2017"):
 * besides numbers, words each of one of the names, two or more, or one beside a number.
 */
function citesAuthors(
  plan: QueryPlan,
  authors: readonly string[],
  language: SearchLanguage,
): boolean {
  const held = authors.flatMap((author) => phraseWords(author, language));
  return plan.variants.some((variant) => {
    const words = variant.filter((word) => !/^\d+$/u.test(word));
    return (
      words.length >= (words.length < variant.length ? 1 : 2) &&
      words.every((word) => held.some((other) => sameForm(other, word, language)))
    );
  });
}
