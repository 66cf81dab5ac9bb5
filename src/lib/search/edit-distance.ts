/**
 * The edit distance typos are corrected by: Damerau–Levenshtein, so that a swap of two letters is
 * one edit, from the damerau-levenshtein package. A module of its own, which corrections.ts loads
 * the first time a plan has a word to correct (loadEditDistance): the package is CommonJS, and
 * importing it here keeps its wrapping in this module's chunk, off the dialog's opening bytes.
 */
import distance from 'damerau-levenshtein';

/** The number of edits between two words. */
export function editDistance(a: string, b: string): number {
  // No third argument: the library sizes its matrix by it, and a limit below the lengths breaks it.
  return distance(a, b).steps;
}

/** How many first letters two forms of a word share at least ("adopted" and adopt). */
export const FORM_STEM = 5;

/**
 * True when `candidate` is another form of `word`, not a different word: one begins with the whole
 * of the other ("plan" and plans, "officially" and official), or they share all but the last letter
 * of the shorter, and that is FORM_STEM letters or more ("agreed" and agreement). "status" and
 * states share four letters, "plan" and plain three, "supposed" and support five of seven:
 * different words.
 */
export function isFormOf(word: string, candidate: string): boolean {
  const a = [...word];
  const b = [...candidate];
  let same = 0;
  while (same < a.length && a[same] === b[same]) same += 1;
  const shorter = Math.min(a.length, b.length);
  return same === shorter || (same >= FORM_STEM && same >= shorter - 1);
}

/**
 * The edits correctWord counts to turn `word` into `candidate`: Infinity when `word` is an English
 * word the site never uses (`english`: SearchData.english) and `candidate` is not a form of it, for
 * a reader who typed a real word meant it.
 */
export function correctionEdits(
  word: string,
  candidate: string,
  english?: ReadonlySet<string>,
): number {
  return english?.has(word) && !isFormOf(word, candidate)
    ? Infinity
    : editDistance(word, candidate);
}
