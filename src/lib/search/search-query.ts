/**
 * The query layer between the reader and Pagefind, shared by the dialog, /search/ and the Node
 * tools: it plans a query. It drops function words from questions (stopwords.ts), corrects words
 * the index does not hold against the build's vocabulary (corrections.ts, word-forms.ts), expands
 * other names and synonyms (query-variants.ts), and weighs kinds of results by what the query asks
 * and names (kind-weights.ts, named-entries.ts). Pure: src/lib/search/search-run.ts runs the plan
 * against Pagefind.
 */
import { subjectEntries, withoutCommonWords } from './common-words.ts';
import {
  joinCompounds,
  numberRangeGroups,
  numericDateGroups,
  splitGroups,
  hyphenParts,
  splitUnknownCompounds,
} from './compounds.ts';
import {
  correctWord,
  letterDoubled,
  matchCase,
  maySoundAlike,
  nameBeside,
  ONE_TYPO_FROM,
  romanisedCorrection,
  stemCorrection,
  type Correction,
} from './corrections.ts';
import { kindWeightsOf } from './kind-weights.ts';
import { authorWithoutSourceWords, SOURCE_WORDS } from './named-entries.ts';
import {
  expandSynonyms,
  groupsOf,
  groupWordBeginning,
  inflectionGroups,
  respellingsOf,
  searchableVariants,
  wordGroups,
} from './query-variants.ts';
import {
  dropClosingPresentation,
  dropScaffolding,
  isContentQuestion,
  isQuestion,
  QUESTION_WEIGHTS,
  questionIntent,
} from './question-forms.ts';
import {
  foldWord,
  foldWords,
  isTypedAcronym,
  MIN_VOCABULARY_WORD,
  splitQuery,
  type QueryWord,
  type SearchData,
  withParagraphWords,
} from './search-words.ts';
import { dropStopwords, STOPWORDS } from './stopwords.ts';
import { isKnownWord } from './vocabulary.ts';
import {
  decadeStart,
  hasKnownSpelling,
  knownSpellings,
  partialStem,
  singularOf,
  stemOf,
} from './word-forms.ts';

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
  /**
   * With `implied`: the result ids of the entries the site's subject names by itself
   * (subjectEntries in common-words.ts), which rank by the query's other words.
   */
  subject?: ReadonlySet<string>;
  /** Variants (words joined by spaces) that only respell the reader's words: a plural, a UK/US spelling. */
  respellings?: ReadonlySet<string>;
  /** A phrase in quotation marks: its words, which name entries (the phrase itself is the variant searched). */
  phrase?: string[];
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
  /**
   * True for a third try when the query found nothing, even without a word: an English word the site
   * never uses (SearchData.english), which correctWord otherwise leaves as the reader typed it, is
   * corrected as any typo is ("minks": Minsk).
   */
  realWords?: boolean;
}

/**
 * A word the index does not hold, as the site spells it when it spells it otherwise (knownSpellings:
 * "judgments" → judgements), so that every variant of the query has it ("Azam's judgments": the
 * possessive's "azam" too) and not only the one variant that respells it. The word as typed is kept
 * (no correction is shown: the reader's spelling is right).
 */
function respelled(word: QueryWord, spelling: string | undefined, data: SearchData): QueryWord {
  return spelling === undefined || isKnownWord(word.folded, data)
    ? word
    : { typed: word.typed, folded: spelling };
}

/** True when a word is a one-word phrase of a synonym group (content/synonyms.yaml). */
function isGroupWord(word: string, data: SearchData): boolean {
  return data.synonyms.some((group) =>
    group.some((phrase) => phrase.length === 1 && phrase[0] === word),
  );
}

/** Plans a query: function words dropped, typos corrected (unless `correct` is false), synonyms expanded. */
export function planQuery(query: string, data: SearchData, options: PlanOptions = {}): QueryPlan {
  const typed = splitUnknownCompounds(
    joinCompounds(
      dropClosingPresentation(
        query,
        dropScaffolding(query, dropStopwords(splitQuery(withParagraphWords(query))), data.common),
        [
          ...data.entries.flatMap((entry) => entry.names),
          ...(data.headings ?? []).map(({ heading }) => heading),
        ],
        data.common,
      ),
      data,
    ),
    data,
  );
  const latin =
    options.correct === false || !options.fromLatin
      ? { words: typed, corrections: [] }
      : options.fromLatin(typed, data);
  const kept = latin.words;
  const corrections: Correction[] = [...latin.corrections];
  let needsSound = false;
  let completedStart = false;
  const words = kept.map((word, index) => {
    // A word typed in capitals is an acronym, typed whole: it is corrected only into an acronym the
    // site names something by ("UNDOC" → UNODC), never into a word ("NATO" is not "nations").
    const acronym = isTypedAcronym(word.typed);
    // The last word may be still being typed: as the start of a synonym or other name, it is
    // that word, and its group expands ("sco headquar" searches the seat too).
    const completed =
      index === kept.length - 1 && options.correct !== false && !acronym
        ? groupWordBeginning(word.folded, data)
        : undefined;
    if (completed) {
      completedStart = true;
      return { typed: word.typed, folded: completed };
    }
    // A word typed with hyphens between parts too short for a typo ("op-ed") is a word the reader
    // knows, not a typo of one the site uses ("open"), as each part alone would be.
    // The site's other spellings of the word, which make it no typo (respelled).
    const spellings = knownSpellings(word.folded, data);
    const asTyped =
      options.correct === false ||
      hyphenParts(word.typed).every(
        (part, _, parts) => parts.length > 1 && [...foldWord(part)].length < ONE_TYPO_FROM,
      ) ||
      spellings.length > 0 ||
      // A word of a synonym group is the reader's word for it ("anti-terrorism"), not a typo of
      // one the index holds ("anti-terrorist"): its group is searched.
      isGroupWord(word.folded, data) ||
      singularOf(word.folded, data) ||
      stemOf(word.folded, data);
    // The last word may be still being typed, and its start misspelt ("Kaling"): unless it is
    // a word of a family the index holds ("accessible", searched by its start: formSearched).
    const typing =
      !acronym && index === kept.length - 1 && partialStem(word.folded, data) === undefined;
    // A finished word the index holds only as a longer word's start may be a word with a letter
    // doubled ("mutuall trust").
    const doubled =
      !asTyped && !acronym && index < kept.length - 1 && options.correct !== false
        ? letterDoubled(word.folded, data)
        : undefined;
    let fixed = asTyped
      ? undefined
      : (doubled ??
        correctWord(
          word.folded,
          options.realWords ? { ...data, english: new Set<string>() } : data,
          options.loose ? 1 : 0,
          undefined,
          typing && kept.slice(0, index).map((each) => each.folded),
          acronym ? acronymsOf(data) : undefined,
          false,
        ));
    // A name by sound before a verb form by its stem ("Chin-p'ing" is Jinping, not "chinese"):
    // without the matcher yet, the stem's correction stands until it is loaded and the query
    // planned again.
    if (!asTyped && !acronym && fixed === undefined && maySoundAlike(word.folded, data)) {
      if (options.matchSound) fixed = options.matchSound(word.folded, data);
      else needsSound = true;
    }
    if (!asTyped && !acronym && fixed === undefined)
      fixed = stemCorrection(word.folded, data, options.loose ? 1 : 0);
    // A word the site never uses, within the query, beside a word of an entry's or author's name:
    // that name's word, one edit off, before the next word ("tree forces": three forces) or after
    // the word before ("azhar azm cgtn": Azam). The last word's is correctWord's (`partial`).
    const next = kept[index + 1];
    const previous = kept[index - 1];
    if (!asTyped && !acronym && fixed === undefined && next !== undefined)
      fixed =
        nameBeside(word.folded, next.folded, 1, data) ??
        (previous === undefined ? undefined : nameBeside(word.folded, previous.folded, -1, data));
    // A Russian word in Latin letters: its English form ("deklaratsiya": declaration,
    // "astaninskaya": Astana).
    if (!asTyped && !acronym && fixed === undefined)
      fixed = romanisedCorrection(
        word.folded,
        data,
        (form) =>
          correctWord(form, data, options.loose ? 1 : 0, undefined, false, undefined, false) ??
          options.matchSound?.(form, data),
      );
    if (fixed === undefined)
      return asTyped === true ? respelled(word, spellings[0], data) : formSearched(word, data);
    const shown = matchCase(word.typed, fixed);
    corrections.push({ from: word.typed, to: shown });
    return { typed: shown, folded: fixed };
  });
  const folded = words.map((word) => word.folded);
  // A date in numbers is searched as the words of its readings only: as one word ("04072024"),
  // Pagefind matches numbers that merely begin with it.
  const dates = numericDateGroups(words, data);
  const split = [...splitGroups(words, data), ...numberRangeGroups(folded), ...dates];
  const expanded =
    words.length === 0
      ? []
      : expandSynonyms(
          folded,
          [
            ...split,
            ...wordGroups(folded, data),
            ...groupsOf(data),
            ...inflectionGroups(folded, data),
          ],
          data,
        );
  // The start itself, as Pagefind completes it, before the group word it was completed to
  // ("territ": territorial as well as territory and its synonyms).
  const start = completedStart ? kept.at(-1)?.folded : undefined;
  const variants = searchableVariants(
    start === undefined ? expanded : [[...folded.slice(0, -1), start], ...expanded],
    data,
    new Set([
      ...unknownAcronyms(words, data, words.at(-1)),
      ...dates.map((group) => group[0]![0]!),
    ]),
  );
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
      ? {
          implied: new Set(implied.map((variant) => variant.join(' '))),
          subject: subjectEntries(data.entries, data.common),
        }
      : {}),
    ...(needsSound ? { needsSound } : {}),
    respellings: respellingsOf(folded, data, split),
    intent: words.length === 0 || isContentQuestion(query) ? undefined : questionIntent(query),
    question: isQuestion(query),
    kindWeights: words.length === 0 ? {} : kindWeightsOf(query, variants, data),
    recordWeight: isContentQuestion(query) ? QUESTION_WEIGHTS.record : 1,
  };
}

/** The plan as its words: a phrase's words, for what its words name, rather than the phrase searched. */
export function byWords(plan: QueryPlan): QueryPlan {
  return plan.phrase ? { ...plan, variants: [plan.phrase] } : plan;
}

/**
 * True when every word of a query is a function word ("the of and", "what", "что"): every page has
 * them, so they name nothing to look for. A word typed in capitals is an acronym ("US", "IT").
 * English's function words count in every edition ("the" on /ru/ names nothing either);
 * `edition`'s (folded) are added to them.
 */
export function onlyFunctionWords(query: string, edition?: ReadonlySet<string>): boolean {
  const words = splitQuery(query);
  const isFunctionWord = (word: string): boolean =>
    STOPWORDS.has(word) || edition?.has(word) === true;
  return (
    words.length > 0 &&
    words.every((word) => isFunctionWord(word.folded) && !isTypedAcronym(word.typed))
  );
}

/**
 * The query's words typed as acronyms that the site does not use: Pagefind would match them as the
 * start of other words ("MEA declaration": means, measures), so they are not searched. An acronym is
 * used when the index holds it whole or in the plural ("MOU": MoUs). The query's last word is not
 * judged, since it may be a word still being typed with Caps Lock on ("TASH"), nor a word shorter
 * than the vocabulary's.
 */
function unknownAcronyms(
  words: readonly QueryWord[],
  data: SearchData,
  last: QueryWord | undefined,
): Set<string> {
  return new Set(
    words
      .map((word) => (word !== last && isTypedAcronym(word.typed) ? word.folded : ''))
      .filter(
        (word) =>
          [...word].length >= MIN_VOCABULARY_WORD &&
          !data.words.has(word) &&
          !data.words.has(`${word}s`),
      ),
  );
}

/**
 * The acronyms a word typed in capitals may be corrected into: those an entry is named by in
 * capitals ("UNODC" in "United Nations Office on Drugs and Crime (UNODC)", the outlet "TASS").
 */
function acronymsOf(data: SearchData): Set<string> {
  return new Set(
    data.entries
      .flatMap((entry) => [...entry.names, ...entry.authors])
      .filter((name) => isTypedAcronym(name))
      .map((name) => foldWords(name).join('')),
  );
}

/**
 * A verb form the index does not hold, searched by its stem when the index holds that ("working"
 * by "work", which Pagefind matches as the start of "works"), so that its synonyms expand as well;
 * else a word no correction reaches, by the start it shares with its family (partialStem:
 * "accessible" by "accessib"). The reader's word is shown as typed, since it is the same word. (A
 * plural stays: it is searched beside its singular, and left out on retry if that finds nothing.)
 */
function formSearched(word: QueryWord, data: SearchData): QueryWord {
  if (isKnownWord(word.folded, data)) return word;
  const decade = decadeStart(word.folded);
  if (decade !== undefined) return { typed: word.typed, folded: decade };
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
      expandSynonyms(
        folded,
        [...wordGroups(folded, data), ...groupsOf(data), ...inflectionGroups(folded, data)],
        data,
      ),
      data,
      unknownAcronyms(words, data, plan.words.at(-1)),
    ),
    respellings: respellingsOf(folded, data),
    intent: plan.intent,
    question: plan.question ?? false,
    kindWeights: plan.kindWeights ?? {},
    recordWeight: plan.recordWeight ?? 1,
  };
}

/** Punctuation that closes a clause at a word's end (not "." of "U.S.", nor ")" of "2(7)"). */
const CLAUSE_END = /[,;:!?]+$/u;

/**
 * What the plan searched, for "Showing results for …": the kept words as shown to the reader, with
 * the function words typed between them where they stood when every word the reader typed was
 * kept, corrected or not ("inviolability of borders" for "inviolability of bordrs", not
 * "inviolability borders", which reads as broken English); the kept words alone when a word was
 * left out or the words no longer line up one for one.
 */
export function searchedText(plan: QueryPlan): string {
  const searched = plan.words.map((word) => word.typed);
  const typed = splitQuery(plan.query);
  const kept = dropStopwords(typed);
  // Words shown without those dropped between them lose the punctuation that closed a clause
  // ("… in the 90s, what was it called": "group five 90s", not "90s,").
  const joined = (): string =>
    searched.map((word) => word.replace(CLAUSE_END, '') || word).join(' ');
  if (kept.length === typed.length || kept.length !== plan.words.length) return joined();
  const same = kept.every(
    (word, at) =>
      word.typed === searched[at] ||
      plan.corrections.some(
        (correction) => correction.from === word.typed && correction.to === searched[at],
      ),
  );
  if (!same) return joined();
  let at = 0;
  return typed.map((word) => (kept.includes(word) ? searched[at++]! : word.typed)).join(' ');
}

/**
 * Results found without one of the query's words rank below every result that has them all, at
 * this share of the lowest one's score (search-run.ts; search-widen.ts for English).
 */
export const RELAXED_WEIGHT = 0.99;

/*
 * What the modules loaded on demand (sound-alike.ts, latin-names.ts, edition-query.ts,
 * search-widen.ts, edit-distance.ts) use of the query layer, which they import from here only. The bundler then
 * keeps the layer's modules in the one chunk the dialog loads on opening; a direct import of one
 * of them from a module loaded on demand split them into a chunk of their own, a file and 0.4 KB
 * more on opening search (eslint.config.js holds them to it).
 */
export {
  allowedTypos,
  type Candidate,
  type Correction,
  correctWord,
  isBetterCandidate,
  matchCase,
  maySoundAlike,
  MIN_SOUND_WORD,
  wordsAfterInNames,
} from './corrections.ts';
export { numericDateGroups } from './compounds.ts';
export { NAME_RANK, namedAmongWords } from './named-entries.ts';
export { isYear } from './search-words.ts';
export { groupsOf, MAX_VARIANTS } from './query-variants.ts';
export { dropStopwords, nameWords } from './stopwords.ts';
export { isKnownAsTyped, isKnownWord, wordsBeginning } from './vocabulary.ts';
export { MIN_PARTIAL_STEM, MIN_STEM, verbStems } from './word-forms.ts';
