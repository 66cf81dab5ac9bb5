/**
 * Wider plans of a query that finds nothing, or too little: without the word the site uses least
 * (widenPlan), without each of its words in turn (withoutEachWord), or with the words of names alone
 * (namesOnlyPlan). Each is the query's plan with fewer words (keptPlan, src/lib/search/search-query.ts);
 * src/lib/search/search-run.ts decides when to search them, and searches the plans without each
 * word here (bestWithoutOneWord, addWithoutEachWord), so that the dialog's opening code holds none
 * of it: it loads with the first query that finds nothing or too little.
 */
import {
  byWords,
  groupsOf,
  isKnownWord,
  keptPlan,
  namedAmongWords,
  nameWords,
  type QueryPlan,
  RELAXED_WEIGHT,
  wordsBeginning,
} from './search-query.ts';
import type { Merged, SearchPlans } from './search-run.ts';
import { isPluralOf, type QueryWord, type SearchData } from './search-words.ts';

/**
 * Fewest letters of a word that a query may be searched as alone once its other words are left out,
 * unless the word names something: Pagefind matches any word as the start of longer ones, and one
 * or two letters begin too many to mean anything ("si" of "si tszinpin", Xi Jinping as Russian
 * spells him, had found "signed" and "side by side"). Typed alone, such a start is searched: the
 * reader is typing. The vocabulary does not list words that short, so a word of them stands alone
 * when it is a number of two digits ("44" of "44 percent"; one digit begins too many numbers, the
 * days of every month among them), a word of an entry's name or of a synonym group ("un", "us",
 * the "3" of "Article 2(3)"), or the start of a single word of the index (a word and its plural
 * are one), which Pagefind completes, or of none, when Pagefind finds the word itself or nothing
 * ("xi" of "president xi": Xi Jinping, whose name the site writes; "xinhua" is the one longer
 * word it begins).
 */
export const MIN_WORD_LEFT = 3;

/** How many words of the index begin with `start`, a word and its plural counted once ("xinhua", "xinhuas"). */
function wordsBegun(start: string, data: SearchData): number {
  const begun = wordsBeginning(start, data);
  return begun.filter((word) => !begun.some((other) => isPluralOf(word, other))).length;
}

/** True when a plan's words are all starts too short to stand alone (MIN_WORD_LEFT). */
function onlyShortStarts(plan: QueryPlan, data: SearchData): boolean {
  const short = plan.words.filter(({ folded }) => [...folded].length < MIN_WORD_LEFT);
  if (short.length < plan.words.length) return false;
  const named = new Set([...nameWordsOf(data), ...groupsOf(data).flat(2)]);
  return short.every(
    ({ folded }) =>
      !/^\d{2,}$/.test(folded) &&
      !named.has(folded) &&
      !data.words.has(folded) &&
      // The vocabulary lists no number: a digit's count says nothing.
      (/\d/.test(folded) || wordsBegun(folded, data) > 1),
  );
}

/**
 * The plan for a retry when a query finds nothing, nor does it without any one of its words: without
 * a word the index does not hold, or else the one the site uses least. That word narrows the query
 * most, so it is the likeliest to be one the answer does not use ("stop" in "how does the SCO try to
 * stop drug smuggling"), while the words the site uses most are its subjects ("drug"); until the
 * fifteenth round the most frequent word went first, and that query was searched as "stop" (now
 * "SCO drug").
 * Undefined for a single word.
 */
export function widenPlan(plan: QueryPlan, data: SearchData): QueryPlan | undefined {
  if (plan.words.length < 2) return undefined;
  // A word a synonym group holds whole ("us": U.S., United States) names a subject, however seldom
  // the site writes it so, and is kept to the last.
  const groups = groupsOf(data);
  const keep = ({ folded }: QueryWord): number =>
    groups.some((group) => group.some((phrase) => phrase.length === 1 && phrase[0] === folded))
      ? Number.POSITIVE_INFINITY
      : isKnownWord(folded, data)
        ? (data.words.get(folded) ?? 0)
        : Number.NEGATIVE_INFINITY;
  let drop = 0;
  plan.words.forEach((word, index) => {
    if (keep(word) < keep(plan.words[drop]!)) drop = index;
  });
  const wider = keptPlan(
    plan,
    plan.words.filter((_, index) => index !== drop),
    data,
  );
  return onlyShortStarts(wider, data) ? undefined : wider;
}

/** Most words a query may have for each to be tried left out in turn (longer: widenPlan's one word). */
export const MAX_LEAVE_ONE_OUT = 6;

/** One word left out of a query (see withoutEachWord). */
export interface LeftOut {
  plan: QueryPlan;
  /** True when the word left out is in some entry's name ("RATS", "Charter"): it likely matters. */
  named: boolean;
}

/**
 * The plans of the query without each of its words in turn: a reader's question often holds a word
 * its answer does not use ("does the UN Charter mention non-aggression", "does the SCO form
 * military alliances"), and which one it is cannot be told from how often the site uses it, only
 * guessed from whether it names anything. A query of more than MAX_LEAVE_ONE_OUT words has only
 * widenPlan's; a single word has none.
 */
export function withoutEachWord(plan: QueryPlan, data: SearchData): LeftOut[] {
  if (plan.words.length < 2) return [];
  if (plan.words.length > MAX_LEAVE_ONE_OUT) {
    const wider = widenPlan(plan, data);
    return wider ? [{ plan: wider, named: false }] : [];
  }
  const inNames = nameWordsOf(data);
  return plan.words
    .map((left, at) => ({
      plan: keptPlan(
        plan,
        plan.words.filter((_, index) => index !== at),
        data,
      ),
      named: inNames.has(left.folded),
    }))
    .filter((each) => !onlyShortStarts(each.plan, data));
}

/** Every word of an entry's name or author. */
function nameWordsOf(data: SearchData): Set<string> {
  return new Set(
    data.entries.flatMap((entry) => [...entry.names, ...entry.authors].flatMap(nameWords)),
  );
}

/**
 * The plan of a question's names alone: the words some entry's name holds ("RATS" in "what year
 * did RATS open"), without the others ("open", a verb the answer need not use). For a question
 * that asks for a kind (a date) and finds nothing of it, the kind's results for what it names come
 * next (src/lib/search/search-run.ts). Undefined when every word, or none, is in a name.
 */
export function namesOnlyPlan(plan: QueryPlan, data: SearchData): QueryPlan | undefined {
  const inNames = nameWordsOf(data);
  const words = plan.words.filter((word) => inNames.has(word.folded));
  return words.length === 0 || words.length === plan.words.length
    ? undefined
    : keptPlan(plan, words, data);
}

function topScore(found: ReadonlyMap<string, { score: number }>): number {
  return Math.max(...[...found.values()].map((entry) => entry.score));
}

/**
 * Adds the results of relaxed searches that `merged` lacks, each at its best score among them, all
 * below every result of `merged` (RELAXED_WEIGHT of its lowest score) and in their own order;
 * each marked relaxed (ranked after every result with all the words) but those in `named`.
 */
export function addBelow<D>(
  merged: Map<string, Merged<D>>,
  relaxed: readonly ReadonlyMap<string, Merged<D>>[],
  named: ReadonlyMap<string, unknown> = new Map(),
): void {
  const extra = new Map<string, Merged<D>>();
  for (const found of relaxed)
    for (const [id, entry] of found)
      if (!merged.has(id) && (extra.get(id)?.score ?? -1) < entry.score) extra.set(id, entry);
  if (extra.size === 0 || merged.size === 0) return;
  const floor = Math.min(...[...merged.values()].map((entry) => entry.score)) * RELAXED_WEIGHT;
  const top = topScore(extra);
  for (const [id, entry] of extra)
    merged.set(id, {
      hit: entry.hit,
      score: top > 0 ? (floor * entry.score) / top : floor,
      own: entry.own,
      relaxed: !named.has(id),
    });
}

/**
 * For a query that finds nothing: the query without each of its words in turn (withoutEachWord),
 * and of those that find anything, the one whose best result scores most, a word no entry's name
 * holds left out first ("mention", not "Charter"); the others' results follow its own (addBelow).
 * Null when none finds anything; undefined if the search was aborted.
 */
export async function bestWithoutOneWord<D>(
  plan: QueryPlan,
  data: SearchData,
  search: SearchPlans<D>,
): Promise<{ plan: QueryPlan; found: Map<string, Merged<D>> } | null | undefined> {
  const leftOut = withoutEachWord(plan, data);
  const found = await search(leftOut.map((each) => each.plan));
  if (!found) return undefined;
  const tries = leftOut.map((each, at) => ({ ...each, found: found[at]! }));
  const byScore = (a: (typeof tries)[number], b: (typeof tries)[number]): number =>
    topScore(b.found) - topScore(a.found);
  const finding = tries.filter((each) => each.found.size > 0);
  const best = finding.filter((each) => !each.named).sort(byScore)[0] ?? finding.sort(byScore)[0];
  if (!best) return null;
  addBelow(
    best.found,
    tries.filter((each) => each !== best).map((each) => each.found),
  );
  return { plan: best.plan, found: best.found };
}

/**
 * For a long query that finds few results: adds, after them, those of the query without each of
 * its words in turn, in their own order (addBelow), an entry the query names among its other words
 * not tiered after them. False if the search was aborted.
 */
export async function addWithoutEachWord<D>(
  merged: Map<string, Merged<D>>,
  plan: QueryPlan,
  data: SearchData,
  search: SearchPlans<D>,
): Promise<boolean> {
  const found = await search(withoutEachWord(plan, data).map((each) => each.plan));
  if (!found) return false;
  // An entry named whole among the query's other words is no mere mention, though it lacks one of
  // them: "prioritised three forces" finds, with every word, the terms that say "prioritised"
  // (Separatism, Extremism), and without it the Three forces' own term, not ranked after them.
  addBelow(merged, found, namedAmongWords(byWords(plan), data));
  return true;
}
