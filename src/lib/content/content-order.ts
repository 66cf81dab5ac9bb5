import { citationKey, type CitationMark } from './citations';
import { dateSortKey } from './dates';
import type { NavLink } from '../meta/page-data';
import { isReference, type SourceKind } from './source-kind';

/**
 * The content layer's cross-references and orders, as pure functions: src/data/content.ts loads and
 * checks the collections, then hands them here. Each takes plain data, so each has unit tests.
 */

/** Topics in their navigation order (frontmatter `order`). */
export function sortTopics<T extends { data: { order: number } }>(topics: readonly T[]): T[] {
  return [...topics].sort((a, b) => a.data.order - b.data.order);
}

/** Articles first, then reference sources, each group by title. */
export function sortSources<S extends { data: { kind: SourceKind; title: string } }>(sources: readonly S[]): S[] {
  return [...sources].sort((a, b) => Number(isReference(a.data)) - Number(isReference(b.data)) || a.data.title.localeCompare(b.data.title));
}

/** Glossary terms A–Z, ignoring case and accents. */
export function sortGlossary<T extends { name: string }>(terms: readonly T[]): T[] {
  return [...terms].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
}

/** Timeline events by date; one known only to its month or year comes after the full dates within it. */
export function sortTimeline<E extends { date: string }>(events: readonly E[]): E[] {
  return [...events].sort((a, b) => dateSortKey(a.date).localeCompare(dateSortKey(b.date)));
}

/** Member states by day of accession, then by name. */
export function sortMembers<M extends { joined: string; name: string }>(members: readonly M[]): M[] {
  return [...members].sort((a, b) => a.joined.localeCompare(b.joined) || a.name.localeCompare(b.name));
}

/** A place on the site that cites a source paragraph. */
export interface CitedBy {
  href: string;
  title: string;
}

/** For each cited "source#p" key, the topics that cite it, in the order given, each once per citation. */
export function indexCitedBy(topics: readonly { id: string; title: string; citations: readonly CitationMark[] }[]): Map<string, CitedBy[]> {
  const citedBy = new Map<string, CitedBy[]>();
  for (const topic of topics) {
    for (const mark of topic.citations) {
      const key = citationKey(mark);
      citedBy.set(key, [...(citedBy.get(key) ?? []), { href: `/${topic.id}/`, title: topic.title }]);
    }
  }
  return citedBy;
}

/** What a link to a topic section needs of the topic. */
export interface SectionSource {
  id: string;
  navLabel: string;
  headings: readonly { slug: string; text: string }[];
}

/** "RATS › What RATS does", linking to /rats/#functions; the ids themselves are checked by validateContent. */
export function sectionLink(topics: readonly SectionSource[], topicId: string, section: string): NavLink {
  const topic = topics.find((t) => t.id === topicId);
  const heading = topic?.headings.find((h) => h.slug === section);
  return { href: `/${topicId}/#${section}`, label: `${topic?.navLabel ?? topicId} › ${heading?.text ?? section}` };
}

/** The newest of the given last-reviewed days (YYYY-MM-DD), or '' for none. */
export function newestReview(days: readonly string[]): string {
  return [...days].sort().at(-1) ?? '';
}
