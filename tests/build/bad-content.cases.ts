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
  /** Writes the file whole instead. */
  write?: string;
  /** Saves the changed text as Latin-1 instead of UTF-8. */
  latin1?: true;
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
    change: (text) =>
      text.replace(/^description: (.*)$/m, `description: $1 ${'More words. '.repeat(10)}`),
    expected: (at) => [at('description:'), 'description', 'Fix:'],
  },
  {
    name: 'a link to a section that does not exist',
    item: '3',
    file: 'content/topics/rats.mdx',
    change: (text) =>
      addParagraph(
        text,
        'See [the summit](/2017-enlargement/#no-such-id).<Cite source="azam-cgtn" p="4" />',
      ),
    expected: (at) => [at('no-such-id'), 'no-such-id', 'Fix:'],
  },
  {
    name: 'a heading id the layout already uses',
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
    change: (text) =>
      text.replace('<Cite source="azam-cgtn" p="5" />', '<Cite source="azam-cgtn" p="5-6" />'),
    expected: (at) => [at('p="5-6"'), 'Fix:'],
  },
];

const RATS = 'content/topics/rats.mdx';
const SPIRIT = 'content/topics/shanghai-spirit.mdx';
const HOME = 'content/pages/home.mdx';
const add = (paragraph: string) => (text: string) => addParagraph(text, paragraph);
const frontmatter = (from: RegExp, to: string) => (text: string) => text.replace(from, to);

/** A valid new topic. */
export const TOPIC = `---
title: A new topic
navLabel: New topic
description: A new topic page that summarises what one reference source says, used by the bad-content tests.
kind: institution
learn: What a new topic would tell the reader, in one sentence for the topic lists.
order: 9
sources: [sco-about]
lastReviewed: 2026-11-22
---

The SCO was founded in 2001.<Cite source="sco-about" />
`;

/** The table the checks were tuned on. */
export const CASES: BadCase[] = [
  // 1. MDX is content, not code.
  {
    name: "an expression that prints the build machine's environment",
    item: '1',
    file: RATS,
    change: add('Home is {process.env.HOME}.'),
    expected: (at) => [at('{process.env'), '"{process.env.HOME}" is code', 'Fix:'],
  },
  {
    name: "an import that reads the build machine's files",
    item: '1',
    file: RATS,
    change: add("import { readFileSync } from 'node:fs'"),
    expected: (at) => [at('import {'), 'content may not import or export', 'Fix: remove the line'],
  },
  {
    name: 'an MDX comment (an expression)',
    item: '1',
    file: RATS,
    change: add('{/* a note for editors */}'),
    expected: (at) => [at('{/*'), 'is code that would run at build time'],
  },
  {
    name: 'an HTML comment',
    item: '1',
    file: RATS,
    change: add('<!-- hidden -->'),
    expected: (at) => [
      at('<!--'),
      '(MDX syntax): cannot be read as MDX',
      'Fix: remove the HTML comment',
    ],
  },
  {
    name: 'a meta refresh to another site',
    item: '1',
    file: RATS,
    change: add('<meta http-equiv="refresh" content="0;url=https://evil.example/" />'),
    expected: (at) => [at('<meta'), '<meta>: <meta> can run code', 'Fix:'],
  },
  {
    name: 'a script element',
    item: '1',
    file: SPIRIT,
    change: add('<script>alert(1)</script>'),
    expected: (at) => [at('<script>'), '<script> can run code'],
  },
  {
    name: 'a style element',
    item: '1',
    file: SPIRIT,
    change: add('<style>{"body{display:none}"}</style>'),
    expected: (at) => [at('<style>'), '<style> can run code'],
  },
  {
    name: 'an object element',
    item: '1',
    file: SPIRIT,
    change: add('<object data="/x.swf"></object>'),
    expected: (at) => [at('<object'), '<object> can run code'],
  },
  {
    name: 'an event handler on allowed HTML',
    item: '1',
    file: SPIRIT,
    change: add('A <span onclick="alert(1)">word</span>.'),
    expected: (at) => [at('onclick'), '<span> onclick: is an event handler'],
  },
  {
    name: 'a style attribute on allowed HTML',
    item: '1',
    file: SPIRIT,
    change: add('A <span style="color:red">word</span>.'),
    expected: (at) => [at('style='), '<span> style: inline styles are not allowed'],
  },
  {
    name: 'a div (HTML not on the list)',
    item: '1',
    file: HOME,
    change: add('<div class="x">Boxed</div>'),
    expected: (at) => [
      at('<div'),
      "<div> is not one of the site's components",
      'Fix: use Markdown',
    ],
  },
  {
    name: 'an unknown component',
    item: '1',
    file: HOME,
    change: add('<Chart data="x" />'),
    expected: (at) => [at('<Chart'), "<Chart> is not one of the site's components"],
  },
  {
    name: 'a javascript: link',
    item: '1',
    file: RATS,
    change: add('[RATS](javascript:alert(document.cookie))'),
    expected: (at) => [
      at('javascript:'),
      'uses "javascript:", which content may not',
      'Fix: link to https:',
    ],
  },
  {
    name: 'a javascript: link in mixed case',
    item: '1',
    file: RATS,
    change: add('[RATS](JaVaScRiPt:alert(1))'),
    expected: (at) => [at('JaVaScRiPt'), 'uses "JaVaScRiPt:"'],
  },
  {
    name: 'a javascript: link written with an entity',
    item: '1',
    file: RATS,
    change: add('[RATS](&#106;avascript:alert(1))'),
    expected: (at) => [at('&#106;'), 'uses "javascript:"'],
  },
  {
    name: 'a data: link',
    item: '1',
    file: RATS,
    change: add('[RATS](data:text/html;base64,PHNjcmlwdD4=)'),
    expected: (at) => [at('data:text'), 'uses "data:"'],
  },
  {
    name: 'a protocol-relative link',
    item: '1',
    file: RATS,
    change: add('[RATS](//evil.example/)'),
    expected: (at) => [at('//evil'), 'protocol-relative'],
  },
  {
    name: 'an image from another site',
    item: '1',
    file: RATS,
    change: add('![map](https://evil.example/pixel.png)'),
    expected: (at) => [at('![map]'), 'content has no images'],
  },
  {
    name: 'a spread attribute on Cite',
    item: '1',
    file: RATS,
    change: add('A claim.<Cite source="azam-cgtn" {...props} />'),
    expected: (at) => [at('{...props}'), 'has a {…} spread attribute'],
  },
  {
    name: 'a Cite attribute written as an expression',
    item: '1',
    file: RATS,
    change: add('A claim.<Cite source={"azam-cgtn"} p="4" />'),
    expected: (at) => [at('source={'), 'gives source as a {…} expression'],
  },
  {
    name: 'a Markdown footnote',
    item: '1',
    file: RATS,
    change: add('A claim.[^1]\n\n[^1]: A note.'),
    expected: (at) => [at('A claim.[^1]'), 'Markdown footnotes'],
  },
  {
    name: 'a heading with a style and a handler in its attributes',
    item: '1',
    file: RATS,
    change: (text) =>
      text.replace('{#functions}', '{#functions .hidden style="display:none" onclick="alert(1)"}'),
    expected: (at) => [
      at('{#functions .hidden'),
      'has attributes besides its id (className, style, onclick)',
      'Fix: keep only the id',
    ],
  },
  {
    name: 'an autolink in angle brackets',
    item: '1',
    file: RATS,
    change: add('See <https://evil.example/>.'),
    expected: (at) => [
      at('<https://evil'),
      '(MDX syntax): cannot be read as MDX',
      'Fix: to create a link in MDX, use `[text](url)`',
    ],
  },
  {
    name: 'a fake citation marker',
    item: '1',
    file: RATS,
    change: add('A claim.<sup>[3]</sup>'),
    expected: (at) => [
      at('<sup>[3]'),
      'the only superscripts are the citation markers <Cite> makes',
    ],
  },
  {
    name: 'a text-direction override (Trojan Source)',
    item: '1',
    file: RATS,
    change: add('Text \u202eevil\u202c here.<Cite source="sco-about" />'),
    expected: (at) => [at('\u202e'), 'contains the invisible character U+202E'],
  },
  {
    name: 'a link with no text',
    item: '1',
    file: RATS,
    change: add('See [](/rats/).'),
    expected: (at) => [at('[](/rats/)'), 'has no text'],
  },
  {
    name: 'an empty mailto: link',
    item: '1',
    file: RATS,
    change: add('[Write to us](mailto:)'),
    expected: (at) => [at('(mailto:)'), '"mailto:" is not a mail address'],
  },
  {
    name: 'a language tag that is not one',
    item: '1',
    file: RATS,
    change: add('<span lang="Russian">Шанхай</span>'),
    expected: (at) => [at('lang="Russian"'), '"Russian" is not a language tag'],
  },
  // 2. Dates are checked as written.
  {
    name: 'the 30th of February (rolled over to 2 March before)',
    item: '2',
    file: RATS,
    change: frontmatter(/^lastReviewed: .*$/m, 'lastReviewed: 2026-02-30'),
    expected: (at) => [
      at('lastReviewed:'),
      'lastReviewed: "2026-02-30" is not a day: February 2026 has 28 days',
      'Fix: write the day of the review',
    ],
  },
  {
    name: 'month 13, day 45 (rolled over to 2027 before)',
    item: '2',
    file: RATS,
    change: frontmatter(/^lastReviewed: .*$/m, 'lastReviewed: 2026-13-45'),
    expected: (at) => [at('lastReviewed:'), 'has no month 13'],
  },
  {
    name: 'an impossible published date of a source',
    item: '2',
    file: 'content/sources/tass-2017-india-pakistan.yaml',
    change: frontmatter(/^published: .*$/m, 'published: 2017-02-30'),
    expected: (at) => [at('published:'), 'published: "2017-02-30" is not a day'],
  },
  {
    name: 'an impossible event day',
    item: '2',
    file: 'content/timeline.yaml',
    change: (text) => text.replace('date: 2004-06-17', 'date: 2004-06-31'),
    expected: (at) => [
      at('2004-06-31'),
      'rats-starts-work-2004 → date: "2004-06-31" is not a day: June 2004 has 30 days',
    ],
  },
  {
    name: 'a review day that has not come anywhere on Earth (a typed 2062 for 2026)',
    item: '2',
    file: RATS,
    change: frontmatter(/^lastReviewed: .*$/m, 'lastReviewed: 9999-01-01'),
    expected: (at) => [
      at('lastReviewed:'),
      'lastReviewed: "9999-01-01" is after today',
      'Fix: write the day of the review',
    ],
  },
  {
    name: 'a source published in a year that has not come',
    item: '2',
    file: 'content/sources/tass-2017-india-pakistan.yaml',
    change: frontmatter(/^published: .*$/m, 'published: 9999'),
    expected: (at) => [
      at('published:'),
      'published: "9999" is after today',
      'Fix: write the date it happened',
    ],
  },
  {
    name: 'an accession on a day that has not come (a member listed before it joins)',
    item: '2',
    file: 'content/members.yaml',
    change: (text) => text.replace('joined: 2017-06-09', 'joined: 9999-06-09'),
    expected: (at) => [at('9999-06-09'), 'joined: "9999-06-09" is after today', 'Fix:'],
  },
  {
    name: 'a date written day first',
    item: '2',
    file: HOME,
    change: frontmatter(/^lastReviewed: .*$/m, 'lastReviewed: 22/11/2026'),
    expected: (at) => [at('lastReviewed:'), 'is not written YYYY-MM-DD'],
  },
  {
    name: 'a review date without a day',
    item: '2',
    file: HOME,
    change: frontmatter(/^lastReviewed: .*$/m, 'lastReviewed: 2026-11'),
    expected: (at) => [at('lastReviewed:'), 'has no day'],
  },
  // 3. Links and ids at build time.
  {
    name: 'a link to a page that does not exist',
    item: '3',
    file: RATS,
    change: add('See [the charter](/sco-charter/).<Cite source="sco-about" />'),
    expected: (at) => [
      at('/sco-charter/'),
      'link /sco-charter/: /sco-charter/ is not a page of the site',
    ],
  },
  {
    name: 'a glossary link to a term that does not exist',
    item: '3',
    file: RATS,
    change: (text) => text.replace('/glossary/#tashkent', '/glossary/#taskent'),
    expected: (at) => [at('#taskent'), '/glossary/ has no section or entry with the id "taskent"'],
  },
  {
    name: 'a link without its trailing slash',
    item: '3',
    file: RATS,
    change: (text) => text.replace('(/sources/azam-cgtn/)', '(/sources/azam-cgtn)'),
    expected: (at) => [at('(/sources/azam-cgtn)'), 'ending in /', 'Fix: write /sources/azam-cgtn/'],
  },
  {
    name: 'a relative link',
    item: '3',
    file: RATS,
    change: (text) => text.replace('(/sources/azam-cgtn/)', '(sources/azam-cgtn/)'),
    expected: (at) => [at('(sources/azam-cgtn/)'), 'is a relative address'],
  },
  {
    name: 'a same-page link to a missing section',
    item: '3',
    file: HOME,
    change: (text) =>
      text.replace('{#key-facts}\n', '{#key-facts}\n\nSee [the member states](#member-states).\n'),
    expected: (at) => [at('#member-states'), 'has no section or entry with the id "member-states"'],
  },
  {
    name: "a heading id that is the layout's main landmark",
    item: '3',
    file: RATS,
    change: (text) => text.replace('{#functions}', '{#main}'),
    expected: (at) => [at('{#main}'), 'has the id "main", which the page\'s template already uses'],
  },
  {
    name: "a heading id that is a footnote's",
    item: '3',
    file: RATS,
    change: (text) => text.replace('{#functions}', '{#fn-1}'),
    expected: (at) => [at('{#fn-1}'), 'has the id "fn-1", which the page\'s template already uses'],
  },
  {
    name: "a heading id that is a home-page section's",
    item: '3',
    file: HOME,
    change: (text) => text.replace('{#in-brief}', '{#members}'),
    expected: (at) => [
      at('{#members}'),
      'has the id "members", which the page\'s template already uses',
    ],
  },
  {
    name: 'a heading without an id',
    item: '3',
    file: RATS,
    change: (text) => text.replace(' {#functions}', ''),
    expected: (at) => [at('## What RATS does'), 'heading "## What RATS does": has no explicit id'],
  },
  {
    name: 'a heading id used twice',
    item: '3',
    file: RATS,
    change: (text) => text.replace('{#functions}', '{#drugs}'),
    expected: (at) => [at('## Drugs and organised'), 'repeats the id "drugs"'],
  },
  {
    name: 'an h1 in the body',
    item: '3',
    file: RATS,
    change: add('# Another title {#another}'),
    expected: (at) => [at('# Another'), 'is an h1'],
  },
  {
    name: 'an alias that is a template id',
    item: '3',
    file: RATS,
    change: frontmatter(
      /^lastReviewed: (.*)$/m,
      'lastReviewed: $1\naliases: [{ from: sources-cited, to: functions }]',
    ),
    expected: (at) => [
      at('aliases:'),
      '"sources-cited" is an id the page\'s template already uses',
    ],
  },
  // 4. Page moves: bad redirects stop the build.
  {
    name: 'a redirect over a live page',
    item: '4',
    file: 'content/redirects.yaml',
    change: (text) => text.replace('{}', '/rats/: /shanghai-spirit/'),
    expected: (at) => [at('/rats/:'), '/rats/ is a page the site still builds'],
  },
  {
    name: 'a redirect loop',
    item: '4',
    file: 'content/redirects.yaml',
    change: (text) => text.replace('{}', '/old-a/: /old-b/\n/old-b/: /old-a/'),
    expected: (at) => [at('/old-a/:'), 'redirects in a loop: /old-a/ → /old-b/ → /old-a/'],
  },
  {
    name: 'a redirect chain',
    item: '4',
    file: 'content/redirects.yaml',
    change: (text) => text.replace('{}', '/old-a/: /old-b/\n/old-b/: /rats/'),
    expected: (at) => [
      at('/old-a/:'),
      '/old-b/ is itself a redirect',
      'Fix: redirect straight to the page: "/old-a/: /rats/"',
    ],
  },
  {
    name: 'a redirect that is not between site paths',
    item: '4',
    file: 'content/redirects.yaml',
    change: (text) => text.replace('{}', '/old-a: https://evil.example/'),
    expected: (at) => [at('/old-a:'), 'is not a redirect between two site paths'],
  },
  // 5. <Cite> anywhere.
  {
    name: 'a Cite on a line of its own, to an unknown source',
    item: '5',
    file: RATS,
    change: add('A claim.\n\n<Cite source="azam-cgtm" p="4" />'),
    expected: (at) => [at('azam-cgtm'), 'cites "azam-cgtm", which is not a source'],
  },
  {
    name: 'a Cite in a table cell, to a paragraph the source lacks',
    item: '5',
    file: RATS,
    change: (text) =>
      text.replace(
        'Not mentioned<Cite source="alimov-2017" p="1" />',
        'Not mentioned<Cite source="alimov-2017" p="8" />',
      ),
    expected: (at) => [at('p="8"'), 'cites ¶8, but "alimov-2017" has paragraphs 1–7'],
  },
  {
    name: 'a Cite with text inside',
    item: '5',
    file: RATS,
    change: add('A claim.<Cite source="azam-cgtn" p="4">Azam</Cite>'),
    expected: (at) => [at('>Azam</Cite>'), 'has content between <Cite> and </Cite>'],
  },
  {
    name: 'a Cite to paragraph 9 of a 7-paragraph article',
    item: '5',
    file: RATS,
    change: (text) =>
      text.replace('<Cite source="azam-cgtn" p="5" />', '<Cite source="azam-cgtn" p="9" />'),
    expected: (at) => [
      at('p="9"'),
      '<Cite source="azam-cgtn" p="9" />: cites ¶9, but "azam-cgtn" has paragraphs 1–7',
      'Fix: cite a paragraph between 1 and 7',
    ],
  },
  {
    name: 'a Cite of an article without a paragraph',
    item: '5',
    file: RATS,
    change: (text) =>
      text.replace('<Cite source="azam-cgtn" p="5" />', '<Cite source="azam-cgtn" />'),
    expected: (at) => [at('<Cite source="azam-cgtn" />'), 'cites "azam-cgtn" without a paragraph'],
  },
  {
    name: 'a Cite of a reference source with a paragraph',
    item: '5',
    file: RATS,
    change: (text) =>
      text.replace('<Cite source="sco-about" />', '<Cite source="sco-about" p="2" />'),
    expected: (at) => [
      at('source="sco-about" p="2"'),
      'a reference source with no numbered paragraphs',
    ],
  },
  {
    name: 'a Cite without a source',
    item: '5',
    file: RATS,
    change: add('A claim.<Cite p="4" />'),
    expected: (at) => [at('<Cite p="4"'), 'has no source'],
  },
  // 6. Messages that help.
  {
    name: 'paragraph zero',
    item: '6',
    file: RATS,
    change: (text) =>
      text.replace('<Cite source="azam-cgtn" p="5" />', '<Cite source="azam-cgtn" p="0" />'),
    expected: (at) => [
      at('p="0"'),
      'has the paragraph number p="0"',
      'Fix: paragraphs are numbered from 1',
    ],
  },
  {
    name: 'a negative paragraph',
    item: '6',
    file: RATS,
    change: (text) =>
      text.replace('<Cite source="azam-cgtn" p="5" />', '<Cite source="azam-cgtn" p="-3" />'),
    expected: (at) => [at('p="-3"'), 'has the negative paragraph number'],
  },
  {
    name: 'a paragraph that is a word',
    item: '6',
    file: RATS,
    change: (text) =>
      text.replace('<Cite source="azam-cgtn" p="5" />', '<Cite source="azam-cgtn" p="five" />'),
    expected: (at) => [at('p="five"'), 'p="five", which is not a whole number'],
  },
  {
    name: 'paragraph zero in a data file',
    item: '6',
    file: 'content/glossary.yaml',
    change: (text) => text.replace('{ source: azam-cgtn, p: 3 }', '{ source: azam-cgtn, p: 0 }'),
    expected: (at) => [
      at('p: 0'),
      'shanghai-spirit → sources[1].p: is not a paragraph number: paragraphs are numbered from 1',
      'Fix:',
    ],
  },
  {
    name: 'a missing required field',
    item: '6',
    file: RATS,
    change: frontmatter(/^navLabel: .*\n/m, ''),
    expected: () => [`${RATS}:2 → navLabel: is missing`, 'Fix: add it'],
  },
  {
    name: 'a misspelt field',
    item: '6',
    file: RATS,
    change: frontmatter(/^navLabel:/m, 'navlabel:'),
    expected: (at) => [
      at('navlabel:'),
      'has "navlabel", which is not a field here',
      'Fix: did you mean "navLabel"?',
    ],
  },
  {
    name: 'a kind that is not one of the kinds',
    item: '6',
    file: RATS,
    change: frontmatter(/^kind: .*$/m, 'kind: agency'),
    expected: (at) => [
      at('kind: agency'),
      'kind: is "agency"',
      'Fix: write one of: principle, institution, event',
    ],
  },
  {
    name: 'a description that stops mid-sentence',
    item: '6',
    file: SPIRIT,
    change: frontmatter(/^description: (.*)\.$/m, 'description: $1 and'),
    expected: (at) => [
      at('description:'),
      'description: ends mid-sentence',
      'Fix: end it with a full stop',
    ],
  },
  {
    name: 'a YAML syntax error',
    item: '6',
    file: 'content/glossary.yaml',
    change: (text) => text.replace('kind: principle', 'kind: "principle'),
    expected: () => ['content/glossary.yaml:', '(YAML syntax): is not valid YAML'],
  },
  {
    name: 'a field written twice',
    item: '6',
    file: RATS,
    change: frontmatter(/^kind: (.*)$/m, 'kind: $1\nkind: principle'),
    expected: () => [`${RATS}:`, 'is not valid YAML', 'Fix: write each field once'],
  },
  {
    name: 'a file saved as Latin-1',
    item: '6',
    file: 'content/sources/sco-about.yaml',
    latin1: true,
    change: (text) => text.replace('title:', 'title: Organisation de coop\u00e9ration'),
    expected: (at) => [
      at('Organisation de coop'),
      'is not UTF-8 text',
      'Fix: save the file with the encoding UTF-8',
    ],
  },
  {
    name: 'an empty source file',
    item: '6',
    file: 'content/sources/new-source.yaml',
    write: '',
    expected: () => ['content/sources/new-source.yaml → (whole file): is empty', 'Fix:'],
  },
  {
    name: 'a topic without frontmatter',
    item: '6',
    file: 'content/topics/new-topic.mdx',
    write: 'Just text.\n',
    expected: () => ['content/topics/new-topic.mdx:1 → frontmatter: is missing'],
  },
  {
    name: 'a glossary term id used twice',
    item: '6',
    file: 'content/glossary.yaml',
    change: (text) => text.replace('- id: tashkent', '- id: kaliningrad # was tashkent'),
    expected: (at) => [at('# was tashkent'), '→ id: "kaliningrad" is already used by item'],
  },
  {
    name: 'an unknown source in a glossary term',
    item: '6',
    file: 'content/glossary.yaml',
    change: (text) => text.replace('source: china-org-rats-2004', 'source: china-org-2004'),
    expected: (at) => [at('china-org-2004'), 'cites "china-org-2004", which is not a source'],
  },
  {
    name: 'a topic that lists a source it never cites',
    item: '6',
    file: SPIRIT,
    change: frontmatter(/^sources: \[/m, 'sources: [unoda-npt, '),
    expected: (at) => [at('sources: ['), 'lists "unoda-npt", which the page never cites'],
  },
  // Other ways content could silently vanish or break a URL.
  {
    name: 'a topic file name with capitals and a space',
    item: 'other',
    file: 'content/topics/Three Forces.mdx',
    write: '---\ntitle: x\n---\n',
    expected: () => [
      'content/topics/Three Forces.mdx → file name: "Three Forces" is not lowercase',
    ],
  },
  {
    name: 'a page with no template',
    item: 'other',
    file: 'content/pages/contact.mdx',
    write:
      '---\ntitle: Contact\ndescription: How to reach the editors of this reference site about the SCO security framework.\nlastReviewed: 2026-11-22\n---\n\nWrite to us.\n',
    expected: () => ['content/pages/contact.mdx → file name: has no page on the site'],
  },
  {
    name: 'a stray file in content/',
    item: 'other',
    file: 'content/notes.txt',
    write: 'to do\n',
    expected: () => ['content/notes.txt → file name: is not read by the build'],
  },
  {
    name: 'a source saved as .yml',
    item: 'other',
    file: 'content/sources/new-source.yml',
    write: 'title: x\n',
    expected: () => [
      'content/sources/new-source.yml → file name: is not a .yaml file, so the build would skip it',
    ],
  },
  {
    name: 'a topic that takes a URL the site needs',
    item: 'other',
    file: 'content/topics/glossary.mdx',
    write: TOPIC,
    expected: () => [
      'content/topics/glossary.mdx → file name: "glossary" is a URL the site uses for its own page',
    ],
  },
  {
    name: 'a member state without its map code',
    item: 'other',
    file: 'content/members.yaml',
    change: (text) => text.replace("  iso: '356'\n", ''),
    expected: (at) => [at('id: india'), 'iso', 'Fix:'],
  },
  {
    name: 'a member state without its capital',
    item: 'other',
    file: 'content/members.yaml',
    change: (text) => text.replace('  capital: New Delhi\n', ''),
    expected: (at) => [at('id: india'), 'capital', 'Fix:'],
  },
  {
    name: 'a translated member state without its capital',
    item: 'other',
    file: 'content/ru/members.yaml',
    change: (text) => text.replace(', capital: Нью-Дели }', ' }'),
    expected: (at) => [at('id: india'), 'capital', 'Fix:'],
  },
  {
    name: 'a member state with letters for its map code',
    item: 'other',
    file: 'content/members.yaml',
    change: (text) => text.replace("iso: '356'", "iso: 'IN'"),
    expected: (at) => [at("iso: 'IN'"), 'iso', 'three-digit ISO 3166-1 numeric code', 'Fix:'],
  },
  {
    name: 'a member map that emphasises a year nobody joined',
    item: 'other',
    file: 'content/topics/2017-enlargement.mdx',
    change: (text) =>
      text.replace('memberMap: { emphasise: 2017 }', 'memberMap: { emphasise: 2016 }'),
    expected: (at) => [
      at('memberMap:'),
      'memberMap.emphasise',
      'no member state joined in 2016',
      'Fix:',
    ],
  },
  // Review dates of sources and data entries, which mark their translations stale.
  {
    name: 'a source without its review date',
    item: '2',
    file: 'content/sources/azam-cgtn.yaml',
    change: (text) => text.replace(/^lastReviewed: .*\n/m, ''),
    expected: () => [
      'content/sources/azam-cgtn.yaml',
      'lastReviewed',
      'is required',
      'Fix: add lastReviewed: YYYY-MM-DD',
    ],
  },
  {
    name: 'a glossary term reviewed on a day that does not exist',
    item: '2',
    file: 'content/glossary.yaml',
    change: (text) => text.replace(/lastReviewed: \S+/, 'lastReviewed: 2026-13-01'),
    expected: (at) => [at('2026-13-01'), 'lastReviewed', 'no month 13', 'Fix:'],
  },
  {
    name: 'a translated timeline that does not say which English review it renders',
    item: '2',
    file: 'content/zh/timeline.yaml',
    change: (text) =>
      text.replace(
        /^translation: \{ englishReviewed: \S+, translated: (\S+) \}$/m,
        'translated: $1',
      ),
    expected: (at) => [
      at('translated: '),
      'translated',
      'Fix: replace it with translation: { englishReviewed:',
    ],
  },
];
