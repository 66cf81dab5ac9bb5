import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '#lib/content/check-content.ts';
import { TRANSLATED_LOCALES } from '#lib/i18n/locales.ts';
import { ContentError, formatProblem } from '#lib/content/content-error.ts';
import { copySite } from '../../tools/lib/site-copy';
import { apply, locate } from '../support/bad-content';
import { CASES, HELD_OUT, type BadCase } from './bad-content.cases.ts';

/**
 * The bad-content table (tests/build/bad-content.cases.ts). Every row runs through the check the
 * build runs first, in-process on one shared copy of content/ (each row changes a file and puts it
 * back), so the table stays fast; a few rows also run through a real `astro build` of a site copy,
 * which shows that the build calls the same check and exits non-zero with the same message.
 */

/** A copy of content/ that rows change one file at a time. */
let root = '';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'sco-content-'));
  cpSync('content', join(root, 'content'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The content check's message for the copy with the row applied. */
function messageFor(row: BadCase): {
  message: string;
  at: (needle: string) => string;
  problems: number;
} {
  const { text, undo } = apply(root, row);
  try {
    const problems = checkContent(root);
    return {
      message: new ContentError(problems).message,
      at: locate(row.file, text),
      problems: problems.length,
    };
  } finally {
    undo();
  }
}

test('the unchanged copy of content/ has no problem (so each row is what fails)', () => {
  expect(checkContent(root).map(formatProblem)).toEqual([]);
});

test('the table has at least 40 rows, and every item of the issue has rows', () => {
  expect(CASES.length + HELD_OUT.length).toBeGreaterThanOrEqual(40);
  expect(new Set([...CASES, ...HELD_OUT].map((row) => row.item))).toEqual(
    new Set(['1', '2', '3', '4', '5', '6', 'other']),
  );
});

describe.each([
  ['tuned', CASES],
  ['held out', HELD_OUT],
] as const)('bad content stops the check (%s rows)', (_part, rows) => {
  test.each(rows.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    const { message, at, problems } = messageFor(row);
    expect(problems, message).toBeGreaterThan(0);
    for (const text of row.expected(at)) expect(message).toContain(text);
    // The first problem is in the file that was changed, not a consequence elsewhere.
    expect(message.split('\n')[1]).toMatch(
      new RegExp(`^  ${row.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[: ]`),
    );
    // One format: "<file>[:<line>] → <field>: <what is wrong>", then "Fix: …".
    for (const line of message.split('\n').slice(1))
      expect(line).toMatch(/^ {2}content\/\S.* → .+: .+$|^ {4}Fix: \S/);
  });
});

// Rows through the real build: it stops before rendering, exits non-zero and prints the content check's
// message, whole. The build runs that check (src/integrations/content-check.ts) on all of content/ and
// reports every problem at once, so one build with several rows, each in a file of its own or a part of
// the file no other row touches, shows what a build per row showed (it took a build of about 10 s each).
describe('astro build', () => {
  const BUILT = [
    "an expression that prints the build machine's environment",
    'the 30th of February (rolled over to 2 March before)',
    'a file saved as Latin-1',
    'a redirect loop',
  ];

  test(`stops on ${BUILT.length} rows at once, printing the check's message with each row's`, () => {
    const rows = BUILT.map((name) => {
      const row = CASES.find((c) => c.name === name);
      if (!row) throw new Error(`no row "${name}" in tests/build/bad-content.cases.ts`);
      return row;
    });
    const site = copySite();
    try {
      for (const row of rows) apply(site.dir, row);
      // Lines as they stand after every row is applied.
      const at = (row: BadCase) =>
        locate(row.file, readFileSync(join(site.dir, row.file), row.latin1 ? 'latin1' : 'utf8'));
      const problems = checkContent(site.dir);
      const { status, output } = site.build();
      expect(status).toBe(1);
      expect(output).toContain(new ContentError(problems).message);
      for (const row of rows)
        for (const expected of row.expected(at(row))) expect(output, row.name).toContain(expected);
    } finally {
      site.remove();
    }
  });
});

// The editorial checks (issue 13) run while the content layer loads, and stop the build too.
describe('editorial checks in the build', () => {
  // One build for the editorial checks (each reports every problem it finds, so one run shows them all):
  // a quotation unquoted, a quotation misquoted, a citation one paragraph off, two summaries swapped,
  // and a "discussed in" link to a section that never names the term.
  test('each editorial check stops the build', () => {
    const site = copySite();
    try {
      // The English content only: the translations would no longer match the English pages edited
      // here, and their mismatch would stop the build before the editorial checks run.
      for (const locale of TRANSLATED_LOCALES)
        rmSync(join(site.dir, 'content', locale), { recursive: true, force: true });
      const swapSummaries = (text: string) => {
        const items = text.split(/(?=\n {2}- opening: )/);
        [items[4], items[5]] = [items[5] ?? '', items[4] ?? ''];
        return items.join('');
      };
      site.edit('content/topics/2017-enlargement.mdx', (text) =>
        text
          .replace(
            '"almost 44 per cent of the world\'s population"',
            "almost 44 per cent of the world's population",
          )
          .replace(
            '"the largest regional organization on Earth"',
            '"the largest regional organisation in the world"',
          ),
      );
      site.edit('content/topics/rats.mdx', (text) =>
        text.replace(
          '"most tangible outcomes".<Cite source="azam-cgtn" p="4" />',
          '"most tangible outcomes".<Cite source="azam-cgtn" p="5" />',
        ),
      );
      site.edit('content/sources/azam-cgtn.yaml', swapSummaries);
      site.edit('content/glossary.yaml', (text) =>
        text.replace(
          '  discussedIn:\n    - { topic: rats, section: what-rats-is }\n\n# --- Outlets',
          '  discussedIn:\n    - { topic: rats, section: drugs }\n\n# --- Outlets',
        ),
      );
      const { status, output } = site.build();
      expect(status).not.toBe(0);
      // Lines are found in the content as it stands, so that editing a page moves no expectation.
      const line = (file: string, text: string) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .findIndex((l) => l.includes(text)) + 1;
      const enlargement = 'content/topics/2017-enlargement.mdx';
      for (const text of [
        `${enlargement} → line ${line(enlargement, 'almost 44 per cent')}: copies 10 words of alimov-2017 ¶6 without quotation marks: "home to almost 44 per cent of the world's population"`,
        `${enlargement} → line ${line(enlargement, 'the largest regional organization')}: the quotation "the largest regional organisation in the world" is not word for word in alimov-2017 ¶6`,
        `content/topics/rats.mdx → line ${line('content/topics/rats.mdx', 'most tangible outcomes')}: the quotation "most tangible outcomes" is not word for word in azam-cgtn ¶5 (it is in azam-cgtn ¶4)`,
        `content/sources/azam-cgtn.yaml → line ${line('content/sources/azam-cgtn.yaml', 'Through concrete')} (paragraphs[3].opening): "Recognizing that security challenges" is how ¶5 opens, not ¶4`,
        `(tashkent → discussedIn[0]): the section "drugs" (content/topics/rats.mdx, line ${line('content/topics/rats.mdx', '{#drugs}')}) never names "Tashkent"`,
        "Fix: keep one summary per paragraph in the article's order",
      ])
        expect(output).toContain(text);
    } finally {
      site.remove();
    }
  });
});
