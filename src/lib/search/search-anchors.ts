/**
 * Pagefind keeps every element of a page that has an id as an anchor in the page's fragment, the
 * file a result's excerpt is read from. Its sections (sub-results) are made from the headings
 * alone, so the other anchors are bytes every reader downloads for nothing: the citation marks
 * (`<sup class="cite-ref" id="ref-3">`) were two thirds of a topic page's anchors, about 0.45 KB
 * of each of its fragments after gzip. This module takes the id off every element but a heading
 * in the copy of a page that Pagefind indexes (never in the page readers get, where the ids are
 * the targets of the citations' links). Pure: the build step reads and writes the files.
 */
import { Parser } from 'htmlparser2';

/** The elements whose ids Pagefind makes sections of: h1–h6. */
const SECTION_TAG = /^h[1-6]$/;

/** Returns the page with the id of every element but a heading left out, the rest as it was. */
export function withoutUnusedAnchors(html: string): string {
  const spans: [number, number][] = [];
  let tag = '';
  const parser = new Parser(
    {
      onopentagname(name) {
        tag = name;
      },
      onattribute(name) {
        // startIndex is where the attribute's name begins, endIndex just after its value.
        if (name === 'id' && !SECTION_TAG.test(tag))
          spans.push([parser.startIndex, parser.endIndex]);
      },
    },
    // Undecoded, so that a position is one in the page's HTML.
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  if (spans.length === 0) return html;
  let out = '';
  let from = 0;
  for (const [start, end] of spans) {
    out += html.slice(from, start);
    from = end;
  }
  return out + html.slice(from);
}
