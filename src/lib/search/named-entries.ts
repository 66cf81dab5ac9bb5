/**
 * The entries a query names, and how: by one of their own names, by a source's title or author, or
 * by words for what an author wrote beside the author's name ("Alimov article"). Named entries
 * rank above pages that only mention them (search-run.ts); records whose names hold none of the
 * query's words weigh less.
 */
import { isContentQuestion, SOURCE_KIND } from './question-forms.ts';
import type { QueryPlan } from './search-query.ts';
import { nameWords } from './stopwords.ts';
import {
  findPhrase,
  headingWords,
  indexedWords,
  isPluralOf,
  isYear,
  type SearchData,
} from './search-words.ts';
import { subjectEntries } from './common-words.ts';
import { initialismsOfName } from './initials.ts';

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

/**
 * The sources one of whose authors a query names ("Alimov UN Charter": Alimov's article, not the
 * UN Charter's page, which is no one's of those named).
 */
export function authorsSources(variants: readonly string[][], data: SearchData): Set<string> {
  return new Set(
    data.entries
      .filter((entry) =>
        entry.authors.some((author) =>
          variants.some((variant) => findPhrase(variant, nameWords(author)) !== -1),
        ),
      )
      .map((entry) => entry.id),
  );
}

/** Shortest start of an author's name that counts as the name being typed ("ali" for Alimov). */
const MIN_AUTHOR_START = 3;

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
 * Words for what an author wrote or a part of it, or for who the author is: with an author's name
 * and nothing else ("Alimov article", "Azam column", "Azam paragraph 4", "Secretary-General Alimov",
 * "journalist Azam") they name the author's source as the name alone does.
 */
export const SOURCE_WORDS: ReadonlySet<string> = new Set(
  `article articles column columns opinion oped piece pieces essay essays commentary report reports author writer writing writings paper
  paragraph paragraphs para
  secretarygeneral secretary general president minister ambassador diplomat official journalist columnist commentator analyst expert scholar professor`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/**
 * A word for what an author wrote (SOURCE_WORDS), or a year: beside an author's name, a year is a
 * citation's date, author-date as the site cites ("UN Chronicle 2017", "Alimov 2017").
 */
function isSourceWord(word: string): boolean {
  return SOURCE_WORDS.has(word) || isYear(word);
}

/**
 * True when a word is the start of a word for what an author wrote (SOURCE_WORDS), of
 * MIN_NAME_START letters or more, and no such word itself: the query's last word, still being
 * typed ("Alimov paragr", "Azam colu").
 */
function beginsSourceWord(word: string): boolean {
  return (
    [...word].length >= MIN_NAME_START &&
    [...SOURCE_WORDS].some((source) => source !== word && source.startsWith(word))
  );
}

/** The words without source words (isSourceWord), when they are exactly an author's name and some were dropped. */
export function authorWithoutSourceWords(
  words: readonly string[],
  data: SearchData,
): string[] | undefined {
  const rest = words.filter((word) => !isSourceWord(word));
  if (rest.length === 0 || rest.length === words.length) return undefined;
  return data.entries.some((entry) =>
    entry.authors.some((name) => sameWords(nameWords(name), rest)),
  )
    ? rest
    : undefined;
}

/**
 * How an entry is named by a query, best first: by a heading of its page typed whole (the part of
 * a page a reader asks for by its every word), by one of its own names (a term, topic or event),
 * as the body seated in a place named alone, as the home page of the site's subject named alone,
 * by a source's title, or by a source's author.
 */
export const NAME_RANK = {
  heading: -1,
  name: 0,
  /** A body seated in the place a query names ("Dushanbe": the Anti-Drug Centre), after the place's own term. */
  seat: 0.25,
  /** The home page, after the term of the site's subject, when a query names the subject alone. */
  home: 0.5,
  sourceTitle: 1,
  author: 2,
  inQuestion: 3,
} as const;

/**
 * True when a query's words are a name's, its last word (the head of an English noun phrase) also in
 * the singular or plural: "member state" names "Member states", "three force" the "three forces"; a
 * verb's -s elsewhere in a name ("Belarus joins the SCO") is no plural.
 */
export function namesBy(name: readonly string[], words: readonly string[]): boolean {
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
  // A query that names the site's subject and nothing else ("SCO", "Shanghai Cooperation
  // Organisation"): its term defines it, the home page is the site's account of it.
  const subject = subjectEntries(data.entries, data.common);
  if (
    data.home !== undefined &&
    plan.question !== true &&
    [...full].some(([id, rank]) => rank === NAME_RANK.name && subject.has(id)) &&
    [...full.keys()].every((id) => subject.has(id))
  )
    full.set(data.home, Math.min(full.get(data.home) ?? Infinity, NAME_RANK.home));
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
  // The last word may be still being typed: the start of a name's word ("UN Chroni"); or every
  // word cut short ("shangh spir").
  const typing = plan.words.at(-1)?.folded;
  const matches = (name: string): boolean =>
    own.some(
      (variant) =>
        namesBy(nameWords(name), variant) ||
        (typing !== undefined && completesName(nameWords(name), variant, typing)) ||
        startsEachWord(nameWords(name), variant, data),
    );
  // "Alimov article", "Azam's column": an author named with words for what they wrote, the last
  // perhaps still being typed ("Alimov paragr").
  const byAuthor = variants
    .map((variant) =>
      variant.filter(
        (word, at) => !isSourceWord(word) && !(at === variant.length - 1 && beginsSourceWord(word)),
      ),
    )
    .filter((variant, index) => variant.length > 0 && variant.length < variants[index]!.length);
  if (plan.authorOnly) byAuthor.push(plan.authorOnly.split(' '));
  // "is the Alimov article complete", "Alimov article paragraph 5": a word for what an author wrote
  // beside the author's name asks for the author's source, whatever else the query says; not a
  // question about what the source says ("what does the CGTN column argue": the site's account).
  const withSourceWord = isContentQuestion(plan.query)
    ? []
    : variants.filter((variant) => variant.some((word) => SOURCE_WORDS.has(word)));
  // "Alimov UN Chronicle 2017", "Azam CGTN column": an author and an outlet, as a citation gives them.
  const cited = variants.map((variant) => variant.filter((word) => !isSourceWord(word)));
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
    if (entry.names.some(matches) || namesTogether(entry.names, own))
      named.set(entry.id, isSource ? NAME_RANK.sourceTitle : NAME_RANK.name);
    else if (entry.authors.some(authorMatches) || citesTogether(entry.authors, cited))
      named.set(entry.id, NAME_RANK.author);
    else if (asksForSource && isSource && [...entry.names, ...entry.authors].some(inQuestion))
      named.set(entry.id, NAME_RANK.inQuestion);
  }
  // A page's heading typed whole, function words and all, its last word in the singular or plural
  // ("What RATS is", "What Alimov writes", "the two article"): a title of that part of the page (SearchData.headings), which a glossary
  // term that shares a word, or a source that says the words more often, had outranked.
  const typed = headingWords(plan.query);
  for (const { id, heading } of data.headings ?? [])
    if (namesBy(headingWords(heading), typed)) named.set(id, NAME_RANK.heading);
  // A place alone ("Dushanbe", "Beijing"): the body the site says is seated there.
  for (const { id, place } of data.seats ?? [])
    if (!named.has(id) && matches(place)) named.set(id, NAME_RANK.seat);
  withNamesakes(named, data);
  return named;
}

/**
 * Gives each term or page that shares a name with one the query names by name the same rank: the
 * topic page "The Regional Anti-Terrorist Structure (RATS)" and the glossary term of which "SCO
 * RATS" is another name are about one thing, and the page goes before the term (rankPlan).
 */
function withNamesakes(named: Map<string, number>, data: SearchData): void {
  const byName = data.entries.filter(
    (entry) => entry.authors.length === 0 && named.get(entry.id) === NAME_RANK.name,
  );
  if (byName.length === 0) return;
  const names = byName.flatMap((entry) => entry.names.map(nameWords));
  for (const entry of data.entries)
    if (
      entry.authors.length === 0 &&
      !named.has(entry.id) &&
      entry.names.some((name) => names.some((other) => sameWords(nameWords(name), other)))
    )
      named.set(entry.id, NAME_RANK.name);
}

/**
 * True when a variant's words are an entry's name and its initialism together, in either order:
 * its title as written ("The Regional Anti-Terrorist Structure (RATS)"), or the two typed one
 * after the other ("RATS Regional Anti-Terrorist Structure"). Not two other names of one thing
 * ("difference between non-interference and non-intervention" asks about both).
 */
function namesTogether(names: readonly string[], variants: readonly string[][]): boolean {
  return names.some((name) => {
    const initialisms = initialismsOfName(name);
    return names.some((short) => {
      const letters = nameWords(short);
      return (
        letters.length === 1 &&
        initialisms.includes(letters[0]!) &&
        variants.some((variant) => sameWords([...nameWords(name), ...letters], variant))
      );
    });
  });
}

/**
 * True when a variant's words are two or more of a source's author names one after another, as a
 * citation gives its author and outlet ("Alimov UN Chronicle", "CGTN Azhar Azam"); each name whole.
 */
function citesTogether(authors: readonly string[], variants: readonly string[][]): boolean {
  const names = authors.map(nameWords).filter((words) => words.length > 0);
  // The fewest names that make up words[from..], or Infinity; each start worked out once.
  const fewestOf = (words: readonly string[]): number => {
    const fewest: number[] = Array.from({ length: words.length + 1 }, () => Infinity);
    fewest[words.length] = 0;
    for (let from = words.length - 1; from >= 0; from -= 1)
      for (const name of names)
        if (name.every((word, at) => words[from + at] === word))
          fewest[from] = Math.min(fewest[from]!, 1 + fewest[from + name.length]!);
    return fewest[0]!;
  };
  return variants.some((words) => {
    const count = fewestOf(words);
    return count >= 2 && count !== Infinity;
  });
}

/**
 * Weight, against the best result's score, below which a question's named entry (namedAmongWords)
 * does not rank: near the top, not first, since a question asks about the thing ("is
 * non-aggression in the UN Charter": the comparison of the lists), and the entry may lack its
 * other words.
 */
export const IN_QUESTION_WEIGHT = 0.9;

/**
 * The entries a query names among its other words ("is non-confrontation one of the official
 * SCO principles", "prioritised three forces"): each term, topic or event one of whose names is a
 * run of the query's words. Not a source (a question that asks for one names it by
 * NAME_RANK.inQuestion), nor an entry named by the site's subject alone ("SCO": every query is
 * about it).
 * @returns each entry's Pagefind result id, with the name's words that name it
 */
export function namedAmongWords(plan: QueryPlan, data: SearchData): Map<string, string[]> {
  const words = plan.variants[0] ?? [];
  const subject = subjectEntries(data.entries, data.common);
  const found = new Map<string, string[]>();
  for (const entry of data.entries) {
    if (entry.authors.length > 0 || subject.has(entry.id)) continue;
    const name = entry.names.map(nameWords).find((each) => findPhrase(words, each) !== -1);
    if (name) found.set(entry.id, name);
  }
  return found;
}

/** Shortest start of a name's word that names it as the query's last word, still being typed. */
export const MIN_NAME_START = 4;

/**
 * Shortest start of a name's word that names it as the query's last word when the name's words
 * before it are typed whole: "azhar az" names Azhar Azam, as "SCO Ch" the SCO Charter (the reader
 * has told which name they type); one letter names too much ("SCO C").
 */
export const MIN_NEXT_NAME_START = 2;

/**
 * True when the query's words are a name's but for its last, `typing`, still being typed: the
 * start of one of the name's words, of MIN_NAME_START letters or more ("UN Chroni" names the UN
 * Chronicle, "SCO Secreta" the SCO Secretariat), or MIN_NEXT_NAME_START after the name's words typed
 * whole.
 */
function completesName(name: readonly string[], words: readonly string[], typing: string): boolean {
  if (
    words.at(-1) !== typing ||
    [...typing].length < (words.length > 1 ? MIN_NEXT_NAME_START : MIN_NAME_START)
  )
    return false;
  return name.some(
    (word) =>
      word !== typing && word.startsWith(typing) && sameWords(name, [...words.slice(0, -1), word]),
  );
}

/**
 * True when each of the query's words is, in order, the word of a name of two words or more or its
 * start of MIN_NAME_START letters or more that is no word of the site's own: a reader who cuts every
 * word short ("shangh spir") names the Shanghai Spirit as surely as one who types it out, but
 * "belarus join sco" does not name "Belarus joins the SCO" ("join" is a word, not a start).
 */
function startsEachWord(
  name: readonly string[],
  words: readonly string[],
  data: SearchData,
): boolean {
  return (
    name.length > 1 &&
    name.length === words.length &&
    words.every(
      (word, at) =>
        word === name[at] ||
        ([...word].length >= MIN_NAME_START && name[at]!.startsWith(word) && !data.words.has(word)),
    )
  );
}
