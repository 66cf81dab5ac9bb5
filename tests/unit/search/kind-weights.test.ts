import { describe, expect, test } from 'vitest';
import {
  AUTHOR_SUBJECT_GLOSSARY_WEIGHT,
  SEVERAL_NAMES_GLOSSARY_WEIGHT,
  UNNAMED_SOURCE_WEIGHT,
} from '#lib/search/kind-weights.ts';
import { authorsSources, namedThings, namesAuthor } from '#lib/search/named-entries.ts';
import { runSearchQuery, type PagefindSearch } from '#lib/search/search-run.ts';
import { KIND_NOUN_WEIGHT, QUESTION_WEIGHTS } from '#lib/search/question-forms.ts';
import { planQuery } from '#lib/search/search-query.ts';
import { type SearchData } from '#lib/search/search-words.ts';
import { nameWords } from '#lib/search/stopwords.ts';
import { DATA, WITH_AUTHOR } from '../../support/query-data.ts';

describe('weights of kinds of results: sources, events, glossary records', () => {
  test.each([
    ['Belarus SCO', UNNAMED_SOURCE_WEIGHT],
    ['memorandum of understanding', UNNAMED_SOURCE_WEIGHT],
    // An author or outlet named, or the start of an author's name being typed.
    ['Alimov threats', undefined],
    ['Rashid Alimov', undefined],
    ['UN Chronicle', undefined],
    ['alim', undefined],
    // "UN" alone is not the outlet "UN Chronicle"; "al" is too short to be a name being typed.
    ['UN Charter', UNNAMED_SOURCE_WEIGHT],
    ['al', UNNAMED_SOURCE_WEIGHT],
    // A question weighs sources its own way; "who wrote" asks for one.
    ['when did Belarus join', QUESTION_WEIGHTS.source],
    ['who wrote about Belarus', QUESTION_WEIGHTS.intent],
  ])('"%s": sources weigh %s', (query, weight) => {
    expect(planQuery(query, WITH_AUTHOR).kindWeights?.['source']).toBe(weight);
  });

  test.each([
    // A noun that names a kind of result weighs that kind, as typed or corrected.
    ['Qingdao summit', KIND_NOUN_WEIGHT],
    ['Qingdao sumit', KIND_NOUN_WEIGHT],
    ['summits of 2024', KIND_NOUN_WEIGHT],
    // A question's own intent outweighs it ("when" asks for an event more strongly).
    ['when was the Qingdao summit', QUESTION_WEIGHTS.intent],
    // A noun that names only the kind is not searched, and still weighs it.
    ['events of 2004', KIND_NOUN_WEIGHT],
    ['Qingdao event', KIND_NOUN_WEIGHT],
    // No such noun, no weight; nor a word that merely begins like one.
    ['Qingdao', undefined],
    ['summitry', undefined],
  ])('"%s": events weigh %s', (query, weight) => {
    const data: SearchData = {
      ...DATA,
      words: new Map([
        ...DATA.words,
        ['qingdao', 2],
        ['summit', 5],
        ['summits', 1],
        ['summitry', 1],
      ]),
    };
    expect(KIND_NOUN_WEIGHT).toBeGreaterThan(1);
    expect(KIND_NOUN_WEIGHT).toBeLessThan(QUESTION_WEIGHTS.intent);
    expect(planQuery(query, data).kindWeights?.['event']).toBe(weight);
  });

  test.each([
    // An author beside a subject asks what the author says of it.
    ['Alimov threats', AUTHOR_SUBJECT_GLOSSARY_WEIGHT],
    ['UN Chronicle memorandum', AUTHOR_SUBJECT_GLOSSARY_WEIGHT],
    // The author alone, or with words for what they wrote, asks for the source.
    ['Alimov', undefined],
    ['Alimov article', undefined],
    // No author, or a question (weighed by its own form).
    ['threats', undefined],
    ['what does Alimov say about threats', QUESTION_WEIGHTS.glossary],
  ])('"%s": glossary records weigh %s', (query, weight) => {
    expect(AUTHOR_SUBJECT_GLOSSARY_WEIGHT).toBeLessThan(1);
    expect(planQuery(query, WITH_AUTHOR).kindWeights?.['glossary term']).toBe(weight);
  });

  test.each([
    // Two things named apart: each record defines one of them.
    ['RATS SCO Charter', SEVERAL_NAMES_GLOSSARY_WEIGHT],
    ['Regional Anti-Terrorist Structure and the SCO Charter', SEVERAL_NAMES_GLOSSARY_WEIGHT],
    // One name, however long, or one inside another ("SCO" in "SCO Charter"); a question.
    ['SCO Charter', undefined],
    ['SCO RATS', undefined],
    ['RATS Tashkent', undefined],
    ['is RATS in the SCO Charter', undefined],
  ])('"%s": glossary records weigh %s', (query, weight) => {
    expect(SEVERAL_NAMES_GLOSSARY_WEIGHT).toBeLessThan(1);
    expect(planQuery(query, DATA).kindWeights?.['glossary term']).toBe(weight);
  });

  test.each([
    [['rats', 'sco', 'charter'], 2],
    [['sco', 'charter'], 1],
    [['sco', 'rats'], 1],
    [['rashid', 'alimov', 'rats'], 2],
    [['tashkent'], 0],
    // No words, or one name over and over.
    [[], 0],
    [['rats', 'rats', 'rats'], 1],
    // Two names of one entry name one thing.
    [['rats', ...nameWords('Regional Anti-Terrorist Structure')], 1],
  ])('%j names %i things', (words, count) => {
    expect(namedThings(words, WITH_AUTHOR)).toBe(count);
  });

  test.each([
    // "What is X" asks for a definition when X is a name, one of its other names included.
    ['what is RATS', QUESTION_WEIGHTS.intent],
    ['what is the Regional Anti-Terrorist Structure', QUESTION_WEIGHTS.intent],
    ['define SCO Charter', QUESTION_WEIGHTS.intent],
    // Otherwise it asks for more than a definition.
    ['what was signed in Tashkent', undefined],
    ['what are the functions of RATS in Tashkent', undefined],
  ])('"%s": glossary records weigh %s', (query, weight) => {
    expect(planQuery(query, DATA).kindWeights?.['glossary term']).toBe(weight);
  });

  test('a query names an author by the whole name, not by one word of a longer one', () => {
    const data: SearchData = {
      ...DATA,
      entries: [{ id: 'und_x', names: ['X'], authors: ['UN Chronicle'] }],
    };
    expect(namesAuthor([['un', 'chronicle', 'article']], data)).toBe(true);
    expect(namesAuthor([['un', 'charter']], data)).toBe(false);
  });
});

describe('a query that names an author: sources by anyone else', () => {
  // Alimov's article and the UN Charter's page both hold "alimov" and "threats"; the topic too.
  const docs = [
    { id: 'und_alimov', kind: 'source', words: ['alimov', 'threats'], score: 4 },
    { id: 'und_charter-source', kind: 'source', words: ['alimov', 'threats'], score: 5 },
    { id: 'und_topic', kind: 'topic', words: ['alimov', 'threats'], score: 3 },
  ];
  const pagefind: PagefindSearch<(typeof docs)[number]> = {
    search: (term, options) => {
      const words = (term ?? '').split(' ');
      const kind = options?.filters?.['kind'];
      return Promise.resolve({
        results: docs
          .filter((doc) => words.every((word) => doc.words.includes(word)))
          .filter((doc) => kind === undefined || doc.kind === kind)
          .map((doc) => ({ id: doc.id, score: doc.score, data: () => Promise.resolve(doc) })),
      });
    },
  };

  test('weigh as in a query that names none; the author’s own do not', async () => {
    expect([...authorsSources([['alimov', 'threats']], WITH_AUTHOR)]).toEqual(['und_alimov']);
    const run = await runSearchQuery(pagefind, WITH_AUTHOR, 'Alimov threats');
    const score = (id: string): number => run!.results.find((hit) => hit.id === id)!.score;
    // The other source's 5 counts for UNNAMED_SOURCE_WEIGHT of itself, below Alimov's own 4.
    expect(run!.results.map((hit) => hit.id)).toEqual([
      'und_alimov',
      'und_topic',
      'und_charter-source',
    ]);
    expect(score('und_charter-source') / score('und_alimov')).toBeCloseTo(
      (5 * UNNAMED_SOURCE_WEIGHT) / 4,
    );
  });

  test('a query that names no author weighs them all alike', () => {
    expect(authorsSources([['un', 'charter']], WITH_AUTHOR).size).toBe(0);
  });
});
