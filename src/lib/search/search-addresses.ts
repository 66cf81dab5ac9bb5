/**
 * Addresses of the site written in a page's text (the glossary's example "/glossary/#rats", the About
 * page's example citation of "/rats/#what-rats-is") name no subject, yet Pagefind indexes their parts
 * as words: "RATS" on /ru/ found the whole glossary, timeline and About pages by "/ru/glossary/#rats"
 * and the like. This module marks every such address in the copy of a page that Pagefind indexes
 * (never in the page readers get) as not indexed, so that the index holds the words around it and an
 * excerpt leaves it out, an ellipsis in its place. A full URL is kept: a source's original address
 * is how a reader who pastes it finds the site's page on that source. Pure: the build step reads
 * and writes the files.
 */
import { Parser } from 'htmlparser2';

/**
 * An address of the site: a path with at least one folder ("/rats/", "/ru/glossary/#rats"), not
 * preceded by a letter, digit or slash, so that the path of a full URL ("https://undocs.org/A/73/833"),
 * a document symbol ("A/73/833"), "and/or" and a date ("12/06/2006") are words as before.
 */
export const ADDRESS = /(?<![\p{L}\p{N}/])\/[\p{L}\p{N}._~-]+\/[^\s<>"]*/gu;

/** Punctuation that ends the sentence around an address rather than the address itself. */
const TRAILING = /[.,;:!?)\]»”’'"]+$/u;

/** Elements whose text is not markup: an element put inside them would be text too. */
const RAW_TEXT = new Set(['head', 'title', 'script', 'style', 'textarea', 'template']);

/**
 * The element that wraps an address: Pagefind leaves it out of the index and of excerpts, where an
 * ellipsis after it marks the gap ("a permanent address such as …." had read "such as .").
 */
const OPEN = '<span data-pagefind-ignore>';
const CLOSE = '</span>…';

/**
 * Returns the page with every address in its text (ADDRESS) wrapped in an element Pagefind does not
 * index, the rest of its HTML as it was; the page itself when it holds none.
 */
export function withoutAddresses(html: string): string {
  const open: string[] = [];
  const spans: [number, number][] = [];
  const parser = new Parser(
    {
      onopentag(tag) {
        open.push(tag);
      },
      onclosetag() {
        open.pop();
      },
      ontext(text) {
        if (open.some((tag) => RAW_TEXT.has(tag))) return;
        for (const match of text.matchAll(ADDRESS)) {
          const address = match[0].replace(TRAILING, '');
          if (address === '' || match.index === undefined) continue;
          const at = parser.startIndex + match.index;
          spans.push([at, at + address.length]);
        }
      },
    },
    // Undecoded, so that a position in the text is one in the page's HTML.
    { decodeEntities: false },
  );
  parser.end(html);
  if (spans.length === 0) return html;
  let out = '';
  let from = 0;
  for (const [start, end] of spans) {
    out += `${html.slice(from, start)}${OPEN}${html.slice(start, end)}${CLOSE}`;
    from = end;
  }
  return out + html.slice(from);
}
