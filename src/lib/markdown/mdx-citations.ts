import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { ContentError } from '../content/content-error';
import { citationKey, formatCitationMark, type CitationMark } from '../content/citations';
import { readCite } from './mdx-rules';
import { projectPath } from '../content/project-path';
import {
  columnHeader,
  findCite,
  holdsCite,
  isInline,
  Q_ELEMENT,
  quoteOriginal,
  quotesBefore,
  type QuoteMark,
  type QuoteNode,
} from './mdx-quotes';

type Ctx = Parameters<NonNullable<Parameters<typeof defineMdastPlugin>[0]['mdxJsxTextElement']>>[1];

/** The MDX element that marks a citation: `<Cite source="alimov-2017" p="5" />`. */
export const CITE_ELEMENT = 'Cite';

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

interface CiteNode {
  type: string;
  name?: string | null;
  attributes?: unknown;
}

/** Whether `node` is a <Cite> of the same kind (text or flow) as its neighbour. */
function isCite(node: CiteNode | undefined, type: string): node is CiteNode {
  return node?.type === type && node.name === CITE_ELEMENT;
}

/** The element as written, for messages: `<Cite source="alimov-2017" p="5" />`. */
function describeCite(attributes: readonly JsxAttribute[]): string {
  return `<Cite${attributes.map((a) => ` ${a.name ?? '{…}'}=${JSON.stringify(a.value)}`).join('')} />`;
}

/**
 * Numbers the `<Cite>` elements of a page in reading order, as footnotes are numbered: the same
 * source and paragraph cited again reuses its number. Each element gets `n` (its footnote number) and
 * `anchor` (a unique id for the back-link); the ordered list goes to the page's frontmatter as
 * `citations`, where src/data checks it against the sources and builds the footnotes.
 */
export const citationsPlugin: MdastPluginEntry = (factory) => {
  const file = projectPath(factory.fileURL);
  const order: string[] = [];
  const uses = new Map<string, number>();
  const marks: CitationMark[] = [];
  const quotes: QuoteMark[] = [];
  // The footnote number of the last marker so far, for a quotation with no marker after it.
  let lastN: number | undefined;
  const read = (attributes: readonly JsxAttribute[]): CitationMark => {
    const result = readCite(attributes);
    if ('problem' in result)
      throw new ContentError([
        { file, field: describeCite(attributes), problem: result.problem, fix: result.fix },
      ]);
    return result.mark;
  };
  // A <Cite> inside a paragraph, a list item or a table cell is a text element; one on a line of its
  // own is a flow element. Both are numbered in reading order (the visitor walks the tree in order).
  const visit = (node: CiteNode, ctx: Ctx): void => {
    if (node.name === Q_ELEMENT) {
      checkQuoteCited(node, ctx);
      return;
    }
    if (node.name !== CITE_ELEMENT) return;
    // Markers with nothing between them render as one, "[1, 8]" (Cite.astro). The first of such a
    // run numbers the whole run and puts it in ascending order, so a run never reads "[8, 1]"; the
    // others are then dropped where they stood.
    const siblings =
      (ctx.parent(node as never) as { children?: readonly CiteNode[] } | undefined)?.children ?? [];
    const index = ctx.indexOf(node as never) ?? 0;
    if (isCite(siblings[index - 1], node.type)) {
      ctx.removeNode(node as never);
      return;
    }
    const run = [node];
    for (
      let next = siblings[index + 1];
      isCite(next, node.type);
      next = siblings[index + run.length]
    )
      run.push(next);
    const numbered = run.map((cite) => {
      const attributes = cite.attributes as JsxAttribute[];
      const mark = read(attributes);
      const key = citationKey(mark);
      if (!order.includes(key)) {
        order.push(key);
        marks.push(mark);
      }
      const n = order.indexOf(key) + 1;
      const use = (uses.get(key) ?? 0) + 1;
      uses.set(key, use);
      return { attributes, n, anchor: use === 1 ? `ref-${n}` : `ref-${n}-${use}` };
    });
    const twice = numbered.find(
      (cite, i) => numbered.findIndex((other) => other.n === cite.n) !== i,
    );
    if (twice) {
      throw new ContentError([
        {
          file,
          field: describeCite(twice.attributes),
          problem: `cites ${formatCitationMark(read(twice.attributes))} twice in one marker`,
          fix: 'remove one of the two <Cite> elements',
        },
      ]);
    }
    // A translated quotation's English original is given in the footnote of the marker after it.
    const quoted = quotesBefore(siblings as readonly QuoteNode[], index, CITE_ELEMENT);
    const first = numbered[0];
    if (quoted.length > 0 && first) quotes.push({ n: first.n, en: quoted });
    lastN = first?.n;
    // The replacement is built from plain attribute objects; satteri's types want its own node type.
    ctx.replaceNode(
      node as never,
      numbered
        .sort((a, b) => a.n - b.n)
        .map(({ attributes, n, anchor }, i) => ({
          type: node.type,
          name: CITE_ELEMENT,
          attributes: [
            ...attributes.map(({ type, name, value }) => ({ type, name, value })),
            { type: 'mdxJsxAttribute', name: 'n', value: String(n) },
            { type: 'mdxJsxAttribute', name: 'anchor', value: anchor },
            ...(i > 0 ? [{ type: 'mdxJsxAttribute', name: 'joined', value: 'true' }] : []),
          ],
          children: [],
        })) as never,
    );
    // Astro passes ctx.data.astro.frontmatter to the page as remarkPluginFrontmatter.
    const data = ctx.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter['citations'] = marks;
    data.astro.frontmatter['quotes'] = quotes;
  };
  // A marker already numbered carries its number; one not yet is looked up by what it cites.
  const footnoteOf = (cite: QuoteNode): number => {
    const attributes = cite.attributes as JsxAttribute[];
    const n = attributes.find((a) => a.name === 'n')?.value;
    if (typeof n === 'string') return Number(n);
    return order.indexOf(citationKey(read(attributes))) + 1;
  };
  /**
   * A quotation's footnote: the marker after it in its paragraph (recorded when that marker is
   * numbered); in a table cell without one, the marker in its column's header; otherwise the last
   * marker before it, as a list's lead-in cites its items.
   */
  const checkQuoteCited = (node: CiteNode, ctx: Ctx): void => {
    const parentOf = (child: QuoteNode): QuoteNode | undefined =>
      ctx.parent(child as never) as QuoteNode | undefined;
    let child = node as QuoteNode;
    let parent = parentOf(child);
    while (isInline(parent)) {
      child = parent as QuoteNode;
      parent = parentOf(child);
    }
    const siblings = parent?.children ?? [];
    if (holdsCite(siblings.slice(siblings.indexOf(child) + 1), CITE_ELEMENT)) return;
    const en = quoteOriginal(node as QuoteNode) ?? '';
    const header = parent?.type === 'tableCell' ? columnHeader(parent, parentOf) : undefined;
    const headerCite = header && findCite(header);
    const n = headerCite ? footnoteOf(headerCite) : lastN;
    if (n === undefined || n < 1)
      throw new ContentError([
        {
          file,
          field: `<Q en=${JSON.stringify(en)}>`,
          problem:
            'has no <Cite> after it in its paragraph nor before it on the page, so no footnote can give its English original',
          fix: 'put the <Cite> of the paragraph it quotes after the quotation, in the same paragraph',
        },
      ]);
    quotes.push({ n, en: [en] });
  };
  return defineMdastPlugin({
    name: 'citations',
    mdxJsxTextElement: visit,
    mdxJsxFlowElement: visit,
  });
};
