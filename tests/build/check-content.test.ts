import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { apply, locate } from '../support/bad-content';
import { copySite, type SiteCopy } from '../support/site-copy';
import { CASES } from './bad-content.cases';

// `npm run check:content` (scripts/check-content.ts) runs the build's own content checks without
// rendering. Each case breaks a copy of the site at one layer of those checks and expects the
// message the build prints for it (tests/build/bad-content.test.ts holds the build to the same
// messages for the same edits), so the fast loop and the build cannot drift apart.
const copies: SiteCopy[] = [];
afterAll(() => {
  for (const copy of copies) copy.remove();
});

function copy(): SiteCopy {
  const site = copySite();
  copies.push(site);
  return site;
}

describe('npm run check:content', () => {
  test('passes on the site as it is, names what it checked, and renders nothing', async () => {
    const site = copy();
    const { status, output } = await site.checkContent();
    expect(status, output).toBe(0);
    expect(output).toMatch(
      /content\/ checks out \(\d+ topics, \d+ pages, \d+ sources, \d+ glossary terms, \d+ timeline events, \d+ member states\)/,
    );
    expect(existsSync(join(site.dir, 'dist'))).toBe(false);
  });

  // The same rows as the build's own run of the bad-content table (tests/build/bad-content.test.ts),
  // one layer each: the fast loop and the build print the same messages. One copy at a time: each
  // check starts Astro and Vite, and several at once on a loaded machine only slow each other down.
  const ROWS = [
    "an expression that prints the build machine's environment",
    'the 30th of February (rolled over to 2 March before)',
    'a Cite on a line of its own, to an unknown source',
    'a redirect loop',
  ];
  test.each(ROWS)('stops on %s, with the build’s message', async (name) => {
    const row = CASES.find((c) => c.name === name);
    if (!row) throw new Error(`no row "${name}" in tests/build/bad-content.cases.ts`);
    const site = copy();
    const { text } = apply(site.dir, row);
    const { status, output } = await site.checkContent();
    expect(status, output).toBe(1);
    for (const expected of row.expected(locate(row.file, text))) expect(output).toContain(expected);
    expect(existsSync(join(site.dir, 'dist'))).toBe(false);
  });
});
