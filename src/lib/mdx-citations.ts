import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { ContentError } from './content-error';
import { citationKey, type CitationMark } from './citations';
import { projectPath } from './project-path';

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
  return defineMdastPlugin({
    name: 'citations',
    mdxJsxTextElement(node, ctx) {
      if (node.name !== CITE_ELEMENT) return;
      const attributes = node.attributes as JsxAttribute[];
      const byName = new Map(attributes.map((a) => [a.name, a.value]));
      const source = byName.get('source');
      const p = byName.get('p');
      const where = `<Cite source=${JSON.stringify(source)}${p === undefined ? '' : ` p=${JSON.stringify(p)}`} />`;
      const fail = (problem: string, fix: string): never => {
        throw new ContentError([{ file, field: where, problem, fix }]);
      };
      const unknown = attributes.filter((a) => a.name !== 'source' && a.name !== 'p');
      if (unknown.length > 0)
        fail(`has an unexpected attribute "${unknown[0]?.name ?? '{…}'}"`, 'write only source="…" and, for an article, p="N"');
      if (typeof source !== 'string' || source === '') fail('has no source', 'write the source id, e.g. source="alimov-2017"');
      if (p !== undefined && (typeof p !== 'string' || !/^[1-9]\d*$/.test(p)))
        fail('has a paragraph that is not a number', 'write the paragraph as p="5"');
      const mark: CitationMark = p === undefined ? { source: source as string } : { source: source as string, p: Number(p) };
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
      const siblings = (ctx.parent(node) as { children?: readonly { type: string; name?: string }[] } | undefined)?.children;
      const before = siblings?.[(ctx.indexOf(node) ?? 0) - 1];
      const joined = before?.type === 'mdxJsxTextElement' && before.name === CITE_ELEMENT;
      // The replacement is built from plain attribute objects; satteri's types want its own node type.
      ctx.replaceNode(node, {
        type: 'mdxJsxTextElement',
        name: CITE_ELEMENT,
        attributes: [
          ...attributes.map(({ type, name, value }) => ({ type, name, value })),
          { type: 'mdxJsxAttribute', name: 'n', value: String(n) },
          { type: 'mdxJsxAttribute', name: 'anchor', value: use === 1 ? `ref-${n}` : `ref-${n}-${use}` },
          ...(joined ? [{ type: 'mdxJsxAttribute', name: 'joined', value: 'true' }] : []),
        ],
        children: [],
      } as unknown as Parameters<typeof ctx.replaceNode>[1]);
      // Astro passes ctx.data.astro.frontmatter to the page as remarkPluginFrontmatter.
      const data = ctx.data as { astro?: { frontmatter?: Record<string, unknown> } };
      data.astro ??= {};
      data.astro.frontmatter ??= {};
      data.astro.frontmatter['citations'] = marks;
    },
  });
};
