import { describe, expect, test } from 'vitest';
import {
  buildSocialCards,
  estimateTextWidth,
  findSocialCard,
  fitText,
  socialImageAlt,
  socialImagePath,
  socialImageSlug,
  wrapText,
} from '#lib/meta/social-image.ts';
import { SOCIAL_CARD_SOURCE as SOURCE } from '../../fixtures/social-cards';

/** One unit per character: wrapping and fitting are easy to follow by counting letters. */
const perChar = (text: string, fontSize: number) => text.length * fontSize;

describe('socialImagePath and socialImageSlug', () => {
  test.each([
    ['/', '/og/index.png', 'index'],
    ['/rats/', '/og/rats.png', 'rats'],
    ['/2017-enlargement/', '/og/2017-enlargement.png', '2017-enlargement'],
    ['/sources/alimov-2017/', '/og/sources/alimov-2017.png', 'sources/alimov-2017'],
  ])('%s → %s', (page, path, slug) => {
    expect(socialImagePath(page)).toBe(path);
    expect(socialImageSlug(page)).toBe(slug);
  });

  test.each([
    '',
    'rats/',
    '/rats',
    '/Rats/',
    '/404.html',
    '/sources//x/',
    '/../etc/',
    '/rats/#top',
    'https://example.org/rats/',
  ])('refuses %j, which is not a site path', (page) => {
    expect(() => socialImagePath(page)).toThrow('is not a site path');
  });
});

describe('buildSocialCards', () => {
  test('one card per page with its kind, title and line below', () => {
    expect(buildSocialCards(SOURCE)).toMatchInlineSnapshot(`
      [
        {
          "kind": "Overview",
          "path": "/",
          "subtitle": "RATS · Spirit",
          "title": "A cited reference to things",
        },
        {
          "kind": "Institution",
          "path": "/rats/",
          "subtitle": "Last reviewed 22 November 2026",
          "title": "The RATS",
        },
        {
          "kind": "Principle",
          "path": "/spirit/",
          "subtitle": "Last reviewed 2 January 2025",
          "title": "The Spirit",
        },
        {
          "kind": "Topics",
          "path": "/topics/",
          "subtitle": "RATS · Spirit",
          "title": "Every topic, and what each one explains",
        },
        {
          "kind": "About",
          "path": "/about/",
          "subtitle": "Last reviewed 22 November 2026",
          "title": "About this site",
        },
        {
          "kind": "Glossary",
          "path": "/glossary/",
          "subtitle": "31 terms, each with other names, a cited definition and a permanent link",
          "title": "Principles, institutions, places and events, A–Z",
        },
        {
          "kind": "Timeline",
          "path": "/timeline/",
          "subtitle": "12 events, each cited and with a permanent link",
          "title": "Dated events, 1996–2024",
        },
        {
          "kind": "Sources",
          "path": "/sources/",
          "subtitle": "1 article and 1 reference source",
          "title": "The sources behind every claim",
        },
        {
          "kind": "Source article · official",
          "path": "/sources/alimov-2017/",
          "subtitle": "Rashid Alimov, UN Chronicle",
          "title": "An article",
        },
        {
          "kind": "Reference source",
          "path": "/sources/sco-about/",
          "subtitle": "SCO Secretariat, sectsco.org",
          "title": "About SCO",
        },
        {
          "kind": "Search",
          "path": "/search/",
          "subtitle": "Acronyms and other names find their term",
          "title": "Search for a principle, an institution, a place or an event",
        },
      ]
    `);
  });

  test.each([
    [
      'a topic whose id is a fixed page',
      { ...SOURCE, topics: [{ ...SOURCE.topics[0]!, id: 'glossary' }] },
      'two cards for "/glossary/"',
    ],
    [
      'a topic id that is no URL segment',
      { ...SOURCE, topics: [{ ...SOURCE.topics[0]!, id: 'Rats Page' }] },
      'is not a site path',
    ],
    [
      'a source id with a slash',
      { ...SOURCE, sources: [{ ...SOURCE.sources[0]!, id: 'a/b/../c' }] },
      'is not a site path',
    ],
  ])('refuses %s', (_what, source, message) => {
    expect(() => buildSocialCards(source)).toThrow(message);
  });
});

describe('findSocialCard', () => {
  const cards = buildSocialCards(SOURCE);

  test.each([
    ['/rats/', '/rats/'],
    ['/', '/'],
    ['/404/', '/'],
  ])('the page %s shows the card of %s', (page, cardPath) => {
    expect(findSocialCard(cards, page).path).toBe(cardPath);
  });

  test('a page without a card fails and says where to add one', () => {
    expect(() => findSocialCard(cards, '/new-page/')).toThrow(
      'no social image for "/new-page/"; add the page to buildSocialCards',
    );
  });
});

test.each([
  [
    { path: '/rats/', kind: 'Institution', title: 'RATS', subtitle: 'Last reviewed 1 May 2026' },
    'Site — Institution: RATS. Last reviewed 1 May 2026.',
  ],
  [
    { path: '/x/', kind: 'Search', title: 'Search for a term' },
    'Site — Search: Search for a term.',
  ],
  // A part that already ends a sentence takes no second stop.
  [
    {
      path: '/ru/rats/',
      kind: 'Институт',
      title: 'РАТС',
      subtitle: 'Последняя проверка: 1 декабря 2026 г.',
    },
    'Site — Институт: РАТС. Последняя проверка: 1 декабря 2026 г.',
  ],
  [
    { path: '/ru/', kind: 'Главная', title: 'Что такое ШОС: кратко и со ссылками.' },
    'Site — Главная: Что такое ШОС: кратко и со ссылками.',
  ],
  [{ path: '/zh/x/', kind: '主页', title: '上合组织是什么？' }, 'Site — 主页: 上合组织是什么？'],
])('socialImageAlt says what the card shows', (card, alt) => {
  expect(socialImageAlt(card, 'Site')).toBe(alt);
});

describe('estimateTextWidth', () => {
  test('grows with the text and the size, and is 0 for nothing', () => {
    expect(estimateTextWidth('', 80)).toBe(0);
    expect(estimateTextWidth('Shanghai', 80)).toBeGreaterThan(estimateTextWidth('Shang', 80));
    expect(estimateTextWidth('Shanghai', 80)).toBeCloseTo(2 * estimateTextWidth('Shanghai', 40));
  });

  test.each([
    ['mmm', 'iii'],
    ['WWW', 'III'],
    ['AAA', 'aaa'],
  ])('%s is wider than %s', (wide, narrow) => {
    expect(estimateTextWidth(wide, 10)).toBeGreaterThan(estimateTextWidth(narrow, 10));
  });
});

describe('wrapText', () => {
  test.each([
    ['aaa bbb ccc', 7, ['aaa bbb', 'ccc']],
    ['aaa bbb ccc', 11, ['aaa bbb ccc']],
    ['aaa   bbb\nccc', 3, ['aaa', 'bbb', 'ccc']],
    ['abcdefgh xy', 3, ['abc', 'def', 'gh', 'xy']],
    ['', 5, []],
  ])('%j in %d → %j', (text, width, lines) => {
    expect(wrapText(text, width, 1, perChar)).toEqual(lines);
  });
});

describe('fitText', () => {
  const box = { width: 20, height: 6, lineHeight: 1, sizes: [3, 2, 1], measure: perChar };

  test.each([
    ['a short title', 2, ['a short', 'title']],
    [
      'a title that takes a few more lines to say',
      1,
      ['a title that takes a', 'few more lines to', 'say'],
    ],
  ])('%j is set as large as fits: size %d', (text, fontSize, lines) => {
    expect(fitText(text, box)).toEqual({ fontSize, lines, truncated: false });
  });

  test('a text too long at the smallest size is cut with "…" and stays in the box', () => {
    const fitted = fitText('word '.repeat(40), box);
    expect(fitted.truncated).toBe(true);
    expect(fitted.fontSize).toBe(1);
    expect(fitted.lines).toHaveLength(6);
    expect(fitted.lines.at(-1)).toMatch(/word…$/);
    for (const line of fitted.lines) expect(perChar(line, 1)).toBeLessThanOrEqual(20);
  });

  test.each([
    ['an empty text', '  ', box, 'the text is empty'],
    ['no sizes', 'x', { ...box, sizes: [] }, 'sizes must be positive'],
    ['a size of zero', 'x', { ...box, sizes: [2, 0] }, 'sizes must be positive'],
    [
      'a box lower than one line',
      'a b c d e f g h i j k l m n o p q r s t u v',
      { ...box, height: 0.5 },
      'holds no line',
    ],
  ])('refuses %s', (_what, text, options, message) => {
    expect(() => fitText(text, options)).toThrow(message);
  });
});
