import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { copySite, type SiteCopy } from '../support/site-copy';

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

  // One copy at a time: each check starts Astro and Vite, and several at once on a loaded machine only
  // slow each other down (other test files run alongside).
  test.each([
    {
      layer: 'MDX plugin (citations)',
      name: 'a citation to a paragraph the source does not have',
      file: 'content/topics/rats.mdx',
      change: (text: string) => text.replace(/<Cite source="azam-cgtn" p="4" \/>/, '<Cite source="azam-cgtn" p="9" />'),
      expected: [
        'content/topics/rats.mdx → <Cite source="azam-cgtn" p="9" />: cites ¶9, but "azam-cgtn" has paragraphs 1–7',
        'Fix: cite a paragraph between 1 and 7',
      ],
    },
    {
      layer: 'MDX plugin (section ids)',
      name: 'a heading without an id',
      file: 'content/topics/rats.mdx',
      change: (text: string) => text.replace(' {#functions}', ''),
      expected: ['content/topics/rats.mdx → heading "## What RATS does": has no explicit id'],
    },
    {
      layer: 'schema',
      name: 'a malformed date',
      file: 'content/timeline.yaml',
      change: (text: string) => text.replace('date: 2004-06-17', 'date: 2004-06-31'),
      expected: [
        'timeline → rats-starts-work-2004 data does not match collection schema',
        'date: must be a real date written YYYY, YYYY-MM or YYYY-MM-DD',
        'content/timeline.yaml',
      ],
    },
    {
      layer: 'YAML list loader',
      name: 'an id used twice',
      file: 'content/glossary.yaml',
      change: (text: string) => text.replace('- id: tashkent', '- id: kaliningrad'),
      expected: ['content/glossary.yaml → item', '→ id: "kaliningrad" is already used by item'],
    },
    {
      layer: 'cross-checks (validate-content)',
      name: 'an unknown source in a glossary term',
      file: 'content/glossary.yaml',
      change: (text: string) => text.replace('source: china-org-rats-2004', 'source: china-org-2004'),
      expected: ['content/glossary.yaml →', 'cites "china-org-2004", which is not a source'],
    },
    {
      layer: 'cross-checks (links in the prose)',
      name: 'a link to a glossary term that does not exist',
      file: 'content/topics/rats.mdx',
      change: (text: string) => text.replace('[RATS](/glossary/#rats)', '[RATS](/glossary/#ratz)'),
      expected: [
        'content/topics/rats.mdx → link [RATS](/glossary/#ratz): points to the id "ratz", which /glossary/ does not have',
        'Fix: use an id listed in content/glossary.yaml',
      ],
    },
    {
      layer: 'member map',
      name: 'a member state the map has no code for',
      file: 'content/members.yaml',
      change: (text: string) => `${text}\n- id: atlantis\n  name: Atlantis\n  joined: 2024-07-04\n  sources: [{ source: sco-about }]\n`,
      expected: ['content/members.yaml → atlantis → id: the member map knows no ISO 3166-1 numeric code for "atlantis"'],
    },
  ])('stops on $name ($layer), with the build’s message', async ({ file, change, expected }) => {
    const site = copy();
    site.edit(file, change);
    const { status, output } = await site.checkContent();
    expect(status, output).toBe(1);
    for (const text of expected) expect(output).toContain(text);
    expect(existsSync(join(site.dir, 'dist'))).toBe(false);
  });
});
