import { aliasesBySection } from '../lib/content/published-links';
import { isReference } from '../lib/content/source-kind';
import { shortAuthor } from '../lib/content/citations';
import {
  buildBreadcrumbs,
  buildToc,
  findNeighbours,
  type NavLink,
  type TocItem,
} from '../lib/meta/page-data';
import { getSiteContent, type Prose } from './content';

/** Everything a topic page renders, computed once. */
export interface TopicPage {
  topic: Prose<'topics'>;
  breadcrumbs: NavLink[];
  toc: TocItem[];
  prev?: NavLink | undefined;
  next?: NavLink | undefined;
  /** The articles the page draws on, as links. */
  basedOn: NavLink[];
  /** How many reference sources it also cites. */
  referenceCount: number;
  /** Old ids of its sections (frontmatter `aliases`), by section: ProseArticle keeps them as link targets. */
  sectionAliases: ReadonlyMap<string, readonly string[]>;
}

/** Topic pages sit under the list of topics in the breadcrumb trail (their URLs stay at the root). */
const TOPICS_CRUMB: NavLink = { href: '/topics/', label: 'Topics' };

const link = (topic: Prose<'topics'>): NavLink => ({
  href: `/${topic.id}/`,
  label: topic.data.title,
});

/** The topic slugs, for getStaticPaths. */
export async function getTopicIds(): Promise<string[]> {
  return (await getSiteContent()).topics.map((topic) => topic.id);
}

/** Builds the data of one topic page. */
export async function getTopicPage(id: string): Promise<TopicPage> {
  const { topics, sourceFacts } = await getSiteContent();
  const topic = topics.find((t) => t.id === id);
  if (!topic) throw new Error(`getTopicPage: no topic "${id}"`);
  const { prev, next } = findNeighbours(topics, id);
  const cited = topic.data.sources.flatMap(({ id: sourceId }) => sourceFacts.get(sourceId) ?? []);
  return {
    topic,
    breadcrumbs: buildBreadcrumbs([TOPICS_CRUMB, { href: `/${id}/`, label: topic.data.title }]),
    toc: buildToc(topic.headings),
    prev: prev && link(prev),
    next: next && link(next),
    basedOn: cited
      .filter((s) => !isReference(s))
      .map((s) => ({ href: `/sources/${s.id}/`, label: shortAuthor(s) })),
    referenceCount: cited.filter(isReference).length,
    sectionAliases: aliasesBySection(topic.data.aliases),
  };
}

/** Builds the data of a non-topic MDX page (content/pages). */
export async function getProsePage(id: string): Promise<{
  page: Prose<'pages'>;
  breadcrumbs: NavLink[];
  toc: TocItem[];
  sectionAliases: ReadonlyMap<string, readonly string[]>;
}> {
  const { pages } = await getSiteContent();
  const page = pages.find((p) => p.id === id);
  if (!page) throw new Error(`getProsePage: no page "${id}" in content/pages`);
  return {
    page,
    breadcrumbs: buildBreadcrumbs([{ href: `/${id}/`, label: page.data.title }]),
    toc: buildToc(page.headings),
    sectionAliases: aliasesBySection(page.data.aliases),
  };
}
