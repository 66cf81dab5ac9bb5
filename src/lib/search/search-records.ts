import { parseHTML } from 'linkedom';
import { RECORD_ATTRIBUTE } from './config.ts';

/**
 * Search records of their own. A list page (the glossary, the timeline) marks each item that should
 * be a search result in its own right with `data-search-record` (the item's anchor id) and
 * `data-pagefind-ignore="all"`, so that the page's own record takes neither its words nor its
 * title and filters. After the build, each
 * item becomes a separate Pagefind record whose URL is the page URL with `#id`: a search for "UNODC"
 * then lands on /glossary/#unodc rather than on the top of a 40-term page.
 */

export { RECORD_ATTRIBUTE };

/** One extra record for Pagefind's `addHTMLFile`. */
export interface SearchRecord {
  /** Site path with the anchor, e.g. "/glossary/#unodc". */
  url: string;
  /** A small HTML document holding only the item, for Pagefind to index. */
  content: string;
}

/** Thrown when a page marks a record that cannot be indexed; names the page and the element. */
export class SearchRecordError extends Error {
  override name = 'SearchRecordError';
}

/** True when a built page has any record to extract (cheap text test before parsing). */
export function hasSearchRecords(html: string): boolean {
  return html.includes(RECORD_ATTRIBUTE);
}

/**
 * Extracts the records a built page marks with `data-search-record`.
 * @param html the built page
 * @param pagePath the page's site path, e.g. "/glossary/"
 */
export function extractSearchRecords(html: string, pagePath: string): SearchRecord[] {
  const { document } = parseHTML(html);
  const lang = document.documentElement.getAttribute('lang') ?? 'en';
  const seen = new Set<string>();
  return [...document.querySelectorAll(`[${RECORD_ATTRIBUTE}]`)].map((element, index) => {
    const id = element.getAttribute(RECORD_ATTRIBUTE) ?? '';
    const where = `${pagePath}: element ${index + 1} with ${RECORD_ATTRIBUTE}`;
    if (id === '')
      throw new SearchRecordError(
        `${where} has no anchor id. Fix: set ${RECORD_ATTRIBUTE}="<id of the item>"`,
      );
    if (seen.has(id))
      throw new SearchRecordError(
        `${where} repeats the id "${id}". Fix: give each record its own id`,
      );
    seen.add(id);
    if (!document.getElementById(id)) {
      throw new SearchRecordError(
        `${where} names "#${id}", which is not an id on the page. Fix: name the item's anchor id`,
      );
    }
    if (element.getAttribute('data-pagefind-ignore') !== 'all') {
      throw new SearchRecordError(
        `${where} ("${id}") lacks data-pagefind-ignore="all", so the page's own result would repeat its words and take its title. Fix: add data-pagefind-ignore="all"`,
      );
    }
    const titled = '[data-pagefind-meta^="title"]';
    if (!element.matches(titled) && !element.querySelector(titled)) {
      throw new SearchRecordError(
        `${where} ("${id}") has no element with data-pagefind-meta="title". Fix: mark the item's name`,
      );
    }
    const item = element.cloneNode(true) as Element;
    item.removeAttribute('data-pagefind-ignore');
    item.removeAttribute(RECORD_ATTRIBUTE);
    // Without ids inside, Pagefind gives the record no sections of its own: the record is the section.
    item.removeAttribute('id');
    for (const withId of item.querySelectorAll('[id]')) withId.removeAttribute('id');
    return {
      url: `${pagePath}#${id}`,
      content: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body><main data-pagefind-body>${item.outerHTML}</main></body></html>`,
    };
  });
}
