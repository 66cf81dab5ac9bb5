import { expect, test } from 'vitest';
import { fromLatinNames } from '#lib/search/latin-names.ts';
import { countWords, type SearchData, splitQuery } from '#lib/search/search-words.ts';
import {
  capitalisedRuns,
  initialismsOf,
  initialismsOfName,
} from '../../../src/integrations/initialisms.ts';

const TEXTS = [
  'He argues that these efforts support the UN Global Counter-Terrorism Strategy. Paragraph 6.',
  'United Nations Global Counter-Terrorism Strategy, Global Counter-Terrorism Strategy. The strategy.',
  'The Regional Anti-Terrorist Structure (RATS) sits in Tashkent; a magazine of the UN Department of Public Information.',
  'Published by the Ministry of External Affairs, Government of India. Kazakhstan, Kyrgyzstan and Russia.',
  'The Charter of the United Nations; the Chapter of the United Nations.',
];
const WORDS = countWords([...TEXTS, 'rats sco']);

test.each([
  [
    'The Regional Anti-Terrorist Structure (RATS) sits in Tashkent.',
    ['Regional Anti-Terrorist Structure'],
  ],
  [
    'the Ministry of External Affairs, Government of India',
    ['Ministry of External Affairs', 'Government of India'],
  ],
  // Names joined by punctuation are names apart; one capitalised word is no run.
  ['Kazakhstan, Kyrgyzstan; Tashkent.', []],
  ['The SCO Secretary-General wrote it', ['SCO Secretary-General']],
])('the names in capitals of "%s" are %j', (text, runs) =>
  expect(capitalisedRuns(text)).toEqual(runs),
);

test.each([
  ['UN Global Counter-Terrorism Strategy', ['ungcts', 'gcts']],
  ['Ministry of External Affairs', ['mea']],
  ['UN Department of Public Information', ['undpi', 'dpi']],
  // Two letters stand for too many names.
  ['SCO Secretary-General', ['scosg']],
  ['Shanghai Five', []],
  // A title's article is none of its letters.
  ['The Regional Anti-Terrorist Structure', ['rats']],
])('the initialisms of %s are %j', (name, initialisms) =>
  expect(initialismsOfName(name)).toEqual(initialisms),
);

test('each initialism stands for one name, the shortest when the others hold it; none is a word of the index', () => {
  const found = new Map(initialismsOf(TEXTS, WORDS).map((each) => [each.latin, each.name]));
  expect(found.get('gcts')).toBe('Global Counter-Terrorism Strategy');
  expect(found.get('mea')).toBe('Ministry of External Affairs');
  expect(found.get('dpi')).toBe('UN Department of Public Information');
  // "UN Global …" and "United Nations Global …": two names, neither inside the other…
  expect(found.has('ungcts')).toBe(false);
  // …unless both are names of one entry: then the shortest.
  const term = {
    id: 'und_gcts',
    names: [
      'UN Global Counter-Terrorism Strategy',
      'United Nations Global Counter-Terrorism Strategy',
    ],
    authors: [],
  };
  const named = new Map(initialismsOf(TEXTS, WORDS, [term]).map((each) => [each.latin, each.name]));
  expect(named.get('ungcts')).toBe('UN Global Counter-Terrorism Strategy');
  expect(named.has('cun')).toBe(false);
  // "Charter of the United Nations" and "Chapter of the United Nations".
  expect(found.has('cun')).toBe(false);
  // The index holds "rats": the reader typed the word.
  expect(found.has('rats')).toBe(false);
});

test('a query typing an initialism is searched as the name it stands for, and says so', () => {
  const data: SearchData = {
    words: WORDS,
    synonyms: [],
    entries: [],
    latin: initialismsOf(TEXTS, WORDS),
  };
  const { words, corrections } = fromLatinNames(splitQuery('un gcts'), data);
  expect(words.map((word) => word.folded)).toEqual([
    'un',
    'global',
    'counterterrorism',
    'strategy',
  ]);
  expect(corrections).toEqual([{ from: 'gcts', to: 'Global Counter-Terrorism Strategy' }]);
  expect(fromLatinNames(splitQuery('dpi'), data).corrections).toEqual([
    // Shown as written, "of" and all, though searched without it.
    { from: 'dpi', to: 'UN Department of Public Information' },
  ]);
});
