import { Converter } from 'opencc-js';
import { describe, expect, test } from 'vitest';
import { planEditionQuery } from '#lib/search/edition-query.ts';
import { editionRules, loadEditionRules } from '#lib/search/edition-rules.ts';
import { SEARCH_LANGUAGES, segmentWords } from '#lib/search/languages.ts';
import { SearchDataError, type SearchData } from '#lib/search/search-words.ts';
import {
  characterMapPathOf,
  decodeCharacterMap,
  deriveCharacterMap,
  encodeCharacterMap,
  ruleTexts,
  toIndexCharacters,
} from '#lib/search/zh-characters.ts';

const ZH = SEARCH_LANGUAGES.zh!;
// OpenCC's converters, as the build runs them (src/integrations/zh-characters.ts).
const CONVERTERS = (['t', 'tw', 'hk'] as const).map((from) => Converter({ from, to: 'cn' }));

// A small simplified index, and traditional queries whose simplified form it holds.
const TEXT =
  '上海合作组织地区反恐怖机构设在塔什干。《上海合作组织宪章》。上合组织秘书处在北京。三股势力：恐怖主义、分裂主义、极端主义。显著';
// As the build counts them: the index's characters and those of the language's rules.
const USED = new Set([TEXT, ...ruleTexts(ZH)].join(''));
const MAP = deriveCharacterMap(
  USED,
  [...'上海合作組織區域反恐怖機構憲章秘書處設什麼時候裡裏為爲著後臺'],
  CONVERTERS,
);

describe('the map the build derives', () => {
  test.each([
    ['組', '组'],
    ['織', '织'],
    ['機', '机'],
    ['構', '构'],
    ['憲', '宪'],
    ['書', '书'],
    ['處', '处'],
  ])('traditional %s is read as %s', (from, to) => {
    expect(MAP.get(from)).toBe(to);
  });

  test('a character the index uses is never mapped, even when OpenCC would convert it', () => {
    // 著 is simplified too (显著); OpenCC reads it as 著, but a candidate the index holds stays.
    expect(MAP.has('著')).toBe(false);
    for (const letter of USED) expect(MAP.has(letter), letter).toBe(false);
  });

  test('only characters whose simplified form the index uses are kept', () => {
    // 後 → 后, 臺 → 台: neither is in the index's text nor the rules'; 區 → 区 (地区) is, and
    // 裡 → 里, 為 → 为 are in question phrases (哪里, 为什么).
    for (const letter of '後臺') expect(MAP.has(letter), letter).toBe(false);
    expect([MAP.get('區'), MAP.get('裡'), MAP.get('為')]).toEqual(['区', '里', '为']);
    for (const to of MAP.values()) expect(USED.has(to), to).toBe(true);
  });

  test('Taiwan and Hong Kong forms are read too (裡, 裏 → 里 when the index uses 里)', () => {
    const map = deriveCharacterMap(new Set('里为'), [...'裡裏為爲'], CONVERTERS);
    expect(Object.fromEntries(map)).toEqual({ 裡: '里', 裏: '里', 為: '为', 爲: '为' });
  });
});

describe('the map’s file', () => {
  test('round-trips, pairs in code point order', () => {
    const text = encodeCharacterMap(
      new Map([
        ['織', '织'],
        ['組', '组'],
      ]),
    );
    expect(text).toBe('{"version":1,"pairs":"組组織织"}');
    expect(decodeCharacterMap(text)).toEqual(
      new Map([
        ['組', '组'],
        ['織', '织'],
      ]),
    );
    expect(decodeCharacterMap(encodeCharacterMap(MAP))).toEqual(MAP);
  });

  test.each([
    ['not JSON', '{"version":1,'],
    ['another version', '{"version":2,"pairs":""}'],
    ['no pairs', '{"version":1}'],
    ['an odd number of characters', '{"version":1,"pairs":"組组織"}'],
    ['a character mapped to itself', '{"version":1,"pairs":"組組"}'],
    ['a character mapped twice', '{"version":1,"pairs":"組组組织"}'],
    ['null', 'null'],
  ])('refuses %s with SearchDataError (the dialog then offers a retry)', (_, text) => {
    expect(() => decodeCharacterMap(text)).toThrow(SearchDataError);
  });

  test('is written beside the Chinese index', () => {
    expect(characterMapPathOf('zh')).toBe('/zh/pagefind/characters.json');
  });
});

describe('a traditional query is planned as its simplified form', () => {
  const counts = new Map<string, number>();
  for (const word of segmentWords(TEXT, 'zh')) counts.set(word, (counts.get(word) ?? 0) + 1);
  const data: SearchData = {
    words: counts,
    synonyms: [],
    entries: [{ id: 'zh_sco', names: ['上海合作组织', '上合组织'], authors: [] }],
  };
  const withMap = { ...ZH, characters: MAP };

  test('characters outside the map are kept as typed', () => {
    expect(toIndexCharacters('上海合作組織 RATS 2001年', MAP)).toBe('上海合作组织 RATS 2001年');
    expect(toIndexCharacters('組織', undefined)).toBe('組織');
  });

  test.each([
    ['上海合作組織', '上海合作组织'],
    ['地區反恐怖機構', '地区反恐怖机构'],
    ['上海合作組織憲章', '上海合作组织宪章'],
    // Question phrases are taken out after the characters are read: 什麼時候 is 什么时候.
    ['上合組織秘書處什麼時候設在北京', '上合组织秘书处什么时候设在北京'],
  ])('"%s" plans as "%s"', (traditional, simplified) => {
    const plan = planEditionQuery(traditional, data, withMap);
    const expected = planEditionQuery(simplified, data, ZH);
    expect({ ...plan, query: undefined }).toEqual({ ...expected, query: undefined });
    // The plan keeps what the reader typed.
    expect(plan.query).toBe(traditional);
  });

  test('without the map a traditional query is searched as typed', () => {
    expect(planEditionQuery('上海合作組織', data, ZH).variants[0]).toEqual(['上海合作組織']);
  });

  test('the Chinese rules load the map from the build; the Russian ones need none', async () => {
    const read = async (path: string): Promise<string> => {
      expect(path).toBe('/zh/pagefind/characters.json');
      return encodeCharacterMap(MAP);
    };
    const rules = await loadEditionRules('zh', read);
    expect(rules?.language.characters).toEqual(MAP);
    expect(rules?.plan('組織', data, { correct: true }).words[0]?.folded).toBe('组织');
    const never = async (): Promise<string> => {
      throw new Error('the Russian edition has no character map');
    };
    expect((await loadEditionRules('ru', never))?.language.characters).toBeUndefined();
    expect(await loadEditionRules('en', never)).toBeUndefined();
    expect(editionRules('zh')?.language.characters).toBeUndefined();
  });

  test('a failed read of the map fails the load, so that the dialog offers a retry', async () => {
    await expect(
      loadEditionRules('zh', () => Promise.reject(new Error('HTTP 404'))),
    ).rejects.toThrow('HTTP 404');
    await expect(loadEditionRules('zh', async () => '<html>')).rejects.toThrow(SearchDataError);
  });
});
