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
