/**
 * The bad-content table: one row per kind of bad input an editor or a contributor could commit.
 * Each row changes one file of a copy of the site; tests/build/bad-content.test.ts checks that the
 * content checks refuse it with the expected message (file, line, field, what is wrong, Fix:).
 * Rows marked heldOut were written before the checks were tuned against any row, and were not
 * looked at while tuning: they measure how well the checks generalise.
 */

/** One bad input. */
export interface BadCase {
  name: string;
  /** The item it tests (1–7), or "other". */
  item: string;
  /** The file changed (created if `write` is given and it does not exist). */
  file: string;
  /** Rewrites the file's text; must change it. */
  change?: (text: string) => string;
  /** Writes the file whole instead (text or bytes). */
  write?: string | Uint8Array;
  /**
   * What the message must contain. `at(needle)` is "<file>:<line>" of the first line of the changed
   * file containing the needle, so rows do not hard-code line numbers.
   */
  expected: (at: (needle: string) => string) => string[];
  heldOut?: true;
}

/** Adds a paragraph after the first paragraph of an MDX body (after the frontmatter and one blank line). */
export function addParagraph(text: string, paragraph: string): string {
  const end = text.indexOf('\n\n', text.indexOf('\n---\n') + 5);
  return `${text.slice(0, end)}\n\n${paragraph}${text.slice(end)}`;
}

/** Written first, before any tuning, and not looked at while tuning. */
export const HELD_OUT: BadCase[] = [
  {
    name: 'an export statement',
    item: '1',
    file: 'content/topics/shanghai-spirit.mdx',
    change: (text) => `${text}\nexport const title = 'x';\n`,
    expected: (at) => [at('export const'), 'export', 'Fix:'],
  },
  {
    name: 'an iframe',
    item: '1',
    file: 'content/topics/un-charter-principles.mdx',
    change: (text) => addParagraph(text, '<iframe src="https://evil.example/"></iframe>'),
    expected: (at) => [at('<iframe'), 'iframe', 'Fix:'],
  },
  {
    name: 'an HTML link with a javascript: address',
    item: '1',
    file: 'content/pages/about.mdx',
    change: (text) => addParagraph(text, 'Read <a href="javascript:alert(1)">this</a>.'),
    expected: (at) => [at('javascript:'), 'Fix:'],
  },
  {
    name: 'a reference-style link to a javascript: address',
    item: '1',
    file: 'content/topics/rats.mdx',
    change: (text) => addParagraph(text, 'See [the note][n].\n\n[n]: javascript:alert(1)'),
    expected: (at) => [at('[n]: javascript'), 'javascript', 'Fix:'],
  },
  {
    name: '29 February in a year that is not a leap year',
    item: '2',
    file: 'content/timeline.yaml',
    change: (text) => text.replace('date: 2002-06-07', 'date: 2023-02-29'),
    expected: (at) => [at('2023-02-29'), 'date', 'Fix:'],
  },
  {
    name: 'an accession day that does not exist',
    item: '2',
    file: 'content/members.yaml',
    change: (text) => text.replace('joined: 2017-06-09', 'joined: 2017-06-31'),
    expected: (at) => [at('2017-06-31'), 'joined', 'Fix:'],
  },
  {
    name: 'a description too long for a link preview',
    item: '6',
    file: 'content/topics/shanghai-spirit.mdx',
    change: (text) => text.replace(/^description: (.*)$/m, `description: $1 ${'More words. '.repeat(10)}`),
    expected: (at) => [at('description:'), 'description', 'Fix:'],
  },
  {
    name: 'a link to a section that does not exist',
    item: '3',
    file: 'content/topics/rats.mdx',
    change: (text) => addParagraph(text, 'See [the summit](/2017-enlargement/#no-such-id).<Cite source="azam-cgtn" p="4" />'),
    expected: (at) => [at('no-such-id'), 'no-such-id', 'Fix:'],
  },
  {
    name: "a heading id the layout already uses",
    item: '3',
    file: 'content/pages/about.mdx',
    change: (text) => text.replace('{#what-this-is}', '{#announcer}'),
    expected: (at) => [at('{#announcer}'), 'announcer', 'Fix:'],
  },
  {
    name: 'a citation of an unknown source in a list item',
    item: '5',
    file: 'content/topics/rats.mdx',
    change: (text) => addParagraph(text, '- A claim in a list.<Cite source="nope-2020" />'),
    expected: (at) => [at('nope-2020'), 'nope-2020', 'Fix:'],
  },
  {
    name: 'a redirect to a page that does not exist',
    item: '4',
    file: 'content/redirects.yaml',
    change: (text) => text.replace('{}', '/old-rats/: /nowhere/'),
    expected: (at) => [at('/old-rats/'), '/nowhere/', 'Fix:'],
  },
  {
    name: 'a glossary term discussed in a section that does not exist',
    item: '3',
    file: 'content/glossary.yaml',
    change: (text) => text.replace('section: azam-view }', 'section: azam-opinion }'),
    expected: (at) => [at('azam-opinion'), 'azam-opinion', 'Fix:'],
  },
  {
    name: 'a source whose address runs script',
    item: '1',
    file: 'content/sources/china-org-rats-2004.yaml',
    change: (text) => text.replace(/^url: .*$/m, 'url: javascript:alert(1)'),
    expected: (at) => [at('url:'), 'url', 'Fix:'],
  },
  {
    name: 'a topic saved with the .md extension',
    item: 'other',
    file: 'content/topics/new-topic.md',
    write: '---\ntitle: New\n---\n\nText.\n',
    expected: () => ['content/topics/new-topic.md', 'Fix:'],
  },
  {
    name: 'a paragraph range instead of a paragraph',
    item: '6',
    file: 'content/topics/rats.mdx',
    change: (text) => text.replace('<Cite source="azam-cgtn" p="5" />', '<Cite source="azam-cgtn" p="5-6" />'),
    expected: (at) => [at('p="5-6"'), 'Fix:'],
  },
];
