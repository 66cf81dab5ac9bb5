import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { citationsPlugin } from '#lib/markdown/mdx-citations.ts';
import { sectionIdsPlugin } from '#lib/markdown/mdx-section-ids.ts';

const FILE = new URL('file:///site/content/topics/rats.mdx');

/** Compiles MDX with the site's plugins, as astro.config.mjs configures them. */
function compile(source: string) {
  const result = mdxToJs(source, {
    features: { headingAttributes: true },
    mdastPlugins: [sectionIdsPlugin, citationsPlugin],
    fileURL: FILE,
  });
  // With no async plugin, satteri compiles synchronously.
  if (result instanceof Promise) throw new Error('expected a synchronous compile');
  return result;
}

function errorOf(source: string): string {
  try {
    compile(source);
    return 'no error';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('section ids', () => {
  test('keeps the explicit id of each heading', () => {
    const { code } = compile(
      '## What RATS is {#what-rats-is}\n\n### Its seat {#what-rats-is-seat}\n',
    );
    expect(code).toContain('id: "what-rats-is"');
    expect(code).toContain('id: "what-rats-is-seat"');
  });

  test.each([
    [
      'a heading without an id',
      '## What RATS is\n',
      'rats.mdx → heading "## What RATS is": has no explicit id',
      'end the heading with a permanent id, e.g. "## What RATS is {#a-short-id}"',
    ],
    [
      'an id used twice',
      '## One {#same}\n\n### Two {#same}\n',
      'heading "### Two": repeats the id "same" already used on this page',
      'give each section an id of its own',
    ],
    [
      'an id with capitals',
      '## One {#One}\n',
      'heading "## One": has the id "One", which is not lowercase',
      'choose an id such as "three-forces"',
    ],
    [
      'an h1 in the body',
      '# Title {#title}\n',
      'heading "# Title": is an h1; the page title is already the h1',
      'use ## for sections',
    ],
  ])('stops on %s with the file, the heading and the fix', (_name, source, problem, fix) => {
    const message = errorOf(source);
    expect(message).toContain('content/topics/rats.mdx');
    expect(message).toContain(problem);
    expect(message).toContain(`Fix: ${fix}`);
  });
});

describe('citations', () => {
  const source = [
    '## A {#a}',
    '',
    'One.<Cite source="alimov-2017" p="5" /> Two.<Cite source="sco-about" /> Three.<Cite source="alimov-2017" p="5" />',
  ].join('\n');

  test('numbers citations in reading order, reusing the number of a repeated one', () => {
    const { code, data } = compile(source);
    const numbers = [...code.matchAll(/n: "(\d+)",\s*anchor: "([^"]+)"/g)].map(
      ([, n, anchor]) => `${n}:${anchor}`,
    );
    expect(numbers).toEqual(['1:ref-1', '2:ref-2', '1:ref-1-2']);
    expect(
      (data as unknown as { astro: { frontmatter: { citations: unknown } } }).astro.frontmatter
        .citations,
    ).toEqual([{ source: 'alimov-2017', p: 5 }, { source: 'sco-about' }]);
  });

  // A <Cite> on a line of its own is a flow element, not a text element; before, it was neither
  // numbered nor checked and rendered "[]" linking to #fn-undefined.
  test('numbers citations on their own line, in lists and in tables, in reading order', () => {
    const { code } = compile(
      [
        'One.<Cite source="sco-about" />',
        '',
        '<Cite source="alimov-2017" p="2" />',
        '',
        '- Item.<Cite source="alimov-2017" p="3" />',
        '',
        '| a |',
        '|---|',
        '| b<Cite source="sco-about" /> |',
      ].join('\n'),
    );
    const numbers = [...code.matchAll(/n: "(\d+)",\s*anchor: "([^"]+)"/g)].map(
      ([, n, anchor]) => `${n}:${anchor}`,
    );
    expect(numbers).toEqual(['1:ref-1', '2:ref-2', '3:ref-3', '1:ref-1-2']);
  });

  test('puts the numbers of markers with nothing between them in ascending order, numbering in reading order', () => {
    const { code, data } = compile(
      [
        'One.<Cite source="sco-about" /> Two.<Cite source="alimov-2017" p="2" /><Cite source="azam-cgtn" p="1" /><Cite source="sco-about" />',
        '',
        'Three.<Cite source="azam-cgtn" p="1" /><Cite source="alimov-2017" p="2" />',
      ].join('\n'),
    );
    const markers = [...code.matchAll(/n: "(\d+)",\s*anchor: "([^"]+)"(,\s*joined: "true")?/g)].map(
      ([, n, anchor, joined]) => `${n}:${anchor}${joined ? '+' : ''}`,
    );
    // "[1, 2, 3]" after "Two", not "[2, 3, 1]"; "[2, 3]" after "Three", not "[3, 2]".
    expect(markers).toEqual([
      '1:ref-1',
      '1:ref-1-2',
      '2:ref-2+',
      '3:ref-3+',
      '2:ref-2-2',
      '3:ref-3-2+',
    ]);
    expect(
      (data as unknown as { astro: { frontmatter: { citations: unknown } } }).astro.frontmatter
        .citations,
    ).toEqual([
      { source: 'sco-about' },
      { source: 'alimov-2017', p: 2 },
      { source: 'azam-cgtn', p: 1 },
    ]);
  });

  test('stops on the same citation twice in one marker, naming the file and the citation', () => {
    const message = errorOf(
      'One.<Cite source="alimov-2017" p="2" /><Cite source="sco-about" /><Cite source="alimov-2017" p="2" />\n',
    );
    expect(message).toContain('content/topics/rats.mdx → <Cite source="alimov-2017" p="2" />');
    expect(message).toContain('cites alimov-2017 ¶2 twice in one marker');
    expect(message).toContain('Fix: remove one of the two <Cite> elements');
  });

  test("cites an article's notes as notes, not as a paragraph", () => {
    const { data } = compile(
      '## A {#a}\n\nOne.<Cite source="azam-cgtn" notes /> Two.<Cite source="azam-cgtn" p="1" />\n',
    );
    expect(
      (data as unknown as { astro: { frontmatter: { citations: unknown } } }).astro.frontmatter
        .citations,
    ).toEqual([
      { source: 'azam-cgtn', notes: true },
      { source: 'azam-cgtn', p: 1 },
    ]);
  });

  test.each([
    ['notes with a value', '<Cite source="azam-cgtn" notes="yes" />', 'writes notes with a value'],
    ['a citation without a source', '<Cite p="5" />', 'has no source'],
    [
      'a paragraph that is not a number',
      '<Cite source="alimov-2017" p="five" />',
      'has the paragraph number p="five", which is not a whole number',
    ],
    ['paragraph zero', '<Cite source="alimov-2017" p="0" />', 'has the paragraph number p="0"'],
    [
      'an unexpected attribute',
      '<Cite source="alimov-2017" page="5" />',
      'has an unexpected attribute "page"',
    ],
  ])('stops on %s, naming the file and the element', (_name, cite, problem) => {
    const message = errorOf(`Text.${cite}\n`);
    expect(message).toContain('content/topics/rats.mdx → <Cite');
    expect(message).toContain(problem);
  });
});
