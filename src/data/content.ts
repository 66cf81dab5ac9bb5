import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { MarkdownHeading } from 'astro';
import {
  toFootnotes,
  type CitationMark,
  type Footnote,
  type ShortFormWords,
  type SourceFacts,
} from '#lib/content/citations.ts';
import {
  indexCitedBy,
  newestReview,
  sectionLink,
  sortGlossary,
  sortMembers,
  sortSources,
  sortTimeline,
  sortTopics,
  type CitedBy,
} from '#lib/content/content-order.ts';
import { assertNoProblems } from '#lib/content/content-error.ts';
import { checkEditorialRules } from '#lib/content/editorial/index.ts';
import { readEditorialInput } from '#lib/content/editorial/read-files.ts';
import { smartQuotesDeep } from '#lib/content/typography.ts';
import type { NavLink } from '#lib/meta/page-data.ts';
import { loadRedirects, resolveTopicId } from '#lib/content/redirects.ts';
import { validateContent, type DataEntry, type ProseEntry } from '#lib/content/validate-content.ts';

type AstroComponent = Awaited<ReturnType<typeof render>>['Content'];

/** A rendered MDX entry (topic or page) with what its templates need. */
export interface Prose<C extends 'topics' | 'pages'> {
  id: string;
  data: CollectionEntry<C>['data'];
  file: string;
  Content: AstroComponent;
  headings: MarkdownHeading[];
  footnotes: Footnote[];
}

/** A data entry with its `sources` made into ready links ("Alimov (2017), ¶3" → /sources/alimov-2017/#p3). */
export type WithCitations<T> = T & { citations: Footnote[] };

export type { CitedBy };

/** Everything the pages read, loaded and checked once per build. */
export interface SiteContent {
  topics: Prose<'topics'>[];
  pages: Prose<'pages'>[];
  sources: CollectionEntry<'sources'>[];
  /**
   * Glossary terms A–Z, each with links to the sections that discuss it and, when a topic page is
   * devoted to the term (same id, as /rats/ for the term rats), a link to that page.
   */
  glossary: (WithCitations<CollectionEntry<'glossary'>['data']> & {
    discussedLinks: NavLink[];
    ownPage?: NavLink;
  })[];
  timeline: WithCitations<CollectionEntry<'timeline'>['data']>[];
  /** Each member state, with its accession's citations and its capital's (capitalCitations). */
  members: (WithCitations<CollectionEntry<'members'>['data']> & { capitalCitations: Footnote[] })[];
  /** Every source, by id, as the citation helpers read it. */
  sourceFacts: ReadonlyMap<string, SourceFacts>;
  /** For each cited "source#p" key, the topic sections citing it. */
  citedBy: ReadonlyMap<string, CitedBy[]>;
  /**
   * The newest last-reviewed date of the prose (YYYY-MM-DD): the date the pages without one of
   * their own give, since they are reviewed with it; a list page (glossary, timeline, sources) a
   * newer one of its entries' (listReviewed in src/data/pages.ts).
   */
  contentReviewed: string;
}

function fileOf(entry: { filePath?: string | undefined; id: string }, fallback: string): string {
  return entry.filePath ?? fallback;
}

/** An MDX entry after rendering, with the citations the citations plugin collected. */
interface Rendered<E> {
  entry: E;
  file: string;
  Content: AstroComponent;
  headings: MarkdownHeading[];
  citations: CitationMark[];
}

async function renderProse<E extends CollectionEntry<'topics'> | CollectionEntry<'pages'>>(
  entry: E,
  folder: string,
): Promise<Rendered<E>> {
  const { Content, headings, remarkPluginFrontmatter } = await render(entry);
  const citations = (remarkPluginFrontmatter['citations'] ?? []) as CitationMark[];
  return {
    entry,
    file: fileOf(entry, `content/${folder}/${entry.id}.mdx`),
    Content,
    headings,
    citations,
  };
}

/**
 * A glossary term's or timeline event's citations as footnotes, named by the given sources (an
 * edition's: src/data/editions.ts) in the given short-form words.
 */
export function itemCitations(
  item: { sources: Parameters<typeof toMarks>[0] },
  sourceFacts: ReadonlyMap<string, SourceFacts>,
  words?: ShortFormWords,
): Footnote[] {
  return toFootnotes(toMarks(item.sources), sourceFacts, words);
}

function toMarks(
  refs: readonly { source: { id: string }; p?: number | undefined; notes?: true | undefined }[],
): CitationMark[] {
  return refs.map(({ source, p, notes }) => ({
    source: source.id,
    ...(p === undefined ? {} : { p }),
    ...(notes ? { notes } : {}),
  }));
}

async function loadSiteContent(): Promise<SiteContent> {
  const [
    topicEntries,
    pageEntries,
    sourceEntries,
    glossaryEntries,
    timelineEntries,
    memberEntries,
  ] = await Promise.all([
    getCollection('topics'),
    getCollection('pages'),
    getCollection('sources'),
    getCollection('glossary'),
    getCollection('timeline'),
    getCollection('members'),
  ]);
  // Text from YAML gets the typographic quotes that Markdown gives the prose.
  const typeset = <E extends { data: object }>(entries: E[]): E[] =>
    entries.map((entry) => ({ ...entry, data: smartQuotesDeep(entry.data) }));
  const [sources, glossary, timeline, members] = [
    typeset(sourceEntries),
    typeset(glossaryEntries),
    typeset(timelineEntries),
    typeset(memberEntries),
  ] as const;
  const sourceFacts = new Map<string, SourceFacts>(
    sources.map((s) => [s.id, { id: s.id, ...s.data }]),
  );
  const topics = await Promise.all(topicEntries.map((e) => renderProse(e, 'topics')));
  const pages = await Promise.all(pageEntries.map((e) => renderProse(e, 'pages')));

  const prose = (
    r: Rendered<CollectionEntry<'topics'> | CollectionEntry<'pages'>>,
    listed?: string[],
  ): ProseEntry => ({
    id: r.entry.id,
    file: r.file,
    citations: r.citations,
    sectionIds: r.headings.map((h) => h.slug),
    aliases: r.entry.data.aliases,
    ...(listed ? { listedSources: listed } : {}),
  });
  // Data may name a moved topic by its old id; it means the page at the new address.
  const redirects = loadRedirects();
  const topicOf = (id: string): string => resolveTopicId(id, redirects);
  // The YAML-list loader records each entry's file (content/glossary.yaml …), so messages name it.
  const data = (
    entries: {
      filePath?: string | undefined;
      data: {
        id: string;
        sources: { source: { id: string }; p?: number | undefined; notes?: true | undefined }[];
        discussedIn?: { topic: string; section: string }[];
        aliases?: string[];
      };
    }[],
  ): DataEntry[] =>
    entries.map(({ filePath, data: item }) => ({
      id: item.id,
      file: filePath ?? '(unknown file)',
      sources: toMarks(item.sources),
      ...(item.discussedIn
        ? {
            discussedIn: item.discussedIn.map((d) => ({
              topic: topicOf(d.topic),
              section: d.section,
            })),
          }
        : {}),
      ...(item.aliases ? { aliases: item.aliases } : {}),
    }));
  assertNoProblems([
    ...validateContent({
      sources: sourceFacts,
      topics: topics.map((t) =>
        prose(
          t,
          t.entry.data.sources.map((s) => s.id),
        ),
      ),
      pages: pages.map((p) => prose(p)),
      glossary: data(glossary),
      timeline: data(timeline),
      members: data(members),
    }),
    // The editorial rules (copied runs, quotations, paragraph anchors, "discussed in") read content/ as text.
    ...checkEditorialRules(readEditorialInput(process.cwd())),
  ]);

  const toView = <C extends 'topics' | 'pages'>(r: Rendered<CollectionEntry<C>>): Prose<C> => ({
    id: r.entry.id,
    data: smartQuotesDeep(r.entry.data),
    file: r.file,
    Content: r.Content,
    headings: r.headings,
    footnotes: toFootnotes(r.citations, sourceFacts),
  });
  const topicViews = sortTopics(topics.map((t) => toView<'topics'>(t)));
  const sections = topicViews.map((t) => ({
    id: t.id,
    navLabel: t.data.navLabel,
    headings: t.headings,
  }));
  const cite = <T extends { sources: { source: { id: string }; p?: number | undefined }[] }>(
    item: T,
  ): WithCitations<T> => ({
    ...item,
    citations: toFootnotes(toMarks(item.sources), sourceFacts),
  });
  return {
    topics: topicViews,
    pages: pages.map((p) => toView<'pages'>(p)),
    sources: sortSources(sources),
    glossary: sortGlossary(
      glossary.map((g) => {
        const ownPage = topicViews.find((t) => t.id === g.data.id);
        return {
          ...cite(g.data),
          discussedLinks: g.data.discussedIn.map((d) =>
            sectionLink(sections, topicOf(d.topic), d.section),
          ),
          ...(ownPage ? { ownPage: { href: `/${ownPage.id}/`, label: ownPage.data.title } } : {}),
        };
      }),
    ),
    timeline: sortTimeline(timeline.map((e) => cite(e.data))),
    members: sortMembers(
      members.map((m) => ({
        ...cite(m.data),
        capitalCitations: toFootnotes(toMarks(m.data.capitalSources), sourceFacts),
      })),
    ),
    sourceFacts,
    citedBy: indexCitedBy(
      topics.map((t) => ({ id: t.entry.id, title: t.entry.data.title, citations: t.citations })),
    ),
    contentReviewed: newestReview([...topics, ...pages].map((r) => r.entry.data.lastReviewed)),
  };
}

let cached: Promise<SiteContent> | undefined;

/** Loads, renders and cross-checks all content once; every page awaits the same promise. */
export function getSiteContent(): Promise<SiteContent> {
  cached ??= loadSiteContent();
  return cached;
}
