/**
 * What the search dialog, the /search/ page and the relevance tests share: Pagefind's options, the
 * kinds readers filter by, and the query in the URL. Pure, so that the tests query the built index
 * exactly as the browser does.
 */
import { STOPWORDS } from './stopwords.ts';

/** The attribute that marks an element as a search record of its own; its value is the anchor id. */
export const RECORD_ATTRIBUTE = 'data-search-record';

/**
 * Pagefind weight of the name of an entry the site has no page of its own for: a glossary term's,
 * a member state's in the home page's member table. It outweighs a mention of the name in running
 * text elsewhere, so that the entry is where a search for the name lands.
 */
export const ENTRY_NAME_WEIGHT = 7;

/**
 * Pagefind weight of a member state's capital in the home page's member table: half a sentence's,
 * so that the table is found by a capital ("Minsk", "capital of Kyrgyzstan") without outranking
 * the sections and terms that say what happened there ("Tashkent": RATS's seat). Measured in the
 * forty-fifth round on the English tables against the table without capitals: tuned ±0 first and
 * +1 in the top 3, held out +1 and +1.
 */
export const MEMBER_CAPITAL_WEIGHT = 0.5;

/** The URL parameter that carries the query to the landing page, where its words are marked. */
export const HIGHLIGHT_PARAM = 'highlight';

/**
 * Options passed to Pagefind's `options()` in the browser and in the relevance tests. Ranking is
 * tuned with Pagefind's own weights only; no query is special-cased in code.
 */
export const PAGEFIND_OPTIONS = {
  highlightParam: HIGHLIGHT_PARAM,
  excerptLength: 24,
  ranking: {
    // Favour whole-word matches over longer words that merely start with the query: "RATS" should
    // find the Regional Anti-Terrorist Structure, not "ratification" or "rates".
    termSimilarity: 2.5,
    // Weaker length normalisation than the default (0.75): a topic page of a thousand words must
    // not lose to a forty-word glossary entry merely for being long.
    pageLength: 0.2,
    // Repeating a word many times counts for less than where it stands (title, name, heading).
    termFrequency: 0.6,
  },
} as const;

/**
 * The language Pagefind indexes the site in. "und" (undetermined, BCP 47) has no stemmer: English
 * stemming would turn "RATS" into "rat", which Pagefind then also matches as the start of "rates"
 * and "ratification". Without it an acronym matches only itself and words that begin with it;
 * "principle" still finds "principles", but not the other way round (the glossary's other names and
 * misspellings fill such gaps).
 */
export const INDEX_LANGUAGE = 'und';

/**
 * What Pagefind leaves out of every page besides what carries data-pagefind-ignore: the footnote
 * markers in running text ("[3]"), which are many and small, so one selector here costs fewer
 * bytes than an attribute on each.
 */
export const INDEX_EXCLUDE_SELECTORS = ['.cite-ref'];

/**
 * The kinds readers filter results by (the `kind` Pagefind filter and URL parameter), in the order
 * the filters show them. What each is called is the edition's word (ui.ts, search.kinds). Every
 * indexed page and record has one, so that All's count is the sum of the kinds': a page of none of
 * the others (the home page and its member table, About, the lists of topics and sources) is a
 * PAGE_KIND, "Other pages".
 */
export const SEARCH_KINDS = [
  'principle',
  'institution',
  'event',
  'source',
  'glossary term',
  'page',
] as const;

/** The kind of an indexed page or record that is of none of the others. */
export const PAGE_KIND = 'page' satisfies (typeof SEARCH_KINDS)[number];

/** One filter value (the `kind` Pagefind filter, and the `kind` URL parameter). */
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Longest query sent to Pagefind; longer input is cut here (a pasted page is not a query). */
export const MAX_QUERY_LENGTH = 200;

/** True when `value` is one of the filter kinds. */
export function isSearchKind(value: string | null | undefined): value is SearchKind {
  return SEARCH_KINDS.some((kind) => kind === value);
}

/** An HTML tag pasted with a query's words ("<b>", "</em>", "<img …>"): markup, not words. */
const TAG = /<\/?[a-z][^<>]*>/gi;

/**
 * Characters that are no part of a word though text copied from elsewhere carries them inside
 * words: zero-width spaces and joiners, the word joiner, the byte-order mark, the soft hyphen, and
 * the marks and embeddings of writing direction.
 */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/**
 * Drops HTML tags and invisible characters (INVISIBLE), writes compatibility characters as their
 * plain forms (Unicode NFKC: full-width "ＲＡＴＳ" is RATS, "ﬁ" is fi), trims, folds runs of white
 * space and cuts the query to MAX_QUERY_LENGTH characters. A pasted web address is read as its
 * words by the query layer (runSearchQuery in search-run.ts).
 */
export function normaliseQuery(raw: string): string {
  const text = raw
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(TAG, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return [...text].slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/**
 * A query that is a web address: with a scheme or "www.", a host and a path ("undocs.org/A/73/833",
 * "localhost:4321/timeline/"), or a path of the site ("/glossary/#rats"). A document symbol
 * ("A/73/833") or an outlet's name ("china.org.cn") is not one.
 */
export const ADDRESS_QUERY =
  /^(?:[a-z][a-z\d+.-]*:\/\/|www\.)[^\s/]+\S*$|^(?:localhost|[\p{L}\d-]+(?:\.[\p{L}\d-]+)+)(?::\d+)?\/\S*$|^\/[^\s/]+\/\S*$/iu;

/** Text with its %-escapes decoded, or as it is when they are malformed ("#%E0%A4%A"): never throws. */
export function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The URL parameter that asks for the words as typed, without typo correction ("Search instead for …"). */
export const EXACT_PARAM = 'exact';

/**
 * The query, kind and exactness a /search/ URL carries; an unknown kind is dropped rather than
 * trusted. Malformed input (a stray "%", a repeated parameter) never throws.
 */
export function readSearchParams(search: string): {
  query: string;
  /** The q parameter as written, for the search box: markup alone is the reader's, not nothing. */
  typed: string;
  kind: SearchKind | undefined;
  exact: boolean;
} {
  const params = new URLSearchParams(search);
  const kind = params.get('kind');
  const typed = (params.get('q') ?? '').trim();
  return {
    query: normaliseQuery(typed),
    typed,
    kind: isSearchKind(kind) ? kind : undefined,
    exact: params.get(EXACT_PARAM) === '1',
  };
}

/** The query string for the /search/ URL ("?q=rats&kind=institution"), empty when all are. */
export function writeSearchParams(
  query: string,
  kind: SearchKind | undefined,
  exact = false,
): string {
  const params = new URLSearchParams();
  if (query !== '') params.set('q', query);
  if (kind) params.set('kind', kind);
  if (exact && query !== '') params.set(EXACT_PARAM, '1');
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** Shortest query word marked on the landing page: "of" or "to" would mark half the page. */
export const MIN_HIGHLIGHT_LENGTH = 3;

/**
 * True when the landing page marks a term of its link: one of MIN_HIGHLIGHT_LENGTH letters or more,
 * a number ("14 June 2001"), or a word of two letters that is no function word ("Xi", "UN"): the
 * page marks a short term only where it is a whole word (landingPattern), and the search had
 * searched it, so a reader who sees it unmarked thinks it was left out.
 */
export function marksOnLanding(term: string): boolean {
  const length = [...term].length;
  return (
    length >= MIN_HIGHLIGHT_LENGTH ||
    /^\p{N}+$/u.test(term) ||
    (length === 2 && !STOPWORDS.has(term.toLowerCase()))
  );
}

/**
 * The terms a result marks, in its excerpts and on the page it opens: without the words common to
 * most results (SearchData.common: "sco", "the"), unless no other term would be marked (a query of
 * "SCO" alone). "when was the SCO founded?" had opened the glossary with 79 marks, "SCO" in nearly
 * every term, which left the reader nothing to look for.
 */
export function markedTerms(terms: readonly string[], common: ReadonlySet<string>): string[] {
  const isCommon = (term: string): boolean => common.has(term.toLowerCase());
  return terms.some((term) => !isCommon(term) && marksOnLanding(term))
    ? terms.filter((term) => !isCommon(term))
    : [...terms];
}

/**
 * A result link as the page should open it: Pagefind adds one `highlight` parameter per query word;
 * words the page would not mark (marksOnLanding) are dropped, and the parameter too when none is left. A
 * Chinese word is kept, however short: it may be part of what the reader typed, which the landing
 * page puts back together (landingTerms, highlight-terms.ts). `landing` gives each term as the
 * page should mark it (an edition's stem: EditionRules.landingTerm).
 * Each run of Chinese characters in `searched` (what the query searched, as the notice shows it)
 * that the link's terms lack is added after them: Pagefind cuts a word by its context, so a record
 * may be found only by another name of what the reader typed (白俄罗斯's title is cut 白 俄 罗斯 and
 * found by 白罗斯: 白 + 罗斯), and its page would mark neither name (landingTerms). The words
 * common to most results (`common`) are left out as markedTerms leaves them.
 */
export function withHighlightTerms(
  href: string,
  landing: (term: string) => string = (term) => term,
  searched = '',
  common: ReadonlySet<string> = new Set(),
): string {
  const url = new URL(href, 'https://site.invalid');
  const terms = markedTerms(url.searchParams.getAll(HIGHLIGHT_PARAM), common);
  if (terms.length === 0) return href;
  url.searchParams.delete(HIGHLIGHT_PARAM);
  const runs = (searched.match(/\p{sc=Han}+/gu) ?? []).filter((run) => !terms.includes(run));
  // A term of letters once ("rats rats …" typed 300 times had put it in the link 40 times); Chinese
  // terms as they come, since their order and neighbours are the run the landing page marks.
  const seen = new Set<string>();
  for (const term of [...terms, ...new Set(runs)]) {
    const han = /\p{sc=Han}/u.test(term);
    if (!han && (seen.has(term) || !marksOnLanding(term))) continue;
    seen.add(term);
    url.searchParams.append(HIGHLIGHT_PARAM, landing(term));
  }
  const relative = `${url.pathname}${url.search}${url.hash}`;
  return url.origin === 'https://site.invalid' ? relative : url.href;
}

/** A run of excerpt text, marked when it matched the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes the character references of escaped HTML text ("&amp;", "&#39;", "&#x2019;"). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Splits a Pagefind excerpt (escaped page text with `<mark>` around matched words) into text runs,
 * so that it is rendered as text nodes and marks: no HTML from the index reaches innerHTML.
 */
export function parseExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (text: string, marked: boolean): void => {
    if (text === '') return;
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  };
  let marked = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (!marked) push(decodeEntities(piece), false);
    else {
      // Pagefind marks whole space-separated words, punctuation included ("(RATS),"): mark the word only.
      const [, before = '', within = '', trailing = ''] =
        /^([\p{P}\p{S}]*)(.*?)([\p{P}\p{S}]*)$/su.exec(decodeEntities(piece)) ?? [];
      // A bracket the word opens is the word's to close: "2(7)", not "2(7".
      const closes = within.includes('(') && !within.includes(')') && trailing.startsWith(')');
      const word = closes ? `${within})` : within;
      push(before, false);
      push(word, true);
      push(closes ? trailing.slice(1) : trailing, false);
    }
  }
  return parts;
}

/**
 * An excerpt's parts without what the result already shows above it: the title it starts with
 * (a page's, a record's: the index holds the heading as text, "Non-interference. …"), or the end of
 * a section's heading where Pagefind's window begins inside it ("in brief. The SCO grew …" under
 * "The framework in brief"), each with the full stop the index put after it; then, for a record,
 * its other names as the page lists them, unless the query's words are among them
 * ("non-intervention, non-interference in internal affairs."). Nothing goes when nothing would be
 * left.
 */
export function withoutShownTitle(
  parts: readonly ExcerptPart[],
  title: string,
  names: readonly string[] = [],
): ExcerptPart[] {
  const text = parts.map((part) => part.text).join('');
  const words = title.trim().split(/\s+/).filter(Boolean);
  let cut = 0;
  for (let at = 0; at < words.length; at += 1) {
    const tail = `${words.slice(at).join(' ')}. `;
    if (tail.length > 2 && text.startsWith(tail)) {
      cut = tail.length;
      break;
    }
  }
  // The other names as the page lists them: a sentence of names, comma-separated.
  const known = new Set(names.map((name) => name.toLowerCase()));
  const end = text.indexOf('. ', cut);
  const sentence = end === -1 ? '' : text.slice(cut, end);
  const listed =
    sentence !== '' && sentence.split(', ').every((name) => known.has(name.toLowerCase()))
      ? `${sentence}. `
      : '';
  if (listed !== '') {
    let from = 0;
    const marked = parts.some((part) => {
      const start = from;
      from += part.text.length;
      return part.marked && start < cut + listed.length && from > cut;
    });
    if (!marked) cut += listed.length;
  }
  if (cut === 0 || cut >= text.trimEnd().length) return [...parts];
  const out: ExcerptPart[] = [];
  let from = 0;
  for (const part of parts) {
    const start = from;
    from += part.text.length;
    if (from <= cut) continue;
    out.push({
      text: start >= cut ? part.text : part.text.slice(cut - start),
      marked: part.marked,
    });
  }
  return out;
}

/** An excerpt's words as plain text, for comparing: marks, punctuation and case out, one space between words. */
function excerptText(excerpt: string): string {
  return decodeEntities(excerpt.replace(/<\/?mark>/g, ''))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * How many characters (of excerptText) a page's excerpt shares in one run with a section's when it
 * repeats it: about seven English words. Two parts of one page seldom share that much unless they
 * are the same window of its text. An excerpt of a language written without spaces (Chinese) is
 * shorter in characters, each holding more: half of it is enough.
 */
export const REPEAT_RUN = 40;

/**
 * True when a page's excerpt repeats the excerpt of one of the sections listed under it: they share
 * a run of REPEAT_RUN characters, or of half the page's excerpt if that is less. Pagefind centres
 * both on the page's best match, so they are often the same words; the results list then shows
 * them once, under the section (whose heading says where they are).
 */
export function repeatsExcerpt(excerpt: string, sections: readonly string[]): boolean {
  const text = excerptText(excerpt);
  const run = Math.min(REPEAT_RUN, Math.ceil(text.length / 2));
  // One string, a line per section: a run (which holds no line break) is found within one section.
  const others = sections.map(excerptText).join('\n');
  for (let at = 0; run > 0 && at + run <= text.length; at++)
    if (others.includes(text.slice(at, at + run))) return true;
  return false;
}

/**
 * What parts the words of a run of Chinese in the copy of a page that Pagefind indexes
 * (src/lib/search/index-segments.ts): a zero-width space. Pagefind keeps it in a result's title
 * and headings too, which the build writes again without it (src/integrations/pagefind-titles.ts).
 */
export const SEGMENT_MARK = '\u200B';
