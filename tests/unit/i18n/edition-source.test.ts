import { describe, expect, test } from 'vitest';
import { bylineText, sourceInEdition } from '#lib/i18n/edition-source.ts';
import { quotedOriginals } from '#lib/i18n/inline-text.ts';

const article = {
  title: 'The SCO at a new stage',
  author: 'Rashid Alimov',
  authorRole: 'Secretary-General of the SCO',
  outlet: 'UN Chronicle',
  completeness: 'Our copy stops at "To continue reading".',
  about: 'An official view.',
  paragraphs: [
    { opening: 'The Shanghai Cooperation Organization', summary: 'One.' },
    { opening: 'By deepening mutually', summary: 'Two.' },
  ],
};

const russian = {
  authorRole: 'Генеральный секретарь ШОС',
  completeness: 'Копия обрывается на словах <Q en="To continue reading">Читать далее</Q>.',
  about: 'Официальная точка зрения.',
  paragraphs: ['Первый.', 'Второй <Q en="equal & indivisible">равной</Q>.'],
};

describe('a source in an edition', () => {
  test('English: the English words, nothing marked as another language', () => {
    const text = sourceInEdition('en', article, undefined);
    expect(text.title).toBe(article.title);
    expect(text.titleLang).toBeUndefined();
    expect(text.namesLang).toBeUndefined();
    expect(text.completeness).toEqual({
      html: 'Our copy stops at &quot;To continue reading&quot;.',
      originals: [],
      lang: undefined,
    });
    expect(text.paragraphs.map((p) => p.html)).toEqual(['One.', 'Two.']);
  });

  test('Russian: its words, quotations marked with their English originals; the published title stays English, marked so', () => {
    const text = sourceInEdition('ru', article, russian);
    expect(text.title).toBe(article.title);
    expect(text.titleLang).toBe('en');
    expect(text.outletLang).toBe('en');
    expect(text.authorRole.html).toBe('Генеральный секретарь ШОС');
    expect(text.authorRole.lang).toBeUndefined();
    expect(text.completeness.html).toBe(
      'Копия обрывается на словах <q class="translated-quote" data-en="To continue reading">Читать далее</q>.',
    );
    expect(text.completeness.originals).toEqual(['To continue reading']);
    expect(text.paragraphs[1]).toEqual({
      html: 'Второй <q class="translated-quote" data-en="equal &amp; indivisible">равной</q>.',
      originals: ['equal & indivisible'],
      lang: undefined,
    });
  });

  test('a descriptive title is the edition’s, in its quotation marks; a title given for a published one is ignored', () => {
    const descriptive = { ...article, descriptiveTitle: true as const };
    const own = { ...russian, title: 'Колонка о <Q en="RATS">РАТС</Q>' };
    expect(sourceInEdition('ru', descriptive, own)).toMatchObject({
      title: 'Колонка о «РАТС»',
      titleLang: undefined,
    });
    expect(sourceInEdition('ru', article, own)).toMatchObject({
      title: article.title,
      titleLang: 'en',
    });
  });

  test('an outlet the edition names is its words, its quotation in the edition’s marks', () => {
    const text = sourceInEdition('ru', article, {
      ...russian,
      outlet: 'UN Chronicle, выпуск <Q en="Prevention">Предотвращение</Q>',
    });
    expect(text.outlet).toBe('UN Chronicle, выпуск «Предотвращение»');
    expect(text.outletLang).toBeUndefined();
  });

  test('an edition with no words for a source shows the English, marked as English', () => {
    const text = sourceInEdition('zh', article, undefined);
    expect(text.about).toMatchObject({ html: 'An official view.', lang: 'en' });
    expect(text.paragraphs.every((p) => p.lang === 'en')).toBe(true);
  });

  test('a translation with another number of paragraphs than the English fails, saying which', () => {
    expect(() =>
      sourceInEdition('ru', article, { ...russian, paragraphs: ['Только один.'] }),
    ).toThrow('the ru text has 1 paragraphs, the English 2');
  });
});

test.each([
  ['no quotation', 'Просто текст.', []],
  ['two quotations', 'a <Q en="one">раз</Q> b <Q en=“two”>два</Q>', ['one', 'two']],
])('quotedOriginals: %s', (_name, text, expected) => {
  expect(quotedOriginals(text)).toEqual(expected);
});

// The author as each edition's pages name them: the edition's spelling from its source file, the
// published name beside it; the published name alone where the edition gives none (an institution).
describe('a source’s byline in an edition', () => {
  test.each([
    [
      'en',
      undefined,
      { name: 'Rashid Alimov', lang: undefined, published: undefined },
      'Rashid Alimov',
    ],
    [
      'ru',
      'Рашид Алимов',
      { name: 'Рашид Алимов', lang: undefined, published: 'Rashid Alimov' },
      'Рашид Алимов (Rashid Alimov)',
    ],
    [
      'zh',
      '拉希德·阿利莫夫',
      { name: '拉希德·阿利莫夫', lang: undefined, published: 'Rashid Alimov' },
      '拉希德·阿利莫夫（Rashid Alimov）',
    ],
    ['ru', undefined, { name: 'Rashid Alimov', lang: 'en', published: undefined }, 'Rashid Alimov'],
    // An edition that writes the name as published (a Latin brand) does not repeat it.
    [
      'zh',
      'Rashid Alimov ',
      { name: 'Rashid Alimov', lang: 'en', published: undefined },
      'Rashid Alimov',
    ],
  ] as const)('%s, edition spelling %s', (locale, author, byline, text) => {
    const own = author === undefined ? undefined : { ...russian, author };
    const shown = sourceInEdition(locale, article, locale === 'en' ? undefined : own).byline;
    expect(shown).toEqual(byline);
    expect(bylineText(locale, shown)).toBe(text);
  });
});
