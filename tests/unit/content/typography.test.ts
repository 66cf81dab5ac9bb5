import { describe, expect, test } from 'vitest';
import { smartQuotes, smartQuotesDeep } from '#lib/content/typography.ts';

describe('smartQuotes', () => {
  test.each([
    ['the "three forces"', 'the “three forces”'],
    ['"Shanghai Spirit" first', '“Shanghai Spirit” first'],
    ["the SCO's charter", "the SCO's charter"],
    ["the members' states", 'the members’ states'],
    ["series 'Common Home'", 'series ‘Common Home’'],
    ['("quoted")', '(“quoted”)'],
    ['a—"dash"', 'a—“dash”'],
    ['"nested \'inner\' words"', '“nested ‘inner’ words”'],
    ['no quotes at all', 'no quotes at all'],
    ['already “curly”', 'already “curly”'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(smartQuotes(input)).toBe(expected);
  });
});

describe('smartQuotesDeep', () => {
  test('changes prose strings, not ids, addresses, dates or search aliases', () => {
    const input = {
      id: "it's-an-id",
      name: 'The "three forces"',
      url: 'https://example.org/?q="x"',
      searchAliases: ['"three evils'],
      otherNames: ["the 'three evils'"],
      sources: [{ source: { id: 'a', collection: 'sources' }, p: 3 }],
      date: '2001-06-15',
    };
    expect(smartQuotesDeep(input)).toEqual({
      ...input,
      name: 'The “three forces”',
      otherNames: ['the ‘three evils’'],
    });
  });

  test('leaves the input unchanged', () => {
    const input = { name: '"x"' };
    smartQuotesDeep(input);
    expect(input.name).toBe('"x"');
  });
});
