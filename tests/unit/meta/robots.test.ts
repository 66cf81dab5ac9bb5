import { describe, expect, test } from 'vitest';
import { buildRobotsTxt, isIndexable, isNotFoundPage } from '#lib/meta/robots.ts';

describe('isIndexable', () => {
  test.each([
    ['/', true],
    ['/rats/', true],
    ['/sources/alimov-2017/', true],
    ['https://example.org/glossary/', true],
    ['/search/', false],
    ['/404/', false],
    ['https://example.org/sco/search/', false],
    ['https://example.org/sco/404/', false],
  ])('%s → %s', (page, indexable) => {
    expect(isIndexable(page)).toBe(indexable);
  });

  test.each(['rats/', 'example.org/rats/', ''])('refuses %j', (page) => {
    expect(() => isIndexable(page)).toThrow('neither a site path nor an absolute URL');
  });
});

describe('isNotFoundPage', () => {
  test.each([
    ['/404/', true],
    ['https://example.org/sco/404/', true],
    ['/', false],
    ['/search/', false],
    ['/sources/404-report/', false],
  ])('%s → %s', (page, notFound) => {
    expect(isNotFoundPage(page)).toBe(notFound);
  });

  test('refuses what is no path', () => {
    expect(() => isNotFoundPage('404/')).toThrow(
      'isNotFoundPage: "404/" is neither a site path nor an absolute URL',
    );
  });
});

describe('buildRobotsTxt', () => {
  test('allows everything and names the sitemap', () => {
    expect(buildRobotsTxt('https://example.org/sco/sitemap-index.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/sco/sitemap-index.xml\n',
    );
  });

  test.each(['/sitemap-index.xml', 'https://example.org/', 'example.org/sitemap.xml'])(
    'refuses the sitemap %j',
    (url) => {
      expect(() => buildRobotsTxt(url)).toThrow('must be an absolute URL of an .xml file');
    },
  );
});
