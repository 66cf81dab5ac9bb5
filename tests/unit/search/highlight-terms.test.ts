import { describe, expect, test } from 'vitest';
import {
  keepsMark,
  landingParts,
  landingPattern,
  landingTerms,
} from '#lib/search/highlight-terms.ts';

describe('landingTerms', () => {
  const page = '白俄罗斯成为成员国。俄罗斯。塔什干。印度于2017年加入上合组织。';
  test.each([
    // Pagefind's words of one Chinese run are marked as the run: Belarus, not Russia.
    [['白', '俄罗斯'], ['白俄罗斯']],
    [['塔', '什', '干'], ['塔什干']],
    // A lone character marks nothing; other scripts' terms are kept as they are.
    [['白'], []],
    [
      ['rats', '塔', '什', 'tashkent'],
      ['rats', '塔什', 'tashkent'],
    ],
    [
      ['региональн', 'структура'],
      ['региональн', 'структура'],
    ],
    [[], []],
    [['白', '', '俄罗斯', ' '], ['白俄罗斯']],
    // Words of a question, apart on the page, are marked apart, each that the page holds.
    [
      ['印度', '成为', '上合', '组织'],
      ['印度', '成为', '上合组织'],
    ],
    // A word Pagefind cut into pieces (a lone character says so) that the page does not hold
    // together marks nothing: "罗斯" alone would mark Russia's name.
    [['白', '罗斯'], []],
    [['白', '罗斯', '印度'], ['印度']],
  ])('%j → %j', (terms, marked) => expect(landingTerms(terms, page)).toEqual(marked));
});

describe('landingPattern', () => {
  test.each([
    // The index folds й into и and ё into е: the page's own letters are matched.
    ['шанхаискии', 'Шанхайский дух', ['Шанхайский']],
    // Chinese writes no space beside a number or a Latin name: "2017年" holds 2017 (a reader saw
    // nothing marked for 2017年), and a stem stops where the Chinese starts.
    ['2017', '2017年6月8日', ['2017']],
    ['sco', 'SCO成员国', ['SCO']],
    ['rats', '地区反恐怖机构（RATS的）', ['RATS']],
    ['2017', '20170', null],
    ['пятерка', 'Шанхайская пятёрка', ['пятёрка']],
    // A hyphen between letters, as the query layer joins "Юго-Восточной".
    ['юговосточнои', 'Юго-Восточной Азии', ['Юго-Восточной']],
    [
      'noninterference',
      'non-interference and noninterference',
      ['non-interference', 'noninterference'],
    ],
    // A stem (Russian is indexed by stems) marks the whole word it begins, never a word's middle.
    ['генеральн', 'Генеральный секретарь', ['Генеральный']],
    ['наци', 'транснациональной Наций', ['Наций']],
    ['инди', 'Индия и Индии', ['Индия', 'Индии']],
    // A term shorter than a stem marks itself as a whole word only.
    ['non', 'non-use, nonetheless non', ['non', 'non']],
    ['шос', 'ШОС и ШОСовский', ['ШОС']],
    ['2004', 'rats-starts-work-2004 and 20045', ['2004']],
    // Punctuation inside a word, which the index and so the link leave out.
    ['chinaorgcn', 'see china.org.cn or chinaorg', ['china.org.cn']],
    ['a73833', 'document A/73/833.', ['A/73/833']],
    ['20170609', 'on 2017-06-09 and 9/6/2017', ['2017-06-09']],
    // A range's en dash, which the index leaves out as it does a hyphen ("2024–2029" is 20242029):
    // the reader's "2024-2029 strategy" had opened the page with only "strategy" marked.
    ['20242029', 'the strategy for 2024–2029, not 2024 – 2029', ['2024–2029']],
    ['alimovs', "Alimov’s article and Alimov's list", ['Alimov’s', "Alimov's"]],
    // Chinese has no spaces between words: a run is marked wherever it stands.
    ['上合组织', '印度加入上合组织。', ['上合组织']],
  ])('%s marks %s as %j', (term, text, marked) =>
    expect(text.match(landingPattern(term))).toEqual(marked),
  );

  // A hand-made address may hold any term: each is a valid pattern that matches itself.
  test.each(['-', '[a-', 'a-b', '(((', '\\', '^x$', ']'])(
    'the term %s is taken as itself',
    (term) => expect(`say ${term} here`.match(landingPattern(term))?.[0]).toBe(term),
  );

  test('a letter special in a pattern is taken as itself', () =>
    expect('a+b и axb'.match(landingPattern('a+b и'))).toEqual(['a+b и']));
});

describe('landingParts', () => {
  /** The parts as text, the marked ones in brackets. */
  const shown = (text: string, terms: string[]): string =>
    landingParts(text, terms)
      .map((part) => (part.marked ? `[${part.text}]` : part.text))
      .join('');

  test.each([
    // Pagefind's excerpt had marked "国禁毒" and "不对": the words are marked, not a character off.
    ['上海合作组织成员国禁毒战略', ['禁', '毒'], '上海合作组织成员国[禁毒]战略'],
    ['不对抗. 阿扎姆把不对抗列为', ['不', '对抗'], '[不对抗]. 阿扎姆把[不对抗]列为'],
    // The pieces of a word the text does not hold together, beside a lone character: nothing.
    [
      '什么是地区反恐怖机构；阿斯塔纳峰会',
      ['塔', '什', '干'],
      '什么是地区反恐怖机构；阿斯塔纳峰会',
    ],
    // Words of a question apart in the text, each marked; terms in other scripts as the page marks them.
    [
      '印度于2017年加入上合组织 (SCO)',
      ['印度', '加入', 'sco'],
      '[印度]于2017年[加入]上合组织 ([SCO])',
    ],
    // Overlapping matches make one mark, adjacent words two; no terms, no marks; empty text, no parts.
    ['边界不可侵犯', ['边界', '不可', '侵犯'], '[边界不可侵犯]'],
    ['Tashkent, Uzbekistan', [], 'Tashkent, Uzbekistan'],
    ['', ['禁', '毒'], ''],
  ])('%s with %j', (text, terms, marked) => expect(shown(text, terms)).toBe(marked));

  test('adjacent words are two marks, as the page marks them', () =>
    expect(landingParts('安全不可分割', ['不可', '分割', '安全'])).toEqual([
      { text: '安全', marked: true },
      { text: '不可分割', marked: true },
    ]));

  test('overlapping matches are one mark', () =>
    expect(landingParts('禁毒战略', ['禁毒', 'sco', '毒战'])).toEqual([
      { text: '禁毒战', marked: true },
      { text: '略', marked: false },
    ]));

  test('the parts hold the text, in order, whole', () => {
    const text = '阿斯塔纳峰会批准上合组织2024—2029年禁毒战略，决定设立禁毒中心';
    expect(
      landingParts(text, ['禁', '毒', '阿斯', '塔纳'])
        .map((part) => part.text)
        .join(''),
    ).toBe(text);
  });
});

describe('keepsMark', () => {
  // Pagefind's excerpt marks, against the highlight terms of the result's link (a reader saw
  // "states" marked for St Petersburg, "Untitled" and "2017" for UN Charter Article 2, "триада"
  // for три силы зла, "Азии" for Азам).
  test.each([
    ['St', ['st', 'petersburg'], true],
    ['states', ['st', 'petersburg'], false],
    ['stance', ['petersburg'], false],
    ['UN', ['charter', 'article'], true],
    ['Untitled', ['un', 'charter', 'article'], false],
    ['2017', ['2', 'charter', 'article'], false],
    ['2', ['charter'], true],
    ['Article', ['charter', 'article'], true],
    ['articles', ['charter', 'article'], true],
    ['Anti-Terrorist', ['terrorist'], true],
    ['terrorism', ['terrorist'], true],
    ['SCO’s', ['sco'], true],
    ['Три', ['три', 'силы', 'зла'], true],
    ['триада', ['три', 'силы'], false],
    ['силу', ['три', 'силы'], true],
    ['силами', ['силы'], true],
    ['Азии', ['азам'], false],
    ['Азхар', ['азам'], false],
    ['Азама', ['азам'], true],
    ['Шанхайский', ['шанхаискии'], true],
    ['Tashkent', [], false],
  ])('%s with %j: %s', (word, terms, kept) => expect(keepsMark(word, terms)).toBe(kept));
});
