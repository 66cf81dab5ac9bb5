/**
 * A section's BibTeX, from its page's: the same entry with the section's id added to the key and the
 * URL, and its title before the page's. The page's "Cite this page" box carries the page's entry; a
 * section's box is filled from it by src/client/section-links.ts, so that a page does not carry a
 * near-copy of its entry for every section (about 40 bytes of gzip each, in the first round trip:
 * tests/build/budgets.test.ts). cite-page.ts formats a section's entry with this same function.
 */

/** A section's title as its heading shows it: the heading's text, white space as one space. */
export function sectionTitleOf(headingText: string): string {
  return headingText.replace(/\s+/g, ' ').trim();
}

/** Braces and backslashes would end or escape a BibTeX field; they are escaped, not dropped. */
export function bibtexValue(text: string): string {
  return text.replace(/([\\{}])/g, '\\$1').replace(/([&%$#_])/g, '\\$1');
}

/**
 * The entry of section `id` titled `sectionTitle`, from the page's entry (or its first part, up to
 * the date accessed: the key, title and URL come before it). Throws if the text is not a page's entry.
 */
export function sectionBibtex(pageBibtex: string, id: string, sectionTitle: string): string {
  let changed = 0;
  const change = (pattern: RegExp, edit: (...groups: string[]) => string): void => {
    pageBibtex = pageBibtex.replace(pattern, (...match: string[]) => {
      changed += 1;
      return edit(...match.slice(1));
    });
  };
  change(/^(@online\{[^,\n#]+),/, (key = '') => `${key}:${id},`);
  change(
    /^( {2}title = \{)(.*)(\},)$/m,
    (open = '', title = '', close = '') =>
      `${open}${bibtexValue(sectionTitle)} --- ${title}${close}`,
  );
  change(
    /^( {2}url = \{)([^}#]*)(\},)$/m,
    (open = '', url = '', close = '') => `${open}${url}#${id}${close}`,
  );
  if (changed !== 3) throw new Error('sectionBibtex: not the BibTeX entry of a page');
  return pageBibtex;
}
