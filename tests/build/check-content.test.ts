import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '#lib/content/check-content.ts';
import { ContentError } from '#lib/content/content-error.ts';
import { apply, locate } from '../support/bad-content';
import { copySite, type SiteCopy } from '../../tools/lib/site-copy';
import { CASES } from './bad-content.cases.ts';

// `npm run check:content` (tools/check-content.ts) runs the build's own content checks without
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

  // Rows of the bad-content table (tests/build/bad-content.cases.ts), one layer each: the fast loop prints
  // the message the build's check gives for the same edits, whole. The check reports every problem at
  // once, so rows share a copy and a run (each run starts Astro and Vite) when none hides another: a
  // page whose frontmatter or body is refused has its citations left unread, so the Cite row goes with
  // the redirect loop, not with the other two.
  const GROUPS = [
    [
      "an expression that prints the build machine's environment",
      'the 30th of February (rolled over to 2 March before)',
    ],
    ['a Cite on a line of its own, to an unknown source', 'a redirect loop'],
  ];
  test.each(GROUPS.map((names) => [names.join('; '), names] as const))(
    'stops on %s, with the build’s message',
    async (_label, names) => {
      const site = copy();
      const rows = names.map((name) => {
        const row = CASES.find((c) => c.name === name);
        if (!row) throw new Error(`no row "${name}" in tests/build/bad-content.cases.ts`);
        return row;
      });
      for (const row of rows) apply(site.dir, row);
      const problems = checkContent(site.dir);
      const { status, output } = await site.checkContent();
      expect(status, output).toBe(1);
      expect(output).toContain(new ContentError(problems).message);
      for (const row of rows) {
        const at = locate(
          row.file,
          readFileSync(join(site.dir, row.file), row.latin1 ? 'latin1' : 'utf8'),
        );
        for (const expected of row.expected(at)) expect(output, row.name).toContain(expected);
      }
      expect(existsSync(join(site.dir, 'dist'))).toBe(false);
    },
  );
});
