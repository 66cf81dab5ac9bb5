import { describe, expect, test } from 'vitest';
import { CUT, withCutEnds } from '#lib/search/excerpt-ends.ts';
import type { ExcerptPart } from '#lib/search/config.ts';

const text = (parts: readonly ExcerptPart[]): string => parts.map((part) => part.text).join('');
const plain = (value: string): ExcerptPart[] => [{ text: value, marked: false }];

describe('withCutEnds: an ellipsis where the excerpt cuts a sentence', () => {
  test.each([
    ['RATS began work in Tashkent in 2004.', 'RATS began work in Tashkent in 2004.'],
    ['RATS began work in Tashkent and it began', `RATS began work in Tashkent and it began${CUT}`],
    ['and it began work in 2004.', `${CUT}and it began work in 2004.`],
    ['and it began work', `${CUT}and it began work${CUT}`],
    // A closing quotation mark or bracket after the full stop; a question; spaces after the end.
    ['He calls it “a new model.”', 'He calls it “a new model.”'],
    ['Does it? ', 'Does it? '],
    ['(See Four nuclear powers.)', '(See Four nuclear powers.)'],
    ['(see Four nuclear powers.)', `${CUT}(see Four nuclear powers.)`],
    // An opening quotation mark before a lowercase word is inside a sentence too.
    ['“voluntary cooperation” is', `${CUT}“voluntary cooperation” is${CUT}`],
    // Cyrillic has cases; Chinese none: only its end tells.
    ['и начала работу в 2004 году.', `${CUT}и начала работу в 2004 году.`],
    ['地区反恐怖机构于2004年', `地区反恐怖机构于2004年${CUT}`],
    ['地区反恐怖机构于2004年启动。', '地区反恐怖机构于2004年启动。'],
    // A trailing space before the cut is not kept before the ellipsis.
    ['RATS began ', `RATS began${CUT}`],
  ])('%s → %s', (excerpt, shown) => {
    expect(text(withCutEnds(plain(excerpt)))).toBe(shown);
  });

  test('a mark at either end stays a mark; the ellipsis is plain text beside it', () => {
    const parts: ExcerptPart[] = [
      { text: 'terrorism', marked: true },
      { text: ' and ', marked: false },
      { text: 'separatism', marked: true },
    ];
    expect(withCutEnds(parts)).toEqual([
      { text: CUT, marked: false },
      { text: 'terrorism', marked: true },
      { text: ' and ', marked: false },
      { text: 'separatism', marked: true },
      { text: CUT, marked: false },
    ]);
    // The input is not changed.
    expect(parts).toHaveLength(3);
  });

  test('nothing to cut: an empty excerpt stays empty', () => {
    expect(withCutEnds([])).toEqual([]);
    expect(withCutEnds(plain('  '))).toEqual(plain('  '));
  });
});
