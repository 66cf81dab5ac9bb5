/**
 * Where a result leads: the section of a page that a query's words point to (its score among the
 * page's sections, the heading a query restates, the section that compares what a question sets
 * side by side), from the sections Pagefind returns. Pure, as config.ts is.
 */
import { paragraphId } from '../content/paragraph-id.ts';
import { HIGHLIGHT_PARAM } from './config.ts';
import {
  foldWord,
  foldWords,
  indexedWords,
  isPluralOf,
  withEditionParagraphWords,
  withParagraphWords,
} from './search-words.ts';
import { STOPWORDS } from './stopwords.ts';

/** A section of a result, as Pagefind returns it (a sub-result). */
export interface SectionHit {
  url: string;
  /**
   * Each matched word: its score, where it stands among the words of the result's content, and the
   * weight of the element it stands in (a heading weighs more than a sentence).
   */
  weighted_locations: readonly { balanced_score: number; location?: number; weight?: number }[];
  /** Where the section's heading stands among the words of the result's content. */
  anchor?: { location?: number } | undefined;
}

/** The words searched, as Pagefind puts them in a section's URL (its highlight terms), folded. */
export function highlightTerms(url: string): string[] {
  const query = url.split('#')[0]!.split('?')[1] ?? '';
  return [
    ...new Set(
      new URLSearchParams(query)
        .getAll(HIGHLIGHT_PARAM)
        .map((term) => foldWord(term))
        .filter((term) => term !== ''),
    ),
  ];
}

/** One match of a term in a section: where it stands, whether it is the whole word, whether in a heading. */
interface TermMatch {
  location: number;
  whole: boolean;
  heading: boolean;
}

/**
 * True when a content word is the term itself, or one of the parts punctuation joins ("SCO’s",
 * "Anti-Terrorist", "organisation,"), rather than a longer word that begins with it ("reports",
 * "United" for "un").
 */
function isWholeWord(word: string, term: string): boolean {
  return [foldWord(word), ...word.split(/[\p{P}\p{S}]+/u).map(foldWord)].some(
    (part) => part === term || isPluralOf(part, term),
  );
}

/** True when `words` hold the term itself or its plural ("#regions" for "region"), not a longer word it begins. */
function holdsWord(words: readonly string[], term: string): boolean {
  return words.some((word) => word === term || isPluralOf(word, term));
}

/**
 * True when a page's title (titleWordsOf) holds the term: as holdsWord, or, for a word of two
 * Chinese characters or more, as a part of the title, which is one word to titleWordsOf while the
 * index parts it ("上海精神": 上海 精神).
 */
function inTitleWords(titleWords: readonly string[], term: string): boolean {
  return (
    holdsWord(titleWords, term) ||
    (/^\p{Script=Han}{2,}$/u.test(term) && titleWords.some((word) => word.includes(term)))
  );
}

/**
 * Each term that is a single Chinese character in a run of them in the query, with its run.
 * Pagefind parts a name written in characters for its sound (阿利莫夫, Alimov) into single
 * characters, in the query and on the page alike, and the same characters spell other names (阿
 * begins 阿扎姆, Azam, and 阿斯塔纳, Astana): such a run is one word of the query, not four, and
 * its characters match only beside one another.
 */
function characterRuns(terms: readonly string[]): Map<string, string[]> {
  const runs = new Map<string, string[]>();
  let run: string[] = [];
  for (const term of [...terms, '']) {
    if (/^\p{Script=Han}$/u.test(term)) run.push(term);
    else {
      if (run.length > 1) for (const character of run) runs.set(character, run);
      run = [];
    }
  }
  return runs;
}

/**
 * Each term's matches in a section: a content word counts for each term it begins with, as Pagefind
 * matches. In Chinese, the words from it on count for a term they begin when joined (the query may
 * hold as one word, 拥核国家, what the page parts: 拥 核 国家), and a character of a run
 * (characterRuns) counts only beside another of its run, so that the 阿 of Azam is no match for
 * Alimov.
 */
function termMatches(
  section: SectionHit,
  contentWords: readonly string[],
): Map<string, TermMatch[]> {
  const terms = highlightTerms(section.url);
  const runs = characterRuns(terms);
  const matches = new Map<string, TermMatch[]>();
  for (const { location, weight } of section.weighted_locations) {
    const word = location === undefined ? undefined : contentWords[location];
    if (word === undefined || location === undefined) continue;
    const folded = foldWord(word);
    const beside = [contentWords[location - 1], contentWords[location + 1]].map((near) =>
      foldWord(near ?? ''),
    );
    for (const term of terms)
      if (
        (folded.startsWith(term) ||
          (/\p{Script=Han}/u.test(term) &&
            foldWord(contentWords.slice(location, location + term.length).join('')).startsWith(
              term,
            ))) &&
        (runs.get(term)?.some((near) => near !== term && beside.includes(near)) ?? true)
      )
        matches.set(term, [
          ...(matches.get(term) ?? []),
          { location, whole: isWholeWord(word, term), heading: (weight ?? 1) > 1 },
        ]);
  }
  return matches;
}

/**
 * Where each of a page's sections ends: where the next one (in the content's order) begins, or
 * with the content (`length` words).
 */
function sectionEnds(
  sections: readonly SectionHit[],
  length: number,
): (section: SectionHit) => number {
  const starts = sections
    .map((section) => section.anchor?.location)
    .filter((location): location is number => location !== undefined)
    .sort((a, b) => a - b);
  return (section) => {
    const start = section.anchor?.location ?? -1;
    return starts.find((location) => location > start) ?? length;
  };
}

/**
 * Adds to a section's matches each word searched that it lacks but whose synonym it holds between
 * its heading and `end` ("membership": "join", `alternatives`, LandingHints): a lesser match, as
 * the start of a longer word is, so that the section that says "India and Pakistan join" answers
 * "pakistan membership" before one that says "membership" once in passing.
 */
function addAlternativeMatches(
  section: SectionHit,
  byTerm: Map<string, TermMatch[]>,
  contentWords: readonly string[],
  alternatives: Readonly<Record<string, readonly string[]>>,
  end: number,
): void {
  const start = section.anchor?.location;
  if (start === undefined) return;
  for (const term of highlightTerms(section.url)) {
    const others = alternatives[term];
    if (!others || byTerm.has(term)) continue;
    for (let location = start; location < end; location += 1)
      if (others.includes(foldWord(contentWords[location] ?? ''))) {
        byTerm.set(term, [{ location, whole: false, heading: false }]);
        break;
      }
  }
}

/**
 * The words of a section's id, as its address shows it ("/2017-enlargement/#region",
 * "#external-stance"): its editor's short name for it.
 */
function idWords(url: string): string[] {
  const hash = url.indexOf('#');
  // Ids are lower-case words and hyphens (ID_PATTERN, src/schemas/common.ts): nothing to decode.
  return hash === -1
    ? []
    : url
        .slice(hash + 1)
        .split('-')
        .map(foldWord);
}

/**
 * Shortest searched word that counts as the start of a longer word of a section's id: the
 * planner's stems are as long at least (MIN_STEM in word-forms.ts: "compar" for "compared" begins
 * "#sources-compared"); a shorter start is more likely a word still being typed ("stan").
 */
export const MIN_ID_PREFIX = 5;

/**
 * Adds to a section's matches each searched word that is a word of its id, or its plural, as a
 * match in its heading: the id is a short name for the section, as its heading is, and often says
 * plainly what the heading puts otherwise ("#region" for "From the Arctic to the Indian Ocean",
 * "#azam-view" for "What the CGTN column argues"). A word of MIN_ID_PREFIX letters or more that
 * begins a word of the id counts as a longer word in a heading does. Not a word of the page's
 * title, which every section is about whatever its id says ("rats" in "#what-rats-is" on the RATS
 * page).
 */
function addIdMatches(
  section: SectionHit,
  matches: Map<string, TermMatch[]>,
  titleWords: readonly string[],
): void {
  const id = idWords(section.url);
  const location = section.anchor?.location;
  if (id.length === 0 || location === undefined) return;
  for (const term of highlightTerms(section.url)) {
    if (holdsWord(titleWords, term)) continue;
    const whole = holdsWord(id, term);
    // A stem the planner searched ("compar" for "compared") begins the id's word, as it would the
    // heading's, and counts as a longer word does there (SECTION_PREFIX_MATCH).
    if (whole || ([...term].length >= MIN_ID_PREFIX && id.some((word) => word.startsWith(term))))
      matches.set(term, [...(matches.get(term) ?? []), { location, whole, heading: true }]);
  }
}

/**
 * What a term's match in a section's heading counts for against one in its running text. A
 * heading names what its section is about ("What Alimov writes" for "alimov shanghai spirit"), so
 * it outweighs a "sources compared" section that merely names every word once; it is a bounded
 * factor, not Pagefind's heading weight (about 36 times a sentence's score), so that rarity and the
 * whole word still count against it.
 */
export const SECTION_HEADING_BONUS = 8;
/**
 * What a common word's match in a heading counts for against one in running text (`common`,
 * LandingHints): every page of the site is about the SCO, so "SCO" in "Partnerships beyond the SCO"
 * says less of what the section is about than a rarer word does in its heading, though more than
 * in a sentence ("beyond the SCO"). Measured in the thirty-fifth round on the tuning tables: 6 put
 * one row more first than 8 and one more in the top 3 ("which city is the sco anti terror unit
 * based in" leads to "What RATS is"); 4 and 5 gained two held-out rows more but cost three tuning
 * rows first that ask about the SCO's partners ("does the sco work with asean").
 */
export const COMMON_HEADING_BONUS = 6;
/** What a longer word that begins with a term ("reports", "United" for "un") counts for against the word itself. */
export const SECTION_PREFIX_MATCH = 0.5;

/** How much a page's use of a term counts: less the more often the page uses it (as inverse document frequency does among pages). */
function rarity(term: string, pageCounts: ReadonlyMap<string, number>): number {
  return 1 / Math.log2(1 + Math.max(pageCounts.get(term) ?? 1, 1));
}

/**
 * A section's score for ranking it among its page's: the words searched (the highlight terms
 * Pagefind puts in the section's URL) that the section holds, each counted once, by its rarity on
 * the page (a word the page uses seldom counts for more than one it uses throughout: "backbone"
 * finds its section, "SCO" does not), and by its best match (the whole word counts more than a
 * longer word beginning with it, a heading a little more than a sentence). So a section that holds
 * more of the query's words, and rarer ones, comes first, and neither repeating one word (a
 * "sources compared" section names every author many times) nor a heading that holds one common
 * word outweighs that. The sum counts for the share the section holds of the query's words beyond
 * the page's title (subjectShare). `pageCounts` is how often the page matches each term (every
 * section's matches); `titleWords`, the page title's (titleWordsOf). Without the content, every
 * match counts by Pagefind's score.
 */
export function sectionScore(
  section: SectionHit,
  contentWords?: readonly string[],
  pageCounts: ReadonlyMap<string, number> = new Map(),
  titleWords: readonly string[] = [],
  // The section's matches, when the caller has found them already (rankSections).
  matched = contentWords && termMatches(section, contentWords),
  // The words common to most results (LandingHints): a heading's "SCO" weighs less.
  common: ReadonlySet<string> = new Set(),
): number {
  const terms = highlightTerms(section.url);
  if (!matched || terms.length === 0)
    return section.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);
  const runs = characterRuns(terms);
  let score = 0;
  for (const [term, matches] of matched) {
    const best = Math.max(
      ...matches.map(
        (match) =>
          (match.whole ? 1 : SECTION_PREFIX_MATCH) *
          (match.heading ? (common.has(term) ? COMMON_HEADING_BONUS : SECTION_HEADING_BONUS) : 1),
      ),
    );
    score += (rarity(term, pageCounts) * best) / (runs.get(term)?.length ?? 1);
  }
  return score * subjectShare(terms, matched, titleWords, runs);
}

/**
 * What a result is named by, as one title for rankSections and landingOf: its title, then each of
 * its other names and authors (the "names" and "authors" metadata, src/lib/search/search-entries.ts)
 * in brackets, as a title writes another name ("… (RATS)"). A source's page is "Alimov" as much as
 * its title: his name chooses none of its sections, and names the page.
 */
export function namesOf(meta: { title?: string; names?: string; authors?: string }): string {
  const others = `${meta.names ?? ''}|${meta.authors ?? ''}`.split('|').filter(Boolean);
  return [meta.title ?? '', ...others.map((name) => `(${name})`)].join(' ');
}

/**
 * The words of a page's title as the index holds them (indexedWords: each word folded, and the
 * parts punctuation joins, "SCO’s", "Anti-Terrorist"): what every section of the page is about,
 * whatever its heading says.
 */
export function titleWordsOf(title: string | undefined): string[] {
  return indexedWords(title ?? '');
}

/**
 * The share of the query's words beyond the page's title (its subject) that a section holds. Every
 * section of a page is about its title, so the title's words choose no section; the other words say
 * which part of the page the reader wants. A section that holds one of them in its heading ("Alimov"
 * in "Population: Alimov's figure") but lacks the rest ("Azam" for "alimov and azam on
 * enlargement") counts for that share of its score; the section that holds them all ("Where the
 * sources agree and differ") keeps its whole score. 1 when every word is the title's. A title word
 * is the term itself or its plural, not a longer word that begins with it: "un" is no word of a
 * title "Understanding …", and a Russian stem ("инди" for "Индия") is the title's only when the
 * title writes it so.
 */
function subjectShare(
  terms: readonly string[],
  matched: ReadonlyMap<string, TermMatch[]>,
  titleWords: readonly string[],
  runs: ReadonlyMap<string, string[]> = characterRuns(terms),
): number {
  const own = terms.filter((term) => !inTitleWords(titleWords, term));
  if (own.length === 0) return 1;
  // A character of a run counts for its share of the run (characterRuns).
  const weigh = (list: readonly string[]): number =>
    list.reduce((sum, term) => sum + 1 / (runs.get(term)?.length ?? 1), 0);
  return weigh(own.filter((term) => matched.has(term))) / weigh(own);
}

/** How far apart, in words, two of the query's words may stand in a section and count as side by side. */
export const NEAR_WORDS = 3;

/**
 * How many of the query's neighbouring words (in the words searched, in order) also stand side by
 * side in a section, within NEAR_WORDS of each other ("mutual trust, mutual benefit"): among
 * sections that hold the same words, the one that says what the query says comes first.
 */
function nearPairs(section: SectionHit, byTerm: ReadonlyMap<string, TermMatch[]>): number {
  const terms = highlightTerms(section.url);
  let pairs = 0;
  for (let at = 1; at < terms.length; at += 1) {
    const before = (byTerm.get(terms[at - 1]!) ?? []).map((match) => match.location);
    const after = (byTerm.get(terms[at]!) ?? []).map((match) => match.location);
    if (before.some((a) => after.some((b) => a !== b && Math.abs(a - b) <= NEAR_WORDS))) pairs += 1;
  }
  return pairs;
}

/**
 * How far into a section its first match stands, as a share of the section's words (0 at its
 * heading, near 1 at its end): among sections that hold the same words, the one that names them
 * early is about them, the one that names them last mentions them in passing. Undefined without the
 * content or the section's place.
 */
function firstMatchDepth(
  section: SectionHit,
  byTerm: ReadonlyMap<string, TermMatch[]>,
  end: number,
): number | undefined {
  const start = section.anchor?.location;
  if (start === undefined) return undefined;
  const first = Math.min(...[...byTerm.values()].flat().map((match) => match.location));
  if (!Number.isFinite(first)) return undefined;
  return Math.max(0, first - start) / Math.max(1, end - start);
}

/** Scores closer than this are a tie, which the depth of the first match then decides. */
const SCORE_TIE = 1e-9;

/**
 * A result's words, as Pagefind counts them for its locations (a section's anchor, a match): the
 * text of a language written without spaces (Chinese) comes segmented by zero-width spaces, which
 * alone then part its words; other text is parted by white space. `content` is the result's text
 * with them, Pagefind's `raw_content`: its `content` has the zero-width spaces taken out.
 */
export function contentWords(content: string): string[] {
  return content.includes('\u200B') ? content.split('\u200B') : content.split(/[^\S\uFEFF]+/);
}

/**
 * The section whose heading the query restates: every word of the heading is a word of the query,
 * or its form with an ending of a letter or two ("what does RATS do": "What RATS does"; "alimov
 * paragraph 5": "Paragraph 5"); or whose id it restates, word for word or in the plural ("rats
 * functions": #functions, "What RATS does"); the longest first. A reader who types a heading's
 * words, function words and all, asks for that part of the page, even when the words name the page.
 * `title` is the result's names (namesOf).
 */
function restatedSection<S extends SectionHit & { title?: string }>(
  query: string,
  sections: readonly S[],
  title = '',
): S | undefined {
  const asked = foldWords(withParagraphWords(query));
  // A query that names the page by its title's words names it by its other names too (those in
  // the title's brackets, namesOf): "what does the anti-terrorist structure do" restates "What
  // RATS does".
  const parts = title.split(/[()（）]/);
  const own = indexedWords(parts[0] ?? '').filter((word) => !STOPWORDS.has(word));
  const others = asked.some((word) => own.includes(word))
    ? parts.filter((_, at) => at % 2 === 1).flatMap((name) => indexedWords(name))
    : [];
  // Two words typed apart may be one in a heading ("non use": "Non-use").
  const typed = [...asked, ...asked.slice(1).map((word, at) => asked[at]! + word)];
  const near = (a: string, b: string): boolean =>
    b.length > 1 && a.startsWith(b) && a.length - b.length <= 2;
  // The last word may be still being typed: the start of a heading's or id's word ("rats functi").
  const last = asked.at(-1);
  const begun = (word: string, other: string): boolean =>
    other === last && [...other].length >= MIN_TYPED_START && word.startsWith(other);
  const restatedBy = (typed: readonly string[]): S | undefined => {
    let found: S | undefined;
    let most = 0;
    for (const section of sections) {
      // The heading, of two words at least (one is restated by any query that holds it: it says
      // too little to choose); or the section's id, its editor's short name ("rats functions":
      // #functions).
      for (const [words, least, same] of [
        [foldWords(section.title ?? ''), 2, near],
        [idWords(section.url), 1, isPluralOf],
      ] as const)
        if (
          words.length >= least &&
          words.length > most &&
          words.every((word) =>
            typed.some(
              (other) =>
                same(word, other) || same(other, word) || word === other || begun(word, other),
            ),
          )
        ) {
          found = section;
          most = words.length;
        }
    }
    return found;
  };
  // The query's own words first: a title's brackets may hold more than a name ("(series …, part
  // 2)"), whose words must not restate a heading the query's own do not ("Azam, CGTN, ¶5":
  // "Paragraph 5", not "Paragraph 2").
  return restatedBy(typed) ?? (others.length > 0 ? restatedBy([...typed, ...others]) : undefined);
}

/**
 * Words that compare, in a query and in a heading, in the site's languages: "difference between …",
 * "… vs …", "compared", what one thing has that another has not ("not in the UN Charter"); "Where
 * the sources agree and differ", "… side by side", "… contrast with …".
 */
const COMPARING =
  /(^| )(compar|differ|contrast|versus |vs |side by side|not in |not on |missing from |absent from |сравн|сопостав|противопостав|разниц|расход|отлича)|对照|对比|比较|异同|区别|差异|不同/;

/** A question whether something is (in) something else: "is …", "are …". */
const ASKS_WHETHER = /^(is|are) /;

/** The first word of a question after its first that is not a function word: what it asks about. */
function subjectOf(folded: string): string {
  return (
    folded
      .split(' ')
      .slice(1)
      .find((word) => !STOPWORDS.has(word)) ?? ''
  );
}

/** True when a section's heading holds a form of `word` (a start of it, or one it starts). */
function headingNames(matched: ReadonlyMap<string, readonly TermMatch[]>, word: string): boolean {
  return [...matched].some(
    ([term, matches]) =>
      (word.startsWith(term) || term.startsWith(word)) && matches.some((match) => match.heading),
  );
}

/**
 * The number of the paragraph a query cites ("Alimov 2017 ¶3", "Azam, CGTN, para. 5", "Азам, CGTN,
 * ¶5", "阿扎姆，第5段"), as the site's footnotes cite author, outlet or date and paragraph; undefined
 * if it cites none.
 */
export function citedParagraph(query: string): number | undefined {
  const cited = /(?:^| )paragraph (\d+)(?: |$)/u.exec(
    foldWords(withParagraphWords(withEditionParagraphWords(query))).join(' '),
  );
  return cited ? Number(cited[1]) : undefined;
}

/** Fewest letters of a query's last word, still being typed, that restate a heading's word they begin. */
const MIN_TYPED_START = 4;

/** Fewest letters two words share at their start to be forms of one word (isNearForm). */
export const NEAR_FORM_STEM = 5;

/**
 * True when two words are forms of one word: they share their start, NEAR_FORM_STEM letters or
 * more, and differ only in their last two letters at most ("terrorism", "terrorist"; "regional",
 * "regions"), as a title's word and the reader's. Stricter than isFormOf (edit-distance.ts, loaded
 * on demand), for which any start of a word is a form of it: "un" of a title's "Understanding".
 */
export function isNearForm(a: string, b: string): boolean {
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared += 1;
  return shared >= NEAR_FORM_STEM && a.length - shared <= 2 && b.length - shared <= 2;
}

/** What a search's data tells landingOf beyond a result's own: the same for every result of a query. */
export interface LandingHints {
  /** The ids of headings two pages or more have (SearchData.shared): parts of a page's template. */
  shared?: ReadonlySet<string>;
  /** Other words for the words searched (a synonym group's single words), which a heading may be. */
  synonyms?: readonly string[];
  /** The query is about the sources (names two authors, or says "sources"): see namesSources. */
  sources?: boolean;
  /**
   * Each word searched → the single words of its synonym groups ("membership": join, accession):
   * a section that holds one of them, and not the word, holds the word's sense (rankSections).
   */
  alternatives?: Readonly<Record<string, readonly string[]>>;
  /**
   * The words common to most results (SearchData.common: "sco"), whose match in a heading counts
   * for less (COMMON_HEADING_BONUS).
   */
  common?: ReadonlySet<string>;
}

/** A heading of a page as Pagefind keeps it among the page's anchors. */
export interface HeadingAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

/**
 * A result's sections (its sub-results, which hold a word searched) with the page's other
 * headings as sections that hold none: a query may name a section by its id or heading without
 * a word of its text ("later enlargement": #later-enlargement, "Iran and Belarus"), which only
 * landingOf's restated section reads.
 */
export function withHeadings<S extends SectionHit & { title?: string }>(
  sections: readonly S[],
  anchors: readonly HeadingAnchor[] = [],
): (S | (SectionHit & { title: string }))[] {
  const base = sections.find((section) => section.url.includes('#'))?.url.split('#')[0];
  if (base === undefined) return [...sections];
  const has = new Set(sections.map((section) => section.url.split('#')[1]));
  const more = anchors
    .filter((anchor) => /^h[2-6]$/.test(anchor.element) && !has.has(anchor.id))
    .map((anchor) => ({
      url: `${base}#${anchor.id}`,
      title: anchor.text,
      anchor: { location: anchor.location },
      weighted_locations: [],
    }));
  return [...sections, ...more];
}

/**
 * Where a page result's title leads: to its best section (rankSections' first) when that section
 * holds one of the query's words beyond the page's title (titleWordsOf), which chose it ("population"
 * is a part of the enlargement page, Enter had opened its top, 1,500 px above); to the page's top
 * when the query names only the page ("RATS") or no section. First of all, to a section whose
 * heading or id the query restates (restatedSection; `query` is what the reader typed, `sections`
 * the result's), unless the best section holds a word searched that it lacks. `content` is the
 * result's text with its locations (contentWords). `named`: the query, not a question, is one of
 * the result's names and nothing else (RankedHit.nameOnly), which leads to its top. `hints`: what
 * the search data tells of the headings and the words searched (LandingHints).
 */
export function landingOf(
  pageUrl: string,
  best: SectionHit | undefined,
  content: string,
  title?: string,
  query = '',
  sections: readonly (SectionHit & { title?: string })[] = [],
  named = false,
  {
    shared = new Set(),
    synonyms = [],
    sources = false,
    alternatives = {},
    common = new Set(),
  }: LandingHints = {},
): string {
  if (!best) return pageUrl;
  const titleWords = titleWordsOf(title);
  const words = contentWords(content);
  const endOf = sectionEnds(sections, words.length);
  const matchesOf = (section: SectionHit): Map<string, TermMatch[]> => {
    const found = termMatches(section, words);
    addIdMatches(section, found, titleWords);
    addAlternativeMatches(section, found, words, alternatives, endOf(section));
    return found;
  };
  const matched = matchesOf(best);
  // A section that holds every word the best section holds, which it may then stand in for; but
  // for a common word ("sco"), which every section is about whether it says it or not ("does the
  // sco hold joint military exercises": "What RATS does" for "Where the sources agree and differ"),
  // and for the words `but` leaves out.
  const holdsAll = (section: SectionHit, but: (term: string) => boolean = () => false): boolean => {
    const held = matchesOf(section);
    return [...matched.keys()].every((term) => held.has(term) || common.has(term) || but(term));
  };
  // A heading of two pages or more: a part of their template (SearchData.shared).
  const isShared = (section: SectionHit): boolean => shared.has(section.url.split('#')[1] ?? '');
  // A cited paragraph is the answer, though it need not say the author's name, the outlet or the
  // year its citation gives, in any edition (its anchor is the same in each).
  const paragraph = citedParagraph(query);
  const cited =
    paragraph === undefined
      ? undefined
      : sections.find((section) => section.url.endsWith(`#${paragraphId(paragraph)}`));
  if (cited) return cited.url;
  const restated = restatedSection(
    query,
    sections.filter((section) => section.url !== pageUrl),
    title,
  );
  // A word of the page's title, which every section is about whether it says it or not.
  const isOwnTitleWord = (term: string): boolean => holdsWord(titleWords, term);
  // A query that is one of the result's names asks for the page, though its title holds a
  // heading's words ("The 2017 enlargement: India and Pakistan join").
  const headedInTitle = (section: SectionHit & { title?: string }): boolean =>
    foldWords(section.title ?? '').every((word) =>
      titleWords.some((own) => own === word || isPluralOf(own, word)),
    );
  // A heading that is, but for its function words, one other word for a word searched (a synonym
  // group's: "How to cite" for "citation", whose words the section may hold only as the other).
  const renamed = sections.find((section) => {
    const words = foldWords(section.title ?? '').filter((word) => !STOPWORDS.has(word));
    return section.url !== pageUrl && words.length === 1 && synonyms.includes(words[0]!);
  });
  if (!restated && !named && renamed && holdsAll(renamed)) return renamed.url;
  if (restated && !(named && headedInTitle(restated))) {
    // Unless the best section holds a word searched that the restated one lacks ("india and
    // pakistan join nuclear": "Four nuclear powers", not "India and Pakistan join"), but for a
    // word of the page's title.
    if (holdsAll(restated, isOwnTitleWord)) return restated.url;
  }
  // A query that asks how things compare ("difference between the SCO Charter and the UN Charter",
  // "alimov vs azam") asks for the section that compares them, the first that holds its words. So
  // does a question whether one thing is in or is another ("is non-aggression a UN Charter
  // principle"), unless the best section's heading names the thing asked about, its first word
  // other than a function word ("is non-interference in the UN Charter": "Non-intervention and
  // non-interference"); a section other pages have too ("Where the sources agree and differ")
  // compares the sources, which it names.
  const folded = foldWords(query).join(' ');
  const compares = COMPARING.test(folded);
  // The template's comparison is of the page's sources: a query comparing other things (two
  // principles, the SCO and other alliances) asks for the page's own.
  const comparesSources = compares && sources;
  // The section that compares need not say the query's word for comparing ("how does Alimov's list
  // compare with the charter text": "Article 2 and the SCO's phrasing side by side"), unless the
  // query compares the sources, whose template section says it ("Where the sources agree and differ").
  const comparing = (term: string): boolean => !comparesSources && COMPARING.test(term);
  if (compares || (ASKS_WHETHER.test(folded) && !headingNames(matched, subjectOf(folded))))
    for (const section of sections)
      if (
        section.url !== pageUrl &&
        (comparesSources || !isShared(section)) &&
        COMPARING.test(foldWords(section.title ?? '').join(' ')) &&
        holdsAll(section, comparing)
      )
        return section.url;
  // A section other pages have too ("Where the sources agree and differ", "About this source") is
  // the template's, about the page's sources: a section of the page's own that holds every word it
  // holds is the part asked for ("why does Azam say RATS started in 2004": "What RATS is"), unless
  // the query asks how things compare.
  if (!comparesSources && isShared(best)) {
    const own = sections.find(
      (section) =>
        section.url !== pageUrl &&
        section.url !== best.url &&
        !isShared(section) &&
        holdsAll(section),
    );
    if (own) return own.url;
  }
  // A query that is one of the result's names, by any of its variants ("Regional Counter-Terrorism
  // Structure", a synonym's words for RATS's name), asks for the page, whatever its sections hold.
  if (named) return pageUrl;
  const terms = highlightTerms(best.url);
  const covers = (word: string): boolean =>
    terms.some((term) => word.startsWith(term) || isPluralOf(word, term));
  // A Chinese title is one word to titleWordsOf, which the index parts ("上海精神": 上海 精神). A
  // term whose every match in the section is a word of the title stands for it: the start of one
  // being typed ("enlar", completed to "enlarge": "enlargement"), or the part of one ("anti").
  const isTitleWord = (term: string): boolean =>
    titleWords.some(
      (word) =>
        word === term ||
        isPluralOf(word, term) ||
        isNearForm(word, term) ||
        (/\p{Script=Han}/u.test(term) && word.includes(term)),
    );
  const inTitle = (term: string): boolean =>
    isTitleWord(term) ||
    (matched.get(term)?.every((match) => isTitleWord(foldWord(words[match.location] ?? ''))) ??
      false);
  return [...matched.keys()].some((term) => !inTitle(term)) ||
    // A heading that holds every word searched is the part asked for ("pakistan": "India and
    // Pakistan join"), unless the words name the page itself: its title, or a name in its
    // brackets ("RATS", "Shanghai Spirit"), of which a word is enough (an author's, "Rashid").
    (terms.length > 0 &&
      terms.every((term) => matched.get(term)?.some((match) => match.heading)) &&
      !(title ?? '').split(/[()（）]/).some((name, at) => {
        const words = indexedWords(name).filter((word) => !STOPWORDS.has(word));
        return words.length > 0 && (at % 2 === 1 ? words.some(covers) : words.every(covers));
      }))
    ? best.url
    : pageUrl;
}

/**
 * The sections worth showing under a result, best first: Pagefind lists sub-results in page order,
 * so they are ranked here by sectionScore, with the content and title of the result; sections that
 * tie go by how many of the query's neighbouring words stand near each other in them (nearPairs),
 * then by how early in them the words stand (firstMatchDepth), then in page order. The page itself
 * (text before the first heading) is not a section.
 */
export function rankSections<S extends SectionHit>(
  pageUrl: string,
  sections: readonly S[],
  limit = 3,
  content?: string,
  title?: string,
  { alternatives = {}, common }: Pick<LandingHints, 'alternatives' | 'common'> = {},
): S[] {
  const words = content === undefined ? undefined : contentWords(content);
  const titleWords = titleWordsOf(title);
  // Each section's matches, found once: they count on the page and rank the section.
  const matched = words ? sections.map((section) => termMatches(section, words)) : undefined;
  // A section's id names it as its heading does ("#region" for "From the Arctic to the Indian Ocean").
  if (matched)
    sections.forEach((section, index) => addIdMatches(section, matched[index]!, titleWords));
  const endOf = sectionEnds(sections, words?.length ?? 0);
  if (matched && words)
    sections.forEach((section, index) =>
      addAlternativeMatches(section, matched[index]!, words, alternatives, endOf(section)),
    );
  const pageCounts = new Map<string, number>();
  for (const byTerm of matched ?? [])
    for (const [term, matches] of byTerm)
      pageCounts.set(term, (pageCounts.get(term) ?? 0) + matches.length);
  return sections
    .map((section, index) => ({
      section,
      index,
      score: sectionScore(section, words, pageCounts, titleWords, matched?.[index], common),
      depth: matched ? firstMatchDepth(section, matched[index]!, endOf(section)) : undefined,
      near: matched ? nearPairs(section, matched[index]!) : 0,
    }))
    .filter(({ section }) => section.url !== pageUrl)
    .sort(
      (a, b) =>
        (Math.abs(b.score - a.score) > SCORE_TIE * Math.max(a.score, b.score)
          ? b.score - a.score
          : 0) ||
        b.near - a.near ||
        (a.depth ?? 1) - (b.depth ?? 1) ||
        a.index - b.index,
    )
    .slice(0, limit)
    .map(({ section }) => section);
}

/**
 * The sections a result shows, the one its title leads to first: the title and the first section
 * shown go to the same place (on a phone only the first shows), as the reader expects of a link
 * and the words under it. A cited paragraph or a restated heading the query chose ("Azam, CGTN,
 * ¶5": Paragraph 5) had stood second, after the section ranked first ("Paragraph by paragraph").
 * A landing among the page's other sections takes the last place shown; a result that shows no
 * section (a glossary term, its own record) shows none.
 */
export function landingFirst<S extends { url: string }>(
  sections: readonly S[],
  landing: string,
  all: readonly S[],
): S[] {
  const address = (url: string): string => url.replace(/\?[^#]*/u, '');
  const own = [...sections, ...all].find((section) => address(section.url) === address(landing));
  if (!own || !landing.includes('#') || sections.length === 0) return [...sections];
  return [own, ...sections.filter((section) => address(section.url) !== address(landing))].slice(
    0,
    Math.max(sections.length, 1),
  );
}
