import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { citationsPlugin } from '#lib/markdown/mdx-citations.ts';
import { attachQuotes, type QuoteMark } from '#lib/markdown/mdx-quotes.ts';

const FILE = new URL('file:///site/content/ru/topics/rats.mdx');

/** The quotations' footnotes the citations plugin records for a translated page. */
function quotesOf(source: string): QuoteMark[] {
  const result = mdxToJs(source, { mdastPlugins: [citationsPlugin], fileURL: FILE });
  if (result instanceof Promise) throw new Error('expected a synchronous compile');
  return (result.data as unknown as { astro: { frontmatter: { quotes: QuoteMark[] } } }).astro
    .frontmatter.quotes;
}

function errorOf(source: string): string {
  try {
    quotesOf(source);
    return 'no error';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('the footnote that gives a quotation’s English original', () => {
  test.each([
    [
      'the marker after it in its sentence',
      'Он пишет о <Q en="three forces">трёх силах</Q>.<Cite source="azam-cgtn" p="4" />',
      [{ n: 1, en: ['three forces'] }],
    ],
    [
      'two quotations before one marker, the second marker reusing number 1',
      'A.<Cite source="azam-cgtn" p="4" /> <Q en="one">раз</Q> и <Q en="two">два</Q>.<Cite source="azam-cgtn" p="4" />',
      [{ n: 1, en: ['one', 'two'] }],
    ],
    [
      'a quotation in bold, before its marker',
      'A.<Cite source="sco-about" /> **<Q en="one">раз</Q>**.<Cite source="azam-cgtn" p="4" />',
      [{ n: 2, en: ['one'] }],
    ],
    [
      'list items after a lead-in that cites them',
      'Так:<Cite source="un-charter-chapter-1" />\n\n- <Q en="one">раз</Q>\n- <Q en="two">два</Q>\n',
      [
        { n: 1, en: ['one'] },
        { n: 1, en: ['two'] },
      ],
    ],
    [
      'table cells under a header that cites their column',
      [
        '| Алимов<Cite source="alimov-2017" p="3" /> | Устав<Cite source="un-charter-chapter-1" /> |',
        '|---|---|',
        '| <Q en="a">а</Q> | <Q en="b">б</Q> |',
      ].join('\n'),
      [
        { n: 1, en: ['a'] },
        { n: 2, en: ['b'] },
      ],
    ],
  ])('%s', (_name, source, expected) => {
    expect(quotesOf(source)).toEqual(expected);
  });

  test('a quotation with no marker after it nor before it on the page is an error naming it', () => {
    const message = errorOf('Он пишет о <Q en="three forces">трёх силах</Q>.\n');
    expect(message).toContain('rats.mdx');
    expect(message).toContain('<Q en="three forces">');
    expect(message).toContain('no <Cite> after it in its paragraph');
  });

  test('footnotes get each original once, in order; a note with no quotation gets none', () => {
    const notes = [{ n: 1 }, { n: 2 }];
    expect(
      attachQuotes(notes, [
        { n: 1, en: ['a', 'b'] },
        { n: 1, en: ['a'] },
      ]),
    ).toEqual([{ n: 1, quotes: ['a', 'b'] }, { n: 2 }]);
  });
});
