import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { ContentError } from './content-error';
import { citationKey, type CitationMark } from './citations';
import { readCite } from './mdx-rules';
import { projectPath } from './project-path';

type Ctx = Parameters<NonNullable<Parameters<typeof defineMdastPlugin>[0]['mdxJsxTextElement']>>[1];

/** The MDX element that marks a citation: `<Cite source="alimov-2017" p="5" />`. */
export const CITE_ELEMENT = 'Cite';

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
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
  // A <Cite> inside a paragraph, a list item or a table cell is a text element; one on a line of its
  // own is a flow element. Both are numbered in reading order (the visitor walks the tree in order).
  const visit = (node: { name?: string | null; attributes: unknown; type: string }, ctx: Ctx): void => {
    if (node.name !== CITE_ELEMENT) return;
    const attributes = node.attributes as JsxAttribute[];
    const read = readCite(attributes);
    if ('problem' in read) {
      const where = `<Cite${attributes.map((a) => ` ${a.name ?? '{…}'}=${JSON.stringify(a.value)}`).join('')} />`;
      throw new ContentError([{ file, field: where, problem: read.problem, fix: read.fix }]);
    }
    const mark = read.mark;
    const key = citationKey(mark);
    if (!order.includes(key)) {
      order.push(key);
      marks.push(mark);
    }
    const n = order.indexOf(key) + 1;
    const use = (uses.get(key) ?? 0) + 1;
    uses.set(key, use);
    // A <Cite> right after another (nothing between them) is `joined`: the two render as one
    // marker, "[1, 8]" (Cite.astro).
    const siblings = (ctx.parent(node as never) as { children?: readonly { type: string; name?: string }[] } | undefined)?.children;
    const before = siblings?.[(ctx.indexOf(node as never) ?? 0) - 1];
    const joined = before?.type === node.type && before.name === CITE_ELEMENT;
    // The replacement is built from plain attribute objects; satteri's types want its own node type.
    ctx.replaceNode(
      node as never,
      {
        type: node.type,
        name: CITE_ELEMENT,
        attributes: [
          ...attributes.map(({ type, name, value }) => ({ type, name, value })),
          { type: 'mdxJsxAttribute', name: 'n', value: String(n) },
          { type: 'mdxJsxAttribute', name: 'anchor', value: use === 1 ? `ref-${n}` : `ref-${n}-${use}` },
          ...(joined ? [{ type: 'mdxJsxAttribute', name: 'joined', value: 'true' }] : []),
        ],
        children: [],
      } as never,
    );
    // Astro passes ctx.data.astro.frontmatter to the page as remarkPluginFrontmatter.
    const data = ctx.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter['citations'] = marks;
  };
  return defineMdastPlugin({
    name: 'citations',
    mdxJsxTextElement: visit,
    mdxJsxFlowElement: visit,
  });
};
