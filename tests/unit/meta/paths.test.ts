import { describe, expect, test } from 'vitest';
import { absoluteUrl, normaliseBase, siteRoot, toSitePath, withBase } from '#lib/meta/paths.ts';

const ROOT = 'https://example.org/sco/';

describe('withBase', () => {
  test.each([
    ['/rats/#functions', '/', '/rats/#functions'],
    ['/rats/#functions', '/sco/', '/sco/rats/#functions'],
    ['/', '/sco', '/sco/'],
    ['#p5', '/sco/', '#p5'],
    ['https://example.org/', '/sco/', 'https://example.org/'],
    ['//cdn.example/x', '/sco/', '//cdn.example/x'],
  ])('%s under %j → %s', (path, base, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });
});

describe('normaliseBase', () => {
  test.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['sco', '/sco/'],
    ['/sco', '/sco/'],
    ['/org/sco/', '/org/sco/'],
  ])('%j → %s', (value, base) => {
    expect(normaliseBase(value)).toBe(base);
  });

  test.each(['/a b/', '/sco/?x=1', '/../etc/'])('refuses %j', (value) => {
    expect(() => normaliseBase(value)).toThrow('is not a path such as /sco/');
  });
});

describe('siteRoot', () => {
  test.each([
    ['https://example.org', '/', 'https://example.org/'],
    ['https://example.org/', '/sco', 'https://example.org/sco/'],
    ['https://example.org', '/sco/', 'https://example.org/sco/'],
    [new URL('http://localhost:4321'), '/', 'http://localhost:4321/'],
  ])('site %s, base %j → %s', (site, base, root) => {
    expect(siteRoot(site, base)).toBe(root);
  });

  test.each([
    [undefined, 'no site URL is configured'],
    ['ftp://example.org', 'must be an absolute http(s) URL'],
  ])('refuses the site %j', (site, message) => {
    expect(() => siteRoot(site, '/')).toThrow(message);
  });
});

describe('toSitePath', () => {
  test.each([
    ['/rats/', '/', '/rats/'],
    ['/', '/', '/'],
    ['/sco/rats/', '/sco', '/rats/'],
    ['/sco/rats/', '/sco/', '/rats/'],
    ['/sco/', '/sco/', '/'],
    ['/sco', '/sco', '/'],
  ])('%s with base %j → %s', (pathname, base, path) => {
    expect(toSitePath(pathname, base)).toBe(path);
  });

  test.each([
    ['/rats/', '/sco/'],
    ['/scope/rats/', '/sco'],
  ])('refuses %s outside the base %j', (pathname, base) => {
    expect(() => toSitePath(pathname, base)).toThrow('is not under the base path');
  });
});

describe('absoluteUrl', () => {
  test.each([
    [ROOT, '/', 'https://example.org/sco/'],
    [ROOT, '/glossary/#rats', 'https://example.org/sco/glossary/#rats'],
    ['https://example.org/', '/search/?q=x', 'https://example.org/search/?q=x'],
  ])('%s + %s → %s', (root, path, url) => {
    expect(absoluteUrl(root, path)).toBe(url);
  });

  test.each([
    [ROOT, 'rats/', 'is not a site path'],
    [ROOT, '//evil.example/', 'is not a site path'],
    ['https://example.org/sco', '/rats/', 'must end in "/"'],
    ['/sco/', '/rats/', 'must be an absolute http(s) URL'],
  ])('refuses root %j with path %j', (root, path, message) => {
    expect(() => absoluteUrl(root, path)).toThrow(message);
  });
});
