import { describe, expect, test } from 'vitest';
import { formatProblem } from '#lib/content/content-error.ts';
import { checkEditorialRules, type EditorialInput } from '#lib/content/editorial/index.ts';
import { buildFingerprint, hashWords, toArticlePrint, partContains, wordsOf } from '#lib/content/editorial/fingerprint.ts';
import { normalisePhrase } from '#lib/content/editorial/words.ts';

// An invented article, so that no real article's text is in the repository. Its fingerprint is built
// here as `npm run sources:fingerprint` builds one; the content around it is changed one thing at a time.
const NOTES = [
  'Editor’s note: This invented column opens the series Harbour Lights and Quiet Bridges.',
  'Jane Roe, a columnist who writes on rivers and towns, is a retired ferry pilot. The column reflects her own views only.',
];
const PARAGRAPHS = [
  'Rivers carry the memory of every town they pass through and every field they water on the way to the sea.',
  'Bridges were built by patient hands over many long winters, stone upon stone, until the crossing held firm.',
  'Nobody remembers who laid the first stone of the old bridge at Kestrel Ford, but everybody crosses it daily.',
];
const OPENINGS = ['Rivers carry the memory', 'Bridges were built by', 'Nobody remembers who laid'];
const SALT = 'test-salt-0123456789abcdef';

const SOURCE_YAML = (
  openings = OPENINGS,
  summaries = [
    'Roe writes that rivers hold the past of towns.',
    'Roe writes of bridges built slowly.',
    'Roe says the bridge at Kestrel Ford is old.',
  ],
) =>
  [
    'title: An invented column',
    'author: Jane Roe',
    'authorRole: Columnist',
    'outlet: Nowhere Weekly',
    'published: unknown',
    'kind: opinion',
    'completeness: The whole column.',
    'about: An invented column for tests.',
    'paragraphs:',
    ...openings.map((opening, i) => `  - opening: "${opening}"\n    summary: "${summaries[i] ?? 'x'}"`),
  ].join('\n');

const REFERENCE_YAML = [
  'title: A charter',
  'author: A body',
  'authorRole: Treaty text',
  'outlet: Nowhere',
  'published: unknown',
  'kind: reference',
  'completeness: Only the facts below.',
  'about: Used for its wording.',
  'facts:',
  '  - Article 1 — the members shall settle their disputes by peaceful means.',
].join('\n');

const TOPIC = (body: string) =>
  [
    '---',
    'title: Rivers',
    'description: A page about rivers and bridges in an invented column, for tests of the checks.',
    '---',
    '',
    '## Rivers {#rivers}',
    '',
    body,
    '',
    '## Bridges {#bridges}',
    '',
    'Roe writes about stonework.<Cite source="roe-column" p="2" />',
    '',
  ].join('\n');

const GLOSSARY = (section = 'rivers', names = 'otherNames: ["river"]') =>
  [
    '- id: rivers',
    '  name: Rivers',
    `  ${names}`,
    '  kind: concept',
    '  definition: Flowing water, as Roe describes it.',
    '  sources: [{ source: roe-column, p: 1 }]',
    `  discussedIn: [{ topic: rivers, section: ${section} }]`,
  ].join('\n');

/** Short quotations the content makes, recorded as the fingerprint command records them. */
const RECORDED = [
  { text: 'patient hands', parts: [2] },
  { text: 'stone upon stone', parts: [2] },
  { text: 'Kestrel Ford', parts: [3] },
  { text: 'Harbour Lights and Quiet Bridges', parts: ['notes' as const] },
];

function input(
  changes: { body?: string; sourceYaml?: string; glossary?: string; timeline?: string; paragraphs?: string[] } = {},
): EditorialInput {
  const { fingerprint } = buildFingerprint('roe-column', SALT, { notes: NOTES, paragraphs: changes.paragraphs ?? PARAGRAPHS }, RECORDED);
  return {
    topics: [
      {
        file: 'content/topics/rivers.mdx',
        text: TOPIC(changes.body ?? 'Roe writes that rivers remember the towns they pass.<Cite source="roe-column" p="1" />'),
      },
    ],
    pages: [],
    glossary: { file: 'content/glossary.yaml', text: changes.glossary ?? GLOSSARY() },
    timeline: { file: 'content/timeline.yaml', text: changes.timeline ?? '[]' },
    sources: [
      { file: 'content/sources/roe-column.yaml', text: changes.sourceYaml ?? SOURCE_YAML() },
      { file: 'content/sources/charter.yaml', text: REFERENCE_YAML },
    ],
    fingerprints: [{ file: 'content/fingerprints/roe-column.json', text: JSON.stringify(fingerprint) }],
  };
}

const messages = (changes: Parameters<typeof input>[0]) => checkEditorialRules(input(changes)).map(formatProblem);

describe('normalised words', () => {
  test.each([
    ['“Non-Use” of force — and “organisation’s” centre', 'nonuse of force and organization center'],
    ["the Shanghai Spirit's external stance", 'the shanghai spirit external stance'],
    ['nonaggression', 'nonaggression'],
    ['non-aggression', 'nonaggression'],
    ['member States--stretching north', 'member states stretching north'],
    ['Favour the civilisations', 'favor the civilizations'],
  ])('%s', (text, expected) => {
    expect(normalisePhrase(text)).toBe(expected);
  });
});

describe('the fingerprint', () => {
  const { fingerprint, rejected } = buildFingerprint('roe-column', SALT, { notes: NOTES, paragraphs: PARAGRAPHS }, [
    ...RECORDED,
    { text: 'patient feet', parts: [2] },
  ]);

  test('holds hashes only: no word of the text appears in it', () => {
    const json = [fingerprint.notes, ...fingerprint.paragraphs].flatMap((p) => [...p.shingles, ...p.quotes]).join(' ');
    const words = new Set([...NOTES, ...PARAGRAPHS].flatMap(wordsOf).filter((w) => w.length > 3));
    for (const word of words) expect(json.toLowerCase()).not.toContain(word);
    for (const p of fingerprint.paragraphs) for (const h of [...p.shingles, ...p.quotes, p.opening]) expect(h).toMatch(/^[0-9a-f]{16}$/);
  });

  test('keeps no order of shingles and no short n-grams other than the recorded quotations', () => {
    const first = fingerprint.paragraphs[0]!;
    expect(first.shingles).toEqual([...first.shingles].sort());
    expect(first.shingles).toHaveLength(wordsOf(PARAGRAPHS[0]!).length - 7);
    expect(fingerprint.paragraphs.map((p) => p.quotes.length)).toEqual([0, 2, 1]);
  });

  test('records a short quotation only where the text has it', () => {
    expect(rejected).toEqual([{ text: 'patient feet', parts: [2] }]);
    const print = toArticlePrint(fingerprint);
    expect(partContains(print, 2, wordsOf('patient hands'))).toBe(true);
    expect(partContains(print, 3, wordsOf('patient hands'))).toBe(false);
    expect(partContains(print, 1, wordsOf('every town they pass through and every field they water'))).toBe(true);
    expect(partContains(print, 1, wordsOf('every town they pass through and every meadow they water'))).toBe(false);
  });

  test('a different salt gives different hashes', () => {
    expect(hashWords('a', 'shingle', ['x'])).not.toBe(hashWords('b', 'shingle', ['x']));
  });
});

describe('editorial checks on good content', () => {
  test('find nothing wrong', () => {
    expect(messages({})).toEqual([]);
  });

  test.each([
    [
      'a quoted run of 8+ words, cited to its paragraph',
      'Roe writes that rivers carry "the memory of every town they pass through".<Cite source="roe-column" p="1" />',
    ],
    [
      'a quotation with an omission',
      'Roe writes of "the memory of every town they pass through … every field they water on the way to the sea".<Cite source="roe-column" p="1" />',
    ],
    [
      'a quotation in other quote marks, case and dashes',
      'Roe recalls “The Memory of Every Town They Pass Through”.<Cite source="roe-column" p="1" />',
    ],
    ['a recorded short quotation', 'Roe praises "patient hands".<Cite source="roe-column" p="2" />'],
    ['a quotation of the notes', 'The series is called "Harbour Lights and Quiet Bridges".<Cite source="roe-column" notes />'],
    [
      "a quotation of a reference source's wording",
      'The charter asks members to settle disputes "by peaceful means".<Cite source="charter" />',
    ],
    [
      '7 copied words outside quotation marks',
      'Roe says rivers keep the memory of every town they pass, she writes.<Cite source="roe-column" p="1" />',
    ],
    [
      "a list whose quotations take the cited lead-in sentence's citation",
      'Roe names two things:<Cite source="roe-column" p="3" />\n\n1. "Kestrel Ford";\n2. the old bridge.',
    ],
    [
      "a table column whose header cites the column's source",
      '| Roe<Cite source="roe-column" p="2" /> | Note |\n|---|---|\n| "patient hands" | praise |\n| "stone upon stone" | method<Cite source="roe-column" p="1" /> |',
    ],
    [
      'several citations, the right paragraph among them',
      'Roe praises "patient hands".<Cite source="roe-column" p="1" /><Cite source="roe-column" p="2" />',
    ],
  ])('%s', (_, body) => {
    expect(messages({ body })).toEqual([]);
  });
});

describe('editorial checks on bad content', () => {
  test('a copied run outside quotation marks: file, line, the run and the paragraph', () => {
    const body = 'Roe says bridges were built by patient hands over many long winters in her town.<Cite source="roe-column" p="2" />';
    expect(messages({ body })).toEqual([
      'content/topics/rivers.mdx → line 8: copies 10 words of roe-column ¶2 without quotation marks: "bridges were built by patient hands over many long winters"\n' +
        "    Fix: say it in the site's own words, or quote the words exactly, in quotation marks, and cite roe-column ¶2",
    ]);
  });

  test('a copied run re-spelt, re-cased and re-punctuated is still a copy', () => {
    const body = 'Nobody Remembers who laid the first stone of the old bridge.<Cite source="roe-column" p="3" />';
    expect(messages({ body }).join('\n')).toContain('copies 11 words of roe-column ¶3');
  });

  test.each([
    [
      'emphasis and a link inside it',
      'Roe: **bridges were built** by [patient hands](/glossary/#rivers) over many long winters.<Cite source="roe-column" p="2" />',
    ],
    ['a citation in the middle of it', 'Bridges were built by patient hands<Cite source="roe-column" p="2" /> over many long winters.'],
    ['a line break inside the paragraph', 'Bridges were built by patient\nhands over many long winters.<Cite source="roe-column" p="2" />'],
  ])('a copied run is found through %s', (_, body) => {
    expect(messages({ body }).join('\n')).toContain('words of roe-column ¶2 without quotation marks');
  });

  test('a copied run in a glossary definition names the file, line and term', () => {
    const glossary = GLOSSARY().replace(
      'Flowing water, as Roe describes it.',
      'Water that passes every town they pass through and every field on its way.',
    );
    expect(messages({ glossary })).toEqual([
      expect.stringContaining('content/glossary.yaml → line 5 (rivers → definition): copies 8 words of roe-column ¶1'),
    ]);
  });

  test('a copied run in a paragraph summary', () => {
    const sourceYaml = SOURCE_YAML(OPENINGS, ['Roe writes that rivers carry the memory of every town they pass.', 'b', 'c']);
    expect(messages({ sourceYaml })).toEqual([
      expect.stringContaining('content/sources/roe-column.yaml → line 11 (paragraphs[0].summary): copies 9 words of roe-column ¶1'),
    ]);
  });

  test('a misquotation', () => {
    const body = 'Roe writes of "the memory of every village they pass through".<Cite source="roe-column" p="1" />';
    expect(messages({ body })).toEqual([
      'content/topics/rivers.mdx → line 8: the quotation "the memory of every village they pass through" is not word for word in roe-column ¶1\n' +
        '    Fix: quote the words exactly as they stand (mark an omission with "…"), or cite the paragraph they come from',
    ]);
  });

  test('a wrong segment beside an omission', () => {
    const body = 'Roe writes of "the memory of every town … on the way to the ocean".<Cite source="roe-column" p="1" />';
    expect(messages({ body }).join('\n')).toContain('is not word for word in roe-column ¶1');
  });

  test('an off-by-one paragraph says where the words are', () => {
    const body = 'Roe writes of "every town they pass through and every field".<Cite source="roe-column" p="2" />';
    expect(messages({ body })).toEqual([
      'content/topics/rivers.mdx → line 8: the quotation "every town they pass through and every field" is not word for word in roe-column ¶2 (it is in roe-column ¶1)\n' +
        '    Fix: cite roe-column ¶1, where the words are',
    ]);
  });

  test('a short quotation not recorded for the cited paragraph', () => {
    const body = 'Roe praises "patient hands".<Cite source="roe-column" p="3" />';
    expect(messages({ body })).toEqual([
      expect.stringContaining('the quotation "patient hands" is not word for word in roe-column ¶3 (it is in roe-column ¶2)'),
    ]);
  });

  test('a reference source quoted in words it does not hold', () => {
    const body = 'The charter asks members to settle disputes "by peaceful negotiation".<Cite source="charter" />';
    expect(messages({ body })).toEqual([
      expect.stringContaining('the quotation "by peaceful negotiation" is not word for word in charter'),
    ]);
  });

  test('a quotation with no citation after it on a topic page', () => {
    const body = 'Some call rivers "roads that walk".\n\nRoe writes about rivers.<Cite source="roe-column" p="1" />';
    expect(messages({ body })).toEqual([
      expect.stringContaining('content/topics/rivers.mdx → line 8: the quotation "roads that walk" has no citation after it'),
    ]);
  });

  test('a table cell quotation under a header without a citation', () => {
    const body = '| Roe | Note |\n|---|---|\n| "patient hands" | praise |';
    expect(messages({ body })).toEqual([
      expect.stringContaining('content/topics/rivers.mdx → line 10: the quotation "patient hands" has no citation after it'),
    ]);
  });

  test('a quotation mark left open', () => {
    const body = 'Roe praises "patient hands.<Cite source="roe-column" p="2" />';
    expect(messages({ body })).toEqual([expect.stringContaining('line 8: a quotation mark is opened and never closed')]);
  });

  test('a copied run inside quotation marks that cite the wrong source', () => {
    const body = 'The charter speaks of "bridges were built by patient hands over many long winters".<Cite source="charter" />';
    expect(messages({ body })).toEqual([expect.stringContaining('is not word for word in charter (it is in roe-column ¶2)')]);
  });

  test('two summaries swapped', () => {
    const sourceYaml = SOURCE_YAML([OPENINGS[1]!, OPENINGS[0]!, OPENINGS[2]!]);
    expect(messages({ sourceYaml })).toEqual([
      'content/sources/roe-column.yaml → line 10 (paragraphs[0].opening): "Bridges were built by" is how ¶2 opens, not ¶1: the summaries are out of order, or one is missing or extra\n' +
        "    Fix: keep one summary per paragraph in the article's order, each with that paragraph's first 4 words; check the citations of the paragraphs you moved",
      expect.stringContaining('line 12 (paragraphs[1].opening): "Rivers carry the memory" is how ¶1 opens, not ¶2'),
    ]);
  });

  test('a summary deleted', () => {
    const sourceYaml = SOURCE_YAML([OPENINGS[0]!, OPENINGS[2]!]);
    const found = messages({ sourceYaml });
    expect(found[0]).toContain("line 9 (paragraphs): has 2 paragraph summaries, but the article's fingerprint has 3 paragraphs");
    expect(found[1]).toContain('"Nobody remembers who laid" is how ¶3 opens, not ¶2');
  });

  test('an opening that is not four words', () => {
    const sourceYaml = SOURCE_YAML([OPENINGS[0]!, 'Bridges were', OPENINGS[2]!]);
    expect(messages({ sourceYaml })).toEqual([expect.stringContaining('(paragraphs[1].opening): the opening "Bridges were" has 2 words')]);
  });

  test('an article with no fingerprint', () => {
    const found = checkEditorialRules({ ...input(), fingerprints: [] }).map(formatProblem);
    expect(found[0]).toContain(
      'content/sources/roe-column.yaml → line 9 (paragraphs): the article has no fingerprint (content/fingerprints/roe-column.json)',
    );
  });

  test('a fingerprint edited by hand', () => {
    const found = checkEditorialRules({
      ...input(),
      fingerprints: [{ file: 'content/fingerprints/roe-column.json', text: '{"source":"roe-column"}' }],
    }).map(formatProblem);
    expect(found[0]).toContain('content/fingerprints/roe-column.json → ');
    expect(found[0]).toContain('is not a fingerprint file as the fingerprint command writes it');
  });

  test('"discussed in" a section that never names the term', () => {
    expect(messages({ glossary: GLOSSARY('bridges') })).toEqual([
      'content/glossary.yaml → line 7 (rivers → discussedIn[0]): the section "bridges" (content/topics/rivers.mdx, line 10) never names "Rivers" or "river"\n' +
        '    Fix: link a section that names the term, or name the term in that section if it discusses it',
    ]);
  });

  test('"discussed in" counts other names, and not words that merely contain the name', () => {
    expect(messages({ glossary: GLOSSARY('bridges', 'otherNames: ["stonework"]') })).toEqual([]);
    expect(messages({ glossary: GLOSSARY('bridges', 'otherNames: ["stone"]') })).toHaveLength(1);
  });
});
