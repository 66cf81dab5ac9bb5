import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { SOURCE_LOCALE } from '#lib/i18n/locales.ts';
import { FIXED_PAGES, sitePaths } from '#lib/meta/site-pages.ts';

// The site's pages as the tests expect them, from the page registry (src/lib/meta/site-pages.ts) and the
// files in content/, so that adding a topic or a source changes no test.

const idsIn = (folder: string, extension: string): string[] =>
  readdirSync(`content/${folder}`)
    .filter((file) => file.endsWith(extension))
    .map((file) => file.slice(0, -extension.length))
    .sort();

/** The topic ids (content/topics/<id>.mdx). */
export const TOPIC_IDS = idsIn('topics', '.mdx');

/** The source ids (content/sources/<id>.yaml). */
export const SOURCE_IDS = idsIn('sources', '.yaml');

/** The articles the site summarises paragraph by paragraph (sources that are not references). */
export const ARTICLE_IDS = SOURCE_IDS.filter(
  (id) =>
    (parse(readFileSync(`content/sources/${id}.yaml`, 'utf8')) as { kind: string }).kind !==
    'reference',
);

/**
 * Every page of the site in every edition, as built, but the English 404 page, which the build
 * writes as /404.html (hosts serve it at any address that has no page); an edition's is /<locale>/404/.
 */
export const SITE_PATHS = sitePaths({ topics: TOPIC_IDS, sources: SOURCE_IDS }).filter(
  (path) => path !== '/404/',
);

/** The English edition's pages of SITE_PATHS, which the other editions translate. */
export const ENGLISH_SITE_PATHS = sitePaths({ topics: TOPIC_IDS, sources: SOURCE_IDS }, [
  SOURCE_LOCALE,
]).filter((path) => path !== '/404/');

/** The fixed pages and the topics: the published page URLs of DESIGN.md ("URLs are a contract"), besides one page per source. */
export const CONTRACT_PATHS = [
  ...FIXED_PAGES.map((page) => page.path).filter((path) => path !== '/404/'),
  ...TOPIC_IDS.map((id) => `/${id}/`),
];
