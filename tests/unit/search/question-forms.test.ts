import { describe, expect, test } from 'vitest';
import {
  dropClosingPresentation,
  dropScaffolding,
  isContentQuestion,
  QUESTION_WEIGHTS,
  questionIntent,
  questionWeights,
} from '#lib/search/question-forms.ts';
import { dropStopwords } from '#lib/search/stopwords.ts';
import { splitQuery } from '#lib/search/search-words.ts';

describe('questions', () => {
  test.each([
    ['when did India join', 'event'],
    ['What year was RATS set up', 'event'],
    ['what is RATS', 'glossary term'],
    ['who wrote the column', 'source'],
    ['where is RATS', undefined],
    ['RATS', undefined],
    ['who is Rashid Alimov', 'source'],
    // "Who's", typed with or without its apostrophe, is "who is".
    ["who's Rashid Alimov", 'source'],
    ['whos Azam', 'source'],
    // "What's", as "what is", asks for a definition.
    ["what's RATS", 'glossary term'],
    ['whats the Shanghai Spirit', 'glossary term'],
  ])('"%s" asks for %s', (query, kind) => expect(questionIntent(query)).toBe(kind));

  test.each([
    ['what does RATS do', true],
    ['How did India join the SCO', true],
    ['why was RATS set up', true],
    ['what is the role of RATS', true],
    ['what is the difference between non-intervention and non-interference', true],
    ['what does the Shanghai Spirit mean', false],
    ['what does SCO stand for', false],
    ['what is RATS', false],
    ['when did India join', false],
    ['role of RATS', true],
    ['difference between non-intervention and non-interference', true],
    // Whether a thing belongs asks nothing of what it does: the member table, or the joining, answers.
    ['is India part of the SCO', false],
    ['is Kyrgyzstan part of the SCO', false],
    ['purposes and principles', false],
    ['part 2 of the CGTN series', false],
    ['RATS role', false],
    ['does', false],
    // Whether it does something, yes or no: what it does, which its account answers.
    ['does the SCO deal with drug trafficking', true],
    ['do Alimov and Azam agree', true],
    ['did Alimov mention RATS', true],
    // The verb at the end, as a heading writes the question.
    ['What RATS does', true],
    ['what Alimov says', true],
    ['what RATS means', false],
  ])('"%s" asks what something does or says: %s', (query, expected) =>
    expect(isContentQuestion(query)).toBe(expected),
  );

  const { intent, source, glossary } = QUESTION_WEIGHTS;
  test.each([
    ['RATS', {}],
    ['define RATS', { 'glossary term': intent }],
    ['definition of RATS', { 'glossary term': intent }],
    ['what is RATS', { source, 'glossary term': intent }],
    ['when did India join', { source, event: intent }],
    ['who wrote the column', { source: intent }],
    ['who is Rashid Alimov', { source: intent }],
    ['where is RATS based', { source }],
    ["where's RATS based", { source }],
    ['wheres RATS based', { source }],
    ["isn't RATS in Tashkent", { source }],
    ['didnt India join in 2017', { source }],
    ['what does RATS do', { source, 'glossary term': glossary }],
    ['what is the role of RATS', { source, 'glossary term': glossary }],
    ['role of RATS', { source, 'glossary term': glossary }],
    ['purposes and principles', {}],
  ])('"%s" weighs kinds %j', (query, weights) => expect(questionWeights(query)).toEqual(weights));

  test.each([
    ['what is the role of RATS', 'RATS'],
    [
      'what is the difference between non-intervention and non-interference',
      'non-intervention non-interference',
    ],
    ['which countries founded the SCO', 'founded SCO'],
    ['Which city is RATS seated in', 'RATS seated'],
    ['is India part of the SCO', 'India SCO'],
    // A question without its question word: an aspect word, then "of" or "between".
    ['role of RATS', 'RATS'],
    [
      'difference between non-intervention and non-interference',
      'non-intervention non-interference',
    ],
    // Not a question: the reader's words are kept.
    ['purposes and principles', 'purposes principles'],
    ['part 2 of the CGTN series', 'part 2 CGTN series'],
    ['countries founded SCO', 'countries founded SCO'],
    // Nothing else is left: the word stays.
    ['what is the purpose', 'purpose'],
    // A word for how a thing is presented, opening the query before "of": the thing is asked for.
    ['list of SCO member countries', 'SCO member countries'],
    ['Map of the member states', 'member states'],
    ['overview of RATS', 'RATS'],
    // …or before "on" or "about".
    ['info on Openness', 'Openness'],
    ['information about the SCO Charter', 'SCO Charter'],
    ['details of the Anti-Drug Centre', 'Anti-Drug Centre'],
    ['facts about Tashkent', 'Tashkent'],
    // Not at the start, not before "of", or nothing else left: it stays.
    ['Alimov list of principles', 'Alimov list principles'],
    ['member map', 'member map'],
    ['list of', 'list'],
    ['info', 'info'],
    ['key facts', 'key facts'],
    ['RATS info on Tashkent', 'RATS info Tashkent'],
    // A noun that names only a kind of result (the kind weighs more: kindWeightsOf).
    ['events of 2004', '2004'],
    ['RATS timeline event', 'RATS timeline'],
    ['events', 'events'],
  ])('"%s" drops its scaffolding: %s', (query, kept) =>
    expect(
      dropScaffolding(query, dropStopwords(splitQuery(query)))
        .map((word) => word.typed)
        .join(' '),
    ).toBe(kept),
  );

  test.each([
    // Only the site's subject would be left, which every page holds: the answer's word stays.
    ['which countries are in the SCO', 'countries SCO'],
    ['Which countries are SCO members', 'SCO members'],
    ['which countries founded the SCO', 'founded SCO'],
  ])('"%s", with "sco" the site’s subject, is searched as %s', (query, kept) =>
    expect(
      dropScaffolding(query, dropStopwords(splitQuery(query)), new Set(['sco']))
        .map((word) => word.typed)
        .join(' '),
    ).toBe(kept),
  );

  // Names and headings of a site: one holds "list" with another word.
  const names = ['Alimov’s list of principles', 'Shanghai Spirit', 'Key facts'];
  test.each([
    // A closing word for how the thing is presented asks for the thing.
    ['SCO member states list', 'SCO member states'],
    ['members lists', 'members'],
    ['Shanghai Spirit overview', 'Shanghai Spirit'],
    ['three evils summary', 'three evils'],
    // Kept: a name or heading holds it with another word of the query…
    ['Alimov list', 'Alimov list'],
    ['alimov’s list', 'alimov’s list'],
    // …it is a thing a page shows, or closes a name…
    ['member map', 'member map'],
    ['member table', 'member table'],
    ['key facts', 'key facts'],
    ['Department of Public Information', 'Department Public Information'],
    // …it is not the last word, or only the site's subject (or nothing) would be left.
    ['list of members', 'list members'],
    ['summary of RATS', 'summary RATS'],
    ['SCO list', 'SCO list'],
    ['the list', 'list'],
    ['list', 'list'],
  ])('"%s" closing with how it is presented is searched as %s', (query, kept) =>
    expect(
      dropClosingPresentation(query, dropStopwords(splitQuery(query)), names, new Set(['sco']))
        .map((word) => word.typed)
        .join(' '),
    ).toBe(kept),
  );
});
