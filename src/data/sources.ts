import type { CollectionEntry } from 'astro:content';
import { citationKey } from '#lib/content/citations.ts';
import { formatReference } from '#lib/meta/cite-page.ts';
import { describeSourcePage, type TocItem } from '#lib/meta/page-data.ts';
import { isReference } from '#lib/content/source-kind.ts';
import { getSiteContent, type CitedBy } from './content';
import { pageHead, type PageHead } from './page-head';

/** One paragraph summary on a source page, with its permanent id (p1, p2, …). */
export interface ParagraphView {
  id: string;
  n: number;
  /** The paragraph's first words, as the article has them: where to find it in the original. */
  opening: string;
  summary: string;
  citedBy: CitedBy[];
}

/** Everything a source page renders. */
export interface SourcePage {
  source: CollectionEntry<'sources'>;
  /** What the page says about itself: address, description, the work its JSON-LD describes. */
  head: PageHead;
  toc: TocItem[];
  paragraphs: ParagraphView[];
  facts: string[];
}

/** The source ids, for getStaticPaths. */
export async function getSourceIds(): Promise<string[]> {
  return (await getSiteContent()).sources.map((s) => s.id);
}

/** Builds the data of one source page. */
export async function getSourcePage(id: string): Promise<SourcePage> {
  const { sources, citedBy } = await getSiteContent();
  const source = sources.find((s) => s.id === id);
  if (!source) throw new Error(`getSourcePage: no source "${id}"`);
  const paragraphs = (source.data.paragraphs ?? []).map(({ opening, summary }, index) => {
    const n = index + 1;
    return {
      id: `p${n}`,
      n,
      opening,
      summary,
      citedBy: citedBy.get(citationKey({ source: id, p: n })) ?? [],
    };
  });
  const facts = source.data.facts ?? [];
  const toc: TocItem[] = [
    { id: 'about-this-source', text: 'About this source', children: [] },
    { id: 'cite-original', text: 'How to cite the original', children: [] },
    ...(paragraphs.length > 0
      ? [
          {
            id: 'paragraphs',
            text: 'Paragraph by paragraph',
            children: paragraphs.map((p) => ({ id: p.id, text: `¶${p.n}`, children: [] })),
          },
        ]
      : []),
    ...(facts.length > 0
      ? [{ id: 'facts', text: 'What the site takes from it', children: [] }]
      : []),
  ];
  const { title, url, published } = source.data;
  return {
    source,
    head: await pageHead({
      path: `/sources/${id}/`,
      title,
      description: describeSourcePage(source.data),
      trail: [
        { href: '/sources/', label: 'Sources' },
        { href: `/sources/${id}/`, label: title },
      ],
      // The text of a source page restates, per paragraph or fact, what the topic pages say with
      // context: it weighs less than a topic page's, and a reference source's (background facts) least.
      searchWeight: isReference(source.data) ? 0.25 : 0.4,
      searchKind: 'source',
      meta: { work: { id, title, url, published } },
    }),
    toc,
    paragraphs,
    facts,
  };
}

/** A source's full reference, for the list at the foot of a page that cites it. */
export interface ReferenceEntry {
  id: string;
  /** The site's page about the source. */
  href: string;
  /** The full reference, Chicago author-date (formatReference). */
  text: string;
}

/** The full references of the given sources, in the order given, each once. */
export async function getReferences(ids: readonly string[]): Promise<ReferenceEntry[]> {
  const { sources } = await getSiteContent();
  return [...new Set(ids)].map((id) => {
    const source = sources.find((s) => s.id === id);
    if (!source) throw new Error(`getReferences: no source "${id}"`);
    return { id, href: `/sources/${id}/`, text: formatReference({ id, ...source.data }) };
  });
}
