/**
 * The forms of a reader's query that say what kind of answer it wants: questions ("when …" asks for
 * an event, "what is …" for a definition, "what does … do" for the site's account), the scaffolding
 * a question drops, and nouns that name a kind of result ("summit"). kind-weights.ts turns them into
 * weights of kinds; nothing here looks at the index.
 */
import { indexedWords, splitQuery, type QueryWord } from './search-words.ts';

/**
 * Question words that ask for a kind of result: "when" asks for a dated event. Results of that kind
 * weigh more (src/lib/search/search-run.ts), without hiding the others.
 */
export const QUESTION_KINDS: Readonly<Record<string, string>> = {
  when: 'event',
  'what is': 'glossary term',
  'what are': 'glossary term',
  'what was': 'glossary term',
  'what were': 'glossary term',
  define: 'glossary term',
  definition: 'glossary term',
  'what year': 'event',
  'which year': 'event',
  'what date': 'event',
  'who wrote': 'source',
  'who writes': 'source',
  // People on this site are the authors of its sources: "who is Rashid Alimov" asks for his page.
  'who is': 'source',
  'who was': 'source',
  whos: 'source',
  whats: 'glossary term',
};

/**
 * Words that open a question. A question asks for an answer: the site's own account (a topic, a term,
 * an event) rather than a source page, which restates one article paragraph by paragraph, unless it
 * asks for a source ("who wrote …") or names one.
 */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(
  'how what when where which who whom whose why is are was were does do did can could has have whats whos wheres hows whens whys isnt arent wasnt werent doesnt dont didnt'.split(
    ' ',
  ),
);

/**
 * Openings of questions that ask what something does or says ("what does RATS do", "how did India
 * join", "why…"): the answer is the site's account of it, a topic section, more than a glossary
 * record's definition of the thing. Not when the question ends by asking for a meaning ("what does
 * X mean", "what does X stand for"), which a definition answers.
 */
export const CONTENT_OPENINGS: ReadonlySet<string> = new Set([
  'what does',
  'what do',
  'what did',
  'how does',
  'how do',
  'how did',
  'how is',
  'how are',
  'how was',
  'how were',
  'why',
]);

/**
 * Opening words of a question whether something does something ("does the SCO deal with drug
 * trafficking", "did Alimov mention RATS"): as "what does …", the site's account answers it, a
 * topic section more than a term's definition. Forty-eighth round, on the (audited) tables: tuning
 * +2 first, ±0 in the top 3; held out +4 first, −1 in the top 3.
 */
const ASKS_WHAT_IT_DOES: ReadonlySet<string> = new Set(['does', 'do', 'did']);

/** Closing words by which a question asks for a meaning, which a definition answers. */
const MEANING_CLOSINGS = ['mean', 'means', 'meant', 'stand for', 'stands for'];

/** Verbs that close a question about what something does or says ("what RATS does"). */
const CONTENT_CLOSINGS: ReadonlySet<string> = new Set(['does', 'do', 'did', 'says', 'say', 'said']);

/**
 * Nouns that name a kind of result: a summit is an event ("Qingdao summit" asks what happened there,
 * which the timeline's event says, more than a term's definition that mentions it). Results of that
 * kind weigh KIND_NOUN_WEIGHT, unless the query is a question that asks for another kind.
 */
export const KIND_NOUNS: Readonly<Record<string, string>> = {
  summit: 'event',
  summits: 'event',
  meeting: 'event',
  meetings: 'event',
  event: 'event',
  events: 'event',
};

/**
 * Nouns that name a kind of result and nothing of its subject: a record of that kind never says
 * them ("events of 2004": the timeline's event of that year says "begins work", not "event"), so
 * a query searches them only as the kind (KIND_NOUNS), and drops them from its words.
 */
export const KIND_ONLY_NOUNS: ReadonlySet<string> = new Set(['event', 'events']);

/** What a kind named by a noun of the query (KIND_NOUNS) weighs: less than a question's intent. */
export const KIND_NOUN_WEIGHT = 1.2;

/** Weights a question's form puts on the kinds of results (search-run multiplies scores by them). */
export const QUESTION_WEIGHTS = {
  /** The kind a question asks for (QUESTION_KINDS). */
  intent: 1.5,
  /**
   * Sources, in the answers to a question that does not ask for one: the site's account answers,
   * the article it summarises is evidence. 0.5 until the twenty-fourth round, when a result came to
   * count where its title leads and a plain search's sources came to weigh 0.5
   * (UNNAMED_SOURCE_WEIGHT in kind-weights.ts): measured on the tuning tables, 0.3 ranked 2 more
   * rows first and 3 more in the top 3. 0.2 ranked one more first, but put the home page's long
   * fragment among the first five results of the bench's question ("when did India join the SCO")
   * in place of a source's short one, 1.5 KB more and over the 105 KB budget (README, Bytes).
   */
  source: 0.3,
  /** Glossary records, in the answers to a question about what something does or says. */
  glossary: 0.5,
  /**
   * Every record of a list page (a glossary term, a timeline event), in the answers to such a
   * question: a topic section gives the account; a record, a line.
   */
  record: 0.5,
} as const;

/** The kind of a source page, and of a glossary record (Pagefind's `kind` filter). */
export const SOURCE_KIND = 'source';
export const GLOSSARY_KIND = 'glossary term';

/**
 * Words by which a question asks about an aspect of a thing rather than what it is ("what is the
 * role of RATS", "the difference between non-intervention and non-interference", "is India part of
 * the SCO"): the pages that answer seldom use the word itself, so a question drops it, and is
 * answered like one about what something does.
 */
export const ASPECT_WORDS: ReadonlySet<string> = new Set(
  'difference differences role roles purpose purposes relationship relation significance importance aim aims goal goals part'.split(
    ' ',
  ),
);

/** True when a question asks what something does or says, or about an aspect of it (see CONTENT_OPENINGS, ASPECT_WORDS). */
export function isContentQuestion(query: string): boolean {
  const words = splitQuery(query).map((word) => word.folded);
  if (words.length < 2 || !isQuestion(query)) return false;
  // "What RATS does", "what Alimov says": the same question with its verb at the end, as a
  // heading writes it.
  const opening =
    CONTENT_OPENINGS.has(words.slice(0, 2).join(' ')) ||
    words[0] === 'why' ||
    // "Does the SCO form military alliances" asks, yes or no, what it does: its account answers.
    ASKS_WHAT_IT_DOES.has(words[0]!) ||
    (words[0] === 'what' && words.length > 2 && CONTENT_CLOSINGS.has(words.at(-1)!));
  const text = words.join(' ');
  // "Is Kyrgyzstan part of the SCO" asks whether it belongs, which the member table answers: "part"
  // is dropped as an aspect word, but asks nothing of what the SCO does.
  if (words.some((word) => ASPECT_WORDS.has(word) && word !== 'part')) return true;
  return opening && !MEANING_CLOSINGS.some((closing) => text.endsWith(` ${closing}`));
}

/**
 * Words for how a thing is presented, by which a query opens to ask for the thing itself: "list of
 * SCO member countries", "map of SCO member states", "overview of RATS", "info on RATS", "facts
 * about Tashkent" (the site says "information" of other things: "Treaty information page", the
 * map's table). Only at the query's start and before "of", "on" or "about" (PRESENTATION_LINKS):
 * "Alimov list of principles" asks for Alimov's list.
 */
export const PRESENTATION_WORDS: ReadonlySet<string> = new Set(
  'list lists table tables map maps chart charts overview summary info information details facts'.split(
    ' ',
  ),
);

/** The words that link a presentation word to what it presents ("list of", "info on"). */
const PRESENTATION_LINKS: ReadonlySet<string> = new Set(['of', 'on', 'about']);

/**
 * Words for how a thing is presented that a query may close with, to ask for the thing itself:
 * "SCO member states list", "Shanghai Spirit overview". Fewer than open one (PRESENTATION_WORDS):
 * not "map", "table" or "chart", which are things a page shows and says ("the member map"), nor
 * "information", "details" or "facts", which close names ("Department of Public Information").
 */
export const CLOSING_PRESENTATION_WORDS: ReadonlySet<string> = new Set(
  'list lists overview summary'.split(' '),
);

/**
 * Drops a word for how a thing is presented that closes the query (CLOSING_PRESENTATION_WORDS):
 * "SCO member states list" asks for the member states, which the table that lists them never calls
 * a list. Kept when a name or heading holds it with another of the query's words ("Alimov list":
 * the heading "Alimov's list of principles"), and when nothing would be left but the site's subject
 * (`common`): "SCO list".
 */
export function dropClosingPresentation(
  query: string,
  words: readonly QueryWord[],
  names: readonly string[],
  common: ReadonlySet<string> = new Set(),
): QueryWord[] {
  const last = words.at(-1);
  const rest = words.slice(0, -1);
  if (
    !last ||
    !CLOSING_PRESENTATION_WORDS.has(last.folded) ||
    splitQuery(query).at(-1)?.folded !== last.folded ||
    rest.every((word) => common.has(word.folded))
  )
    return [...words];
  const named = names.some((name) => {
    const held = new Set(indexedWords(name));
    return held.has(last.folded) && rest.some((word) => held.has(word.folded));
  });
  return named ? [...words] : rest;
}

/**
 * Drops a query's scaffolding, beyond function words: a word for how a thing is presented that
 * opens it before "of", "on" or "about" (PRESENTATION_WORDS); a noun that names only a kind of
 * result (KIND_ONLY_NOUNS), unless it is the only word; and in a question, aspect words (ASPECT_WORDS) and the
 * word that names the kind of answer after "which" ("which countries founded the SCO": the answer
 * names the countries, and seldom says "countries"). Nothing is dropped when no word would be left
 * but the site's subject (`common`, common-words.ts): "which countries are in the SCO" asks for the
 * countries, and "SCO" alone would find every page.
 */
export function dropScaffolding(
  query: string,
  words: readonly QueryWord[],
  common: ReadonlySet<string> = new Set(),
): QueryWord[] {
  const typed = splitQuery(query);
  // "List of SCO member countries": what is listed is the subject; the pages that list it seldom
  // say "list".
  const [first, second] = typed;
  if (
    first &&
    PRESENTATION_LINKS.has(second?.folded ?? '') &&
    PRESENTATION_WORDS.has(first.folded) &&
    words[0]?.folded === first.folded &&
    words.length > 1
  )
    return words.slice(1);
  // "Events of 2004": the kind a result is (kindWeightsOf), not a word of it.
  const subject = words.filter((word) => !KIND_ONLY_NOUNS.has(word.folded));
  if (subject.length > 0 && subject.length < words.length)
    return dropScaffolding(query, subject, common);
  if (!isQuestion(query)) return [...words];
  const answerType = typed[0]?.folded === 'which' ? typed[1] : undefined;
  const kept = words.filter(
    (word) =>
      !ASPECT_WORDS.has(word.folded) && word !== answerType && word.folded !== answerType?.folded,
  );
  return kept.some((word) => !common.has(word.folded)) ? kept : [...words];
}

/**
 * The weights a query's question form puts on kinds of results, by kind: the kind it asks for
 * weighs more, sources less (unless asked for), glossary records less in a question about what
 * something does or says. Empty for a query that is not a question. No kind is hidden.
 */
export function questionWeights(query: string): Record<string, number> {
  const weights: Record<string, number> = {};
  // "What is the role of RATS" asks about RATS's role, not for a definition.
  const intent = isContentQuestion(query) ? undefined : questionIntent(query);
  if (!isQuestion(query)) return intent ? { [intent]: QUESTION_WEIGHTS.intent } : weights;
  if (intent !== SOURCE_KIND) weights[SOURCE_KIND] = QUESTION_WEIGHTS.source;
  if (isContentQuestion(query)) weights[GLOSSARY_KIND] = QUESTION_WEIGHTS.glossary;
  if (intent) weights[intent] = QUESTION_WEIGHTS.intent;
  return weights;
}

/**
 * Aspect words a reader may open a question with, its question word left out, when "of" or
 * "between" follows ("difference between non-intervention and non-interference", "role of RATS");
 * not "part" ("part 2 of the series"), nor a title ("Purposes and Principles").
 */
export const ASPECT_OPENINGS: ReadonlySet<string> = new Set(
  [...ASPECT_WORDS].filter((word) => word !== 'part'),
);
const ASPECT_LINKS: ReadonlySet<string> = new Set(['of', 'between']);

/**
 * True when the query is a question of two or more words ("when did India join", "is RATS in
 * Tashkent"), or one that opens with an aspect word, its question word left out ("role of RATS").
 */
export function isQuestion(query: string): boolean {
  const words = splitQuery(query);
  if (words.length < 2) return false;
  const [first, second] = [words[0]!.folded, words[1]!.folded];
  return QUESTION_WORDS.has(first) || (ASPECT_OPENINGS.has(first) && ASPECT_LINKS.has(second));
}

/** The kind of result a query's opening words ask for, if any (see QUESTION_KINDS). */
export function questionIntent(query: string): string | undefined {
  const opening = splitQuery(query).map((word) => word.folded);
  return QUESTION_KINDS[opening.slice(0, 2).join(' ')] ?? QUESTION_KINDS[opening[0] ?? ''];
}

/** The weights of the kinds the query's nouns name (KIND_NOUNS). */
export function nounWeights(words: readonly string[]): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const word of words) {
    const kind = KIND_NOUNS[word];
    if (kind) weights[kind] = KIND_NOUN_WEIGHT;
  }
  return weights;
}
