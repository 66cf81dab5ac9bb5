import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check-content';
import { ContentError, formatProblem } from '../../src/lib/content-error';
import { copySite, type SiteCopy } from '../support/site-copy';
import { CASES, HELD_OUT, type BadCase } from './bad-content.cases';

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

/** "<file>:<line>" of the first line of `text` that contains `needle`. */
function locate(file: string, text: string) {
  return (needle: string): string => {
    const index = text.indexOf(needle);
    if (index === -1) throw new Error(`the changed ${file} has no "${needle}"`);
    return `${file}:${text.slice(0, index).split('\n').length}`;
  };
}

/** Applies a row to the files under `dir`; returns the changed text and a function that undoes it. */
function apply(dir: string, row: BadCase): { text: string; undo: () => void } {
  const path = join(dir, row.file);
  const before = existsSync(path) ? readFileSync(path) : undefined;
  const text = row.write ?? row.change?.(before?.toString('utf8') ?? '') ?? '';
  if (before !== undefined && text === before.toString('utf8')) throw new Error(`the row "${row.name}" changes nothing in ${row.file}`);
  writeFileSync(path, row.latin1 ? Buffer.from(text, 'latin1') : text);
  return { text, undo: () => (before === undefined ? rmSync(path) : writeFileSync(path, before)) };
}

/** The content check's message for the copy with the row applied. */
function messageFor(row: BadCase): { message: string; at: (needle: string) => string; problems: number } {
  const { text, undo } = apply(root, row);
  try {
    const problems = checkContent(root);
    return { message: new ContentError(problems).message, at: locate(row.file, text), problems: problems.length };
  } finally {
    undo();
  }
}

test('the unchanged copy of content/ has no problem (so each row is what fails)', () => {
  expect(checkContent(root).map(formatProblem)).toEqual([]);
});

test('the table has at least 40 rows, and every item of the issue has rows', () => {
  expect(CASES.length + HELD_OUT.length).toBeGreaterThanOrEqual(40);
  expect(new Set([...CASES, ...HELD_OUT].map((row) => row.item))).toEqual(new Set(['1', '2', '3', '4', '5', '6', 'other']));
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
    expect(message.split('\n')[1]).toMatch(new RegExp(`^  ${row.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[: ]`));
    // One format: "<file>[:<line>] → <field>: <what is wrong>", then "Fix: …".
    for (const line of message.split('\n').slice(1)) expect(line).toMatch(/^ {2}content\/\S.* → .+: .+$|^ {4}Fix: \S/);
  });
});

// A few rows through the real build: it stops before rendering, exits non-zero and prints the same message.
describe('astro build', () => {
  let site: SiteCopy | undefined;
  afterAll(() => site?.remove());

  const BUILT = [
    "an expression that prints the build machine's environment",
    'a meta refresh to another site',
    'the 30th of February (rolled over to 2 March before)',
    'a Cite on a line of its own, to an unknown source',
    'a file saved as Latin-1',
    'a redirect loop',
  ];

  test.each(BUILT)('stops on %s', (name) => {
    const row = CASES.find((c) => c.name === name);
    if (!row) throw new Error(`no row "${name}"`);
    site ??= copySite();
    const { text, undo } = apply(site.dir, row);
    try {
      const { status, output } = site.build();
      expect(status).toBe(1);
      expect(output).toContain('Content check failed');
      for (const expected of row.expected(locate(row.file, text))) expect(output).toContain(expected);
    } finally {
      undo();
    }
  });
});
