import { readFileSync } from 'node:fs';
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

  // One build for the editorial checks (each reports every problem it finds, so one run shows them all):
  // a quotation unquoted, a quotation misquoted, a citation one paragraph off, two summaries swapped,
  // and a "discussed in" link to a section that never names the term.
  test('each editorial check stops the build', () => {
    site = copySite();
    const swapSummaries = (text: string) => {
      const items = text.split(/(?=\n {2}- opening: )/);
      [items[4], items[5]] = [items[5] ?? '', items[4] ?? ''];
      return items.join('');
    };
    site.edit('content/topics/2017-enlargement.mdx', (text) =>
      text
        .replace('"almost 44 per cent of the world\'s population"', "almost 44 per cent of the world's population")
        .replace('"the largest regional organization on Earth"', '"the largest regional organisation in the world"'),
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
  });
});
