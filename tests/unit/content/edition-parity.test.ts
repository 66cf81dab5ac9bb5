import { describe, expect, test } from 'vitest';
import { checkProseParity, checkQuotations } from '#lib/content/edition-parity.ts';
import { inspectMdx } from '#lib/markdown/mdx-rules.ts';

const outline = (file: string, body: string) => {
  const facts = inspectMdx(`---\ntitle: T\n---\n\n${body}`, file);
  return { file, headings: facts.headings, cites: facts.cites };
};

const ENGLISH = `Intro.<Cite source="sco-about" />

## First {#first}

A claim.<Cite source="azam-cgtn" p="4" /> Another.<Cite source="azam-cgtn" p="4" />

## Second {#second}

More.<Cite source="alimov-2017" p="1" /><Cite source="alimov-2017" notes />
`;

const english = outline('content/topics/x.mdx', ENGLISH);
const problemsOf = (body: string) =>
  checkProseParity(english, outline('content/ru/topics/x.mdx', body)).map(
    (p) => `${p.line ?? '-'} ${p.field}: ${p.problem}`,
  );

describe('a translation keeps the sections and citations of its English page', () => {
  test('the same sections and citations, in other words and order within a section, pass', () => {
    expect(
      problemsOf(`Вступление.<Cite source="sco-about" />

## Первый {#first}

Ещё.<Cite source="azam-cgtn" p="4" /> Утверждение.<Cite source="azam-cgtn" p="4" />

## Второй {#second}

<Cite source="alimov-2017" notes />Больше.<Cite source="alimov-2017" p="1" />
`),
    ).toEqual([]);
  });

  test.each([
    [
      'a citation dropped',
      ENGLISH.replace('Another.<Cite source="azam-cgtn" p="4" />', 'Another.'),
      /#first citations: cites azam-cgtn ¶4 once, where the English section cites it twice/,
    ],
    [
      'a citation moved to another section',
      ENGLISH.replace('Intro.<Cite source="sco-about" />', 'Intro.').replace(
        'More.',
        'More.<Cite source="sco-about" />',
      ),
      /opening.*cites sco-about nowhere, where the English section cites it once/,
    ],
    [
      'another paragraph cited',
      ENGLISH.replace('p="1"', 'p="2"'),
      /#second citations: cites alimov-2017 ¶1 nowhere/,
    ],
    [
      'a heading id changed',
      ENGLISH.replace('{#second}', '{#zweite}'),
      /headings: the sections differ .*#first, #second; this file has #first, #zweite/,
    ],
    [
      'sections swapped',
      ENGLISH.replace('## First {#first}', '## A {#second-tmp}')
        .replace('## Second {#second}', '## First {#first}')
        .replace('{#second-tmp}', '{#second}'),
      /headings: the sections differ/,
    ],
  ])('%s is reported at its line', (_name, body, expected) => {
    const problems = problemsOf(body);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(expected);
  });
});

describe("a translation's quotations name words the English page quotes", () => {
  const englishText = 'He calls RATS "the backbone of the [organization](/glossary/#sco)" and a “central pillar”.';
  test.each([
    ['the backbone of the organization', true],
    ['central pillar', true],
    ['the backbone of the organisation', false],
    ['a central pillar of security', false],
  ])('%s → %s', (en, found) => {
    const problems = checkQuotations(englishText, {
      file: 'content/zh/topics/rats.mdx',
      quotes: [{ en, line: 7 }],
    });
    expect(problems.length === 0).toBe(found);
    if (!found) expect(problems[0]).toMatchObject({ line: 7, field: '<Q> en' });
  });
});
