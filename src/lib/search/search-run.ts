/**
 * Runs a planned query (src/lib/search/search-query.ts) against Pagefind: each variant is one Pagefind
 * search, results are merged by score, entries the query names go first, and a query that finds
 * nothing is retried with fewer words (search-widen.ts). The browser and the Node tools pass
 * their own Pagefind instance, so that both rank alike. No fragment is loaded here: results carry
 * Pagefind's `data()` for the caller to load only what it shows.
 */
import { UNNAMED_SOURCE_WEIGHT } from './kind-weights.ts';
import { SOURCE_KIND } from './question-forms.ts';
import { type Correction, loadEditDistance, wantsEditDistance } from './corrections.ts';
import {
  IN_QUESTION_WEIGHT,
  MENTION_RECORD_WEIGHT,
  mentioningRecords,
  namedEntries,
  namedAmongWords,
  NAME_RANK,
  authorsSources,
} from './named-entries.ts';
import {
  byWords,
  type LatinMatcher,
  onlyFunctionWords,
  type PlanOptions,
  planQuery,
  type QueryPlan,
  RELAXED_WEIGHT,
  searchedText,
  type SoundMatcher,
} from './search-query.ts';
import { isDateOnly } from './compounds.ts';
import { dropStopwords, nameWords } from './stopwords.ts';
import { isKnownAsTyped } from './vocabulary.ts';
import { entryNameWords } from './query-variants.ts';
import type { EditionRules } from './edition-rules.ts';
import {
  carriedWords,
  englishShardOf,
  firstLetterShards,
  latinShardOf,
  missedShards,
  ShardedSearchData,
  shardsOfWords,
} from './search-shards.ts';
import { foldWords, indexedWords, type SearchData, splitQuery } from './search-words.ts';
import { loadOnce } from './load-once.ts';
import { ADDRESS_QUERY } from './config.ts';
import { type LandingHints } from './landing.ts';
import { loadSoundMatcher } from './sound.ts';

/**
 * English's wider plans (search-widen.ts), loaded for the first query that finds nothing or too
 * little; undefined if they cannot be loaded, and the run then keeps what it found.
 */
const loadWiden = loadOnce(() => import('./search-widen.ts'));

function widening(): Promise<typeof import('./search-widen.ts') | undefined> {
  return loadWiden().catch(() => undefined);
}

/** A pasted web address's words (query-address.ts), loaded for the first query that is one. */
const loadAddressWords = loadOnce(() => import('./query-address.ts'));

/** The Latin-name matcher (latin-names.ts), loaded on first need, as the sound encoder is. */
const loadLatinMatcher: () => Promise<LatinMatcher> = loadOnce(() =>
  import('./latin-names.ts').then(({ fromLatinNames }) => fromLatinNames),
);

/** One Pagefind result before its data is loaded. */
export interface PagefindHit<D> {
  id: string;
  score: number;
  data(): Promise<D>;
}

/** The part of Pagefind's API the query layer uses. */
export interface PagefindSearch<D> {
  search(
    // null: every record the filters keep, unranked (Pagefind's filter without a query).
    term: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: PagefindHit<D>[] } | null>;
}

/** A result, ranked. */
export interface RankedHit<D> extends PagefindHit<D> {
  /** Set when the query names this entry (see NAME_RANK). */
  named: number | undefined;
  /**
   * The query, not a question, is one of its names (NAME_RANK.name) and nothing else: its title
   * leads to its top (landingOf).
   */
  nameOnly?: boolean;
  /** What the search data tells of where its title leads (landingHints), as landingOf reads it. */
  landing?: LandingHints;
  /**
   * Its place among all the query's results, 0 first: under a kind's filter, the window of results
   * All shows it in (summariesAfterPages).
   */
  rank?: number;
}

/** The single words of the synonym groups that hold a word searched, but those words themselves. */
export function synonymsOf(words: readonly string[], data: SearchData): { synonyms?: string[] } {
  const found = data.synonyms
    .filter((group) => group.some((phrase) => phrase.length === 1 && words.includes(phrase[0]!)))
    .flatMap((group) => group.filter((phrase) => phrase.length === 1).map((phrase) => phrase[0]!))
    .filter((word) => !words.includes(word));
  return found.length > 0 ? { synonyms: found } : {};
}

/**
 * What the search data tells landingOf for every result of a plan: the headings pages share, each
 * word's synonyms (and all of them together, but the words themselves), and whether the query is
 * about the sources.
 */
function landingHints(words: readonly string[], data: SearchData): LandingHints {
  const alternatives = Object.fromEntries(
    words
      .map((word) => [word, synonymsOf([word], data).synonyms ?? []] as const)
      .filter(([, others]) => others.length > 0),
  );
  const synonyms = [...new Set(Object.values(alternatives).flat())].filter(
    (word) => !words.includes(word),
  );
  return {
    ...(data.shared ? { shared: data.shared } : {}),
    ...(synonyms.length > 0 ? { synonyms } : {}),
    ...(Object.keys(alternatives).length > 0 ? { alternatives } : {}),
    ...(namesSources(words, data) ? { sources: true } : {}),
    ...(data.common && data.common.size > 0 ? { common: data.common } : {}),
  };
}

/**
 * True when the query is about the sources: it says "source" or "sources", or names the authors or
 * outlets of two sources or more ("alimov and azam on RATS", "UN Chronicle vs CGTN"). A comparison
 * such a query asks for is the sources' (the template's "Where the sources agree and differ");
 * another compares the things themselves.
 */
function namesSources(words: readonly string[], data: SearchData): boolean {
  return (
    words.some((word) => SOURCES_WORDS.has(word)) || authorsSources([[...words]], data).size >= 2
  );
}

/** Words by which a query asks about the sources themselves. */
const SOURCES_WORDS: ReadonlySet<string> = new Set(['source', 'sources']);

/** A finished search. */
export interface SearchRun<D> {
  /** What the reader typed. */
  query: string;
  /** What was searched, as shown to the reader ("India join SCO"); empty for an empty query. */
  searched: string;
  /** Typos corrected. */
  corrections: Correction[];
  /** True when words were dropped to find anything. */
  widened: boolean;
  /**
   * True when every correction is another name the synonyms give the name searched
   * (content/synonyms.yaml: "Tsingtao" for Qingdao, "Nur-Sultan" for Astana): the words as typed
   * find the same, so no "Search instead" is offered.
   */
  otherNames?: boolean;
  /**
   * The words left out that no page holds ("CCTV" of "CCTV News"), as typed, when every word left
   * out is one: the reader is told the site lacks them, not only that no result has every word.
   */
  missing?: string[];
  /** Every result, best first. */
  results: RankedHit<D>[];
  /** Results per kind, when asked for (kinds option). */
  kindCounts?: Record<string, number>;
  /** True when the query was only function words (onlyFunctionWords): nothing was searched. */
  onlyCommon?: boolean;
}

/** Options of runSearchQuery. */
export interface RunOptions {
  /** Only the results of this kind (Pagefind's `kind` filter), in the order of all results. */
  kind?: string | undefined;
  /** False: search the words as typed, without correcting them. */
  correct?: boolean;
  /** Count results per kind for these kinds (the /search/ page's filters). */
  kinds?: readonly string[];
  /** Stops the run when a newer query has replaced it; the run then resolves to undefined. */
  signal?: AbortSignal;
  /** A translated edition's rules (src/lib/search/edition-rules.ts); English when absent. */
  edition?: EditionRules | undefined;
}

/**
 * Weight of a result found only through a synonym or other name, against one found by the words
 * the reader typed: a little less, so that the reader's own words win a tie.
 */
export const SYNONYM_WEIGHT = 0.9;

/**
 * Weight of a result's score without the site's subject ("member states" for "SCO member states",
 * common-words.ts) against scores with it, for a result found only without it and for one that
 * scores better without it. The subject is every page's, said or not:
 * a page that does not say it (the member table never says "SCO") lacks little, so it ranks among
 * those that do by its score, a little lower, not below them all.
 */
export const IMPLIED_WEIGHT = 0.8;

/** Fewer results than this for a query of three words or more: results without one word follow. */
export const FEW_RESULTS = 5;

/** The kind of a dated record, which a question asking "when" asks for (QUESTION_KINDS). */
export const DATED_KIND = 'event';

/** Quotation marks a phrase may be typed in: straight, and those a phone or an edition puts for them (「」 in Chinese too). */
const QUOTES = '"“”„«»「」『』';

/**
 * The words of a query in quotation marks, straight or typographic (a phone turns "…" into “…”):
 * Pagefind's exact-phrase search. Undefined for any other query.
 */
export function phraseOf(query: string): string | undefined {
  const match = new RegExp(
    `^\\s*[${QUOTES}]([^${QUOTES}]*[^\\s${QUOTES}][^${QUOTES}]*)[${QUOTES}]\\s*$`,
    'u',
  ).exec(query);
  return match?.[1]?.trim();
}

/** True when the query is a phrase in quotation marks (phraseOf). */
export function isPhraseQuery(query: string): boolean {
  return phraseOf(query) !== undefined;
}

/** A result found by one or more variants: the best score, and whether the reader's own words found it. */
export interface Merged<D> {
  hit: PagefindHit<D>;
  score: number;
  own: boolean | undefined;
  /** True when found only without one of the query's words (see addBelow in search-widen.ts). */
  relaxed?: boolean;
}

async function searchVariants<D>(
  pagefind: PagefindSearch<D>,
  plan: QueryPlan,
  kind: string | undefined,
  signal: AbortSignal | undefined,
): Promise<Map<string, Merged<D>> | undefined> {
  const merged = new Map<string, Merged<D>>();
  const impliedFound = new Map<string, Merged<D>>();
  const options = kind ? { filters: { kind } } : {};
  const searches = plan.variants.map((variant) => pagefind.search(variant.join(' '), options));
  const answers = await Promise.all(searches);
  if (signal?.aborted) return undefined;
  answers.forEach((answer, index) => {
    // Scores grow with the number of words matched, so each variant's are taken per word.
    const variant = plan.variants[index]!;
    const own = index === 0 || plan.respellings?.has(variant.join(' '));
    const weight = (own ? 1 : SYNONYM_WEIGHT) / Math.max(1, variant.length);
    // A variant without the site's subject ("member states" for "SCO member states") is kept apart:
    // its results that the other variants miss count for less (IMPLIED_WEIGHT, after the loop).
    const implied = plan.implied?.has(variant.join(' ')) === true;
    for (const hit of answer?.results ?? []) {
      const score = hit.score * weight;
      if (implied) {
        if ((impliedFound.get(hit.id)?.score ?? -1) < score)
          impliedFound.set(hit.id, { hit, score, own });
        continue;
      }
      const seen = merged.get(hit.id);
      // The result's data (its sections, its excerpt) comes from the reader's own words where they
      // found it: a synonym's search ranks the sections by the synonym ("SCO RATS" for "RATS").
      if (!seen) merged.set(hit.id, { hit, score, own });
      else if (own && !seen.own)
        merged.set(hit.id, { hit, score: Math.max(seen.score, score), own });
      else if (seen.score < score)
        merged.set(hit.id, { hit: own === seen.own ? hit : seen.hit, score, own: seen.own });
    }
  });
  // Results that only imply the subject count for IMPLIED_WEIGHT of their score among those that
  // name it; when none names it, they are the results.
  if (merged.size === 0) return impliedFound;
  for (const [id, without] of impliedFound) {
    const entry = merged.get(id);
    // The entry the subject names by itself (the SCO's term for "Uzbekistan SCO") ranks by the
    // query's other words: its name, which every result holds in its text, says nothing of them.
    if (entry && plan.subject?.has(id)) entry.score = without.score;
    // A result that seldom says the subject (the member table for "Tajikistan SCO") is not ranked
    // below the others for that: it keeps the better of its score and IMPLIED_WEIGHT of its score
    // without the subject.
    else if (entry) entry.score = Math.max(entry.score, without.score * IMPLIED_WEIGHT);
    else merged.set(id, { ...without, score: without.score * IMPLIED_WEIGHT });
  }
  return merged;
}

/**
 * What each plan finds (nothing for a plan with no searchable variant); undefined if `signal`
 * aborted meanwhile. English's wider plans (search-widen.ts) search with it.
 */
export type SearchPlans<D> = (
  plans: readonly QueryPlan[],
) => Promise<Map<string, Merged<D>>[] | undefined>;

function searchPlans<D>(
  pagefind: PagefindSearch<D>,
  signal: AbortSignal | undefined,
): SearchPlans<D> {
  return async (plans) => {
    const found = await Promise.all(
      plans.map((plan) =>
        plan.variants.length > 0 ? searchVariants(pagefind, plan, undefined, signal) : new Map(),
      ),
    );
    return signal?.aborted || found.some((each) => each === undefined)
      ? undefined
      : (found as Map<string, Merged<D>>[]);
  };
}

/**
 * Plans, runs and ranks a query; resolves to undefined if `signal` aborted it meanwhile. A `kind`
 * keeps the results of that kind, in their order, and `kinds` counts each kind's results: a filter
 * shows what All shows of its kind, searched as All was ("multipolar world" had been widened to
 * "world" under one filter, and the kinds' counts had added up to more than All's).
 */
export async function runSearchQuery<D>(
  pagefind: PagefindSearch<D>,
  source: SearchData | ShardedSearchData,
  query: string,
  options: RunOptions = {},
): Promise<SearchRun<D> | undefined> {
  const { kinds, kind, ...single } = options;
  // A pasted address is searched, and named in the count, as the words it names ("rats" for
  // "/glossary/#rats"): Pagefind took it for one word and found nothing.
  if (ADDRESS_QUERY.test(query)) query = (await loadAddressWords()).addressWords(query) ?? query;
  const run = await runOne(pagefind, source, query, single);
  if (!run) return run;
  const wanted = [...new Set([...(kinds ?? []), ...(kind ? [kind] : [])])];
  if (wanted.length === 0) return run;
  const members = new Map(
    await Promise.all(
      wanted.map(async (each) => [each, await kindMembers(pagefind, each, run)] as const),
    ),
  );
  if (options.signal?.aborted) return undefined;
  const ofKind = (each: string): RankedHit<D>[] =>
    run.results
      .map((hit, rank) => ({ ...hit, rank }))
      .filter((hit) => members.get(each)?.has(hit.id));
  if (kinds) run.kindCounts = Object.fromEntries(kinds.map((each) => [each, ofKind(each).length]));
  return kind ? { ...run, results: ofKind(kind) } : run;
}

/** The ids of every record of a kind (Pagefind's filter without a query); none when `run` found none. */
async function kindMembers<D>(
  pagefind: PagefindSearch<D>,
  kind: string,
  run: SearchRun<D>,
): Promise<Set<string>> {
  if (run.results.length === 0) return new Set();
  const found = await pagefind.search(null, { filters: { kind } });
  return new Set(found?.results.map((hit) => hit.id));
}

/** The run of a query of function words only: nothing searched (SearchRun.onlyCommon). */
function onlyCommonRun<D>(query: string): SearchRun<D> {
  return { query, searched: '', corrections: [], widened: false, results: [], onlyCommon: true };
}

async function runOne<D>(
  pagefind: PagefindSearch<D>,
  source: SearchData | ShardedSearchData,
  query: string,
  options: RunOptions,
): Promise<SearchRun<D> | undefined> {
  const { signal } = options;
  const phrase = phraseOf(query);
  // "the of and", "что", "的": words every page has name nothing to look for, and each result's
  // page would open with every "the" marked.
  if (phrase === undefined && onlyFunctionWords(query, options.edition?.language.stopwords))
    return onlyCommonRun(query);
  // A translated edition searches a phrase in quotation marks as its words: Pagefind's phrase
  // wants the words as inflected (Russian: «шанхайского духа» misses «шанхайский дух») and Chinese
  // writes no spaces for the quotation marks to group words by; quoted, the reader means a name.
  // A single word in quotation marks is the word: a phrase of one word ranks by Pagefind's phrase
  // search alone, which put a UN document first for a reader's "astana" (the Astana summits third).
  if (phrase !== undefined && (options.edition || !/\s/.test(phrase))) {
    const run = await runOne(pagefind, source, phrase, options);
    return run && { ...run, query };
  }
  if (phrase !== undefined) {
    const data =
      source instanceof ShardedSearchData
        ? await source.dataFor(shardsOfWords(foldWords(phrase)))
        : source;
    if (signal?.aborted) return undefined;
    // Searched as Pagefind's phrase, in straight quotes; its words name entries as a query's do.
    return rankPlan(
      pagefind,
      data,
      {
        query,
        words: [{ typed: phrase, folded: phrase }],
        corrections: [],
        variants: [[`"${phrase}"`]],
        phrase: dropStopwords(splitQuery(phrase)).map((word) => word.folded),
      },
      options,
    );
  }
  const planned = await planWithShards(
    query,
    source,
    options.correct !== false,
    signal,
    options.edition,
  );
  if (!planned) return undefined;
  // A language written without spaces has its question phrases and particles taken out as the
  // query is read ("的", "什么"): when they were all its words, it named nothing either. A query of
  // no words at all ("!!!", "🐀") is not that: nothing matches it.
  if (options.edition && planned.plan.words.length === 0 && /\p{L}/u.test(query))
    return onlyCommonRun(query);
  const run = await rankPlan(pagefind, planned.data, planned.plan, options);
  if (!run || options.edition || options.correct === false) return run;
  // Nothing found, or only without a word: English tries again with a long word allowed one more
  // edit ("Beralus" → Belarus), and takes that if it finds anything with every word. Still nothing,
  // not even without a word: a third try corrects an English word the site never uses, which a
  // reader who typed it is taken to mean, as any typo, within a first try's edits and first letter
  // ("minks": Minsk; "new deli": Delhi; "leads" is not "heads"). The first try loaded the edit
  // distance for such a word (one of ONE_TYPO_FROM letters the index does not hold), which the
  // third's data, without the English words, cannot ask for (wantsEditDistance).
  let best = run;
  let corrected = planned.plan.corrections.length;
  for (const retry of [{ loose: true }, { realWords: true }]) {
    if (best.results.length > 0 && (!best.widened || retry.realWords)) return best;
    const again = await planWithShards(query, source, true, signal, undefined, retry);
    if (!again) return undefined;
    if (again.plan.corrections.length <= corrected) continue;
    corrected = again.plan.corrections.length;
    const found = await rankPlan(pagefind, again.data, again.plan, options);
    if (!found) return undefined;
    if (found.results.length > 0 && (!found.widened || best.results.length === 0)) best = found;
  }
  return best;
}

/**
 * Plans a query with the search data it needs. Sharded data (src/lib/search/search-shards.ts) is
 * loaded for the query's words, and again for any word the plan looked up in a shard not loaded
 * (a synonym's, another name's), until the plan has every shard it looked in. A word edit distance
 * cannot correct may be a name misspelt by sound ("Rasheed"): the matcher by sound is loaded then,
 * with the words that share a sound code with the query's (their shards: soundShardOf), and the
 * query planned again; if they cannot be loaded (the network failed), the words are searched as
 * they are. Resolves to undefined if `signal` aborted meanwhile.
 * A translated edition's query is planned by its language's rules (edition-query.ts).
 */
export async function planWithShards(
  query: string,
  source: SearchData | ShardedSearchData,
  correct: boolean,
  signal?: AbortSignal,
  edition?: EditionRules,
  // A second try's rules (PlanOptions): a long word one more edit; a third's: a real word corrected.
  retry: Pick<PlanOptions, 'loose' | 'realWords'> = {},
): Promise<{ plan: QueryPlan; data: SearchData } | undefined> {
  const sharded = source instanceof ShardedSearchData ? source : undefined;
  // The query's own shards, and then those its plan looks in: never the shards of earlier queries,
  // so that a query finds the same alone and after others. An English query's function words are
  // dropped before any look-up, so their shards ("when", "did", "the") are not loaded for it; a
  // look-up that needs one (a query of function words only) loads it below, as any missed shard.
  const kept = edition ? undefined : dropStopwords(splitQuery(query));
  const words = kept ? kept.map((word) => word.folded) : foldWords(query);
  const inPlan = shardsOfWords(words);
  let data = sharded ? await sharded.dataFor(inPlan) : (source as SearchData);
  // A word the index does not hold may be part of another edition's name in Latin letters
  // ("shanghai jingshen"): the Latin names filed under the query's words are loaded for it, and the
  // English words the site never uses filed under its own letter (a real word is not corrected),
  // and under those of its parts, by which a hyphenated word is also planned ("status-pact").
  let fromLatin: LatinMatcher | undefined;
  const unknown =
    kept && sharded && correct
      ? kept
          .filter((word) => !isKnownAsTyped(word, data))
          .flatMap((word) => indexedWords(word.typed))
      : [];
  // A second try corrects a typo in a long word's first letter: the words that may be its
  // correction are filed by their second letter (firstLetterShards), loaded with these.
  const forUnknown =
    unknown.length > 0
      ? [
          ...words.map(latinShardOf),
          ...unknown.map(englishShardOf),
          ...(retry.loose ? unknown.flatMap(firstLetterShards) : []),
        ].filter((shard): shard is number => shard !== undefined && sharded!.shards.has(shard))
      : [];
  if (sharded && forUnknown.length > 0) {
    // Without them (the network failed), the words are planned as they are.
    const [withLatin, matcher] = await Promise.all([
      sharded.dataFor([...inPlan, ...forUnknown]).catch(() => undefined),
      loadLatinMatcher().catch(() => undefined),
    ]);
    if (signal?.aborted) return undefined;
    if (withLatin && matcher) {
      for (const shard of forUnknown) inPlan.add(shard);
      data = withLatin;
      fromLatin = matcher;
    }
  }
  let plan: QueryPlan;
  let matchSound: SoundMatcher | undefined;
  let soundTried = false;
  for (;;) {
    if (signal?.aborted) return undefined;
    const missed = missedShards(data);
    missed.clear();
    plan = edition
      ? edition.plan(query, data, { correct })
      : planQuery(query, data, {
          correct,
          ...retry,
          ...(fromLatin ? { fromLatin } : {}),
          ...(matchSound ? { matchSound } : {}),
        });
    // A word to correct, and no edit distance yet: it is loaded and the query planned again. If it
    // cannot be loaded (the network failed), the words are searched as they are.
    if (
      wantsEditDistance(data) &&
      (await loadEditDistance().then(
        () => true,
        () => false,
      ))
    )
      continue;
    // A word edit distance cannot correct may be a name misspelt by sound ("Rasheed"): the matcher
    // is loaded with the words that share a sound code with the query's words (their shards), and
    // the query planned again, loading the shards of what it then searches. If they cannot be
    // loaded (the network failed), the words are searched as they are.
    if (plan.needsSound && !edition && !soundTried) {
      soundTried = true;
      matchSound = await loadSoundMatcher()
        .then((matcherFor) =>
          matcherFor(indexedWords(query), sharded && ((codes) => sharded.soundWords(codes))),
        )
        .catch(() => undefined);
      if (signal?.aborted) return undefined;
      if (matchSound) continue;
    }
    if (!sharded) break;
    // A word the plan searches without looking it up (one of two letters) still names entries. An
    // English entry's names are words of the index (the build checks it): their shards are not
    // loaded when a synonym or other name brings them ("RATS" also searches "Regional
    // Anti-Terrorist Structure", and loads no shard for "antiterrorist" or "structure").
    // Nor a word a synonym group carries, filed with it (encodeShards): nothing is filed under it.
    const named = edition ? new Set<string>() : entryNameWords(data);
    const carried = carriedWords(data);
    const wanted = [
      ...missed,
      ...shardsOfWords(
        plan.variants.flat().filter((word) => !named.has(word) && !carried.has(word)),
      ),
    ].filter((shard) => sharded.shards.has(shard) && !inPlan.has(shard));
    if (wanted.length === 0) break;
    for (const shard of wanted) inPlan.add(shard);
    data = await sharded.dataFor(inPlan);
  }
  return { plan, data };
}

/**
 * Adds to `merged` the entries a question names (namedAmongWords), each at IN_QUESTION_WEIGHT of
 * the best score or its own if higher; one not found is searched by its name. False if `signal`
 * aborted meanwhile.
 */
async function addNamedInQuestion<D>(
  pagefind: PagefindSearch<D>,
  plan: QueryPlan,
  data: SearchData,
  merged: Map<string, Merged<D>>,
  signal: AbortSignal | undefined,
): Promise<boolean> {
  const named = namedAmongWords(plan, data);
  if (named.size === 0) return true;
  const floor = Math.max(...[...merged.values()].map((entry) => entry.score)) * IN_QUESTION_WEIGHT;
  const missing = [...named].filter(([id]) => !merged.has(id));
  const answers = await Promise.all(missing.map(([, name]) => pagefind.search(name.join(' '))));
  if (signal?.aborted) return false;
  for (const [id] of named) {
    const entry = merged.get(id);
    if (entry) entry.score = Math.max(entry.score, floor);
  }
  missing.forEach(([id], index) => {
    const hit = answers[index]?.results.find((each) => each.id === id);
    if (hit) merged.set(id, { hit, score: floor, own: true });
  });
  return true;
}

async function rankPlan<D>(
  pagefind: PagefindSearch<D>,
  data: SearchData,
  start: QueryPlan,
  options: RunOptions,
): Promise<SearchRun<D> | undefined> {
  // A chosen kind keeps the results of the search without it (runSearchQuery).
  const { signal, edition } = options;
  const search = searchPlans(pagefind, signal);
  // A translated edition's plan is widened by its language's rules; English by its own planner.
  const widen = async (from: QueryPlan): Promise<QueryPlan | undefined> =>
    edition ? edition.widen(from, data) : (await widening())?.widenPlan(from, data);
  let plan: QueryPlan | undefined = start;
  const first = plan;
  let merged = new Map<string, Merged<D>>();
  while (plan) {
    // A plan with no searchable variant (a word the index does not hold) finds nothing as it is.
    const found =
      plan.variants.length > 0
        ? await searchVariants(pagefind, plan, undefined, signal)
        : new Map();
    if (!found) return undefined;
    merged = found;
    if (merged.size > 0) break;
    // English: the query without each of its words in turn (search-widen.ts).
    const rules = edition ? undefined : await widening();
    if (rules) {
      const best = await rules.bestWithoutOneWord(plan, data, search);
      if (best === undefined) return undefined;
      if (best) {
        ({ plan, found: merged } = best);
        break;
      }
    }
    const wider = await widen(plan);
    if (!wider) break;
    plan = wider;
  }
  const final = plan ?? first;
  // Few results for a long query: add, after them, those of the query without one of its words
  // (English: each in turn, in their own order; an edition: its least informative, each result at
  // most at the lowest score).
  if (
    merged.size > 0 &&
    merged.size < FEW_RESULTS &&
    final.words.length >= (edition?.language.relaxFrom ?? 3)
  ) {
    const rules = edition ? undefined : await widening();
    if (edition) {
      const wider = await widen(final);
      const extra =
        wider && wider.variants.length > 0
          ? await searchVariants(pagefind, wider, undefined, signal)
          : new Map();
      if (!extra) return undefined;
      const floor = Math.min(...[...merged.values()].map((entry) => entry.score));
      for (const [id, entry] of extra)
        if (!merged.has(id))
          merged.set(id, {
            hit: entry.hit,
            score: Math.min(entry.score, floor) * RELAXED_WEIGHT,
            own: entry.own,
          });
    } else if (rules && !(await rules.addWithoutEachWord(merged, final, data, search)))
      return undefined;
  }
  // The kinds a question's form asks for weigh more, others less (see questionWeights). A question
  // that asks for a date (when, what year: a dated event) and finds no event gets the events of the
  // names it holds ("what year did RATS open": the events of RATS say "begins work", not "open");
  // not a question for a definition ("what is the largest regional organisation" names no entry by
  // "regional"). English only: an edition's plan has rules of its own.
  if (merged.size > 0) {
    for (const [each, weight] of Object.entries(final.kindWeights ?? {})) {
      let found = await searchVariants(pagefind, final, each, signal);
      const names =
        found?.size === 0 && !edition && each === DATED_KIND && final.intent === each
          ? (await widening())?.namesOnlyPlan(final, data)
          : undefined;
      if (names?.variants.length) {
        found = await searchVariants(pagefind, names, each, signal);
        for (const [id, entry] of found ?? []) merged.set(id, entry);
      }
      if (!found) return undefined;
      for (const id of found.keys()) {
        const entry = merged.get(id);
        if (entry) entry.score *= weight;
      }
    }
  }
  // A question that names a term, topic or event among its other words ranks it near the top, and
  // finds it by its name when its other words missed it ("is non-confrontation one of the official
  // SCO principles": the term has neither "official" nor "principles").
  if (merged.size > 0 && !edition && final.question === true)
    if (!(await addNamedInQuestion(pagefind, final, data, merged, signal))) return undefined;
  const recordWeight = final.recordWeight ?? 1;
  if (recordWeight !== 1)
    for (const id of data.records ?? []) {
      const entry = merged.get(id);
      if (entry) entry.score *= recordWeight;
    }
  // Records the query only mentions weigh less (English: an edition's names are its own).
  if (!edition)
    for (const id of mentioningRecords(byWords(final), data)) {
      const entry = merged.get(id);
      if (entry) entry.score *= MENTION_RECORD_WEIGHT;
    }
  // A query that names an author ("Alimov nuclear") asks for what that author wrote or says; a
  // source page by anyone else weighs as in a query that names none (UNNAMED_SOURCE_WEIGHT). The
  // words as typed: "UN" names the UN Charter, not its author, the United Nations.
  if (!edition && final.question !== true) {
    const own = authorsSources(final.variants.slice(0, 1), data);
    if (own.size > 0) {
      const sources = await searchVariants(pagefind, final, SOURCE_KIND, signal);
      if (!sources) return undefined;
      for (const id of sources.keys()) {
        const entry = merged.get(id);
        if (entry && !own.has(id)) entry.score *= UNNAMED_SOURCE_WEIGHT;
      }
    }
  }
  const named = edition ? edition.named(final, data) : namedEntries(byWords(final), data);
  // Results without one of the words of a name or phrase follow every result that has them all,
  // whatever the weights of kinds did to either. A question's may rise above them by those weights:
  // the word a question's answer lacks is often the question's own ("lives", "mention"), and a
  // source page that repeats it is weaker evidence than the site's account (QUESTION_WEIGHTS).
  // Entries the query names go first.
  const tiered = !edition && final.question !== true;
  // Of entries a name names alike, a page before a record: the topic page of "RATS" or "Shanghai
  // Spirit" is the account, the glossary term of the same name a definition, whose result title
  // reads almost the same (two first readers took the term, first, for a mistake). A question
  // ("what does RATS stand for") keeps the order of the scores.
  const pageFirst = final.question !== true;
  const isRecord = (id: string): number => Number(data.records?.has(id) ?? false);
  const landing = landingHints(
    final.words.map((word) => word.folded),
    data,
  );
  const results = [...merged.values()]
    .map(({ hit, score, relaxed }) => ({
      ...hit,
      id: hit.id,
      data: hit.data,
      score,
      named: named.get(hit.id),
      ...((named.get(hit.id) === NAME_RANK.name || named.get(hit.id) === NAME_RANK.home) &&
      final.question !== true
        ? { nameOnly: true }
        : {}),
      landing,
      relaxed: relaxed === true && tiered ? 1 : 0,
    }))
    .sort(
      (a, b) =>
        (a.named ?? Infinity) - (b.named ?? Infinity) ||
        (pageFirst && a.named !== undefined ? isRecord(a.id) - isRecord(b.id) : 0) ||
        a.relaxed - b.relaxed ||
        b.score - a.score ||
        (a.id < b.id ? -1 : 1),
    )
    .map(({ relaxed: _relaxed, ...hit }): RankedHit<D> => hit);
  // One thing on two list pages (an event on the timeline, the glossary term of the same anchor):
  // the term, which defines it and cites its sources, goes where the first of them ranks; a date
  // alone ("3 July 2024") asks what happened then, which the event says.
  const defined =
    data.definedBy && !isDateOnly(final.words, edition?.language.months)
      ? definitionsFirst(results, data.definedBy)
      : results;
  let ranked = !edition && data.records ? accountAmongFirst(defined, data.records) : defined;
  const raised = !edition && data.records ? recordAmongFirst(ranked, data.records) : ranked;
  // Unless a source page is among the first places (recordAmongFirst): searched for only then.
  if (raised !== ranked) {
    const sources = await searchVariants(pagefind, final, SOURCE_KIND, signal);
    if (!sources) return undefined;
    if (!ranked.slice(0, FIRST_SEEN).some((hit) => sources.has(hit.id))) ranked = raised;
  }
  // Nothing found, even without some words: what was searched is the query itself, not the last
  // part of it that was tried (which found nothing either).
  const shown = ranked.length > 0 ? final : first;
  const kept = new Set(shown.words.map((word) => word.folded));
  const left = first.words.filter((word) => !kept.has(word.folded));
  const run: SearchRun<D> = {
    query: start.query,
    searched: searchedText(shown),
    corrections: shown.corrections,
    widened: shown.words.length < first.words.length,
    ...(shown.corrections.length > 0 &&
    shown.corrections.every((correction) => isOtherName(correction, data))
      ? { otherNames: true }
      : {}),
    results: ranked,
    // English only: an edition's words are known by its own rules (endings, segments).
    ...(!edition && left.length > 0 && left.every((word) => !isKnownAsTyped(word, data))
      ? { missing: left.map((word) => word.typed) }
      : {}),
  };
  return run;
}

/**
 * True when a correction's words and the name it gives stand in one group of synonyms: the name
 * the reader typed is another name of the one searched ("Tsingtao", Qingdao), not a typo of it.
 */
function isOtherName({ from, to }: Correction, data: SearchData): boolean {
  const [typed, searched] = [nameWords(from).join(' '), nameWords(to).join(' ')];
  return data.synonyms.some((group) => {
    const phrases = group.map((phrase) => phrase.join(' '));
    return phrases.includes(typed) && phrases.includes(searched);
  });
}

/**
 * The results with each glossary term that defines a record ranked above it (SearchData.definedBy)
 * moved to just before that record; the others keep their order.
 */
export function definitionsFirst<H extends { id: string }>(
  results: readonly H[],
  definedBy: ReadonlyMap<string, string>,
): H[] {
  const out = [...results];
  for (let at = 0; at < out.length; at += 1) {
    const term = definedBy.get(out[at]!.id);
    const from = term === undefined ? -1 : out.findIndex((hit) => hit.id === term);
    if (from > at) out.splice(at, 0, ...out.splice(from, 1));
  }
  return out;
}

/** How many results a reader takes in at a glance: the first screenful of a phone's dialog. */
export const FIRST_SEEN = 3;

/**
 * The results with the best page among the first FIRST_SEEN when those are all records of list
 * pages (glossary terms, timeline events, the home page's table): the page, the site's account that
 * explains them, takes the last of those places, and the records keep their order. Three one-line
 * records and no account had answered "astana summit" with two definitions and an event and put
 * the topic's section on the summit fourth; "drugs" with three terms and not RATS's section on
 * drugs. Measured on the tuning tables in the fortieth round: 9 rows more in the top 3 and 3 fewer
 * ("summit" wants the term the page displaces); on the held-out tables, 2 more and none fewer.
 */
export function accountAmongFirst<H extends { id: string }>(
  results: H[],
  records: ReadonlySet<string>,
): H[] {
  return amongFirst(results, (id) => !records.has(id));
}

/**
 * The results with the first that is `wanted` (by its id) among the first FIRST_SEEN when none
 * of those is, from at most `within` places below them: it takes the last of the first places, the
 * others keep their order. The results themselves when nothing moves.
 */
function amongFirst<H extends { id: string }>(
  results: H[],
  wanted: (id: string) => boolean,
  within = Infinity,
): H[] {
  const at = results.findIndex(
    (hit, index) => index >= FIRST_SEEN && index < FIRST_SEEN + within && wanted(hit.id),
  );
  if (at === -1 || results.slice(0, FIRST_SEEN).some((hit) => wanted(hit.id))) return results;
  const out = [...results];
  out.splice(FIRST_SEEN - 1, 0, ...out.splice(at, 1));
  return out;
}

/**
 * How far below the first FIRST_SEEN results a record may stand and still take the last of those
 * places (recordAmongFirst).
 */
export const NEAR_RECORD = 2;

/**
 * The results with a record among the first FIRST_SEEN when those are all pages and a record (a
 * glossary term, a timeline event, the home page's table) follows within NEAR_RECORD places: the
 * record takes the last of the first places, the pages keep their order; rankPlan keeps them as
 * they are when one of the first is a source page. The other half of accountAmongFirst: three
 * accounts had answered "tajikistan anti-drug centre" and "kazakhstan summit 2024" with pages
 * that hold every word somewhere (the home page's table and timeline) and put the centre's and the
 * summit's own terms, which lack the country, fourth and fifth. A source among the first places is
 * already other evidence than the accounts, and often the answer ("sco favors dialogue": Azam's
 * paragraph 7).
 * Measured on the tuning tables in the forty-second round: 8 rows more in the top 3 and none fewer,
 * and as typed (typingRows) 2 more; on the held-out tables, 3 more and none fewer, and as typed
 * one fewer. Without the exception for sources, 3 tuning rows fewer than with it (source pages
 * third, pushed fourth), and as typed 3 tuning rows and a held-out row fewer. From further down
 * (measured without the exception: three places, a tuning row more and three held-out rows fewer;
 * ten, none more in either), the record is one the query hardly asks for.
 */
export function recordAmongFirst<H extends { id: string }>(
  results: H[],
  records: ReadonlySet<string>,
): H[] {
  return amongFirst(results, (id) => records.has(id), NEAR_RECORD);
}
