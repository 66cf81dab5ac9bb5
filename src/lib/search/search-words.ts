/**
 * Words as Pagefind sees them, and the search data the build writes beside the index: the
 * vocabulary (every indexed word with its frequency), other names and synonyms, and the names of
 * entries. Pure, so that the build, the browser and the Node tools share one definition.
 */

/**
 * Folds one word as Pagefind folds a query word: lower case, diacritics off, and punctuation
 * (hyphens, apostrophes, brackets, quotes) removed, so "Non-use" is "nonuse" and "SCO's" "scos".
 */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, '');
}

/** True when `word` is `term` with a plural ending: "drugs" for "drug", "boxes" for "box" (not "bo"). */
export function isPluralOf(word: string, term: string): boolean {
  return word === `${term}s` || (/(?:s|x|z|ch|sh)$/.test(term) && word === `${term}es`);
}

/** A word of the query: what was typed, and its folded form as Pagefind reads it. */
export interface QueryWord {
  typed: string;
  folded: string;
  /** The two words it was joined from (see joinCompounds). */
  parts?: [string, string];
}

/**
 * The site cites a source's paragraph as "Azam ¶4" and its pages head it "Paragraph 4": a "¶" or
 * "§" before a number is the word (a reader who copies a citation searches its paragraph), and so
 * is the abbreviation a citation style writes for it ("para. 4", as APA cites a paragraph; "par. 4").
 */
export function withParagraphWords(query: string): string {
  return query.replace(/[¶§]\s*(?=\d)|(?<![\p{L}\d])(?:paras?|par)\.?\s*(?=\d)/giu, ' paragraph ');
}

/**
 * A paragraph's citation as the editions write it beside the site's "¶3": Russian "абзац 3" or
 * "абз. 3" (the heading "Абзац 3"), Chinese "第3段" (the heading itself).
 */
const EDITION_PARAGRAPH = /(?<![\p{L}\d])абз(?:ац[\p{L}]*)?\.?\s*(\d+)|第\s*(\d+)\s*段/giu;

/**
 * An edition's query with a paragraph's citation written as the site's "¶3", which the editions
 * search as its number (the paragraph's heading holds it): "абз. 3", "абзац 3", "第3段" (the
 * segmenter keeps no "第" or "段" of the heading). The citation's other words then name the source.
 */
export function withEditionParagraphWords(query: string): string {
  return query.replace(
    EDITION_PARAGRAPH,
    (_, russian?: string, chinese?: string) => ` ¶${russian ?? chinese} `,
  );
}

/** A year as a citation dates a source (1900–2099): "Alimov 2017", "alimov-2017". */
export function isYear(word: string): boolean {
  return /^(?:19|20)\d\d$/.test(word);
}

/** Splits what was typed into words, folded as Pagefind folds them; words that fold to nothing go. */
export function splitQuery(query: string): QueryWord[] {
  return query
    .split(/\s+/)
    .map((typed) => ({ typed, folded: foldWord(typed) }))
    .filter((word) => word.folded !== '');
}

/** The folded words of a text, in order ("Anti-Drug Centre" → ["antidrugcentre"]). */
export function foldWords(text: string): string[] {
  return text
    .split(/\s+/)
    .map(foldWord)
    .filter((word) => word !== '');
}

/** A heading's or query's words, folded, without an article that opens them ("The Astana summit …"). */
export function headingWords(text: string): string[] {
  const words = foldWords(text);
  return ['the', 'a', 'an'].includes(words[0] ?? '') ? words.slice(1) : words;
}

/**
 * Every word a text gives the index: each whitespace-separated word folded whole, and, where
 * punctuation joins parts ("Anti-Terrorist", "SCO's"), each part too, as Pagefind indexes both.
 */
export function indexedWords(text: string): string[] {
  const words: string[] = [];
  for (const raw of text.split(/\s+/)) {
    const whole = foldWord(raw);
    if (whole === '') continue;
    words.push(whole);
    const parts = raw.split(/[\p{P}\p{S}]+/u).map(foldWord);
    if (parts.length > 1)
      for (const part of parts) if (part !== '' && part !== whole) words.push(part);
  }
  return words;
}

/** Shortest word the vocabulary keeps: shorter words are never corrected, nor corrected to. */
export const MIN_VOCABULARY_WORD = 3;

/** True for words the vocabulary leaves out: short ones, and any with a digit (years, articles). */
function isVocabularyWord(word: string): boolean {
  return [...word].length >= MIN_VOCABULARY_WORD && !/\d/.test(word);
}

/** Counts the vocabulary words of the given texts. */
export function countWords(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of indexedWords(text))
      if (isVocabularyWord(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** An entry's names, for "names first": the result id Pagefind gives it, and how it is named. */
export interface NamedEntry {
  /** Pagefind's result id (its fragment's name), e.g. "und_9eb261a". */
  id: string;
  /** Its own names: a term's name and other names, a page's title. */
  names: string[];
  /** The people or bodies that wrote it (a source's author), with a person's surname. */
  authors: string[];
}

/** A page's heading, with the page's result id (SearchData.headings). */
export interface PageHeading {
  id: string;
  heading: string;
}

/** A place a glossary term is seated in, with the term's result id (SearchData.seats). */
export interface Seat {
  id: string;
  place: string;
}

/** What the build writes to SEARCH_DATA_PATH and the query layer reads. */
export interface SearchData {
  /** Folded word → how often the index holds it (bucketed to a power of two). */
  words: Map<string, number>;
  /** Groups of phrases that mean the same, each phrase as folded words. */
  synonyms: string[][][];
  /** Entries with names, for ranking an entry above pages that only mention it. */
  entries: NamedEntry[];
  /**
   * Headings of pages that no other page shares ("What RATS is", "The Astana summit of June
   * 2017"), each with its page's result id: a query of a heading's words names its page
   * (namedEntries), as a title does.
   */
  headings?: readonly PageHeading[];
  /**
   * The places glossary terms are seated in ("SCO Anti-Drug Centre … seated in Dushanbe"), each
   * with the term's result id: a query of the place alone names the body seated there
   * (namedEntries), after the place's own term, if it has one.
   */
  seats?: readonly Seat[];
  /**
   * Result ids of the records a list page holds (a glossary term, a timeline event), as against
   * pages: a question about what something does weighs them less (see questionWeights).
   */
  records?: ReadonlySet<string>;
  /**
   * A record's id → the id of the glossary term that defines the same thing (a timeline event and
   * the term of the same anchor, "astana-summit-2017"): the term ranks first (search-run.ts).
   */
  definedBy?: ReadonlyMap<string, string>;
  /** Words in most results, which a query may leave out (src/lib/search/common-words.ts). */
  common?: ReadonlySet<string>;
  /**
   * The result id of the edition's home page, the site's account of its subject: a query that
   * names the subject alone ("SCO") ranks it after the subject's own term (namedEntries).
   */
  home?: string;
  /**
   * Ids of the headings two pages or more have (sharedHeadingIds: "sources-compared"), parts of a
   * page's template: a question whether one thing is in another is not answered by them (landingOf).
   */
  shared?: ReadonlySet<string>;
  /**
   * The initialisms (src/integrations/initialisms.ts) that begin a word of the index ("mea":
   * "means"): typed in capitals, such a word is the initialism, and its name is looked up
   * (isKnownAsTyped in vocabulary.ts); any other start in capitals is a word being typed ("RAT").
   */
  initialisms?: ReadonlySet<string>;
  /**
   * Names the translated editions give entries, in Latin letters ("shanghai jingshen"), each with
   * the English name it stands for ("Shanghai Spirit"): a reader typing one is searching for the
   * other (src/integrations/edition-names.ts; fromLatinNames in latin-names.ts); and the initialisms
   * of the names the site writes in capitals ("gcts", src/integrations/initialisms.ts).
   */
  latin?: readonly LatinName[];
  /**
   * English words the site never uses that correction would otherwise turn into a different word
   * of the site's ("status" → states, "supposed" → spaced): a reader who typed one meant it, so it
   * is corrected only to another form of itself (isFormOf in edit-distance.ts), or left out on
   * retry (src/integrations/english-words.ts writes them; loaded with the Latin names).
   */
  english?: ReadonlySet<string>;
}

/** A name of a translated edition in Latin letters, and the English name of the same entry. */
export interface LatinName {
  latin: string;
  name: string;
}

/**
 * Where the build writes the search data's fixed part, under the site's base; its shards are
 * beside it (src/lib/search/search-shards.ts).
 */
export const SEARCH_DATA_PATH = '/pagefind/search-data.json';

/** Thrown when the search data file cannot be read; the dialog then offers to retry. */
export class SearchDataError extends Error {
  override name = 'SearchDataError';
}

/**
 * Serialises a vocabulary compactly: words in frequency buckets (1, 2, 4, 8, …), each bucket one
 * sorted space-separated string, so that the list compresses well.
 */
export function encodeWordBuckets(words: ReadonlyMap<string, number>): Record<string, string> {
  const buckets: Record<string, string[]> = {};
  for (const [word, count] of words)
    (buckets[String(2 ** Math.floor(Math.log2(Math.max(1, count))))] ??= []).push(word);
  return Object.fromEntries(
    Object.entries(buckets).map(([bucket, list]) => [bucket, list.sort().join(' ')]),
  );
}

/** Reads what encodeWordBuckets wrote: each word with its bucket's count. */
export function decodeWordBuckets(buckets: Record<string, unknown>): Map<string, number> {
  const words = new Map<string, number>();
  for (const [bucket, list] of Object.entries(buckets)) {
    if (typeof list !== 'string' || !Number.isFinite(Number(bucket)))
      throw new SearchDataError('the search data has an unknown shape');
    for (const word of list.split(' ')) if (word !== '') words.set(word, Number(bucket));
  }
  return words;
}

/** Index of the first place `phrase` occurs as consecutive words of `words`, or -1. */
export function findPhrase(words: readonly string[], phrase: readonly string[]): number {
  if (phrase.length === 0) return -1;
  for (let at = 0; at + phrase.length <= words.length; at += 1) {
    if (phrase.every((word, offset) => words[at + offset] === word)) return at;
  }
  return -1;
}

/** Longest word typed in capitals that is taken for an acronym ("UNESCO"); a longer one is a word shouted. */
export const MAX_ACRONYM_LETTERS = 6;

/** True when a word is typed in capitals, two to MAX_ACRONYM_LETTERS letters ("NATO", "UNDOC"). */
export function isTypedAcronym(typed: string): boolean {
  const letters = [...typed.replace(/[^\p{L}]/gu, '')];
  return (
    letters.length >= 2 &&
    letters.length <= MAX_ACRONYM_LETTERS &&
    letters.every((letter) => letter !== letter.toLowerCase() && letter === letter.toUpperCase())
  );
}
