import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatDateIn } from '#lib/i18n/locales.ts';
import { UI } from '#lib/i18n/ui.ts';
import { buildEditionCards, type EditionCardSource } from '#lib/meta/social-image-editions.ts';
import {
  coveredByCardFonts,
  notoSansScSubsets,
  parseUnicodeRange,
  readSubsets,
  subsetsFor,
} from '#lib/meta/social-image-fonts.ts';
import { cjkFonts } from '#lib/meta/social-image-render.ts';
import { estimateTextWidth, wrapText } from '#lib/meta/social-image.ts';

const SOURCE: EditionCardSource = {
  locale: 'ru',
  paths: new Set(['/rats/', '/about/', '/glossary/', '/timeline/']),
  topics: [
    {
      id: 'rats',
      title: 'РАТС',
      navLabel: 'РАТС ШОС',
      kind: 'institution',
      lastReviewed: '2026-12-01',
    },
    { id: 'not-translated', title: 'X', navLabel: 'X', kind: 'event', lastReviewed: '2026-12-01' },
  ],
  home: { title: 'Обзор', description: 'Что такое ШОС' },
  about: { title: 'О сайте', lastReviewed: '2026-11-22' },
  timeline: { first: '1996', last: '2025' },
};

describe('buildEditionCards', () => {
  test('one card per page the edition has, at its own address, in its words', () => {
    const cards = buildEditionCards(SOURCE);
    expect(cards.map((card) => card.path)).toEqual([
      '/ru/rats/',
      '/ru/about/',
      '/ru/glossary/',
      '/ru/timeline/',
    ]);
    expect(cards[0]).toEqual({
      path: '/ru/rats/',
      kind: 'Институт',
      title: 'РАТС',
      subtitle: `${UI.ru.lastReviewed}: ${formatDateIn('ru', '2026-12-01')}`,
    });
    expect(cards[3]?.title).toBe(UI.ru.timeline.description('1996', '2025'));
  });

  test('the home page gets a card once the edition has it; Chinese writes a full-width colon', () => {
    const zh = buildEditionCards({ ...SOURCE, locale: 'zh', paths: new Set(['/', '/rats/']) });
    expect(zh.map((card) => card.path)).toEqual(['/zh/', '/zh/rats/']);
    expect(zh[1]?.subtitle).toBe(`${UI.zh.lastReviewed}：${formatDateIn('zh', '2026-12-01')}`);
  });
});

describe('the Chinese font files a card loads', () => {
  test('parseUnicodeRange reads single points and ranges, and refuses anything else', () => {
    expect(parseUnicodeRange('U+4e00-4e0f,U+4e11')).toEqual([
      [0x4e00, 0x4e0f],
      [0x4e11, 0x4e11],
    ]);
    expect(() => parseUnicodeRange('U+4e0f-4e00')).toThrow('ends before it starts');
    expect(() => parseUnicodeRange('4e00')).toThrow('is not U+hex');
  });

  test('subsetsFor names each subset once, for the characters the card fonts lack', () => {
    const subsets = readSubsets({ '[1]': 'U+4e00-4e10', '[2]': 'U+5000', latin: 'U+0-ff' });
    expect(subsetsFor('一丁 倀 一 A', subsets, (code) => code < 0x100)).toEqual(['1', '2']);
    expect(subsetsFor('Ab', subsets, (code) => code < 0x100)).toEqual([]);
  });

  test('Latin and Cyrillic are drawn by the card fonts; Chinese is not', () => {
    for (const char of 'AzЖж«»—')
      expect(coveredByCardFonts(char.codePointAt(0) ?? 0), char).toBe(true);
    for (const char of '上海，')
      expect(coveredByCardFonts(char.codePointAt(0) ?? 0), char).toBe(false);
  });

  test('a Chinese card loads only the subsets of its characters, each file there; an English or Russian one loads none', () => {
    const job = (title: string) => ({
      card: { path: '/zh/rats/', kind: '机构', title },
      siteTitle: '上合组织安全框架',
    });
    const fonts = cjkFonts(job('上海合作组织地区反恐怖机构'));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.length).toBeLessThan(notoSansScSubsets().length / 4);
    for (const font of fonts) expect(existsSync(font.file), font.file).toBe(true);
    expect(new Set(fonts.map((font) => font.name)).size).toBe(fonts.length);
    expect(
      cjkFonts({
        card: { path: '/ru/rats/', kind: 'Институт', title: 'РАТС' },
        siteTitle: 'Система безопасности ШОС',
      }),
    ).toEqual([]);
    expect(
      cjkFonts({ card: { path: '/rats/', kind: 'Institution', title: 'RATS' }, siteTitle: 'SCO' }),
    ).toEqual([]);
  });
});

describe('fitting Chinese and Russian text', () => {
  test('a Chinese character is one em wide, a Cyrillic capital as wide as a Latin one', () => {
    expect(estimateTextWidth('上海', 10)).toBe(20);
    expect(estimateTextWidth('Б', 10)).toBe(estimateTextWidth('B', 10));
  });

  test('a line of Chinese never starts with a comma or a stop: the character before goes down with it', () => {
    // Four characters a line: "原则机构" would leave "、" to start the next.
    expect(wrapText('原则机构、地点', 40, 10)).toEqual(['原则机', '构、地点']);
  });
});
