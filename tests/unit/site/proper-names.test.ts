import { doubleMetaphone } from 'double-metaphone';
import { expect, test } from 'vitest';
import { soundAlike } from '#lib/search/sound-alike.ts';
import { countWords, type SearchData } from '#lib/search/search-words.ts';
import { properNames } from '../../../src/integrations/proper-names.ts';

const TEXTS = [
  'In 2017 Rashid Alimov writes that the SCO, calling itself open, spans Kyrgyzstan and Kazakhstan.',
  'Calling it a bloc is wrong, he says. The Regional Anti-Terrorist Structure (RATS) sits in Tashkent.',
  'Member states. As of July 2024 the states of the SCO number ten; "Calling" opens a quotation.',
];

test('names are the words written with a capital more often than without, a sentence’s first word not counted', () => {
  const names = properNames(TEXTS);
  for (const name of ['rashid', 'alimov', 'kyrgyzstan', 'kazakhstan', 'tashkent', 'rats', 'sco'])
    expect(names.has(name), name).toBe(true);
  // "Calling" begins sentences (and a heading-like line) and is written "calling" once more:
  // not a name; "states" is written lowercase, its capital only after a full stop.
  for (const word of ['calling', 'states', 'member', 'the', 'writes'])
    expect(names.has(word), word).toBe(false);
  // Numbers are no names.
  expect(names.has('2024')).toBe(false);
});

test('matched by sound against names alone, a misspelt name is found and an ordinary word is not made of a name-like typo', () => {
  const words = countWords(TEXTS);
  const data: SearchData = { words, synonyms: [], entries: [] };
  const names = properNames(TEXTS);
  const named = new Map([...words].filter(([word]) => names.has(word)));
  // Against every word, "Kaling" sounds like "calling"; against names, like nothing.
  expect(soundAlike('kaling', data, doubleMetaphone)).toBe('calling');
  expect(soundAlike('kaling', data, doubleMetaphone, named)).toBeUndefined();
  expect(soundAlike('qyrgyzstan', data, doubleMetaphone, named)).toBe('kyrgyzstan');
  expect(soundAlike('rasheed', data, doubleMetaphone, named)).toBe('rashid');
});
