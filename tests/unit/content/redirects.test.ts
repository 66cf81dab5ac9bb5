import { describe, expect, test } from 'vitest';
import { formatProblem } from '#lib/content/content-error.ts';
import { checkRedirects, parseRedirects, readRedirects } from '#lib/content/redirects.ts';

describe('checkRedirects', () => {
  const live = new Set(['/rats/', '/shanghai-spirit/']);
  const check = (text: string) => checkRedirects(readRedirects(text), live).map(formatProblem);

  test('accepts old paths that point at live pages', () => {
    expect(check('/rats-old/: /rats/\n/spirit/: /shanghai-spirit/')).toEqual([]);
  });

  test.each([
    ['/old/: /gone/', 'content/redirects.yaml:1 → /old/: /gone/: /gone/ is not a page of the site'],
    ['/rats/: /shanghai-spirit/', 'content/redirects.yaml:1 → /rats/: /shanghai-spirit/: /rats/ is a page the site still builds'],
    ['/a/: /b/\n/b/: /a/', 'content/redirects.yaml:1 → /a/: /b/: redirects in a loop: /a/ → /b/ → /a/'],
    [
      '/a/: /b/\n/b/: /rats/',
      'content/redirects.yaml:1 → /a/: /b/: /b/ is itself a redirect (to /rats/)\n    Fix: redirect straight to the page: "/a/: /rats/"',
    ],
  ])('refuses %j', (text, message) => {
    expect(check(text).join('\n')).toContain(message);
  });
});

describe('parseRedirects', () => {
  test('reads old → new paths, and an empty file as none', () => {
    expect(parseRedirects('/enlargement-2017/: /2017-enlargement/\n/rats-old/: /rats/')).toEqual({
      '/enlargement-2017/': '/2017-enlargement/',
      '/rats-old/': '/rats/',
    });
    expect(parseRedirects('{}')).toEqual({});
    expect(parseRedirects('# nothing yet\n')).toEqual({});
  });

  test.each([
    ['- /a/', 'content/redirects.yaml:1 → (top level): is not a mapping of old paths to new ones'],
    [
      '/a/: https://example.org/',
      'content/redirects.yaml:1 → /a/: "/a/" → "https://example.org/" is not a redirect between two site paths',
    ],
    ['/a: /b/', 'content/redirects.yaml:1 → /a: "/a" → "/b/" is not a redirect between two site paths'],
    ['# moved\n/a/: 3', 'content/redirects.yaml:2 → /a/: "/a/" → 3 is not a redirect between two site paths'],
    ['/a/: /a/', 'content/redirects.yaml:1 → /a/: redirects to itself'],
    ['/a/: /b/\n/a/: /c/', 'content/redirects.yaml:2 → (YAML syntax): is not valid YAML'],
  ])('refuses %j', (text, message) => {
    expect(() => parseRedirects(text)).toThrow(message);
  });
});
