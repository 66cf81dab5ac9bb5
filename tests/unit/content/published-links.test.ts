import { describe, expect, test } from 'vitest';
import { aliasesBySection, checkLock, formatLock, listPublished, mergeLock, parseLock, findUnlisted } from '#lib/content/published-links.ts';

const site = (pages: Record<string, string[]>, redirects: Record<string, string> = {}) => ({
  pages: new Map(Object.entries(pages).map(([path, ids]) => [path, new Set(ids)])),
  redirects: new Map(Object.entries(redirects)),
});

describe('lock file', () => {
  test('parses lines, skipping comments and blanks, and formats them sorted once each', () => {
    expect(parseLock('# header\n/rats/\n\n/rats/#functions\n  /about/  \n')).toEqual(['/rats/', '/rats/#functions', '/about/']);
    const text = formatLock(['/rats/#functions', '/about/', '/rats/', '/about/']);
    expect(parseLock(text)).toEqual(['/about/', '/rats/', '/rats/#functions']);
    expect(text.startsWith('# Published links')).toBe(true);
  });

  test('lists each page and its section ids', () => {
    expect(listPublished(site({ '/rats/': ['functions', 'toc-label'], '/about/': [] }), new Map([['/rats/', ['functions']]]))).toEqual([
      '/about/',
      '/rats/',
      '/rats/#functions',
    ]);
  });

  test('merging adds new URLs and never removes old ones', () => {
    expect(mergeLock(['/rats/', '/rats/#drugs'], ['/rats/', '/rats/#drugs-and-crime'])).toEqual({
      urls: ['/rats/', '/rats/#drugs', '/rats/#drugs-and-crime'],
      added: ['/rats/#drugs-and-crime'],
    });
  });
});

describe('checkLock', () => {
  test('passes when every page and id is there, directly, through an alias id or through a redirect', () => {
    const built = site({ '/rats/': ['functions', 'drugs'], '/2017-enlargement/': ['region'] }, { '/enlargement/': '/2017-enlargement/' });
    expect(checkLock(['/rats/', '/rats/#functions', '/rats/#drugs', '/enlargement/', '/enlargement/#region'], built)).toEqual([]);
  });

  test('names each URL that no longer resolves and says how to fix it', () => {
    const built = site({ '/rats/': ['functions'] }, { '/old/': '/gone/' });
    expect(checkLock(['/rats/#drugs', '/about/', '/old/#x'], built)).toEqual([
      '/rats/#drugs: /rats/ has no element with id "drugs". Fix: restore the id, or declare it as an alias of the section\'s new id (content/README.md, "Renaming a section")',
      '/about/: the page /about/ is gone. Fix: restore it, or redirect it to its new home in content/redirects.yaml',
      '/old/#x: the page /old/ is gone. Fix: restore it, or redirect it to its new home in content/redirects.yaml',
    ]);
  });

  test('stops on a redirect loop instead of hanging', () => {
    expect(() => checkLock(['/a/'], site({}, { '/a/': '/b/', '/b/': '/a/' }))).toThrow('redirects from /a/ loop');
  });
});

test('aliasesBySection groups old ids by the section they now point to', () => {
  expect(
    aliasesBySection([
      { from: 'a', to: 'x' },
      { from: 'b', to: 'x' },
      { from: 'c', to: 'y' },
    ]),
  ).toEqual(
    new Map([
      ['x', ['a', 'b']],
      ['y', ['c']],
    ]),
  );
});

describe('findUnlisted', () => {
  const redirects = new Map([['/un-charter-principles/', '/un-charter/']]);
  const locked = ['/rats/', '/un-charter-principles/', '/un-charter-principles/#article-2'];

  test('counts a moved page and its sections as listed under their old address', () => {
    expect(findUnlisted(['/rats/', '/un-charter/', '/un-charter/#article-2'], locked, redirects)).toEqual([]);
  });

  test('names what is new, on a moved page too', () => {
    expect(findUnlisted(['/rats/', '/rats/#new', '/un-charter/#new-section'], locked, redirects)).toEqual([
      '/rats/#new',
      '/un-charter/#new-section',
    ]);
  });
});

test('findUnlisted counts an id as listed when the lock has the old id it keeps as an alias', () => {
  const aliases = new Map([['/', new Map([['topic-old', 'topic-new']])]]);
  expect(findUnlisted(['/#topic-new', '/#other'], ['/', '/#topic-old'], new Map(), aliases)).toEqual(['/#other']);
});
