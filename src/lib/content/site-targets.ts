import { paragraphId } from './paragraph-id';
import { groupByInitial } from './glossary';
import { PROSE_PAGE_PATHS } from '../meta/site-pages';
import {
  localeOfPath,
  localePath,
  SOURCE_LOCALE,
  TRANSLATED_LOCALES,
  type TranslatedLocale,
} from '../i18n/locales';
import { compareNames, initialOf, splitLatinGroups } from '../i18n/collation';

/**
 * The pages the site builds and the ids a link can land on, worked out from the content before
 * anything is rendered, so that a link to a missing page or #id stops the build naming the content
 * file and line. tests/build/site-targets.test.ts checks this model against the built pages.
 */

/** Ids the layout puts on every page. */
export const LAYOUT_IDS = ['main', 'announcer'] as const;

/** Ids the prose template adds around an MDX body (topics, home, about): contents label, footnotes, their sources. */
export const PROSE_IDS = ['toc-label', 'sources-cited', 'references'] as const;

/** Ids the prose template numbers: footnotes fn-1 … and citation back-links ref-1, ref-1-2 …. */
export const PROSE_ID_PATTERNS: readonly RegExp[] = [/^fn-\d+$/, /^ref-\d+(-\d+)?$/];

/** The home page's own sections, around home.mdx. */
export function homeIds(topicIds: readonly string[]): string[] {
  return ['topics', 'members', 'timeline', 'sources', ...topicIds.map((id) => `topic-${id}`)];
}

/** Ids the search page's template uses. */
export const SEARCH_IDS = [
  'page-search',
  'search-filters',
  'search-status',
  'search-notice',
  'search-results',
  'search-show-more',
  'search-browse',
  'browse',
  'browse-pages',
  'browse-terms',
] as const;

/** Ids a template gives a page around its MDX body, which a heading in that body must not take. */
export function templateIdsOf(path: string, topicIds: readonly string[]): { ids: Set<string>; patterns: readonly RegExp[] } {
  // The home page has no table of contents, and sections of its own around home.mdx.
  const own = path === '/' ? ['sources-cited', 'references', ...homeIds(topicIds)] : PROSE_IDS;
  return { ids: new Set<string>([...LAYOUT_IDS, ...own]), patterns: PROSE_ID_PATTERNS };
}

/** What the model needs to know about the content. */
export interface SiteInput {
  /** Topic slug → its section ids and kept old ids (aliases' `from`). */
  topics: ReadonlyMap<string, readonly string[]>;
  /** content/pages file id → its section ids and aliases. */
  pages: ReadonlyMap<string, readonly string[]>;
  /** Source id → its number of paragraphs (undefined for a reference source). */
  sources: ReadonlyMap<string, number | undefined>;
  /** Glossary terms: id, name and old ids. */
  glossary: readonly { id: string; name: string; aliases?: readonly string[] }[];
  /** Timeline events: id and old ids. */
  timeline: readonly { id: string; aliases?: readonly string[] }[];
  /** Old slugs of moved topics, whose home-page anchors (#topic-<old>) stay as aliases. */
  movedTopicIds?: readonly string[];
  /** Each translated edition's glossary names, by term id (content/<locale>/glossary.yaml); a term it lacks keeps its English name. */
  editionGlossaryNames?: Partial<Record<TranslatedLocale, ReadonlyMap<string, string>>>;
}

/**
 * The letter anchors of an edition's glossary, as src/components/views/GlossaryView.astro makes them:
 * its own letters (#letter-а), then, where it files Latin names apart, the Latin ones (#letter-latin-c).
 */
export function editionLetterIds(locale: TranslatedLocale, names: readonly string[]): string[] {
  const groups = groupByInitial(
    names.map((name) => ({ name })),
    (name) => initialOf(locale, name),
    (a, b) => compareNames(locale, a, b),
  );
  const { own, latin } = splitLatinGroups(locale, groups);
  return [
    ...own.map((group) => `letter-${group.letter.toLowerCase()}`),
    ...latin.map((group) => `letter-latin-${group.letter.toLowerCase()}`),
  ];
}

/** A page of the model: its fixed ids and the patterns of numbered ids. */
export interface TargetPage {
  ids: Set<string>;
  /** Numbered ids; a page whose file could not be read takes any id (its own problem is reported). */
  patterns: readonly RegExp[];
}

/** Every page path the site builds (without redirects), with the ids a link may target on it. */
export function buildSiteTargets(input: SiteInput): Map<string, TargetPage> {
  const topicIds = [...input.topics.keys()];
  const pages = new Map<string, TargetPage>();
  const add = (path: string, ids: Iterable<string>, patterns: readonly RegExp[] = []): void => {
    pages.set(path, { ids: new Set([...LAYOUT_IDS, ...ids]), patterns });
  };
  for (const [id, sections] of input.topics) add(`/${id}/`, [...sections, ...templateIdsOf(`/${id}/`, topicIds).ids], PROSE_ID_PATTERNS);
  for (const [id, sections] of input.pages) {
    const path = PROSE_PAGE_PATHS[id];
    const moved = path === '/' ? (input.movedTopicIds ?? []).map((id) => `topic-${id}`) : [];
    if (path !== undefined) add(path, [...sections, ...templateIdsOf(path, topicIds).ids, ...moved], PROSE_ID_PATTERNS);
  }
  const letters = groupByInitial(input.glossary).map((group) => `letter-${group.letter.toLowerCase()}`);
  add('/glossary/', [...input.glossary.flatMap((term) => [term.id, ...(term.aliases ?? [])]), ...letters]);
  add(
    '/timeline/',
    input.timeline.flatMap((event) => [event.id, ...(event.aliases ?? [])]),
  );
  add('/sources/', ['articles', 'reference-sources', ...input.sources.keys()]);
  for (const [id, paragraphs] of input.sources) {
    const own = paragraphs === undefined ? ['facts'] : ['paragraphs', ...Array.from({ length: paragraphs }, (_, i) => paragraphId(i + 1))];
    add(`/sources/${id}/`, ['toc-label', 'about-this-source', 'cite-original', ...own]);
  }
  add('/search/', SEARCH_IDS);
  // The topics index: a card per topic, its title's id the topic's with "topic-" before it (ids start with a letter).
  add(
    '/topics/',
    topicIds.map((id) => `topic-${id}`),
  );
  // Every page exists in every edition, with the same section ids (the edition-parity check holds
  // them to the English page's) and the same template ids.
  // Only the glossary's letter anchors differ: they follow the edition's names and alphabet.
  const english = [...pages].filter(([path]) => localeOfPath(path) === SOURCE_LOCALE);
  for (const locale of TRANSLATED_LOCALES) {
    for (const [path, page] of english)
      pages.set(localePath(locale, path), { ids: new Set(page.ids), patterns: page.patterns });
    const own = input.editionGlossaryNames?.[locale];
    const names = input.glossary.map((term) => own?.get(term.id) ?? term.name);
    const glossary = pages.get(localePath(locale, '/glossary/'));
    if (glossary) {
      for (const id of letters) glossary.ids.delete(id);
      for (const id of editionLetterIds(locale, names)) glossary.ids.add(id);
    }
  }
  return pages;
}

/** True when a page of the model has the id (fixed or numbered). */
export function hasTarget(page: TargetPage, id: string): boolean {
  return page.ids.has(id) || page.patterns.some((pattern) => pattern.test(id));
}
