import { describe, expect, test } from 'vitest';
import { groupWordBeginning } from '#lib/search/query-variants.ts';
import { planQuery, searchedText } from '#lib/search/search-query.ts';
import { parseSynonyms, withMemberNames } from '#lib/search/synonyms.ts';
import { DATA } from '../../support/query-data.ts';

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

describe('a word still being typed, as the start of a synonym or other name', () => {
  test.each([
    ['acce', 'accession', 'a synonym the index does not hold'],
    ['nursu', 'nursultan', 'an other name written with a hyphen'],
    ['seate', 'seated', 'the shortest word of a group that begins so'],
    ['regio', 'regional', "the first word of an entry's name (Regional Anti-Terrorist Structure)"],
  ])('%s is %s (%s)', (typed, word) => expect(groupWordBeginning(typed, DATA)).toBe(word));

  test.each([
    ['seat', 'a whole word of a group'],
    ['summit', 'a whole word of the index'],
    ['acc', 'fewer than four letters'],
    ['struc', "a later word of an entry's name: the shards of its letters need not hold the entry"],
    ['xyzzy', 'the start of no word of a group'],
  ])('%s is not completed (%s)', (typed) =>
    expect(groupWordBeginning(typed, DATA)).toBeUndefined(),
  );

  test('the last word of a query is completed, shown as typed, and its group expands', () => {
    const plan = planQuery('india acce', DATA);
    expect(searchedText(plan)).toBe('india acce');
    expect(plan.corrections).toEqual([]);
    expect(plan.words.map((word) => word.folded)).toEqual(['india', 'accession']);
    expect(plan.variants).toContainEqual(['india', 'joined']);
  });

  test('the start itself is searched first, as Pagefind completes it to every word it begins', () => {
    // "territ" is the start of "territory" (a group's word) and of "territorial", which the group's
    // words would not find.
    const data = {
      ...DATA,
      words: new Map([...DATA.words, ['territorial', 1], ['territory', 2], ['area', 1]]),
      synonyms: [...DATA.synonyms, [['territory'], ['area']]],
    };
    const plan = planQuery('territ', data);
    expect(plan.variants).toEqual([['territ'], ['territory'], ['area']]);
    // Not a start that begins no word of the index ("acce": the group's "accession" only).
    expect(planQuery('india acce', DATA).variants).not.toContainEqual(['india', 'acce']);
  });

  test('not a word before the last, nor with correction off ("Search instead for")', () => {
    expect(planQuery('acce india', DATA).words.map((word) => word.folded)).toEqual([
      'acce',
      'india',
    ]);
    expect(
      planQuery('india acce', DATA, { correct: false }).words.map((word) => word.folded),
    ).toEqual(['india', 'acce']);
  });
});

describe('withMemberNames', () => {
  // A reader typed "india" and "belarus" on /ru/ and found nothing: each edition's groups gain the
  // member states' English names, matched by id.
  const english = [
    { id: 'india', name: 'India' },
    { id: 'belarus', name: 'Belarus' },
    { id: 'russia', name: 'Russia' },
    { id: 'ghost', name: 'Nowhere' },
  ];
  const edition = [
    { id: 'india', name: 'Индия' },
    { id: 'belarus', name: 'Беларусь' },
    { id: 'russia', name: 'Russia' },
    { id: 'unknown', name: 'Неизвестно' },
  ];
  test('a group of its own, or the group that holds the edition name; the same name or an unmatched id, nothing', () =>
    expect(withMemberNames([[['беларусь'], ['белоруссия']]], english, edition)).toEqual([
      [['беларусь'], ['белоруссия'], ['belarus']],
      [['индия'], ['india']],
    ]));

  test('a name already in a group is left there; the groups given are not changed', () => {
    const groups = [[['india'], ['bharat']]];
    expect(withMemberNames(groups, english, edition)).toEqual([
      [['india'], ['bharat']],
      [['беларусь'], ['belarus']],
    ]);
    expect(groups).toEqual([[['india'], ['bharat']]]);
  });
});
