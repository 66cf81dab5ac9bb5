/**
 * The quotations of a translated page (<Q en="English words">translation</Q>) and the citations that
 * give their English originals: each quotation's footnote is the one of the first <Cite> after it in
 * its paragraph, which cites the paragraph it quotes. The citations plugin (mdx-citations.ts) calls
 * these as it numbers the markers.
 */

/** The MDX element of a translated quotation. */
export const Q_ELEMENT = 'Q';

/** An mdast node, as far as these helpers read it. */
export interface QuoteNode {
  type: string;
  name?: string | null;
  attributes?: unknown;
  children?: readonly QuoteNode[];
}

/** One footnote's quotations: footnote `n` gives the English original of each. */
export interface QuoteMark {
  n: number;
  en: string[];
}

/** Inline containers a quotation may sit in within its paragraph (**, _, a link…). */
const INLINE = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);

const isElement = (node: QuoteNode, name: string): boolean =>
  (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === name;

/** The English original a <Q> carries (its `en` attribute), or undefined when it has none. */
export function quoteOriginal(node: QuoteNode): string | undefined {
  const attributes = Array.isArray(node.attributes)
    ? (node.attributes as { name?: string; value?: unknown }[])
    : [];
  const value = attributes.find((a) => a.name === 'en')?.value;
  return typeof value === 'string' ? value : undefined;
}

/** The English originals of the quotations in `nodes` and everything inside them, in reading order. */
export function quotesIn(nodes: readonly QuoteNode[]): string[] {
  return nodes.flatMap((node) => {
    const own = isElement(node, Q_ELEMENT) ? [quoteOriginal(node) ?? ''] : [];
    return [...own, ...quotesIn(node.children ?? [])];
  });
}

/** Whether `nodes`, or anything inside them, holds a <Cite>. */
export function holdsCite(nodes: readonly QuoteNode[], cite: string): boolean {
  return nodes.some((node) => isElement(node, cite) || holdsCite(node.children ?? [], cite));
}

/**
 * The quotations a citation marker at `index` among `siblings` gives the originals of: those since
 * the marker before it, or since the paragraph's start.
 */
export function quotesBefore(
  siblings: readonly QuoteNode[],
  index: number,
  cite: string,
): string[] {
  let start = index;
  while (start > 0 && !holdsCite([siblings[start - 1] as QuoteNode], cite)) start -= 1;
  return quotesIn(siblings.slice(start, index));
}

/** Whether a container is inline, so that a quotation in it belongs to the paragraph around it. */
export function isInline(node: QuoteNode | undefined): boolean {
  return node !== undefined && INLINE.has(node.type);
}

/**
 * Footnotes with the English originals of the quotations they follow (a footnote cited after two
 * quotations, or again after another, gives each original once, in the page's order).
 */
export function attachQuotes<F extends { n: number }>(
  footnotes: readonly F[],
  marks: readonly QuoteMark[],
): (F & { quotes?: string[] })[] {
  return footnotes.map((note) => {
    const quotes = [...new Set(marks.filter((m) => m.n === note.n).flatMap((m) => m.en))];
    return quotes.length > 0 ? { ...note, quotes } : note;
  });
}

/** The header cell of a table cell's column (the first row's cell at the same place), if any. */
export function columnHeader(
  cell: QuoteNode,
  parentOf: (node: QuoteNode) => QuoteNode | undefined,
): QuoteNode | undefined {
  const row = parentOf(cell);
  const table = row && parentOf(row);
  const column = row?.children?.indexOf(cell) ?? -1;
  const head = table?.children?.[0];
  return head && head !== row && column >= 0 ? head.children?.[column] : undefined;
}

/** The first <Cite> in a node, at any depth. */
export function findCite(node: QuoteNode, cite = 'Cite'): QuoteNode | undefined {
  if (isElement(node, cite)) return node;
  for (const child of node.children ?? []) {
    const found = findCite(child, cite);
    if (found) return found;
  }
  return undefined;
}
