import { expect, test } from 'vitest';
import { fromLatinNames } from '#lib/search/latin-names.ts';
import { countWords, type SearchData, splitQuery } from '#lib/search/search-words.ts';
import { unwrittenNames } from '../../../src/integrations/unwritten-names.ts';

const WORDS = countWords(['The Astana summit; the seat is based in Beijing.']);

test('each other name the index lacks stands for the first name of its group the index holds', () => {
  expect(
    unwrittenNames(
      [
        ['Astana', 'Nur-Sultan', 'Akmola'],
        ['Beijing', 'Peking'],
        ['seat', 'based'],
        // No name of the group is written: none stands for another.
        ['Tianjin', 'Tientsin'],
        // Nor one of more words than the phrase ("the seat" for "HQs").
        ['the seat based', 'HQs'],
        // A common word is no name: it stays a synonym.
        ['based', 'headquartered'],
      ],
      WORDS,
    ),
  ).toEqual([
    { latin: 'Nur-Sultan', name: 'Astana' },
    { latin: 'Akmola', name: 'Astana' },
    { latin: 'Peking', name: 'Beijing' },
  ]);
});

test('a query of one is searched as the name the site writes, and says so', () => {
  const data: SearchData = {
    words: WORDS,
    synonyms: [],
    entries: [],
    latin: unwrittenNames([['Astana', 'Nur-Sultan']], WORDS),
  };
  const { words, corrections } = fromLatinNames(splitQuery('nur-sultan summit'), data);
  expect(words.map((word) => word.folded)).toEqual(['astana', 'summit']);
  expect(corrections).toEqual([{ from: 'nur-sultan', to: 'Astana' }]);
});
