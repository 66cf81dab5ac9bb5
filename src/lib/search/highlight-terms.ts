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
  for (const term of terms) {
    const han = HAN.test(term);
    if (han && afterHan) marked[marked.length - 1] += term;
    else marked.push(term);
    afterHan = han;
  }
  return marked.filter((term) => !HAN.test(term) || [...term].length >= MIN_HAN_RUN);
}
