import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { pagefindPathOf } from '#lib/search/languages.ts';
import { countWords, type SearchData } from '#lib/search/search-words.ts';
import {
  checkNamesIndexed,
  fragmentReader,
  nameWordsNotIndexed,
} from '../../../src/integrations/search-data.ts';

/** A built site holding one fragment per edition given, as Pagefind writes it (gzipped, signed). */
function builtSite(editions: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'search-data-'));
  for (const [locale, content] of Object.entries(editions)) {
    const fragments = join(dir, pagefindPathOf(locale as 'en'), 'fragment');
    mkdirSync(fragments, { recursive: true });
    const json = JSON.stringify({ url: `/${locale}/`, content, meta: { title: locale } });
    writeFileSync(join(fragments, `${locale}_1.pf_fragment`), gzipSync(`pagefind_dcd${json}`));
  }
  return dir;
}

test('fragmentReader reads each edition’s fragments once, however often the build asks', async () => {
  const dir = builtSite({ en: 'English words', ru: 'русские слова' });
  const fragmentsOf = fragmentReader(dir);
  const first = await fragmentsOf('ru');
  expect(first.map((fragment) => fragment.content)).toEqual(['русские слова']);
  // The files are gone: a second read would fail, the reader answers from what it read.
  rmSync(join(dir, pagefindPathOf('ru')), { recursive: true });
  expect(await fragmentsOf('ru')).toBe(first);
  expect((await fragmentsOf('en')).map((fragment) => fragment.content)).toEqual(['English words']);
});

/** Search data whose text is `text`, with one entry of the given names. */
function named(text: string, names: string[]): SearchData {
  return {
    words: countWords([text]),
    synonyms: [],
    entries: [{ id: 'und_rats', names, authors: [] }],
  };
}

test('every word of an entry’s names is a word of the index, or one a query never looks up', () => {
  const text =
    'The Regional Anti-Terrorist Structure (RATS) of the SCO, under the UN Charter of 2003.';
  expect(
    nameWordsNotIndexed(named(text, ['Regional Anti-Terrorist Structure', 'SCO RATS'])),
  ).toEqual([]);
  // "UN" is too short to look up, "2003" a number: Pagefind is trusted with both.
  expect(nameWordsNotIndexed(named(text, ['UN Charter of 2003']))).toEqual([]);
  // "antiterror" begins a word of the index, which Pagefind matches; "centre" is none.
  expect(nameWordsNotIndexed(named(text, ['Anti-Terror Centre', 'RATS']))).toEqual([
    { id: 'und_rats', name: 'Anti-Terror Centre', word: 'centre' },
  ]);
});

test('a name with a word the page does not show stops the build, naming the page, the word and the fix', () => {
  const data = named('The Regional Anti-Terrorist Structure.', ['Tashkent Centre']);
  const check = (): void => checkNamesIndexed(data, () => '/glossary/#rats');
  expect(check).toThrow(/\/glossary\/#rats is named "Tashkent Centre", and "tashkent" is no word/);
  expect(check).toThrow(/"centre" is no word of its indexed text/);
  expect(check).toThrow(/Fix: show the name on the page/);
  expect(() =>
    checkNamesIndexed(named('Tashkent Centre', ['Tashkent Centre']), String),
  ).not.toThrow();
});
