/**
 * The query layer between the reader and Pagefind, shared by the dialog, /search/ and the Node
 * tools: it drops function words from questions, corrects words the index does not hold against the
 * build's vocabulary, expands other names and synonyms, and says which entries the query names.
 * Pure: it plans; src/lib/search/search-run.ts runs the plan against Pagefind.
 */
import { withoutCommonWords } from './common-words.ts';
import { loadOnce } from './load-once.ts';
import {
  dropScaffolding,
  GLOSSARY_KIND,
  isContentQuestion,
  isQuestion,
  nounWeights,
  QUESTION_WEIGHTS,
  questionIntent,
  questionWeights,
  SOURCE_KIND,
} from './question-forms.ts';
import {
  foldWord,
  indexedWords,
  isPluralOf,
  MIN_VOCABULARY_WORD,
  splitQuery,
  type QueryWord,
  type SearchData,
} from './search-words.ts';

/**
 * Function words dropped from a query of two or more words: Pagefind requires every word, so "when
 * did India join" would find nothing. Only words that carry no subject; "not", "no", "five" stay.
 * Words of relative time ("new", "latest", "now") are among them: on a reference site they name no
 * subject, and the pages that answer seldom use them ("2023 new member" is "2023 member").
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about after all also am an and any are as at be been before being between both but by can could did do does doing done during
  for from had has have having he her here hers him his how i if in into is it its itself just me more most my of on once only or
  other our ours out over own please same she should so some such than that thats the their theirs them then there these they this
  those through to too under until up very was we were what whats when where which while who whom whose why will with would you
  your many much tell show find explain define meaning mean means say says said write writes wrote written meant
  year years date dates happen happened happen took take stand stands full form called
  mr mrs ms dr prof
  new newest latest recent recently current currently now today`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/** Words of at least this length may have one typo corrected, and two from the next (Algolia's rule). */
export const ONE_TYPO_FROM = 4;
export const TWO_TYPOS_FROM = 8;

/** Most Pagefind queries one reader query may turn into (the original words first). */
export const MAX_VARIANTS = 8;

/** One correction made to the query. */
export interface Correction {
  from: string;
  to: string;
}

/** What to search for, worked out from what the reader typed. */
export interface QueryPlan {
  /** The query as typed (normalised white space). */
  query: string;
  /** The words searched, after function words were dropped and typos corrected. */
  words: QueryWord[];
  /** Typos corrected, in query order. */
  corrections: Correction[];
  /** The Pagefind queries to run, folded words each; the first is `words` itself. */
  variants: string[][];
  /** The kind of result a question asks for ("when" → event), if any. */
  intent?: string | undefined;
  /** True when the reader asked a question (see isQuestion). */
  question?: boolean;
  /** Weights of result kinds the question's form asks for (see questionWeights). */
  kindWeights?: Readonly<Record<string, number>>;
  /** True when a word might be corrected by sound and no encoder was given (see PlanOptions.encodeSound). */
  needsSound?: boolean;
  /** Weight of records of list pages (SearchData.records): QUESTION_WEIGHTS.record in a question about what something does. */
  recordWeight?: number;
  /**
   * The variant (words joined by spaces) that is only an author's name, searched without the words
   * for what they wrote ("Alimov piece" → alimov): it finds the author's source, and names nothing else.
   */
  authorOnly?: string;
  /**
   * Variants (words joined by spaces) without the words common to most results ("sco member
   * states" → "member states"): they name an entry only when the full variants name none.
   */
  implied?: ReadonlySet<string>;
  /** Variants (words joined by spaces) that only respell the reader's words: a plural, a UK/US spelling. */
  respellings?: ReadonlySet<string>;
}

/** The vocabulary word a word sounds like, if any (soundAlike in sound-alike.ts). */
export type SoundMatcher = (word: string, data: SearchData) => string | undefined;

/** Replaces the Latin names among a query's words (see fromLatinNames in latin-names.ts). */
export type LatinMatcher = (
  words: readonly QueryWord[],
  data: SearchData,
) => { words: QueryWord[]; corrections: Correction[] };

/** Options of planQuery. */
export interface PlanOptions {
  /** False to search the words as typed ("Search instead for …"). */
  correct?: boolean;
  /**
   * Matches by sound a word edit distance cannot correct (soundAlike in sound-alike.ts, loaded by
   * src/lib/search/sound.ts). Without it such a word is left as typed and the plan says
   * `needsSound`, so that the caller may load the matcher and plan again.
   */
  matchSound?: SoundMatcher;
  /**
   * Replaces another edition's names typed in Latin letters by the English names they stand for
   * (fromLatinNames in latin-names.ts): loaded, as the encoder is, only for a query that needs it.
   */
  fromLatin?: LatinMatcher;
  /**
   * True for a second try when the query found nothing: a word of LOOSE_TYPOS_FROM letters or more
   * is allowed one more edit (see correctWord).
   */
  loose?: boolean;
}

/**
 * Shortest word allowed one more edit when the query finds nothing as corrected (PlanOptions.loose):
 * "Beralus" (two letters swapped apart) is two edits from Belarus, one more than seven letters get.
 * A shorter word is two edits from too many others ("pekin" from "plain").
 */
export const LOOSE_TYPOS_FROM = 7;

/** Allowed edits for a word of this many letters. */
export function allowedTypos(length: number): number {
  return length >= TWO_TYPOS_FROM ? 2 : length >= ONE_TYPO_FROM ? 1 : 0;
}

/** Sorted vocabulary per data object, for the prefix test (built once, on first use). */
const sortedWords = new WeakMap<SearchData, string[]>();

function sorted(data: SearchData): string[] {
  let list = sortedWords.get(data);
  if (!list) {
    list = [...data.words.keys()].sort();
    sortedWords.set(data, list);
  }
  return list;
}

/**
 * True when the index holds the word or a word it begins ("Kalin", typed on the way to
 * "Kaliningrad": Pagefind matches it as a prefix, so it is not a typo).
 */
export function isKnownWord(word: string, data: SearchData): boolean {
  if (data.words.has(word)) return true;
  const list = sorted(data);
  return list[firstFrom(list, word)]?.startsWith(word) ?? false;
}

/** Where `word` would stand in the sorted list: the first entry not before it. */
function firstFrom(list: readonly string[], word: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid]! < word) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The vocabulary's words that begin with `prefix`, in order (the words a stem begins). */
export function wordsBeginning(prefix: string, data: SearchData): string[] {
  const list = sorted(data);
  const found: string[] = [];
  for (let at = firstFrom(list, prefix); at < list.length && list[at]!.startsWith(prefix); at += 1)
    found.push(list[at]!);
  return found;
}

/**
 * True when Pagefind can be trusted with the word: the index holds it (or a word it begins), or it
 * is one the vocabulary does not list (a number, a word of one or two letters). Pagefind answers a
 * word it does not hold with loose matches of its first letters ("toshkent" finds 34 pages), so
 * such words are never sent: they are corrected, or left out on retry.
 */
export function isSearchable(word: string, data: SearchData): boolean {
  return /\d/.test(word) || [...word].length < MIN_VOCABULARY_WORD || isKnownWord(word, data);
}

/** A correction candidate: the word, its edits from what was typed, and how often the site uses it. */
export interface Candidate {
  word: string;
  edits: number;
  count: number;
}

/** Fewer edits first, then the more frequent word, then alphabetical order (so that ties are stable). */
export function isBetterCandidate(a: Candidate, b: Candidate): boolean {
  if (a.edits !== b.edits) return a.edits < b.edits;
  if (a.count !== b.count) return a.count > b.count;
  return a.word < b.word;
}

/**
 * The edit distance correctWord counts by (edit-distance.ts). It is loaded by loadEditDistance the
 * first time a plan has a word to correct, so that a query of words the index holds fetches none of
 * its code (planWithShards in search-run.ts).
 */
let editDistance: ((a: string, b: string) => number) | undefined;

/** Search data that a plan wanted the edit distance for before it was loaded. */
const distanceWanted = new WeakSet<SearchData>();

/** Loads the edit distance (once; tried again on the next call after a failed load). */
export const loadEditDistance = loadOnce(async () => {
  ({ editDistance } = await import('./edit-distance.ts'));
});

/**
 * True when a plan made with `data` had a word to correct but no edit distance to do it with: the
 * caller loads it (loadEditDistance) and plans again, as it loads a missed shard.
 */
export function wantsEditDistance(data: SearchData): boolean {
  return editDistance === undefined && distanceWanted.has(data);
}

/**
 * The vocabulary word a typo most likely stands for: fewest edits (Damerau–Levenshtein, so a swap
 * of two letters is one edit), then the more frequent word, then alphabetical order. Undefined
 * when the word is known, has a digit, is too short, or nothing is near enough. The first letter
 * must match: typists seldom get it wrong, and an English word the site never uses ("leads") is
 * otherwise "corrected" to an unrelated one ("heads") instead of being left out on retry.
 */
export function correctWord(word: string, data: SearchData, extra = 0): string | undefined {
  const length = [...word].length;
  const allowed = allowedTypos(length) + (length >= LOOSE_TYPOS_FROM ? extra : 0);
  if (allowed === 0 || /\d/.test(word) || isKnownWord(word, data)) return undefined;
  if (!editDistance) {
    // Not loaded yet: the caller loads it and plans again (wantsEditDistance).
    distanceWanted.add(data);
    return undefined;
  }
  let best: Candidate | undefined;
  for (const [candidate, count] of data.words) {
    if (candidate[0] !== word[0] || Math.abs([...candidate].length - length) > allowed) continue;
    const edits = editDistance(word, candidate);
    if (edits > allowed) continue;
    const next = { word: candidate, edits, count };
    if (!best || isBetterCandidate(next, best)) best = next;
  }
  return best?.word;
}

/** Shortest word matched by sound, and shortest sound code that counts (see soundAlike). */
export const MIN_SOUND_WORD = 5;
/** True when a word may be matched by sound: long enough, without a digit, not a known word. */
export function maySoundAlike(word: string, data: SearchData): boolean {
  return [...word].length >= MIN_SOUND_WORD && !/\d/.test(word) && !isKnownWord(word, data);
}

/** Shows a correction in the reader's own case pattern: "Kazakstan" → "Kazakhstan", "UNDOC" → "UNODC". */
export function matchCase(typed: string, folded: string): string {
  if (typed.length > 1 && typed === typed.toUpperCase() && typed !== typed.toLowerCase())
    return folded.toUpperCase();
  const first = typed[0];
  if (first !== undefined && first !== first.toLowerCase())
    return folded.charAt(0).toUpperCase() + folded.slice(1);
  return folded;
}

/**
 * Drops function words from a query of two or more words, and single letters (an initial, as in
 * "R. Alimov": Pagefind would match it as the start of every word), unless nothing would be left.
 */
export function dropStopwords(words: readonly QueryWord[]): QueryWord[] {
  if (words.length < 2) return [...words];
  const kept = words.filter((word) => !STOPWORDS.has(word.folded) && !/^\p{L}$/u.test(word.folded));
  return kept.length > 0 ? kept : [...words];
}

/** Index of the first place `phrase` occurs as consecutive words of `words`, or -1. */
function findPhrase(words: readonly string[], phrase: readonly string[]): number {
  if (phrase.length === 0) return -1;
  for (let at = 0; at + phrase.length <= words.length; at += 1) {
    if (phrase.every((word, offset) => words[at + offset] === word)) return at;
  }
  return -1;
}

/**
 * The queries to run: the words themselves, then each synonym or other name put in place of a
 * phrase it matches (one replacement per variant), at most MAX_VARIANTS in all, without repeats.
 */
export function expandSynonyms(
  words: readonly string[],
  synonyms: readonly (readonly (readonly string[])[])[],
): string[][] {
  const variants: string[][] = [[...words]];
  const seen = new Set([words.join(' ')]);
  for (const { group, matched } of matchesByLength(words, synonyms)) {
    for (const { phrase, at } of matched) {
      // A phrase inside a longer one of the group ("countries" in "member countries") is that
      // phrase's: replacing it alone would repeat a word ("member member states").
      if (
        matched.some(
          (other) =>
            other.phrase.length > phrase.length &&
            other.at <= at &&
            at + phrase.length <= other.at + other.phrase.length,
        )
      )
        continue;
      for (const other of group) {
        // A query holding both names ("non-intervention and non-interference") keeps both.
        if (other === phrase || findPhrase(words, other) !== -1) continue;
        const variant = [...words.slice(0, at), ...other, ...words.slice(at + phrase.length)];
        const key = variant.join(' ');
        if (seen.has(key)) continue;
        if (variants.length >= MAX_VARIANTS) return variants;
        seen.add(key);
        variants.push(variant);
      }
    }
  }
  return variants;
}

/**
 * Each group that matches the words, with the phrases of it that do (and where), those whose
 * longest matched phrase is longer first, in their own order among equals: within MAX_VARIANTS,
 * "member countries" is expanded as a phrase ("member states") before "member" is as a word
 * ("join", "accession"), which would use up the variants.
 */
function matchesByLength(
  words: readonly string[],
  groups: readonly (readonly (readonly string[])[])[],
): {
  group: readonly (readonly string[])[];
  matched: { phrase: readonly string[]; at: number }[];
}[] {
  return groups
    .map((group) => ({
      group,
      matched: group
        .map((phrase) => ({ phrase, at: findPhrase(words, phrase) }))
        .filter(({ at }) => at !== -1),
    }))
    .filter(({ matched }) => matched.length > 0)
    .map((each, index) => ({
      ...each,
      index,
      length: Math.max(...each.matched.map(({ phrase }) => phrase.length)),
    }))
    .sort((a, b) => b.length - a.length || a.index - b.index);
}

/**
 * The singular a plural query word stands for, when the index holds it: "strategies" → "strategy",
 * "disputes" → "dispute". Pagefind matches the start of words, so the singular also finds the
 * plural; the other way round it finds nothing.
 */
export function singularOf(word: string, data: SearchData): string | undefined {
  const candidates = word.endsWith('ies')
    ? [`${word.slice(0, -3)}y`]
    : word.endsWith('es')
      ? [word.slice(0, -2), word.slice(0, -1)]
      : word.endsWith('s')
        ? [word.slice(0, -1)]
        : [];
  return candidates.find(
    (candidate) => [...candidate].length >= MIN_SINGULAR && data.words.has(candidate),
  );
}

/** Shortest singular worth searching for ("us" from "USS" is not one). */
const MIN_SINGULAR = 3;

/**
 * British and American spellings of one word: -our/-or, -ise/-ize (and -isation, -ised, -ising),
 * -yse/-yze, -re/-er, -ence/-ense, -ogue/-og, -ll-/-l-. Returns every other form the rules give.
 */
export function otherSpellings(word: string): string[] {
  const rules: [RegExp, string][] = [
    [/our(s|ed|ing|able)?$/, 'or$1'],
    [/or(s|ed|ing|able)?$/, 'our$1'],
    [/is(e|es|ed|ing|ation|ations)$/, 'iz$1'],
    [/iz(e|es|ed|ing|ation|ations)$/, 'is$1'],
    [/ys(e|es|ed|ing)$/, 'yz$1'],
    [/yz(e|es|ed|ing)$/, 'ys$1'],
    [/([^aeiou])re(s|d)?$/, '$1er$2'],
    [/([^aeiou])er(s|ed)?$/, '$1re$2'],
    [/ence$/, 'ense'],
    [/ense$/, 'ence'],
    [/ogue(s)?$/, 'og$1'],
    [/og(s)?$/, 'ogue$1'],
    [/ll(ed|ing|er|ers)$/, 'l$1'],
    [/([^l])l(ed|ing|er|ers)$/, '$1ll$2'],
  ];
  return [
    ...new Set(
      rules
        .filter(([pattern]) => pattern.test(word))
        .map(([pattern, to]) => word.replace(pattern, to)),
    ),
  ].filter((other) => other !== word);
}

/** Shortest stem worth searching for: "adopt" from "adopted", not "sign" from "signed". */
export const MIN_STEM = 5;

/** True when the index holds a word that begins with `prefix` and is not `word` itself. */
function hasOtherWordFrom(prefix: string, word: string, data: SearchData): boolean {
  return wordsBeginning(prefix, data).some((other) => other !== word);
}

/**
 * The stem of a verb form, when the index holds other words it begins: "adopted" → "adopt" (the
 * site says "adopts"), "characterised" → "characteris" ("characterises", "characterisation").
 * Pagefind matches the start of words, so the stem finds every form; the index has no stemmer
 * (see INDEX_LANGUAGE in src/lib/search/config.ts). Only -ed and -ing are taken off: a plural
 * is singularOf's, and shorter stems than MIN_STEM match too much.
 */
export function stemOf(word: string, data: SearchData): string | undefined {
  // With an "e" put back ("issued" → "issue") only when the index holds that word: "formed" is not
  // "forme", the start of "former".
  return verbStems(word).find(
    (candidate, index) =>
      (index !== 1 || data.words.has(candidate)) &&
      (([...candidate].length >= MIN_STEM && hasOtherWordFrom(candidate, word, data)) ||
        isWholeShortStem(candidate, word, data)),
  );
}

/**
 * The stems an -ed or -ing form may have: as it is, with an "e" put back ("issued" → "issue"), and
 * without a doubled last consonant ("controlled" → "control"); none for another word.
 */
function verbStems(word: string): string[] {
  const stem = /^(.+?)(ed|ing)$/.exec(word)?.[1];
  if (stem === undefined) return [];
  return [stem, `${stem}e`, ...(/([^aeiou])\1$/.test(stem) ? [stem.slice(0, -1)] : [])];
}

/**
 * The other forms of a verb form that the index holds as whole words: "formed" → forms, forming
 * (the site says "the grouping forms"), "signed" → signs, signing. Pagefind matches the start of
 * words, so a base form ("form") finds its forms already, but "formed" finds neither "forms" nor
 * "forming", and its stem is too short to search ("form" also begins "former"). Only an -ed or
 * -ing form is read as a verb: a plural ("states") is not, nor does it give a past ("stated").
 */
export function otherInflections(word: string, data: SearchData): string[] {
  const forms = verbStems(word)
    .filter((each) => [...each].length >= MIN_INFLECTED_STEM)
    .flatMap((each) => ['s', 'es', 'ed', 'd', 'ing'].map((ending) => each + ending));
  return [...new Set(forms)].filter((form) => form !== word && data.words.has(form));
}

/** Shortest stem whose forms otherInflections searches ("form" from "formed", not "us" from "used"). */
const MIN_INFLECTED_STEM = 3;

/**
 * Most letters partialStem takes off a word, and the shortest start it searches: "accessible" is
 * searched by "accessib", the start of "accessibility"; "cooperate" by "cooperat" ("cooperation").
 */
export const MAX_PARTIAL_CUT = 3;
export const MIN_PARTIAL_STEM = 6;

/**
 * The start a word shares with its family in the index, when the index holds no form of the word
 * itself and no correction reaches it: its longest start of at least MIN_PARTIAL_STEM letters,
 * MAX_PARTIAL_CUT letters off at most, that begins a word of the index ("accessible" →
 * "accessib", which begins "accessibility"; "militarily" → "militar", "military"). Pagefind
 * matches the start of words, so the start finds the family. Undefined for a word the index
 * holds (or a word it begins), and for a word too short to cut.
 */
export function partialStem(word: string, data: SearchData): string | undefined {
  if (/\d/.test(word) || isKnownWord(word, data)) return undefined;
  const letters = [...word];
  for (let cut = 1; cut <= MAX_PARTIAL_CUT; cut += 1) {
    const start = letters.slice(0, letters.length - cut);
    if (start.length < MIN_PARTIAL_STEM) return undefined;
    const prefix = start.join('');
    if (isKnownWord(prefix, data)) return prefix;
  }
  return undefined;
}

/** Shortest stem taken when it is itself a word of the index ("work" from "working"). */
export const MIN_WHOLE_STEM = 4;

/**
 * True when a short stem is a whole word of the index and the verb form is not: "working" is then
 * "work" rather than a typo of some other word ("wording"). A verb form the index holds keeps to
 * MIN_STEM, so that "signed" does not also search everything that begins with "sign".
 */
function isWholeShortStem(stem: string, word: string, data: SearchData): boolean {
  return [...stem].length >= MIN_WHOLE_STEM && !data.words.has(word) && data.words.has(stem);
}

/**
 * The forms of a British or American spelling that the index can answer: the other spelling when
 * the index holds it, or else its singular ("colors" → "colour"), its stem ("characterized" →
 * "characteris", when the site writes "characterises" but never "characterised"), or the other
 * spelling as the start of words the index holds ("organize" → "organise", for "organised").
 */
export function knownSpellings(word: string, data: SearchData): string[] {
  return otherSpellings(word)
    .map((other) =>
      data.words.has(other)
        ? other
        : (singularOf(other, data) ??
          stemOf(other, data) ??
          ([...other].length >= MIN_STEM && isKnownWord(other, data) ? other : undefined)),
    )
    .filter((form): form is string => form !== undefined && form !== word);
}

/**
 * Synonym groups a query's own words give: a plural with its singular, a verb form with its stem,
 * and a British or American spelling with the other one, each only when the index holds the form.
 */
function wordGroups(words: readonly string[], data: SearchData): string[][][] {
  return words.flatMap((word) => {
    const forms = [
      singularOf(word, data),
      stemOf(word, data),
      ...knownSpellings(word, data),
    ].filter((form): form is string => form !== undefined);
    return [...new Set(forms)].map((form) => [[word], [form]]);
  });
}

/**
 * Synonym groups of a verb form with its other forms the index holds (otherInflections). They are
 * expanded after the content's synonyms, so that they never crowd those out of MAX_VARIANTS.
 */
function inflectionGroups(words: readonly string[], data: SearchData): string[][][] {
  return words.flatMap((word) => otherInflections(word, data).map((form) => [[word], [form]]));
}

/** True when a word is another spelling of a word the index holds (so it is not a typo). */
function hasKnownSpelling(word: string, data: SearchData): boolean {
  return knownSpellings(word, data).length > 0;
}

/**
 * Splits a hyphenated word the index does not hold, and that no correction reaches, into its parts
 * ("Shanghai-Cooperation" → Shanghai Cooperation, "Sankt-Peterburg" → Sankt Peterburg): Pagefind
 * holds a hyphenated word whole only where the site writes it so, and each part may then be found
 * or corrected on its own. Function words among the parts are dropped, as in the query. A word
 * with a digit ("2018-2023") or one a synonym or other name holds ("Nur-Sultan") stays whole.
 */
export function splitUnknownCompounds(words: readonly QueryWord[], data: SearchData): QueryWord[] {
  return words.flatMap((word) => {
    const parts = word.typed
      .split(/[-‐‑–—]+/u)
      .filter((part) => [...foldWord(part)].length >= MIN_VOCABULARY_WORD);
    if (
      parts.length < 2 ||
      word.parts ||
      /\d/.test(word.folded) ||
      isKnownWord(word.folded, data) ||
      hasKnownSpelling(word.folded, data) ||
      groupsOf(data).some((group) => group.some((phrase) => phrase.includes(word.folded))) ||
      correctWord(word.folded, data) !== undefined
    )
      return [word];
    const split = parts
      .map((part) => ({ typed: part, folded: foldWord(part) }))
      .filter((part) => !STOPWORDS.has(part.folded));
    // Only parts of which one at least is the site's word, or one letter away: "zzq-zzq" is no compound.
    const found = split.some(
      (part) => isKnownWord(part.folded, data) || correctWord(part.folded, data) !== undefined,
    );
    return found ? split : [word];
  });
}

/**
 * Two numbers typed apart ("2024 2029") with the one word the index makes of a range written with a
 * dash ("2024–2029" is "20242029" to Pagefind, as "Anti-Drug" is "antidrug"): both are searched,
 * as spellings of the same words. The vocabulary holds no numbers, so this cannot wait for it.
 */
export function numberRangeGroups(words: readonly string[]): string[][][] {
  const groups: string[][][] = [];
  for (let at = 0; at + 1 < words.length; at += 1) {
    const [from, to] = [words[at]!, words[at + 1]!];
    if (/^\d+$/.test(from) && /^\d+$/.test(to)) groups.push([[from, to], [from + to]]);
  }
  return groups;
}

/**
 * Joins two words the reader typed apart when the index holds them as one ("anti terrorist" →
 * "antiterrorist", "non use" → "nonuse", as Pagefind folds "Anti-Terrorist" and "non-use").
 */
export function joinCompounds(words: readonly QueryWord[], data: SearchData): QueryWord[] {
  const joined: QueryWord[] = [];
  for (let at = 0; at < words.length; at += 1) {
    const word = words[at]!;
    const next = words[at + 1];
    if (
      next &&
      data.words.has(word.folded + next.folded) &&
      !data.words.has(`${word.folded} ${next.folded}`)
    ) {
      joined.push({
        typed: `${word.typed}-${next.typed}`,
        folded: word.folded + next.folded,
        parts: [word.folded, next.folded],
      });
      at += 1;
    } else {
      joined.push(word);
    }
  }
  return joined;
}

/**
 * A joined word with the two words it was typed as, when the index holds each on its own: the
 * join may be an accident of the index ("Azam CGTN" and the source id "azam-cgtn"), so the words
 * as typed are searched too.
 */
export function splitGroups(words: readonly QueryWord[], data: SearchData): string[][][] {
  return words.flatMap((word) =>
    word.parts && word.parts.every((part) => data.words.has(part))
      ? [[[word.folded], [...word.parts]]]
      : [],
  );
}

/** The variants that respell the words (plural, UK/US, split): the same words, weighed as the reader's own. */
function respellingsOf(
  words: readonly string[],
  data: SearchData,
  split: string[][][] = [],
): Set<string> {
  return new Set(
    expandSynonyms(words, [
      ...split,
      ...wordGroups(words, data),
      ...inflectionGroups(words, data),
    ]).map((variant) => variant.join(' ')),
  );
}

/** The variants Pagefind can answer: those whose every word is searchable (see isSearchable). */
function searchableVariants(variants: string[][], data: SearchData): string[][] {
  return variants.filter((variant) => variant.every((word) => isSearchable(word, data)));
}

/** The synonym groups to expand with: the content's synonyms and each entry's own names. */
const synonymGroups = new WeakMap<SearchData, string[][][]>();

function groupsOf(data: SearchData): string[][][] {
  let groups = synonymGroups.get(data);
  if (!groups) {
    const names = data.entries
      .filter((entry) => entry.names.length > 1)
      .map((entry) => entry.names.map(nameWords));
    groups = [...data.synonyms, ...names];
    synonymGroups.set(data, groups);
  }
  return groups;
}

/** A name's folded words, without function words ("Charter of the United Nations" → charter united nations). */
export function nameWords(name: string): string[] {
  return dropStopwords(splitQuery(name)).map((word) => word.folded);
}

/** Plans a query: function words dropped, typos corrected (unless `correct` is false), synonyms expanded. */
export function planQuery(query: string, data: SearchData, options: PlanOptions = {}): QueryPlan {
  const typed = splitUnknownCompounds(
    joinCompounds(dropScaffolding(query, dropStopwords(splitQuery(query))), data),
    data,
  );
  const latin =
    options.correct === false || !options.fromLatin
      ? { words: typed, corrections: [] }
      : options.fromLatin(typed, data);
  const kept = latin.words;
  const corrections: Correction[] = [...latin.corrections];
  let needsSound = false;
  const words = kept.map((word) => {
    const asTyped =
      options.correct === false ||
      hasKnownSpelling(word.folded, data) ||
      singularOf(word.folded, data) ||
      stemOf(word.folded, data);
    let fixed = asTyped ? undefined : correctWord(word.folded, data, options.loose ? 1 : 0);
    if (!asTyped && fixed === undefined && maySoundAlike(word.folded, data)) {
      if (options.matchSound) fixed = options.matchSound(word.folded, data);
      else needsSound = true;
    }
    if (fixed === undefined) return asTyped === true ? word : formSearched(word, data);
    const shown = matchCase(word.typed, fixed);
    corrections.push({ from: word.typed, to: shown });
    return { typed: shown, folded: fixed };
  });
  const folded = words.map((word) => word.folded);
  const split = [...splitGroups(words, data), ...numberRangeGroups(folded)];
  const expanded =
    words.length === 0
      ? []
      : expandSynonyms(folded, [
          ...split,
          ...wordGroups(folded, data),
          ...groupsOf(data),
          ...inflectionGroups(folded, data),
        ]);
  const variants = searchableVariants(expanded, data);
  // "Alimov piece": the author's name alone is searched too, since their source page need not
  // use the word for what they wrote.
  const author = expanded
    .map((variant) => authorWithoutSourceWords(variant, data))
    .find((rest) => rest !== undefined);
  const authorOnly =
    author && !variants.some((variant) => variant.join(' ') === author.join(' '))
      ? author.join(' ')
      : undefined;
  if (author && authorOnly) variants.push(author);
  // "SCO member states" is also searched as "member states": the site's subject is implied where
  // it is not written (src/lib/search/common-words.ts).
  const implied = withoutCommonWords(variants, data.common, groupsOf(data));
  variants.push(...implied);
  return {
    query,
    words,
    corrections,
    variants,
    ...(authorOnly ? { authorOnly } : {}),
    ...(implied.length > 0
      ? { implied: new Set(implied.map((variant) => variant.join(' '))) }
      : {}),
    ...(needsSound ? { needsSound } : {}),
    respellings: respellingsOf(folded, data, split),
    intent: words.length === 0 || isContentQuestion(query) ? undefined : questionIntent(query),
    question: isQuestion(query),
    kindWeights: words.length === 0 ? {} : kindWeightsOf(query, variants, data),
    recordWeight: isContentQuestion(query) ? QUESTION_WEIGHTS.record : 1,
  };
}

/**
 * What a source page weighs in the results of a query that is not a question and names no author
 * or outlet of one: a source page restates one article paragraph by paragraph, and the site's own
 * account of the same words (a topic, a term, an event) comes first, as it does for a question
 * (QUESTION_WEIGHTS.source). Less of a discount than a question's: the words may be the article's.
 */
export const UNNAMED_SOURCE_WEIGHT = 0.7;

/**
 * True when the query names an author or outlet of a source ("Alimov", "UN Chronicle", "CGTN"),
 * or its last word is the start of one being typed ("alim").
 */
export function namesAuthor(variants: readonly string[][], data: SearchData): boolean {
  const authors = data.entries.flatMap((entry) => entry.authors.map(nameWords));
  const last = variants[0]?.at(-1) ?? '';
  return authors.some(
    (name) =>
      variants.some((variant) => findPhrase(variant, name) !== -1) ||
      (name.length === 1 && [...last].length >= MIN_AUTHOR_START && name[0]!.startsWith(last)),
  );
}

/** Shortest start of an author's name that counts as the name being typed ("ali" for Alimov). */
const MIN_AUTHOR_START = 3;

/**
 * The weights of kinds of results: those its nouns name (KIND_NOUNS); a question's
 * (questionWeights), its definition intent ("what is …") only when the rest of it is a name; and
 * for a query that is not a question, glossary records SEVERAL_NAMES_GLOSSARY_WEIGHT when it names
 * two or more entries (namedThings), sources UNNAMED_SOURCE_WEIGHT when it names no author or
 * outlet, glossary records AUTHOR_SUBJECT_GLOSSARY_WEIGHT when it names one beside other words.
 */
function kindWeightsOf(
  query: string,
  variants: readonly string[][],
  data: SearchData,
): Record<string, number> {
  const weights = { ...nounWeights(variants[0] ?? []), ...questionWeights(query) };
  // "What is X" asks for a definition only when X is a name ("what is RATS"); "what was signed at the
  // Tianjin summit" and "what are the external principles of the Shanghai Spirit" ask for more.
  if (
    weights[GLOSSARY_KIND] === QUESTION_WEIGHTS.intent &&
    !variants.some((variant) =>
      data.entries.some((entry) => entry.names.some((name) => namesBy(nameWords(name), variant))),
    )
  )
    delete weights[GLOSSARY_KIND];
  // "Non-use of force UN Charter": each record defines one of the things named; the account of both
  // comes first. A question is weighed by its form ("what is mutual trust in the Shanghai Spirit"
  // asks for a definition).
  if (!isQuestion(query) && namedThings(variants[0] ?? [], data) >= 2)
    weights[GLOSSARY_KIND] = (weights[GLOSSARY_KIND] ?? 1) * SEVERAL_NAMES_GLOSSARY_WEIGHT;
  if (isQuestion(query) || SOURCE_KIND in weights || questionIntent(query) === SOURCE_KIND)
    return weights;
  if (!namesAuthor(variants, data)) return { ...weights, [SOURCE_KIND]: UNNAMED_SOURCE_WEIGHT };
  // "Azam on drug trafficking": an author beside words of a subject asks what the author says of it,
  // which the site's accounts attribute; a glossary record defines the subject.
  const words = variants[0] ?? [];
  const authors = new Set(data.entries.flatMap((entry) => entry.authors.flatMap(nameWords)));
  const subject = words.filter((word) => !authors.has(word) && !SOURCE_WORDS.has(word));
  return words.some((word) => authors.has(word)) && subject.length > 0
    ? { ...weights, [GLOSSARY_KIND]: AUTHOR_SUBJECT_GLOSSARY_WEIGHT }
    : weights;
}

/**
 * What a glossary record weighs in the results of a query (not a question) that names two or more
 * entries ("non-use of force UN Charter", "inviolability of borders not in the UN Charter"): a
 * record defines one of them; the site's account that relates them (a topic's section) comes
 * first, as in a question about what something does (QUESTION_WEIGHTS.glossary).
 */
export const SEVERAL_NAMES_GLOSSARY_WEIGHT = 0.5;

/**
 * How many entries a query's words name, by names that stand apart in it: each entry's names and
 * authors found as consecutive words, a name inside a longer one found ("SCO" in "SCO Charter")
 * left out, and of names that overlap the first; two names of one entry name one. "Non-use of force
 * UN Charter" names two; "SCO Charter" and "RATS Regional Anti-Terrorist Structure", one.
 */
export function namedThings(words: readonly string[], data: SearchData): number {
  const spans: { from: number; to: number; id: string }[] = [];
  for (const entry of data.entries)
    for (const name of [...entry.names, ...entry.authors]) {
      const phrase = nameWords(name);
      const at = findPhrase(words, phrase);
      if (at !== -1) spans.push({ from: at, to: at + phrase.length, id: entry.id });
    }
  spans.sort((a, b) => a.from - b.from || b.to - a.to);
  // Two names of one entry ("RATS Regional Anti-Terrorist Structure") name one thing.
  const named = new Set<string>();
  let end = -1;
  for (const span of spans)
    if (span.from >= end) {
      named.add(span.id);
      end = span.to;
    }
  return named.size;
}

/**
 * What a glossary record weighs in the results of a query that names an author beside words of a
 * subject ("Azam drugs"): the site's account of what the author says comes before a definition.
 */
export const AUTHOR_SUBJECT_GLOSSARY_WEIGHT = 0.7;

/**
 * A verb form the index does not hold, searched by its stem when the index holds that ("working"
 * by "work", which Pagefind matches as the start of "works"), so that its synonyms expand as well;
 * else a word no correction reaches, by the start it shares with its family (partialStem:
 * "accessible" by "accessib"). The reader's word is shown as typed, since it is the same word. (A
 * plural stays: it is searched beside its singular, and left out on retry if that finds nothing.)
 */
function formSearched(word: QueryWord, data: SearchData): QueryWord {
  if (isKnownWord(word.folded, data)) return word;
  // A plural searched by its singular, or a word for what an author wrote (the query layer's own,
  // SOURCE_WORDS), is never cut.
  const cut =
    !SOURCE_WORDS.has(word.folded) &&
    singularOf(word.folded, data) === undefined &&
    !hasKnownSpelling(word.folded, data);
  const form = stemOf(word.folded, data) ?? (cut ? partialStem(word.folded, data) : undefined);
  return form ? { typed: word.typed, folded: form } : word;
}

/** The plan with only the given words of it kept: their variants, respellings and corrections. */
export function keptPlan(plan: QueryPlan, words: QueryWord[], data: SearchData): QueryPlan {
  const folded = words.map((word) => word.folded);
  return {
    query: plan.query,
    words,
    corrections: plan.corrections.filter((correction) =>
      words.some((word) => word.typed === correction.to),
    ),
    variants: searchableVariants(
      expandSynonyms(folded, [
        ...wordGroups(folded, data),
        ...groupsOf(data),
        ...inflectionGroups(folded, data),
      ]),
      data,
    ),
    respellings: respellingsOf(folded, data),
    intent: plan.intent,
    question: plan.question ?? false,
    kindWeights: plan.kindWeights ?? {},
    recordWeight: plan.recordWeight ?? 1,
  };
}

/**
 * What a record of a list page (a glossary term, a timeline event) weighs in the results of a query
 * whose words it only mentions, its name holding none of them: a record is a line about another
 * thing ("memorandum of understanding" is mentioned in the ASEAN term), and the account of the
 * words, a topic's section, comes first. A record the query names ranks first anyway (NAME_RANK).
 */
export const MENTION_RECORD_WEIGHT = 0.7;

/**
 * The records (SearchData.records) whose names hold none of the words the plan searches, nor a
 * word one of them begins ("tashk" holds in "Tashkent"). None for a query with a number: a
 * dated record is named by its date, which its name need not hold ("1996").
 */
export function mentioningRecords(plan: QueryPlan, data: SearchData): Set<string> {
  const words = [...new Set(plan.variants.flat())];
  if (words.length === 0 || words.some((word) => /\d/.test(word))) return new Set();
  const names = new Map(
    data.entries.map((entry) => [entry.id, entry.names.flatMap((name) => indexedWords(name))]),
  );
  return new Set(
    [...(data.records ?? [])].filter(
      (id) => !(names.get(id) ?? []).some((name) => words.some((word) => name.startsWith(word))),
    ),
  );
}

/**
 * Words for what an author wrote, or for who the author is: with an author's name and nothing else
 * ("Alimov article", "Azam column", "Alimov's piece", "Secretary-General Alimov", "journalist
 * Azam") they name the author's source as the name alone does.
 */
export const SOURCE_WORDS: ReadonlySet<string> = new Set(
  `article articles column columns opinion oped piece pieces essay essays commentary report reports author writer writing writings paper
  secretarygeneral secretary general president minister ambassador diplomat official journalist columnist commentator analyst expert scholar professor`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/** The words without SOURCE_WORDS, when they are exactly an author's name and some were dropped. */
function authorWithoutSourceWords(
  words: readonly string[],
  data: SearchData,
): string[] | undefined {
  const rest = words.filter((word) => !SOURCE_WORDS.has(word));
  if (rest.length === 0 || rest.length === words.length) return undefined;
  return data.entries.some((entry) =>
    entry.authors.some((name) => sameWords(nameWords(name), rest)),
  )
    ? rest
    : undefined;
}

/**
 * How an entry is named by a query, best first: by one of its own names (a term, topic or event),
 * by a source's title, or by a source's author.
 */
export const NAME_RANK = { name: 0, sourceTitle: 1, author: 2, inQuestion: 3 } as const;

/**
 * True when a query's words are a name's, its last word (the head of an English noun phrase) also in
 * the singular or plural: "member state" names "Member states", "three force" the "three forces"; a
 * verb's -s elsewhere in a name ("Belarus joins the SCO") is no plural.
 */
function namesBy(name: readonly string[], words: readonly string[]): boolean {
  if (sameWords(name, words)) return true;
  const last = name.at(-1);
  if (last === undefined || name.length !== words.length) return false;
  const head = name.slice(0, -1);
  return words.some(
    (word, at) =>
      (isPluralOf(word, last) || isPluralOf(last, word)) &&
      sameWords(head, [...words.slice(0, at), ...words.slice(at + 1)]),
  );
}

/** True when two names have the same words in any order, or the same letters once joined ("Anti Terrorist"). */
function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  // "Anti Terrorist" and "Anti-Terrorist" name the same thing.
  if (a.join('') === b.join('')) return true;
  if (a.length !== b.length) return false;
  const rest = [...b];
  for (const word of a) {
    const at = rest.indexOf(word);
    if (at === -1) return false;
    rest.splice(at, 1);
  }
  return true;
}

/**
 * The entries the plan names, best first: those with a name of exactly the query's words (in any
 * order, in any of its variants), then those whose author is so named (a person's surname is one
 * of the author names a source page gives).
 * @returns Pagefind result ids with their rank (NAME_RANK)
 */
export function namedEntries(plan: QueryPlan, data: SearchData): Map<string, number> {
  // A variant without the site's subject ("member states" for "SCO member states") names an entry
  // only when the query's full words name none: "SCO Charter" is the SCO's, not the UN's, charter.
  const implied = plan.implied ?? new Set<string>();
  const full = namedBy(
    plan.variants.filter((variant) => !implied.has(variant.join(' '))),
    plan,
    data,
  );
  if (full.size > 0 || implied.size === 0) return full;
  return namedBy(
    plan.variants.filter((variant) => implied.has(variant.join(' '))),
    plan,
    data,
  );
}

function namedBy(
  variants: readonly string[][],
  plan: QueryPlan,
  data: SearchData,
): Map<string, number> {
  const named = new Map<string, number>();
  const own = variants.filter((variant) => variant.join(' ') !== plan.authorOnly);
  const matches = (name: string): boolean =>
    own.some((variant) => namesBy(nameWords(name), variant));
  // "Alimov article", "Azam's column": an author named with words for what they wrote.
  const byAuthor = variants
    .map((variant) => variant.filter((word) => !SOURCE_WORDS.has(word)))
    .filter((variant, index) => variant.length > 0 && variant.length < variants[index]!.length);
  if (plan.authorOnly) byAuthor.push(plan.authorOnly.split(' '));
  // "is the Alimov article complete", "Alimov article paragraph 5": a word for what an author wrote
  // beside the author's name asks for the author's source, whatever else the query says; not a
  // question about what the source says ("what does the CGTN column argue": the site's account).
  const withSourceWord = isContentQuestion(plan.query)
    ? []
    : variants.filter((variant) => variant.some((word) => SOURCE_WORDS.has(word)));
  const authorMatches = (name: string): boolean =>
    matches(name) ||
    byAuthor.some((variant) => sameWords(nameWords(name), variant)) ||
    withSourceWord.some((variant) => findPhrase(variant, nameWords(name)) !== -1);
  // A question that asks for a source ("who wrote the UN Chronicle article") names it by a part
  // of the question: its title, author or outlet among other words.
  const asksForSource = plan.intent === SOURCE_KIND;
  const inQuestion = (name: string): boolean =>
    variants.some((variant) => findPhrase(variant, nameWords(name)) !== -1);
  for (const entry of data.entries) {
    // Only sources have authors: their titles name them, but a term or topic of the same name is
    // what the site says about the thing itself.
    const isSource = entry.authors.length > 0;
    if (entry.names.some(matches))
      named.set(entry.id, isSource ? NAME_RANK.sourceTitle : NAME_RANK.name);
    else if (entry.authors.some(authorMatches)) named.set(entry.id, NAME_RANK.author);
    else if (asksForSource && isSource && [...entry.names, ...entry.authors].some(inQuestion))
      named.set(entry.id, NAME_RANK.inQuestion);
  }
  return named;
}

/** What the plan searched, for "Showing results for …": the kept words as shown to the reader. */
export function searchedText(plan: QueryPlan): string {
  return plan.words.map((word) => word.typed).join(' ');
}
