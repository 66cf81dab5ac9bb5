/**
 * Words as the editorial checks compare them: the same passage typed with curly or straight quotes,
 * dashes or hyphens, "organisation" or "organization", in any case, gives the same words.
 */

/** One word of a text, normalised, with where it stands in the text. */
export interface Word {
  /** The normalised word: lower case, no apostrophes or hyphens, one spelling of -ise/-ize, -our/-or, -tre/-ter. */
  word: string;
  /** Offset of its first character in the text. */
  start: number;
  /** Offset just after its last character. */
  end: number;
}

/**
 * The word shape: letters and digits, with apostrophes or single hyphens inside ("world's",
 * "non-use"); dashes, double hyphens and other punctuation split words. A hyphenated word compares
 * equal to the same word written solid ("non-aggression", "nonaggression").
 */
const WORD = /[\p{L}\p{N}]+(?:['’‘ʼ\-‐‑][\p{L}\p{N}]+)*/gu;

/**
 * British and American spellings of the same word compare equal, so that a run copied from an
 * article and re-spelt is still a copied run (applied to both sides, so it never hides a difference).
 */
function unifySpelling(word: string): string {
  return word
    .replace(/(?<=[a-z]{2})is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1')
    .replace(/(?<=[a-z]{2})tre(s?)$/, 'ter$1')
    .replace(/(?<=[a-z]{3})our(s|ed|ing|able)?$/, 'or$1');
}

/** Normalises one word as it appears in a text. */
export function normaliseWord(raw: string): string {
  return unifySpelling(
    raw
      .normalize('NFKC')
      .toLowerCase()
      .replace(/['’‘ʼ]s$/, '')
      .replace(/['’‘ʼ\-‐‑]/g, ''),
  );
}

/** The words of a text, normalised, with their offsets; punctuation and markup between them are ignored. */
export function toWords(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    words.push({ word: normaliseWord(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return words;
}

/** The normalised words of a text, joined by single spaces ("Non-use of Force" → "nonuse of force"). */
export function normalisePhrase(text: string): string {
  return toWords(text)
    .map((w) => w.word)
    .join(' ');
}
