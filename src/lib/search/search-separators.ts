/**
 * Sentence breaks for the search index. Pagefind joins the text of a page into one string and
 * ends a block with "." only when it is one of its sentence elements (h1–h6, p, li, td, div, …)
 * and its text ends in a letter, a digit, a straight quote or a bracket. So a heading that ends in
 * a curly quote ("The “three forces”"), a block whose text ends in white space before an ignored
 * tool, and every dt, dd, th or caption run into the next block: excerpts read "The “three
 * forces” Azam writes…" or "by six states Members: 10". This module adds the missing break to
 * the copy of each page that Pagefind indexes (never to the page readers get), as an element of
 * its own after the block's last word, so that a heading's section title stays its own text.
 * Pure: the build step reads and writes the files.
 */
import { parseHTML } from 'linkedom';
import { INDEX_EXCLUDE_SELECTORS } from './config.ts';

/** Elements Pagefind ends with "." itself when their text ends in a character of SENTENCE_END_CHAR. */
const PAGEFIND_SENTENCE_TAGS = new Set([
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'P',
  'TD',
  'DIV',
  'UL',
  'LI',
  'ARTICLE',
  'SECTION',
]);
/** The characters after which Pagefind adds "." (its SENTENCE_CHARS). */
const PAGEFIND_SENTENCE_END = /[\p{L}\p{N}_'")$*]$/u;

/** Blocks whose text must end in a break: Pagefind's sentence elements and those it runs together. */
export const SEPARATED_TAGS: ReadonlySet<string> = new Set([
  ...PAGEFIND_SENTENCE_TAGS,
  'DT',
  'DD',
  'TH',
  'CAPTION',
  'FIGCAPTION',
  'BLOCKQUOTE',
  'SUMMARY',
  'OL',
  'DL',
  'TABLE',
  'TR',
  'FIGURE',
  'ASIDE',
]);

/** Text that already ends a sentence or a label ("Founded:", and the full-width marks of Chinese: "成立：", "。"). */
const ENDS_BREAK = /[.!?…:;。！？：；]$/u;

/** What Pagefind never indexes (its own list, and the site's exclusions). */
const NOT_INDEXED = [
  '[data-pagefind-ignore]',
  'head',
  'style',
  'script',
  'noscript',
  'label',
  'form',
  'svg',
  'footer',
  'nav',
  'iframe',
  'template',
  ...INDEX_EXCLUDE_SELECTORS,
].join(', ');

/** The tag of the element that carries a break: not one Pagefind knows, so no section title takes its text. */
export const SEPARATOR_TAG = 'sco-break';

interface Collected {
  /** The block's text as Pagefind collects it (nested sentence elements with their breaks). */
  text: string;
  /** The last text node with a word in it, where a break goes. */
  last: Text | undefined;
}

function collect(element: Element): Collected {
  let text = '';
  let last: Text | undefined;
  for (const node of element.childNodes) {
    if (node.nodeType === 3) {
      const value = node.textContent ?? '';
      text += value;
      if (value.trim() !== '') last = node as Text;
    } else if (node.nodeType === 1) {
      const child = node as Element;
      // Pagefind marks where an element with an id starts, with spaces around the mark, even when a
      // selector then leaves the element out (a footnote marker at the end of a list item).
      if (child.hasAttribute('id') && !child.hasAttribute('data-pagefind-ignore')) text += ' ';
      if (child.matches(NOT_INDEXED)) continue;
      const inner = collect(child);
      let piece = inner.text;
      if (PAGEFIND_SENTENCE_TAGS.has(child.tagName))
        piece = ` ${piece}${PAGEFIND_SENTENCE_END.test(piece) ? '.' : ''} `;
      // A weight (given, or a heading's own) is marked the same way, around the element's text.
      if (child.hasAttribute('data-pagefind-weight') || /^H[1-6]$/.test(child.tagName))
        piece = ` ${piece} `;
      text += piece;
      if (inner.last) last = inner.last;
    }
  }
  return { text, last };
}

/** True when Pagefind itself ends this block with a break (a sentence element ending in a word). */
function pagefindBreaks(element: Element, text: string): boolean {
  return PAGEFIND_SENTENCE_TAGS.has(element.tagName) && PAGEFIND_SENTENCE_END.test(text);
}

/**
 * Returns the page with a break after the last word of every indexed block that would otherwise run
 * into the next one: "." and a space, in a SEPARATOR_TAG element, the white space after the word
 * moved behind it. Blocks are handled innermost first, so a list whose last item ends a sentence
 * needs nothing more.
 */
export function addSentenceBreaks(html: string): string {
  const { document } = parseHTML(html);
  const body = document.querySelector('[data-pagefind-body]');
  if (!body) return html;
  // In reverse document order, every block comes after the blocks inside it.
  const blocks = [...body.querySelectorAll('*')]
    .filter((element) => SEPARATED_TAGS.has(element.tagName))
    .reverse();
  for (const block of blocks) {
    if (block.closest(NOT_INDEXED)) continue;
    const { text, last } = collect(block);
    const trimmed = text.trimEnd();
    if (!last || trimmed === '' || ENDS_BREAK.test(trimmed) || pagefindBreaks(block, text))
      continue;
    // The word ends the text node's words; the white space after it goes behind the break.
    const value = last.textContent ?? '';
    const end = value.trimEnd().length;
    const separator = document.createElement(SEPARATOR_TAG);
    separator.textContent = '. ';
    // A title Pagefind reads from an element (data-pagefind-meta) keeps its own text: the break
    // goes right after that element ("《联合国宪章》" and not "《联合国宪章》.").
    const titled = last.parentElement?.closest('[data-pagefind-meta]');
    if (titled && (titled === block || block.contains(titled))) {
      titled.after(separator);
      continue;
    }
    const after = value.slice(end);
    last.textContent = value.slice(0, end);
    last.after(separator);
    if (after !== '') separator.after(document.createTextNode(after));
  }
  return document.toString();
}
