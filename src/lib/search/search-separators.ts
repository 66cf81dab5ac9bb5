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
import { Parser } from 'htmlparser2';
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
export const NOT_INDEXED: readonly string[] = [
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
];

/** The tag of the element that carries a break: not one Pagefind knows, so no section title takes its text. */
export const SEPARATOR_TAG = 'sco-break';

/**
 * The break's text: ". ", or in a page in Chinese its full stop, "。". Pagefind ends a block that
 * ends in a Chinese character with an ASCII "." (a letter, to it): a Chinese page's excerpts had
 * read "上海精神. 上海精神是…" (a reader counted 154 of 278 so joined); such a block gets "。" first,
 * after which Pagefind adds nothing.
 */
function breakText(chinese: boolean): string {
  return chinese ? '。' : '. ';
}

/** A block's text that ends in a Chinese character. */
const HAN_END = /\p{Script=Han}$/u;

type Attributes = Record<string, string>;
type Matcher = (tag: string, attributes: Attributes) => boolean;

/**
 * A selector of NOT_INDEXED as a test of one element's tag and attributes: a tag name, `.class`,
 * `#id`, `[attribute]`, or a compound of them (`sup.cite-ref`). The page is read as a stream of tags,
 * so a selector that needs the element's ancestors or siblings cannot be tested: it is refused here,
 * when the module loads, rather than silently matching nothing.
 */
export function compileSimpleSelector(selector: string): Matcher {
  const parts = /^([a-z][a-z0-9-]*)?((?:\.[\w-]+|#[\w-]+|\[[\w-]+\])*)$/i.exec(selector.trim());
  if (!parts || selector.trim() === '') {
    throw new Error(
      `Search index exclusion "${selector}" (src/lib/search/config.ts, INDEX_EXCLUDE_SELECTORS): only a tag, .class, #id, [attribute] or a compound of them can be used, since src/lib/search/search-separators.ts reads pages as a stream of tags; write the selector that way or mark the element with data-pagefind-ignore`,
    );
  }
  const tag = parts[1]?.toLowerCase();
  const tests = [...(parts[2] ?? '').matchAll(/([.#[])([\w-]+)/g)].map(([, sigil, name = '']) => {
    if (sigil === '.')
      return (attributes: Attributes) =>
        (attributes['class'] ?? '').split(/[\t\n\f\r ]+/).includes(name);
    if (sigil === '#') return (attributes: Attributes) => attributes['id'] === name;
    return (attributes: Attributes) => name in attributes;
  });
  return (name, attributes) =>
    (tag === undefined || tag === name) && tests.every((test) => test(attributes));
}

const NOT_INDEXED_MATCHERS = NOT_INDEXED.map(compileSimpleSelector);
const isNotIndexed: Matcher = (tag, attributes) =>
  NOT_INDEXED_MATCHERS.some((matches) => matches(tag, attributes));

/** Where a block's last word ends: in its collected text, and in the page's source. */
interface LastWord {
  /** The position in the element's collected text just after the word. */
  at: number;
  /** The position in the page's HTML just after the word, where a break goes. */
  source: number;
  /** The innermost element around the word whose text Pagefind reads as a title (data-pagefind-meta). */
  titled: Open | undefined;
}

/** An open element, and the text Pagefind collects from it so far. */
interface Open {
  tag: string;
  attributes: Attributes;
  /** Left out of the index, itself or through an ancestor. */
  excluded: boolean;
  /** Inside the first element marked data-pagefind-body (not the element itself). */
  inBody: boolean;
  /** The element's text as Pagefind collects it (nested sentence elements with their breaks). */
  text: string;
  last: LastWord | undefined;
  /** How many elements are open once this one is (its own included). */
  depth: number;
  /** This element or its innermost ancestor with data-pagefind-meta. */
  titled: Open | undefined;
  /** The position in the page's HTML just after the element, once it has closed. */
  end: number | undefined;
}

/** True when Pagefind itself ends this block with a break (a sentence element ending in a word). */
function pagefindBreaks(tag: string, text: string): boolean {
  return PAGEFIND_SENTENCE_TAGS.has(tag) && PAGEFIND_SENTENCE_END.test(text);
}

/**
 * Returns the page with a break after the last word of every indexed block that would otherwise run
 * into the next one: "." and a space, in a SEPARATOR_TAG element, the white space after the word
 * left behind it. Blocks are handled innermost first (when they close), so a list whose last item
 * ends a sentence needs nothing more.
 *
 * The page is read once as a stream of tags (htmlparser2, the parser linkedom builds its DOM with,
 * so elements nest the same way), each open element collecting its text as Pagefind does, and the
 * breaks are inserted into the page's own HTML, which is otherwise left as it was. Building a DOM of
 * every page for this was most of the output pass's time on a large site.
 */
export function addSentenceBreaks(html: string): string {
  const chinese = /^zh\b/i.test(/<html\b[^>]*\slang="([^"]*)"/i.exec(html)?.[1] ?? '');
  const mark = breakText(chinese);
  const stack: Open[] = [];
  const breaks: number[] = [];
  let bodyDepth = -1;
  let done = false;
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        const parent = stack.at(-1);
        const open: Open = {
          tag,
          attributes,
          excluded: (parent?.excluded ?? false) || isNotIndexed(tag, attributes),
          inBody: bodyDepth >= 0,
          text: '',
          last: undefined,
          depth: stack.length + 1,
          titled: undefined,
          end: undefined,
        };
        // Pagefind's title is a page's <h1> unless an element names it (data-pagefind-meta).
        open.titled = 'data-pagefind-meta' in attributes || tag === 'h1' ? open : parent?.titled;
        // Pagefind marks where an element with an id starts, with spaces around the mark, even when a
        // selector then leaves the element out (a footnote marker at the end of a list item).
        if (parent && 'id' in attributes && !('data-pagefind-ignore' in attributes))
          parent.text += ' ';
        stack.push(open);
        if (bodyDepth < 0 && !done && 'data-pagefind-body' in attributes) bodyDepth = stack.length;
      },
      ontext(data) {
        const open = stack.at(-1);
        if (!open) return;
        open.text += data;
        // One text event is one text node in linkedom's tree (an entity is one of its own).
        if (data.trim() !== '') {
          const trailing = data.length - data.trimEnd().length;
          open.last = {
            at: open.text.length - trailing,
            source: parser.endIndex + 1 - trailing,
            titled: open.titled,
          };
        }
      },
      onclosetag() {
        const open = stack.pop();
        if (!open) return;
        open.end = parser.endIndex + 1;
        if (stack.length + 1 === bodyDepth) {
          done = true;
          bodyDepth = -1;
        }
        const tag = open.tag.toUpperCase();
        if (open.inBody && !open.excluded && SEPARATED_TAGS.has(tag)) {
          const trimmed = open.text.trimEnd();
          const { last } = open;
          // A title Pagefind reads from an element (data-pagefind-meta) keeps its own text: the break
          // goes right after that element ("《联合国宪章》" and not "《联合国宪章》.").
          const titledEnd =
            last?.titled && last.titled.depth >= open.depth ? last.titled.end : undefined;
          if (
            last &&
            trimmed !== '' &&
            !ENDS_BREAK.test(trimmed) &&
            (!pagefindBreaks(tag, open.text) ||
              // Not a title Pagefind ends itself: a break after it would follow Pagefind's.
              (chinese && HAN_END.test(trimmed) && titledEnd === undefined))
          ) {
            if (titledEnd !== undefined) {
              breaks.push(titledEnd);
              open.text = `${open.text.trimEnd()}${mark}`;
              open.last = {
                at: open.text.trimEnd().length,
                source: titledEnd,
                titled: undefined,
              };
            } else {
              breaks.push(last.source);
              open.text = `${open.text.slice(0, last.at)}${mark}${open.text.slice(last.at)}`;
              // The break's own text is now the block's last word.
              open.last = { at: last.at + 1, source: last.source, titled: undefined };
            }
          }
        }
        const parent = stack.at(-1);
        if (!parent || open.excluded) return;
        let piece = open.text;
        let shift = 0;
        if (PAGEFIND_SENTENCE_TAGS.has(tag)) {
          piece = ` ${piece}${PAGEFIND_SENTENCE_END.test(piece) ? '.' : ''} `;
          shift += 1;
        }
        // A weight (given, or a heading's own) is marked the same way, around the element's text.
        if ('data-pagefind-weight' in open.attributes || /^H[1-6]$/.test(tag)) {
          piece = ` ${piece} `;
          shift += 1;
        }
        if (open.last)
          parent.last = {
            at: parent.text.length + shift + open.last.at,
            source: open.last.source,
            titled: open.last.titled,
          };
        parent.text += piece;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  if (breaks.length === 0) return html;
  // Blocks close innermost first, so the breaks are put in the order of the page before inserting them.
  breaks.sort((a, b) => a - b);
  let out = '';
  let from = 0;
  const separator = `<${SEPARATOR_TAG}>${mark}</${SEPARATOR_TAG}>`;
  for (const at of breaks) {
    out += html.slice(from, at) + separator;
    from = at;
  }
  return out + html.slice(from);
}
