import { afterEach, describe, expect, test } from 'vitest';
import { copySite, type SiteCopy } from '../support/site-copy';

// End to end: the checks unit-tested in tests/unit really stop `astro build`, with a message that
// names the file and the field. Each case builds a copy of the site with one thing broken.
let site: SiteCopy | undefined;

afterEach(() => {
  site?.remove();
  site = undefined;
});

describe('bad content stops the build', () => {
  test.each([
    {
      name: 'a citation to a paragraph the source does not have',
      file: 'content/topics/rats.mdx',
      change: (text: string) => text.replace(/<Cite source="azam-cgtn" p="4" \/>/, '<Cite source="azam-cgtn" p="9" />'),
      expected: [
        'content/topics/rats.mdx → <Cite source="azam-cgtn" p="9" />: cites ¶9, but "azam-cgtn" has paragraphs 1–7',
        'Fix: cite a paragraph between 1 and 7',
      ],
    },
    {
      name: 'a heading without an id',
      file: 'content/topics/rats.mdx',
      change: (text: string) => text.replace(' {#functions}', ''),
      expected: ['content/topics/rats.mdx → heading "## What RATS does": has no explicit id'],
    },
    {
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
      name: 'an id used twice',
      file: 'content/glossary.yaml',
      change: (text: string) => text.replace('- id: tashkent', '- id: kaliningrad'),
      expected: ['content/glossary.yaml → item', '→ id: "kaliningrad" is already used by item'],
    },
    {
      name: 'an unknown source in a glossary term',
      file: 'content/glossary.yaml',
      change: (text: string) => text.replace('source: china-org-rats-2004', 'source: china-org-2004'),
      expected: ['content/glossary.yaml →', 'cites "china-org-2004", which is not a source'],
    },
  ])('$name', ({ file, change, expected }) => {
    site = copySite();
    site.edit(file, change);
    const { status, output } = site.build();
    expect(status).not.toBe(0);
    for (const text of expected) expect(output).toContain(text);
  });
});
