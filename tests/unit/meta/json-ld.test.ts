import { describe, expect, test } from 'vitest';
import {
  buildJsonLd,
  serializeJsonLd,
  toOgLocale,
  type JsonLdInput,
  type JsonLdNode,
} from '#lib/meta/json-ld.ts';

const ROOT = 'https://example.org/sco/';
const PAGE: JsonLdInput = {
  site: { root: ROOT, title: 'Site', description: 'What the site is.', lang: 'en' },
  path: '/rats/',
  title: 'RATS',
  description: 'About RATS.',
  image: `${ROOT}og/rats.png`,
  breadcrumbs: [
    { href: '/', label: 'Home' },
    { href: '/rats/', label: 'RATS' },
  ],
};

/** The nodes of a graph, keyed by their type. */
const nodes = (data: JsonLdNode) =>
  new Map((data['@graph'] as JsonLdNode[]).map((node) => [node['@type'], node]));

describe('buildJsonLd', () => {
  test('the home page: the WebSite with its SearchAction, the Organization and a WebPage, no BreadcrumbList', () => {
    expect(buildJsonLd({ ...PAGE, path: '/', title: 'Site', breadcrumbs: undefined }))
      .toMatchInlineSnapshot(`
      {
        "@context": "https://schema.org",
        "@graph": [
          {
            "@id": "https://example.org/sco/#website",
            "@type": "WebSite",
            "description": "What the site is.",
            "inLanguage": "en",
            "name": "Site",
            "potentialAction": {
              "@type": "SearchAction",
              "query-input": "required name=search_term_string",
              "target": {
                "@type": "EntryPoint",
                "urlTemplate": "https://example.org/sco/search/?q={search_term_string}",
              },
            },
            "publisher": {
              "@id": "https://example.org/sco/#organization",
            },
            "url": "https://example.org/sco/",
          },
          {
            "@id": "https://example.org/sco/#organization",
            "@type": "Organization",
            "name": "Site",
            "url": "https://example.org/sco/",
          },
          {
            "@id": "https://example.org/sco/",
            "@type": "WebPage",
            "description": "About RATS.",
            "image": "https://example.org/sco/og/rats.png",
            "inLanguage": "en",
            "isPartOf": {
              "@id": "https://example.org/sco/#website",
            },
            "name": "Site",
            "url": "https://example.org/sco/",
          },
        ],
      }
    `);
  });

  test('any other page: the Organization, a WebPage part of the WebSite named by its @id, and its breadcrumbs', () => {
    expect(buildJsonLd(PAGE)).toMatchInlineSnapshot(`
      {
        "@context": "https://schema.org",
        "@graph": [
          {
            "@id": "https://example.org/sco/#organization",
            "@type": "Organization",
            "name": "Site",
            "url": "https://example.org/sco/",
          },
          {
            "@id": "https://example.org/sco/rats/",
            "@type": "WebPage",
            "description": "About RATS.",
            "image": "https://example.org/sco/og/rats.png",
            "inLanguage": "en",
            "isPartOf": {
              "@id": "https://example.org/sco/#website",
            },
            "name": "RATS",
            "url": "https://example.org/sco/rats/",
          },
          {
            "@id": "https://example.org/sco/rats/#breadcrumbs",
            "@type": "BreadcrumbList",
            "itemListElement": [
              {
                "@type": "ListItem",
                "item": "https://example.org/sco/",
                "name": "Home",
                "position": 1,
              },
              {
                "@type": "ListItem",
                "item": "https://example.org/sco/rats/",
                "name": "RATS",
                "position": 2,
              },
            ],
          },
        ],
      }
    `);
  });

  test('an article: headline, dateModified, the site as author and publisher, citations by the @id of the work each source page describes', () => {
    const article = nodes(
      buildJsonLd({
        ...PAGE,
        meta: {
          article: {
            dateModified: '2026-11-22',
            citations: [
              {
                id: 'alimov-2017',
                title: 'The role of the SCO',
                url: 'https://www.un.org/en/chronicle/article/x',
                published: '2017',
              },
              { id: 'azam-cgtn', title: 'Untitled column', published: 'unknown' },
            ],
          },
        },
      }),
    ).get('Article');
    expect(article).toMatchObject({
      '@id': `${ROOT}rats/`,
      headline: 'RATS',
      description: 'About RATS.',
      url: `${ROOT}rats/`,
      mainEntityOfPage: `${ROOT}rats/`,
      dateModified: '2026-11-22',
      author: { '@id': `${ROOT}#organization` },
      publisher: { '@id': `${ROOT}#organization` },
    });
    expect(article?.['citation']).toEqual([
      {
        '@type': 'CreativeWork',
        '@id': `${ROOT}sources/alimov-2017/#work`,
        name: 'The role of the SCO',
        url: `${ROOT}sources/alimov-2017/`,
      },
      {
        '@type': 'CreativeWork',
        '@id': `${ROOT}sources/azam-cgtn/#work`,
        name: 'Untitled column',
        url: `${ROOT}sources/azam-cgtn/`,
      },
    ]);
  });

  test.each([
    [
      'with its original and date',
      {
        id: 'alimov-2017',
        title: 'The role of the SCO',
        url: 'https://www.un.org/en/chronicle/article/x',
        published: '2017',
      },
      { sameAs: 'https://www.un.org/en/chronicle/article/x', datePublished: '2017' },
    ],
    [
      'with neither when both are unknown',
      { id: 'azam-cgtn', title: 'Untitled column', published: 'unknown' },
      {},
    ],
  ])('a source page: a WebPage whose mainEntity is the work, %s', (_case, work, extra) => {
    const page = nodes(
      buildJsonLd({ ...PAGE, path: `/sources/${work.id}/`, title: work.title, meta: { work } }),
    ).get('WebPage');
    expect(page?.['mainEntity']).toEqual({
      '@type': 'CreativeWork',
      '@id': `${ROOT}sources/${work.id}/#work`,
      name: work.title,
      url: `${ROOT}sources/${work.id}/`,
      ...extra,
    });
  });

  test('the 404 page: a WebPage with no @id or url, as it has no address of its own', () => {
    const page = nodes(
      buildJsonLd({
        ...PAGE,
        path: '/404/',
        title: 'Page not found',
        breadcrumbs: undefined,
        notFound: true,
      }),
    ).get('WebPage');
    expect(page).toEqual({
      '@type': 'WebPage',
      name: 'Page not found',
      description: PAGE.description,
      inLanguage: 'en',
      image: PAGE.image,
      isPartOf: { '@id': `${ROOT}#website` },
    });
  });

  test('the glossary: a DefinedTermSet whose terms link back to it, other names as alternateName', () => {
    const set = nodes(
      buildJsonLd({
        ...PAGE,
        path: '/glossary/',
        title: 'Glossary',
        meta: {
          terms: [
            {
              id: 'rats',
              name: 'Regional Anti-Terrorist Structure',
              otherNames: ['RATS'],
              definition: 'The SCO body.',
            },
            { id: 'mutual-trust', name: 'Mutual trust', otherNames: [], definition: 'A value.' },
          ],
        },
      }),
    ).get('DefinedTermSet');
    expect(set?.['url']).toBe(`${ROOT}glossary/`);
    expect(set?.['hasDefinedTerm']).toEqual([
      {
        '@type': 'DefinedTerm',
        '@id': `${ROOT}glossary/#rats`,
        name: 'Regional Anti-Terrorist Structure',
        alternateName: ['RATS'],
        description: 'The SCO body.',
        url: `${ROOT}glossary/#rats`,
        inDefinedTermSet: { '@id': `${ROOT}glossary/` },
      },
      {
        '@type': 'DefinedTerm',
        '@id': `${ROOT}glossary/#mutual-trust`,
        name: 'Mutual trust',
        description: 'A value.',
        url: `${ROOT}glossary/#mutual-trust`,
        inDefinedTermSet: { '@id': `${ROOT}glossary/` },
      },
    ]);
  });

  const article = (dateModified: string) => ({
    article: { dateModified, citations: [{ id: 'x', title: 'X' }] },
  });
  test.each<[string, Partial<JsonLdInput>, string]>([
    ['a relative image', { image: '/og/rats.png' }, 'the image must be an absolute'],
    ['an empty title', { title: ' ' }, 'has no title'],
    ['an empty description', { description: '' }, 'has no description'],
    ['a path that is not a site path', { path: 'rats/' }, 'is not a site path'],
    [
      'a breadcrumb to another site',
      { breadcrumbs: [{ href: 'https://evil.example/', label: 'Home' }] },
      'is not a site path',
    ],
    ['a date that is not a day', { meta: article('22 November 2026') }, 'must be YYYY-MM-DD'],
    [
      'a source with a relative URL',
      { meta: { work: { id: 'x', title: 'X', url: 'www.un.org/x' } } },
      'the url of source "x" must be an absolute',
    ],
    [
      'both an article and terms',
      { meta: { ...article('2026-11-22'), terms: [] } },
      'is given article and terms; it is one of',
    ],
    [
      'both terms and a work',
      { meta: { terms: [], work: { id: 'x', title: 'X' } } },
      'is given terms and work; it is one of',
    ],
  ])('refuses %s', (_what, change, message) => {
    expect(() => buildJsonLd({ ...PAGE, ...change })).toThrow(message);
  });
});

describe('serializeJsonLd', () => {
  test.each([
    ['a closing script tag', 'x</script><script>alert(1)</script>'],
    ['an HTML comment', '<!-- a -->'],
    ['an ampersand and a line separator', 'R&D\u2028next'],
  ])('writes %s so that it cannot end the script, and means the same', (_what, text) => {
    const data = { '@context': 'https://schema.org', name: text };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe('toOgLocale', () => {
  test.each([
    ['en', 'en_GB'],
    ['en-us', 'en_US'],
    ['fr', 'fr'],
    ['ru-RU', 'ru_RU'],
  ])('%s → %s', (lang, locale) => {
    expect(toOgLocale(lang)).toBe(locale);
  });

  test.each(['', 'english', '1x'])('refuses %j', (lang) => {
    expect(() => toOgLocale(lang)).toThrow('is not a language tag');
  });
});

test('a translated edition names the Organization in its words, with the English name as its other name', () => {
  const graph = buildJsonLd({
    ...PAGE,
    site: { ...PAGE.site, title: 'Система безопасности ШОС', alternateName: 'Site', lang: 'ru' },
  })['@graph'] as { '@type': string }[];
  expect(graph.find((node) => node['@type'] === 'Organization')).toMatchObject({
    name: 'Система безопасности ШОС',
    alternateName: 'Site',
  });
  expect(
    (buildJsonLd(PAGE)['@graph'] as { alternateName?: string }[]).some((n) => n.alternateName),
  ).toBe(false);
});
