/**
 * The words a page reached from a search result marks, from the link's highlight parameters. Pagefind
 * cuts a Chinese query into the words of its dictionary and puts each in the link: "白俄罗斯"
 * (Belarus) comes as 白 and 俄罗斯 (Russia), and marked apart they mark Russia's row of the member
 * table and every 白 on the page. Pagefind keeps their order, so consecutive Chinese terms are the
 * run the reader typed, and are marked as one; a run of one character marks nothing, as a word of
 * one or two letters marks nothing in another script (MIN_HIGHLIGHT_LENGTH, config.ts). Pure.
 */

/** A term written in Chinese characters only. */
const HAN = /^\p{Script=Han}+$/u;

/** Fewest characters of a run of Chinese marked on the landing page: a word of two ("上合"). */
export const MIN_HAN_RUN = 2;

/** The terms to mark: consecutive Chinese terms joined into one, a lone Chinese character left out. */
export function landingTerms(terms: readonly string[]): string[] {
  const marked: string[] = [];
  let afterHan = false;
  // An empty term (a hand-made "?highlight=") is nothing typed: it neither marks nor parts a run.
  for (const term of terms.filter((each) => each.trim() !== '')) {
    const han = HAN.test(term);
    if (han && afterHan) marked[marked.length - 1] += term;
    else marked.push(term);
    afterHan = han;
  }
  return marked.filter((term) => !HAN.test(term) || [...term].length >= MIN_HAN_RUN);
}

/** Letters Pagefind's index folds into others (й into и, ё into е), and what each may stand for. */
const FOLDED_LETTERS: Readonly<Record<string, string>> = { и: 'ий', е: 'её' };

/**
 * A term as a pattern that matches the page's letters Pagefind folded into the term's, or undefined
 * when it folded none: the index, and so the link, holds "шанхаискии" for "Шанхайский", which
 * mark.js does not find, as it knows no Cyrillic letter's variants. Case is ignored, as mark.js does,
 * and so is any of `joiners` between two letters, as mark.js's ignorePunctuation does (the query
 * layer searches "Юго-Восточной" joined).
 */
export function foldedPattern(term: string, joiners: readonly string[] = []): RegExp | undefined {
  if (![...term].some((letter) => letter in FOLDED_LETTERS)) return undefined;
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  const letters = [...term].map((letter) => {
    const variants = FOLDED_LETTERS[letter];
    return variants ? `[${variants}]` : escape(letter);
  });
  const between = joiners.length > 0 ? `[${joiners.map(escape).join('')}]?` : '';
  return new RegExp(letters.join(between), 'giu');
}
