import { describe, expect, test } from 'vitest';
import type { SourceFacts } from '#lib/content/citations.ts';
import { formatProblem } from '#lib/content/content-error.ts';
import { validateContent, type ContentSnapshot } from '#lib/content/validate-content.ts';

const ALIMOV: SourceFacts = {
  id: 'alimov-2017',
  title: 'T',
  author: 'Rashid Alimov',
  kind: 'official',
  published: '2017',
  paragraphs: [{ summary: 'a' }, { summary: 'b' }],
};
const SCO: SourceFacts = { id: 'sco-about', title: 'About SCO', author: 'SCO Secretariat', kind: 'reference', published: 'unknown' };

/** A consistent snapshot; each test breaks one thing. */
function snapshot(): ContentSnapshot {
  return {
    sources: new Map([ALIMOV, SCO].map((s) => [s.id, s])),
    topics: [
      {
        id: 'rats',
        file: 'content/topics/rats.mdx',
        citations: [{ source: 'alimov-2017', p: 2 }, { source: 'sco-about' }],
        sectionIds: ['what-rats-is'],
        listedSources: ['alimov-2017', 'sco-about'],
      },
    ],
    pages: [{ id: 'about', file: 'content/pages/about.mdx', citations: [], sectionIds: [] }],
    glossary: [
      {
        id: 'rats',
        file: 'content/glossary.yaml',
        sources: [{ source: 'alimov-2017', p: 1 }],
        discussedIn: [{ topic: 'rats', section: 'what-rats-is' }],
      },
    ],
    timeline: [{ id: 'founded-2001', file: 'content/timeline.yaml', sources: [{ source: 'sco-about' }] }],
    members: [],
  };
}

const messages = (s: ContentSnapshot) => validateContent(s).map(formatProblem);

describe('validateContent', () => {
  test('finds nothing wrong in consistent content', () => {
    expect(validateContent(snapshot())).toEqual([]);
  });

  test('a glossary term naming a section the topic does not have', () => {
    const s = snapshot();
    s.glossary[0]!.discussedIn = [{ topic: 'rats', section: 'functions' }];
    expect(messages(s)).toEqual([
      'content/glossary.yaml → rats → discussedIn[0]: names the section "functions", which content/topics/rats.mdx does not have\n    Fix: use one of: what-rats-is',
    ]);
  });

  test('a glossary term naming a topic that does not exist', () => {
    const s = snapshot();
    s.glossary[0]!.discussedIn = [{ topic: 'rats-structure', section: 'what-rats-is' }];
    expect(messages(s)).toEqual([
      'content/glossary.yaml → rats → discussedIn[0]: names the topic "rats-structure", which does not exist\n    Fix: use one of: rats',
    ]);
  });

  test('a timeline event citing a paragraph its source does not have', () => {
    const s = snapshot();
    s.timeline[0]!.sources = [{ source: 'alimov-2017', p: 3 }];
    expect(messages(s)).toEqual([
      'content/timeline.yaml → founded-2001 → sources[0] (alimov-2017 ¶3): cites ¶3, but "alimov-2017" has paragraphs 1–2\n    Fix: cite a paragraph between 1 and 2',
    ]);
  });

  test('a topic whose frontmatter sources disagree with its citations', () => {
    const s = snapshot();
    s.topics[0]!.listedSources = ['alimov-2017', 'wikipedia-sco'];
    expect(messages(s)).toEqual([
      'content/topics/rats.mdx → sources: does not list "sco-about", which the page cites\n    Fix: add sco-about to the frontmatter\'s sources',
      'content/topics/rats.mdx → sources: lists "wikipedia-sco", which is not a source\n    Fix: remove it, or add content/sources/wikipedia-sco.yaml',
    ]);
  });

  test('a page whose name collides with a topic or a URL the site uses', () => {
    const s = snapshot();
    s.pages = [
      { id: 'rats', file: 'content/pages/rats.mdx', citations: [], sectionIds: [] },
      { id: 'glossary', file: 'content/pages/glossary.mdx', citations: [], sectionIds: [] },
    ];
    expect(messages(s)).toEqual([
      'content/pages/glossary.mdx → file name: "glossary" is a URL the site uses for its own page\n    Fix: rename the file',
      'content/pages/rats.mdx → file name: "rats" is also a topic\'s URL\n    Fix: rename one of the two files',
    ]);
  });
});

test.each(['about', 'maps', 'og', 'search'])('a topic called %s takes a URL the site uses', (id) => {
  const s = snapshot();
  s.topics = [{ ...s.topics[0]!, id, file: `content/topics/${id}.mdx` }];
  expect(messages(s)).toContain(
    `content/topics/${id}.mdx → file name: "${id}" is a URL the site uses for its own page\n    Fix: rename the file`,
  );
});

describe('anchor aliases', () => {
  test('a section alias to a section the page has, from an id it no longer uses, is fine', () => {
    const s = snapshot();
    s.topics[0]!.aliases = [{ from: 'rats-basics', to: 'what-rats-is' }];
    s.timeline[0]!.aliases = ['sco-founded'];
    expect(validateContent(s)).toEqual([]);
  });

  test.each([
    [
      [{ from: 'old', to: 'nowhere' }],
      'content/topics/rats.mdx → aliases[0] (old → nowhere): points to "nowhere", which is not a section id on the page\n    Fix: use the section\'s id as written after its heading, e.g. {#what-rats-is}',
    ],
    [
      [{ from: 'what-rats-is', to: 'what-rats-is' }],
      'content/topics/rats.mdx → aliases[0] (what-rats-is → what-rats-is): "what-rats-is" is still a section id on the page\n    Fix: an alias keeps an old id that no heading uses any more; remove it',
    ],
  ])('a bad section alias %j', (aliases, message) => {
    const s = snapshot();
    s.topics[0]!.aliases = aliases;
    expect(messages(s)).toEqual([message]);
  });

  test('a repeated section alias', () => {
    const s = snapshot();
    s.topics[0]!.aliases = [
      { from: 'old', to: 'what-rats-is' },
      { from: 'old', to: 'what-rats-is' },
    ];
    expect(messages(s)).toEqual(['content/topics/rats.mdx → aliases[1] (old → what-rats-is): "old" is declared twice\n    Fix: keep one']);
  });

  test("a glossary alias that is another term's id", () => {
    const s = snapshot();
    s.glossary = [...s.glossary, { id: 'sco', file: 'content/glossary.yaml', sources: [{ source: 'sco-about' }], aliases: ['rats'] }];
    expect(messages(s)).toEqual([
      'content/glossary.yaml → sco → aliases: "rats" is already the id of "rats"\n    Fix: an alias must be an old id no other item uses',
    ]);
  });
});
