/**
 * Other forms of a query word that the index may hold: its singular, the stem of a verb form and
 * its other inflections, British and American spellings, and the start it shares with its family.
 * The index has no stemmer (INDEX_LANGUAGE in config.ts), and Pagefind matches the start of words,
 * so a form the index holds, or a start of one, finds what the reader's word would.
 */
import type { SearchData } from './search-words.ts';
import { isKnownWord, wordsBeginning } from './vocabulary.ts';

/**
 * The singular a plural query word stands for, when the index holds it: "strategies" → "strategy",
 * "disputes" → "dispute", and "strategi" → "strategy". Pagefind matches the start of words, so the singular also finds the
 * plural; the other way round it finds nothing.
 */
export function singularOf(word: string, data: SearchData): string | undefined {
  // The start of such a plural, still being typed ("strategi", "strategie"), stands for it too:
  // Pagefind finds "strategies" and "strategic" by it, never "strategy".
  const typing = /^(.+?)ie?$/u.exec(word)?.[1];
  const candidates = word.endsWith('ies')
    ? [`${word.slice(0, -3)}y`]
    : typing !== undefined && !data.words.has(word)
      ? [`${typing}y`]
      : word.endsWith('es')
        ? [...(SIBILANT_PLURAL.test(word) ? [word.slice(0, -2)] : []), word.slice(0, -1)]
        : word.endsWith('s')
          ? [word.slice(0, -1)]
          : [];
  return candidates.find(
    (candidate) => [...candidate].length >= MIN_SINGULAR && data.words.has(candidate),
  );
}

/**
 * The plural in -ies of a singular in -y, when the index holds it: "policy" → "policies". Pagefind
 * matches the start of words, so the singular of most nouns finds their plural too ("principle",
 * "principles"), but a -y that becomes -ies is no start of it ("external policy" missed the
 * section on "external policies").
 */
export function pluralOf(word: string, data: SearchData): string | undefined {
  const plural = /\p{L}[^aeiouy]y$/u.test(word) ? `${word.slice(0, -1)}ies` : undefined;
  return plural !== undefined && data.words.has(plural) ? plural : undefined;
}

/**
 * The doctrine an adherent's word names, when the index holds it: "terrorist" and "terrorists" →
 * "terrorism", "separatist" → "separatism". A reader who names the people asks for the thing the
 * site defines; Pagefind's stems do not join them ("terrorist" is no start of "terrorism").
 */
export function doctrineOf(word: string, data: SearchData): string | undefined {
  const agent = /^(\p{L}{3,}is)ts?$/u.exec(word)?.[1];
  const doctrine = agent === undefined ? undefined : `${agent}m`;
  return doctrine !== undefined && data.words.has(doctrine) ? doctrine : undefined;
}

/**
 * The noun a word in -ship is made of, when the index holds it: "membership" → "member",
 * "partnership" → "partner". A reader who asks about Belarus's membership asks about Belarus
 * becoming a member, which the site may say without the longer word; the other way round,
 * Pagefind's match of a word's start finds "membership" by "member" already.
 */
export function baseNounOf(word: string, data: SearchData): string | undefined {
  const base = /^(\p{L}{3,})ships?$/u.exec(word)?.[1];
  return base !== undefined && data.words.has(base) ? base : undefined;
}

/**
 * A plural whose -es English adds to the singular: after s, x, z, ch, sh or o ("processes",
 * "taxes", "heroes"). Any other -es is an -e and an -s ("states", "lives"): "lives" is not "liv",
 * which the index holds ("Vol. LIV") and had marked on the page it opened.
 */
const SIBILANT_PLURAL = /(?:[sxzo]|ch|sh)es$/u;

/** Shortest singular worth searching for ("us" from "USS" is not one). */
const MIN_SINGULAR = 3;

/**
 * British and American spellings of one word: -our/-or (after two letters or more), -ise/-ize (and -isation, -ised, -ising),
 * -yse/-yze, -re/-er, -ence/-ense, -ogue/-og, -ll-/-l-, -dgement/-dgment, and fulfil/fulfill
 * and its like. Returns every other form the rules give.
 */
export function otherSpellings(word: string): string[] {
  const rules: [RegExp, string][] = [
    // Two letters or more before: "odour", "colour"; "four" and "for", "our" and "or" are words apart.
    [/(..)our(s|ed|ing|able)?$/, '$1or$2'],
    [/(..)or(s|ed|ing|able)?$/, '$1our$2'],
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
    // "judgement", "acknowledgement": the e dropped before -ment.
    [/dgement(s)?$/, 'dgment$1'],
    [/dgment(s)?$/, 'dgement$1'],
    // The verbs British English ends in one l and American in two ("fulfil", "fulfill"), and their
    // nouns in -ment; not every word in -il ("until", "council").
    [/^(fulfi|enro|insti|disti|appa|enthra)l(s|ment|ments)?$/, '$1ll$2'],
    [/^(fulfi|enro|insti|disti|appa|enthra)ll(s|ment|ments)?$/, '$1l$2'],
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
export function verbStems(word: string): string[] {
  const stem = /^(.+?)(ed|ing)$/.exec(word)?.[1];
  if (stem === undefined) return [];
  return [stem, `${stem}e`, ...(/([^aeiou])\1$/.test(stem) ? [stem.slice(0, -1)] : [])];
}

/**
 * The other forms of a verb form that the index holds as whole words, its base form among them:
 * "formed" → forms, forming (the site says "the grouping forms"), "signed" → signs, signing,
 * "using" → use, uses (the site says "the use of force"). Pagefind matches the start of words, so a
 * base form ("form") finds its forms already, but "formed" finds neither "forms" nor "forming", and
 * "using" not "use"; the stem of a short verb is too short to search as a start (stemOf: "form"
 * also begins "former"), so its forms are searched as words, each weighed as the reader's own. Only
 * an -ed or -ing form is read as a verb: a plural ("states") is not, nor does it give a past
 * ("stated").
 */
export function otherInflections(word: string, data: SearchData): string[] {
  const forms = verbStems(word)
    .filter((each) => [...each].length >= MIN_INFLECTED_STEM)
    .flatMap((each) => ['', 's', 'es', 'ed', 'd', 'ing'].map((ending) => each + ending));
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
    if (start.length < MIN_WHOLE_STEM) return undefined;
    const prefix = start.join('');
    if (start.length < MIN_PARTIAL_STEM ? data.words.has(prefix) : isKnownWord(prefix, data))
      return prefix;
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

/** True when a word is another spelling of a word the index holds (so it is not a typo). */
export function hasKnownSpelling(word: string, data: SearchData): boolean {
  return knownSpellings(word, data).length > 0;
}

/**
 * The digits a decade's years begin with ("1990s" → "199", "2020s" → "202"): Pagefind matches the
 * start of words, so they find every year of the decade the site writes (1996), which the decade
 * itself, a word the site never uses, would not. Undefined for any other word.
 */
export function decadeStart(word: string): string | undefined {
  return /^(\d{3})0s$/u.exec(word)?.[1];
}
