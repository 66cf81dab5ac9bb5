/**
 * The anchor of a source's paragraph on its page ("p3" for paragraph 3): the footnotes link to it,
 * the page's links are checked against it, and search lands a cited paragraph on it, in every edition.
 */
export function paragraphId(n: number): string {
  return `p${n}`;
}
