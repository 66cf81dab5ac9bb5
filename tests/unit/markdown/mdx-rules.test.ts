import { describe, expect, test } from 'vitest';
import { decodeContentFile } from '#lib/content/content-files.ts';
import { checkUrl, inspectMdx, readCite } from '#lib/markdown/mdx-rules.ts';

describe('checkUrl', () => {
  test.each([
    'https://example.org/a',
    'http://example.org/',
    'mailto:editors@example.org',
    '/rats/#functions',
    '#members',
    '/search/?q=rats',
  ])('accepts %j', (url) => {
    expect(checkUrl(url)).toBeUndefined();
  });

  test.each([
    ['javascript:alert(1)', 'uses "javascript:"'],
    ['JAVASCRIPT:alert(1)', 'uses "JAVASCRIPT:"'],
    ['java\tscript:alert(1)', 'contains spaces or control characters'],
    [' javascript:alert(1)', 'contains spaces or control characters'],
    ['vbscript:x', 'uses "vbscript:"'],
    ['data:text/html,x', 'uses "data:"'],
    ['file:///etc/passwd', 'uses "file:"'],
    ['//evil.example/', 'protocol-relative'],
    ['/\\evil.example/', 'protocol-relative'],
    ['https:evil.example', 'is not a complete address'],
    ['mailto:', 'is not a mail address'],
    ['rats/', 'is a relative address'],
    ['../rats/', 'is a relative address'],
    ['', 'has no address'],
  ])('refuses %j', (url, problem) => {
    expect(checkUrl(url)?.problem).toContain(problem);
  });
});

describe('readCite', () => {
  const attrs = (pairs: Record<string, unknown>) =>
    Object.entries(pairs).map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value }));

  test('reads a source and a paragraph', () => {
    expect(readCite(attrs({ source: 'alimov-2017', p: '5' }))).toEqual({
      mark: { source: 'alimov-2017', p: 5 },
    });
    expect(readCite(attrs({ source: 'sco-about' }))).toEqual({ mark: { source: 'sco-about' } });
  });

  test.each([
    [{ p: '5' }, 'has no source'],
    [{ source: '' }, 'has no source'],
    [{ source: 'a', p: '0' }, 'p="0"'],
    [{ source: 'a', p: '-2' }, 'negative'],
    [{ source: 'a', p: '1.5' }, 'not a whole number'],
    [{ source: 'a', p: '05' }, 'not a whole number'],
    [{ source: 'a', p: '' }, 'empty paragraph number'],
    [{ source: 'a', page: '5' }, 'unexpected attribute "page"'],
    [
      { source: { type: 'mdxJsxAttributeValueExpression', value: '"a"' } },
      'gives source as a {…} expression',
    ],
  ])('refuses %j', (pairs, problem) => {
    const result = readCite(attrs(pairs));
    expect('problem' in result && result.problem).toContain(problem);
  });
});

describe('inspectMdx', () => {
  test('collects headings, citations (inline and on their own line) and site links, each with its line', () => {
    const facts = inspectMdx(
      '---\ntitle: x\n---\n\n## A {#a}\n\nText.<Cite source="s" /> [b](/b/#c)\n\n<Cite source="t" p="2" />\n',
      'f.mdx',
    );
    expect(facts.problems).toEqual([]);
    expect(facts.frontmatter).toEqual({ text: 'title: x', line: 2 });
    expect(facts.headings).toEqual([{ depth: 2, text: 'A', id: 'a', line: 5 }]);
    expect(facts.cites).toEqual([
      { mark: { source: 's' }, line: 7 },
      { mark: { source: 't', p: 2 }, line: 9 },
    ]);
    expect(facts.siteLinks).toEqual([{ url: '/b/#c', line: 7 }]);
  });

  test('allows the short list of harmless HTML', () => {
    expect(
      inspectMdx(
        '<abbr title="Shanghai Cooperation Organization">SCO</abbr>, <span lang="ru">ШОС</span>, H<sub>2</sub>O<br />\n',
        'f.mdx',
      ).problems,
    ).toEqual([]);
  });
});

describe('decodeContentFile', () => {
  test.each([
    [Buffer.from('title: caf\u00e9\n', 'latin1'), 'is not UTF-8 text (byte 0xE9'],
    [Buffer.from('', 'utf8'), 'is empty'],
    [Buffer.from(' \n\n', 'utf8'), 'is empty'],
    [Buffer.from('a\u0000b', 'utf8'), 'NUL'],
    [Buffer.from('a\n\u202eb', 'utf8'), 'U+202E'],
    [Buffer.from('a\u200bb', 'utf8'), 'U+200B'],
  ])('refuses %j', (bytes, problem) => {
    expect(decodeContentFile(bytes, 'f').problems[0]?.problem).toContain(problem);
  });

  test('reads UTF-8 text, a byte-order mark at the start and Persian joiners included', () => {
    expect(
      decodeContentFile(
        Buffer.from('\ufefftitle: \u0645\u06cc\u200c\u0634\u0648\u062f\n', 'utf8'),
        'f',
      ),
    ).toEqual({
      text: 'title: \u0645\u06cc\u200c\u0634\u0648\u062f\n',
      problems: [],
    });
  });
});
