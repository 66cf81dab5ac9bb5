import { describe, expect, test } from 'vitest';
import { parseRedirects } from '../../src/lib/redirects';

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
    ['- /a/', 'content/redirects.yaml: must map old paths to new ones'],
    ['/a/: https://example.org/', 'content/redirects.yaml → /a/: "https://example.org/" is not a redirect between site paths'],
    ['/a: /b/', 'content/redirects.yaml → /a: "/b/" is not a redirect between site paths'],
    ['/a/: 3', 'content/redirects.yaml → /a/: 3 is not a redirect between site paths'],
    ['/a/: /a/', 'content/redirects.yaml → /a/: redirects to itself'],
  ])('refuses %j', (text, message) => {
    expect(() => parseRedirects(text)).toThrow(message);
  });
});
