import type { NavLink } from './page-data';
import { absoluteUrl } from './paths';
import type { Source } from '../../schemas/source';

/** Facts about the site that every page's structured data repeats. */
export interface SiteFacts {
  /** Absolute URL of the site's root, base path included, ending in "/": "https://example.org/sco/". */
  root: string;
  /** Site name: the WebSite's and the publishing Organization's name, in the page's edition. */
  title: string;
  /** The site's name in English, on a translated edition's page: the Organization's other name. */
  alternateName?: string | undefined;
  /** One line on what the site is. */
  description: string;
  /** Language of every page, e.g. "en". */
  lang: string;
}

/** A source: the work a source page describes, and what an Article's `citation` names. */
export type CitedWork = { id: string } & Pick<Source, 'title'> &
  Partial<Pick<Source, 'url' | 'published'>>;

/** A glossary term, as a DefinedTerm. */
export interface DefinedTermInput {
  /** Its anchor on /glossary/. */
  id: string;
  name: string;
  otherNames: readonly string[];
  definition: string;
}

/** What a page adds to the metadata every page has (BaseLayout's `meta` prop). */
export interface PageMetaInput {
  /** The page is an article (a topic, /about/): it was last reviewed on a day and cites these sources. */
  article?: { dateModified: string; citations: readonly CitedWork[] };
  /** The page is the glossary: these are its terms, in the order shown. */
  terms?: readonly DefinedTermInput[];
  /** The page is a source's page (/sources/<id>/): it describes this work. */
  work?: CitedWork;
}

/** Everything one page's JSON-LD is built from. */
export interface JsonLdInput {
  site: SiteFacts;
  /** Site path of the page without the base path: "/rats/". */
  path: string;
  /** The page's own title (the site name on the home page). */
  title: string;
  description: string;
  /** Absolute URL of the page's social image. */
  image: string;
  breadcrumbs?: readonly NavLink[] | undefined;
  meta?: PageMetaInput | undefined;
  /** The 404 page, served at any address without a page: its WebPage names no @id or url. */
  notFound?: boolean | undefined;
}

/** A JSON-LD node: plain JSON. */
export type JsonLdNode = { [key: string]: unknown };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function assertAbsolute(url: string, what: string): void {
  if (!/^https?:\/\/[^/]/.test(url))
    throw new Error(`json-ld: ${what} must be an absolute http(s) URL, got "${url}"`);
}

/** The @id of a source's work: its page on the site, "#work". */
function workId(root: string, id: string): string {
  return absoluteUrl(root, `/sources/${id}/#work`);
}

/**
 * A source as its own page describes it: the site's page on it is always there; the original,
 * when known, is the same work (sameAs). Pages that cite it name it by @id, so each work's
 * details are written once, on its page, and not again on every page that cites it.
 */
function describeWork(root: string, work: CitedWork): JsonLdNode {
  if (work.url !== undefined) assertAbsolute(work.url, `the url of source "${work.id}"`);
  return {
    '@type': 'CreativeWork',
    '@id': workId(root, work.id),
    name: work.title,
    url: absoluteUrl(root, `/sources/${work.id}/`),
    ...(work.url ? { sameAs: work.url } : {}),
    ...(work.published && work.published !== 'unknown' ? { datePublished: work.published } : {}),
  };
}

/** A cited source in an Article: its name and page, and the @id its page describes it under. */
function citation(root: string, work: CitedWork): JsonLdNode {
  return {
    '@type': 'CreativeWork',
    '@id': workId(root, work.id),
    name: work.title,
    url: absoluteUrl(root, `/sources/${work.id}/`),
  };
}

/**
 * The structured data of one page, as one `@graph`: on the home page the WebSite (with a SearchAction
 * to /search/?q=), which other pages name by its @id only, as search engines read it from the home
 * page; the publishing Organization on every page; then an Article (topics, about), a
 * DefinedTermSet (the glossary) or a WebPage (on a source's page, with the work as its mainEntity);
 * and a BreadcrumbList where the page has breadcrumbs.
 */
export function buildJsonLd(input: JsonLdInput): JsonLdNode {
  const { site, path, title, description, image, breadcrumbs, meta, notFound = false } = input;
  const root = site.root;
  const url = absoluteUrl(root, path);
  assertAbsolute(image, 'the image');
  if (!title.trim()) throw new Error(`json-ld: the page ${path} has no title`);
  if (!description.trim()) throw new Error(`json-ld: the page ${path} has no description`);
  const kinds = (['article', 'terms', 'work'] as const).filter(
    (kind) => meta?.[kind] !== undefined,
  );
  if (kinds.length > 1) {
    throw new Error(
      `json-ld: the page ${path} is given ${kinds.join(' and ')}; it is one of an article, the glossary or a source's page`,
    );
  }

  const organization = {
    '@type': 'Organization',
    '@id': `${root}#organization`,
    name: site.title,
    ...(site.alternateName === undefined ? {} : { alternateName: site.alternateName }),
    url: root,
  };
  const website: JsonLdNode = {
    '@type': 'WebSite',
    '@id': `${root}#website`,
    url: root,
    name: site.title,
    description: site.description,
    inLanguage: site.lang,
    publisher: { '@id': organization['@id'] },
    potentialAction: {
      '@type': 'SearchAction',
      target: {
        '@type': 'EntryPoint',
        urlTemplate: `${absoluteUrl(root, '/search/')}?q={search_term_string}`,
      },
      'query-input': 'required name=search_term_string',
    },
  };
  const address = notFound ? {} : { '@id': url, url };
  const page = {
    ...address,
    name: title,
    description,
    inLanguage: site.lang,
    image,
    isPartOf: { '@id': website['@id'] },
  };

  let main: JsonLdNode;
  if (meta?.article) {
    const { dateModified, citations } = meta.article;
    if (!DAY.test(dateModified))
      throw new Error(`json-ld: dateModified of ${path} must be YYYY-MM-DD, got "${dateModified}"`);
    main = {
      '@type': 'Article',
      ...page,
      headline: title,
      mainEntityOfPage: url,
      dateModified,
      author: { '@id': organization['@id'] },
      publisher: { '@id': organization['@id'] },
      citation: citations.map((work) => citation(root, work)),
    };
  } else if (meta?.terms) {
    main = {
      '@type': 'DefinedTermSet',
      ...page,
      hasDefinedTerm: meta.terms.map((term) => {
        const termUrl = absoluteUrl(root, `${path}#${term.id}`);
        return {
          '@type': 'DefinedTerm',
          '@id': termUrl,
          name: term.name,
          ...(term.otherNames.length > 0 ? { alternateName: [...term.otherNames] } : {}),
          description: term.definition,
          url: termUrl,
          inDefinedTermSet: { '@id': url },
        };
      }),
    };
  } else if (meta?.work) {
    main = { '@type': 'WebPage', ...page, mainEntity: describeWork(root, meta.work) };
  } else {
    main = { '@type': 'WebPage', ...page };
  }

  const graph: JsonLdNode[] = path === '/' ? [website, organization, main] : [organization, main];
  if (breadcrumbs && breadcrumbs.length > 0) {
    graph.push({
      '@type': 'BreadcrumbList',
      '@id': `${url}#breadcrumbs`,
      itemListElement: breadcrumbs.map((crumb, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        name: crumb.label,
        item: absoluteUrl(root, crumb.href),
      })),
    });
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}

/**
 * JSON for a `<script type="application/ld+json">`. `<`, `>` and `&` are written as \u escapes (the
 * JSON means the same), so no text in it, such as "</script>" in a definition, can close the script
 * or open a comment; U+2028 and U+2029 likewise, for old JavaScript parsers.
 */
export function serializeJsonLd(data: JsonLdNode): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Open Graph's locale (language_TERRITORY) for the site's language. English pages are written in
 * British spelling ("summarise", "organisation"), so plain "en" is en_GB.
 */
export function toOgLocale(lang: string): string {
  const [language, territory] = lang.split('-');
  if (!language || !/^[a-z]{2,3}$/i.test(language))
    throw new Error(`toOgLocale: "${lang}" is not a language tag such as "en" or "en-GB"`);
  if (territory) return `${language.toLowerCase()}_${territory.toUpperCase()}`;
  return language.toLowerCase() === 'en' ? 'en_GB' : language.toLowerCase();
}
