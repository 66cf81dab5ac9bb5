/**
 * One function per kind of page, each returning everything its page shows and says about itself: its
 * head (address, metadata, citation, structured data: src/data/page-head.ts) and its content, ready
 * to render. Templates under src/pages call one of these and only read what it returns.
 */
import { aliasesBySection } from '#lib/content/published-links.ts';
import { isReference } from '#lib/content/source-kind.ts';
import { shortAuthor } from '#lib/content/citations.ts';
import { groupByInitial } from '#lib/content/glossary.ts';
import { loadRedirects, oldTopicIds, resolveTopicId } from '#lib/content/redirects.ts';
import { buildToc, findNeighbours, type NavLink, type TocItem } from '#lib/meta/page-data.ts';
import { PROSE_PAGE_PATHS } from '#lib/meta/site-pages.ts';
import {
  LOCALES,
  localePath,
  SOURCE_LOCALE,
  TRANSLATED_LOCALES,
  type Locale,
  type TranslatedLocale,
} from '#lib/i18n/locales.ts';
import { SECONDARY_NAV } from '../site.config.ts';
import { getSiteContent, itemCitations, type Prose, type SiteContent } from './content';
import { editionPaths, getEdition } from './editions';
import { getSourceText } from './sources';
import { getListTranslation } from './translation-facts';
import type { SourceInEdition } from '#lib/i18n/edition-source.ts';
import { pageHead, type PageHead } from './page-head';
import { getArticleMeta } from './page-meta';
import { compareNames, initialOf, splitLatinGroups } from '#lib/i18n/collation.ts';
import { inlineTextHtml, inlineTextPlain, inlineTextQuoted } from '#lib/i18n/inline-text.ts';
import { UI } from '#lib/i18n/ui.ts';
import { newestReview, sectionLink } from '#lib/content/content-order.ts';

/** Topic pages sit under the list of topics in the breadcrumb trail (their URLs stay at the root). */
const TOPICS_CRUMB: NavLink = { href: '/topics/', label: 'Topics' };

const link = (topic: Prose<'topics'>): NavLink => ({
  href: `/${topic.id}/`,
  label: topic.data.title,
});

/** The year of the first and of the last timeline event ("1996", "2025"). */
function timelineSpan(timeline: SiteContent['timeline']): { first: string; last: string } {
  return {
    first: timeline[0]?.date.slice(0, 4) ?? '',
    last: timeline.at(-1)?.date.slice(0, 4) ?? '',
  };
}

/** Everything a topic page renders, computed once. */
export interface TopicPage {
  head: PageHead;
  /** The topic as the page's edition has it (a translation lays its text over the English data). */
  topic: Pick<Prose<'topics'>, 'id' | 'data' | 'Content' | 'headings' | 'footnotes'>;
  toc: TocItem[];
  prev?: NavLink | undefined;
  next?: NavLink | undefined;
  /** The articles the page draws on, as links. */
  basedOn: NavLink[];
  /** How many reference sources it also cites. */
  referenceCount: number;
  /** Old ids of its sections (frontmatter `aliases`), by section: ProseArticle keeps them as link targets. */
  sectionAliases: ReadonlyMap<string, readonly string[]>;
  /** On a translated page: the English page it translates, of which review, and whether that has changed since. */
  translation?: TranslationFacts | undefined;
}

/** What a translated page says about the English page it translates. */
export interface TranslationFacts {
  englishPath: string;
  /** The English page's review the translation was made from. */
  englishReviewed: string;
  /** The English page's latest review. */
  englishLastReviewed: string;
  /** Whether the English page was reviewed after the translation was made. */
  stale: boolean;
}

/** The topic slugs, for getStaticPaths. */
export async function getTopicIds(): Promise<string[]> {
  return (await getSiteContent()).topics.map((topic) => topic.id);
}

/** The editions besides English that have translated a topic or page. */
async function translatedIn(kind: 'topics' | 'pages', id: string): Promise<TranslatedLocale[]> {
  const found = await Promise.all(
    TRANSLATED_LOCALES.map(async (locale) =>
      (await getEdition(locale))[kind].some((t) => t.id === id) ? [locale] : [],
    ),
  );
  return found.flat();
}

/** Of the editions given, those that have a page at the English site path (editionPaths). */
async function onlyBuilt(
  locales: readonly TranslatedLocale[],
  path: string,
): Promise<TranslatedLocale[]> {
  const built = await Promise.all(
    locales.map(async (locale) => ((await editionPaths(locale)).has(path) ? [locale] : [])),
  );
  return built.flat();
}

/** The topic slugs an edition has, for getStaticPaths. */
export async function getTranslatedTopicIds(locale: TranslatedLocale): Promise<string[]> {
  return (await getEdition(locale)).topics.map((topic) => topic.id);
}

/** Builds the data of one topic page, in English or in a translated edition. */
export async function getTopicPage(id: string, locale: Locale = SOURCE_LOCALE): Promise<TopicPage> {
  const { topics, sourceFacts } = await getSiteContent();
  const english = topics.find((t) => t.id === id);
  if (!english) throw new Error(`getTopicPage: no topic "${id}"`);
  const translated =
    locale === SOURCE_LOCALE
      ? undefined
      : (await getEdition(locale)).topics.find((t) => t.id === id);
  if (locale !== SOURCE_LOCALE && !translated)
    throw new Error(`getTopicPage: no ${locale} translation of the topic "${id}"`);
  const topic = translated ?? english;
  const { prev, next } = findNeighbours(topics, id);
  const cited = english.data.sources.flatMap(({ id: sourceId }) => sourceFacts.get(sourceId) ?? []);
  // The sources as the edition names them (its spelling of an author).
  const namedIn = locale === SOURCE_LOCALE ? sourceFacts : (await getEdition(locale)).sourceFacts;
  const { data } = topic;
  // Links stay in the page's edition; a neighbour not translated yet is linked in English.
  const titles = new Map(
    locale === SOURCE_LOCALE
      ? []
      : (await getEdition(locale)).topics.map((t) => [t.id, t.data.title] as const),
  );
  const inEdition = (path: string): string =>
    locale === SOURCE_LOCALE ? path : localePath(locale, path);
  const neighbour = (t: Prose<'topics'> | undefined): NavLink | undefined => {
    if (!t) return undefined;
    const title = titles.get(t.id);
    return title === undefined ? link(t) : { href: inEdition(`/${t.id}/`), label: title };
  };
  return {
    head: await pageHead({
      path: `/${id}/`,
      locale,
      editions: await translatedIn('topics', id),
      title: data.title,
      description: data.description,
      trail: [
        { href: inEdition(TOPICS_CRUMB.href), label: UI[locale].chrome.nav['/topics/'] },
        { href: inEdition(`/${id}/`), label: data.title },
      ],
      searchKind: data.kind,
      lastReviewed: data.lastReviewed,
      meta: await getArticleMeta(id),
    }),
    topic,
    toc: buildToc(topic.headings),
    prev: neighbour(prev),
    next: neighbour(next),
    basedOn: cited
      .filter((s) => !isReference(s))
      .map((s) => ({
        href: inEdition(`/sources/${s.id}/`),
        label: shortAuthor(namedIn.get(s.id) ?? s, UI[locale].cite.shortForm),
      })),
    referenceCount: cited.filter(isReference).length,
    sectionAliases: aliasesBySection(english.data.aliases),
    translation: translated && {
      englishPath: `/${id}/`,
      englishReviewed: translated.translation.englishReviewed,
      englishLastReviewed: english.data.lastReviewed,
      stale: translated.stale,
    },
  };
}

/** Everything a page of content/pages renders (the about page; the home page adds to it). */
export interface ProsePage {
  head: PageHead;
  page: Pick<Prose<'pages'>, 'id' | 'data' | 'Content' | 'headings' | 'footnotes'>;
  toc: TocItem[];
  sectionAliases: ReadonlyMap<string, readonly string[]>;
  /** On a translated page: the English page it translates, of which review, and whether that has changed since. */
  translation?: TranslationFacts | undefined;
}

/** The page ids of content/pages an edition has translated, for getStaticPaths. */
export async function getTranslatedPageIds(locale: TranslatedLocale): Promise<string[]> {
  return (await getEdition(locale)).pages.map((page) => page.id);
}

/**
 * Builds the data of a non-topic MDX page (content/pages), published where the page registry says,
 * in English or in a translated edition.
 */
export async function getProsePage(id: string, locale: Locale = SOURCE_LOCALE): Promise<ProsePage> {
  const { pages } = await getSiteContent();
  const english = pages.find((p) => p.id === id);
  const path = PROSE_PAGE_PATHS[id];
  if (!english || path === undefined)
    throw new Error(`getProsePage: no page "${id}" in content/pages and the page registry`);
  const translated =
    locale === SOURCE_LOCALE
      ? undefined
      : (await getEdition(locale)).pages.find((p) => p.id === id);
  if (locale !== SOURCE_LOCALE && !translated)
    throw new Error(`getProsePage: no ${locale} translation of the page "${id}"`);
  const page = translated ?? english;
  const home = path === '/';
  const { data } = page;
  return {
    head: await pageHead({
      path,
      locale,
      // Only the editions that build this page (the home page waits for a template of its own).
      editions: await onlyBuilt(await translatedIn('pages', id), path),
      // The home page is titled by the site's name, with no trail above it.
      title: home ? undefined : data.title,
      description: data.description,
      trail: home
        ? undefined
        : [{ href: locale === SOURCE_LOCALE ? path : localePath(locale, path), label: data.title }],
      lastReviewed: data.lastReviewed,
      meta: home ? undefined : await getArticleMeta(id),
    }),
    page,
    toc: buildToc(page.headings),
    sectionAliases: aliasesBySection(english.data.aliases),
    translation: translated && {
      englishPath: path,
      englishReviewed: translated.translation.englishReviewed,
      englishLastReviewed: english.data.lastReviewed,
      stale: translated.stale,
    },
  };
}

/** A topic as a card on the home page and the list of topics, in the page's edition. */
export interface TopicCard {
  id: string;
  /** Site path of the topic in the edition (English where the edition has no translation of it). */
  href: string;
  title: string;
  /** The short name menus and link lists use. */
  navLabel: string;
  /** The topic's kind, as a word of the edition. */
  kind: string;
  learn: string;
  /** "en" when the card shows the English topic on a page in another language. */
  lang: string | undefined;
}

/** The topics as cards, in their order, in an edition's words where it has them. */
export async function getTopicCards(locale: Locale = SOURCE_LOCALE): Promise<TopicCard[]> {
  const { topics } = await getSiteContent();
  const own =
    locale === SOURCE_LOCALE
      ? []
      : (await getEdition(locale)).topics.map((t) => [t.id, t] as const);
  const translated = new Map(own);
  return topics.map((topic) => {
    const mine = translated.get(topic.id);
    const data = mine?.data ?? topic.data;
    const path = `/${topic.id}/`;
    return {
      id: topic.id,
      href: mine ? localePath(locale, path) : path,
      title: data.title,
      navLabel: data.navLabel,
      kind: (mine ? UI[locale] : UI.en).kind[data.kind],
      learn: data.learn,
      lang: locale !== SOURCE_LOCALE && !mine ? 'en' : undefined,
    };
  });
}

/** An article as the home page and the list of sources name it, in the page's edition. */
export interface ArticleItem {
  id: string;
  /** Site path of its page in the edition (English where the edition has no translation of it). */
  href: string;
  source: SiteContent['sources'][number];
  text: SourceInEdition;
}

async function articleItems(
  locale: Locale,
  sources: readonly SiteContent['sources'][number][],
): Promise<ArticleItem[]> {
  const own = locale === SOURCE_LOCALE ? undefined : (await getEdition(locale)).data.sources;
  return Promise.all(
    sources.map(async (source) => {
      const path = `/sources/${source.id}/`;
      return {
        id: source.id,
        href: own?.has(source.id) ? localePath(locale, path) : path,
        source,
        text: await getSourceText(source, locale),
      };
    }),
  );
}

/** The home page: its prose (content/pages/home.mdx), then the topics, members, timeline and sources. */
export async function getHomePage(locale: Locale = SOURCE_LOCALE) {
  const content = await getSiteContent();
  const { members, sources, glossary, timeline } = content;
  const edition = locale === SOURCE_LOCALE ? undefined : await getEdition(locale);
  const articles = sources.filter((s) => !isReference(s.data));
  // A moved topic keeps its old anchor here (/#topic-<old slug>), as published links use it.
  const redirects = loadRedirects();
  return {
    ...(await getProsePage('home', locale)),
    locale,
    topics: await getTopicCards(locale),
    /** A topic's old anchors on this page, from its old slugs. */
    topicAliases: (id: string) => oldTopicIds(id, redirects).map((old) => `topic-${old}`),
    members,
    membersAsOf: members.at(-1)?.joined,
    // A translated event keeps its date and anchor; its title is the edition's.
    timeline: timeline.map((event) => {
      const own = edition?.data.timeline.get(event.id);
      return own ? { ...event, title: inlineTextQuoted(locale, own.title) } : event;
    }),
    timelineSpan: timelineSpan(timeline),
    articles: await articleItems(locale, articles),
    referenceCount: sources.length - articles.length,
    glossaryCount: glossary.length,
  };
}

/** The list of every topic (/topics/), where the header's "Topics" leads, in any edition. */
export async function getTopicsPage(locale: Locale = SOURCE_LOCALE) {
  const ui = UI[locale].topicsPage;
  const inEdition = (path: string): string =>
    locale === SOURCE_LOCALE ? path : localePath(locale, path);
  return {
    head: await pageHead({
      path: '/topics/',
      locale,
      editions: await listEditions('topics'),
      title: ui.title,
      description: ui.description,
      trail: [{ href: inEdition(TOPICS_CRUMB.href), label: ui.title }],
      searchWeight: 0.5,
    }),
    locale,
    topics: await getTopicCards(locale),
  };
}

/** The editions that have a list page: of topics once they translate one, of sources once they translate one. */
export async function listEditions(kind: 'topics' | 'sources'): Promise<TranslatedLocale[]> {
  const found = await Promise.all(
    TRANSLATED_LOCALES.map(async (l) => {
      const edition = await getEdition(l);
      const has = kind === 'topics' ? edition.topics.length > 0 : edition.data.sources.size > 0;
      return has ? [l] : [];
    }),
  );
  return found.flat();
}

/** The editions that have translated the home page. */
export async function homeEditions(): Promise<TranslatedLocale[]> {
  const found = await Promise.all(
    TRANSLATED_LOCALES.map(async (l) =>
      (await getEdition(l)).pages.some((p) => p.id === 'home') ? [l] : [],
    ),
  );
  return found.flat();
}

/** The editions that have translated the glossary. */
export async function glossaryEditions(): Promise<TranslatedLocale[]> {
  const found = await Promise.all(
    TRANSLATED_LOCALES.map(async (l) => ((await getEdition(l)).data.glossary.size > 0 ? [l] : [])),
  );
  return found.flat();
}

/**
 * The day a list page (glossary, timeline, sources) was last reviewed: the newest of the prose's
 * (contentReviewed, reviewed with it) and of its own entries', so that a term revised after the
 * prose is cited as reviewed when it was, not before.
 */
async function listReviewed(entries: readonly { lastReviewed: string }[]): Promise<string> {
  const { contentReviewed } = await getSiteContent();
  return newestReview([contentReviewed, ...entries.map((entry) => entry.lastReviewed)]);
}

/** The glossary (/glossary/): every term, A to Z (in Chinese by pinyin), in letter groups, in any edition. */
export async function getGlossaryPage(locale: Locale = SOURCE_LOCALE) {
  const { glossary, topics } = await getSiteContent();
  const ui = UI[locale].glossary;
  const edition = locale === SOURCE_LOCALE ? undefined : await getEdition(locale);
  const inEdition = (path: string): string =>
    locale === SOURCE_LOCALE ? path : localePath(locale, path);
  const redirects = loadRedirects();
  // A translated term keeps its English name and other names as other names, so that "RATS" finds it.
  const terms = glossary.map((term) => {
    const own = edition?.data.glossary.get(term.id);
    if (!edition || !own) return { ...term, definitionHtml: undefined };
    const sections = edition.topics.map((t) => ({
      id: t.id,
      navLabel: t.data.navLabel,
      headings: t.headings,
    }));
    const translatedTopic = (id: string) => edition.topics.find((t) => t.id === id);
    const name = inlineTextQuoted(locale, own.name);
    return {
      ...term,
      name,
      // Each other name once, and not the name itself (CGTN is CGTN in every edition).
      otherNames: [...new Set([...own.otherNames, term.name, ...term.otherNames])].filter(
        (other) => other !== name,
      ),
      definition: inlineTextPlain(own.definition),
      citations: itemCitations(term, edition.sourceFacts, UI[locale].cite.shortForm),
      definitionHtml: inlineTextHtml(own.definition),
      discussedLinks: term.discussedIn.map((d) => {
        // Data may name a moved topic by its old id; it means the page at the new address.
        const topic = resolveTopicId(d.topic, redirects);
        const link = translatedTopic(topic)
          ? sectionLink(sections, topic, d.section)
          : sectionLink(
              topics.map((t) => ({ id: t.id, navLabel: t.data.navLabel, headings: t.headings })),
              topic,
              d.section,
            );
        return translatedTopic(topic) ? { ...link, href: inEdition(link.href) } : link;
      }),
      ownPage: term.ownPage && {
        href: inEdition(term.ownPage.href),
        label: translatedTopic(term.id)?.data.title ?? term.ownPage.label,
      },
    };
  });
  // English keeps the order src/data/content.ts gives it; an edition sorts by its own alphabet.
  const sorted = edition ? [...terms].sort((a, b) => compareNames(locale, a.name, b.name)) : terms;
  return {
    head: await pageHead({
      path: '/glossary/',
      locale,
      editions: await glossaryEditions(),
      title: ui.title,
      description: ui.description,
      trail: [{ href: inEdition('/glossary/'), label: ui.title }],
      lastReviewed: await listReviewed(glossary),
      searchWeight: 0.5,
      meta: {
        terms: sorted.map(({ id, name, otherNames, definition }) => ({
          id,
          name,
          otherNames,
          definition,
        })),
      },
    }),
    locale,
    translation: await getListTranslation(locale, 'glossary'),
    count: terms.length,
    ...splitLatinGroups(
      locale,
      edition
        ? groupByInitial(
            sorted,
            (name) => initialOf(locale, name),
            (a, b) => compareNames(locale, a, b),
          )
        : groupByInitial(sorted),
    ),
    example: inEdition('/glossary/#rats'),
  };
}

/** The editions that have translated the timeline. */
export async function timelineEditions(): Promise<TranslatedLocale[]> {
  const found = await Promise.all(
    TRANSLATED_LOCALES.map(async (l) => ((await getEdition(l)).data.timeline.size > 0 ? [l] : [])),
  );
  return found.flat();
}

/** The timeline (/timeline/): every dated event, oldest first, in any edition. */
export async function getTimelinePage(locale: Locale = SOURCE_LOCALE) {
  const { timeline } = await getSiteContent();
  const { first, last } = timelineSpan(timeline);
  const ui = UI[locale].timeline;
  const edition = locale === SOURCE_LOCALE ? undefined : await getEdition(locale);
  const inEdition = (path: string): string =>
    locale === SOURCE_LOCALE ? path : localePath(locale, path);
  return {
    head: await pageHead({
      path: '/timeline/',
      locale,
      editions: await timelineEditions(),
      title: ui.title,
      description: ui.description(first, last),
      trail: [{ href: inEdition('/timeline/'), label: ui.title }],
      lastReviewed: await listReviewed(timeline),
      searchWeight: 0.5,
    }),
    locale,
    translation: await getListTranslation(locale, 'timeline'),
    heading: ui.heading(first, last),
    intro: ui.intro(timeline.length, '\u0000').split('\u0000') as [string, string],
    example: inEdition('/timeline/#rats-starts-work-2004'),
    // A translated event keeps its date, sources and anchor; its title and summary are the edition's.
    timeline: timeline.map((event) => {
      const own = edition?.data.timeline.get(event.id);
      return edition && own
        ? {
            ...event,
            title: inlineTextQuoted(locale, own.title),
            summary: own.summary,
            citations: itemCitations(event, edition.sourceFacts, UI[locale].cite.shortForm),
          }
        : event;
    }),
  };
}

/** The list of sources (/sources/): the articles summarised, then the reference sources, in any edition. */
export async function getSourcesPage(locale: Locale = SOURCE_LOCALE) {
  const { sources } = await getSiteContent();
  const ui = UI[locale].sources;
  const inEdition = (path: string): string =>
    locale === SOURCE_LOCALE ? path : localePath(locale, path);
  return {
    head: await pageHead({
      path: '/sources/',
      locale,
      editions: await listEditions('sources'),
      title: ui.title,
      description: ui.description,
      trail: [{ href: inEdition('/sources/'), label: ui.title }],
      lastReviewed: await listReviewed(sources.map((source) => source.data)),
      searchWeight: 0.5,
    }),
    locale,
    articles: await articleItems(
      locale,
      sources.filter((s) => !isReference(s.data)),
    ),
    references: await articleItems(
      locale,
      sources.filter((s) => isReference(s.data)),
    ),
  };
}

/** The search page (/search/): not indexed, with the terms and topics it suggests. */
export async function getSearchPage() {
  const { glossary, topics } = await getSiteContent();
  return {
    head: await pageHead({
      path: '/search/',
      title: 'Search',
      description:
        'Search the SCO Security Framework site for a principle, an institution, a place or an event.',
      trail: [{ href: '/search/', label: 'Search' }],
      indexed: false,
    }),
    glossary,
    topics,
  };
}

/**
 * The page hosts serve for an address with none (/404/, and /ru/404/, /zh/404/ for addresses in an
 * edition): not indexed, with links to every page of its edition.
 */
export async function getNotFoundPage(locale: Locale = SOURCE_LOCALE) {
  const ui = UI[locale].notFound;
  const topics = await getTopicCards(locale);
  const nav = UI[locale].chrome.nav;
  const head = await pageHead({
    path: '/404/',
    locale,
    title: ui.title,
    description: ui.description,
    indexed: false,
  });
  return {
    // Served at addresses that have no page: it has no counterpart in another edition to point to.
    head: { ...head, alternates: [], editions: [] },
    locale,
    links: [
      ...topics.map((topic) => ({ href: topic.href, label: topic.navLabel, lang: topic.lang })),
      ...SECONDARY_NAV.map((link) => ({ href: link.href, label: nav[link.href], lang: undefined })),
    ],
    /** On the English page: each edition's own 404 page, named in its language. */
    elsewhere:
      locale === SOURCE_LOCALE
        ? (await homeEditions()).map((l) => ({
            href: localePath(l, '/404/'),
            label: UI[l].notFound.elsewhere,
            lang: LOCALES[l].lang,
          }))
        : [],
  };
}
