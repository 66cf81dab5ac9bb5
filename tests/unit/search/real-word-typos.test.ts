import { describe, expect, test } from 'vitest';
import { runSearchQuery } from '#lib/search/search-run.ts';
import { countWords, type SearchData } from '#lib/search/search-words.ts';
import { fakePagefind } from '../../support/fake-pagefind.ts';

// A typo that makes another English word ("minks" for Minsk, "deli" for Delhi) is left as typed,
// for a reader who typed a real word meant it (SearchData.english), and searched without it when
// the query's other words find anything. Only when nothing at all is found is it corrected as any
// typo is: within a first try's edits, never its first letter ("leads" is not "heads").
describe('an English word the site never uses, in a query that finds nothing', () => {
  const docs = [
    { id: 'members', words: ['minsk', 'new', 'delhi', 'members'] },
    { id: 'secretariat', words: ['heads', 'secretariat', 'beijing'] },
  ];
  const pagefind = fakePagefind(docs, {
    holds: (doc, word) => doc.words.includes(word),
    score: () => 1,
  });
  const data: SearchData = {
    words: countWords(docs.map((doc) => doc.words.join(' '))),
    synonyms: [],
    entries: [],
    english: new Set(['minks', 'deli', 'leads', 'banana']),
  };
  const run = async (query: string) => (await runSearchQuery(pagefind, data, query))!;

  test.each([
    ['minks', 'minsk', 'minsk'],
    ['deli', 'delhi', 'delhi'],
    ['new deli', 'delhi', 'new delhi'],
  ])('"%s" finds nothing as typed: corrected to %s', async (query, to, searched) => {
    const found = await run(query);
    expect(found.corrections.map((each) => each.to)).toEqual([to]);
    expect(found.searched).toBe(searched);
    expect(found.results.map((hit) => hit.id)).toEqual(['members']);
  });

  test.each([
    // One edit, but in the first letter.
    ['leads', 'leads', []],
    // The query finds the secretariat without the word: the word is left out, not corrected.
    ['minks secretariat', 'secretariat', ['secretariat']],
  ])('"%s" is searched as %s', async (query, searched, ids) => {
    const found = await run(query);
    expect(found.corrections).toEqual([]);
    expect(found.searched).toBe(searched);
    expect(found.results.map((hit) => hit.id)).toEqual(ids);
  });

  test('a word no site word is near finds nothing, and says nothing was corrected', async () => {
    const found = await run('banana');
    expect(found.corrections).toEqual([]);
    expect(found.results).toEqual([]);
  });
});
