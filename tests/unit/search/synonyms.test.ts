import { describe, expect, test } from 'vitest';
import { parseSynonyms } from '#lib/search/synonyms.ts';

describe('content/synonyms.yaml', () => {
  test('groups become phrases of folded words', () => {
    expect(parseSynonyms('- [Astana, Nur-Sultan]\n- [seat, based, head quarters]\n')).toEqual([
      [['astana'], ['nursultan']],
      [['seat'], ['based'], ['head', 'quarters']],
    ]);
  });

  test('an empty file has no groups', () => expect(parseSynonyms('# nothing yet\n')).toEqual([]));

  test.each([
    ['- [seat]\n', /line 1: a group needs at least two/],
    ['- seat\n', /line 1: a group must be a list/],
    ['- [seat, based]\n- [based, located]\n', /line 2: "based" is already in the group on line 1/],
    ['- [seat, "!!"]\n', /line 1: "!!" is not a word or phrase/],
    ['seat: based\n', /not a list of groups/],
    ['- [seat, based\n', /not valid YAML/],
  ])('%j stops the build, naming the line', (text, message) => {
    expect(() => parseSynonyms(text)).toThrow(message);
    expect(() => parseSynonyms(text)).toThrow(/content\/synonyms\.yaml/);
  });

  test('the site’s own synonyms file is valid', async () => {
    const { readFileSync } = await import('node:fs');
    expect(parseSynonyms(readFileSync('content/synonyms.yaml', 'utf8')).length).toBeGreaterThan(5);
  });
});
