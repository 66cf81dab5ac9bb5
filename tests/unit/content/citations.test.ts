import { describe, expect, test } from 'vitest';
import { UI } from '#lib/i18n/ui.ts';
import {
  checkCitations,
  citationKey,
  shortAuthor,
  shortReference,
  sourceHref,
  toFootnotes,
  type CitationMark,
  type SourceFacts,
} from '#lib/content/citations.ts';

const ALIMOV: SourceFacts = {
  id: 'alimov-2017',
  title: 'The Role of the SCO',
  author: 'Rashid Alimov',
  kind: 'official',
  published: '2017',
  outlet: 'UN Chronicle, Vol. LIV No. 3 (2017)',
  paragraphs: Array.from({ length: 7 }, (_, i) => ({ summary: `Summary ${i + 1}.` })),
};
const SCO_ABOUT: SourceFacts = { id: 'sco-about', title: 'About SCO', author: 'SCO Secretariat', kind: 'reference', published: 'unknown' };
const SOURCES = new Map([ALIMOV, SCO_ABOUT].map((s) => [s.id, s]));
const field = (mark: { source: string; p?: number }) => `<Cite source="${mark.source}" p="${mark.p ?? ''}" />`;

describe('checkCitations', () => {
  test("accepts an article paragraph it has, an article's notes and a reference without either", () => {
    const marks: CitationMark[] = [{ source: 'alimov-2017', p: 7 }, { source: 'alimov-2017', notes: true }, { source: 'sco-about' }];
    expect(checkCitations(marks, SOURCES, 'content/topics/rats.mdx', field)).toEqual([]);
  });

  test.each([
    [{ source: 'alimov-2017', p: 8 }, 'cites ¶8, but "alimov-2017" has paragraphs 1–7', 'cite a paragraph between 1 and 7'],
    [
      { source: 'alimov-2017' },
      'cites "alimov-2017" without a paragraph',
      "add the paragraph that supports the claim (1–7), or notes: true for its editor's and author's notes",
    ],
    [{ source: 'sco-about', p: 2 }, 'cites ¶2 of "sco-about", a reference source with no numbered paragraphs', 'leave out the paragraph'],
    [{ source: 'sco-about', notes: true }, 'cites the notes of "sco-about", a reference source, which has none', 'leave out notes'],
    [
      { source: 'alimov-2017', p: 2, notes: true },
      'cites both ¶2 and the notes of "alimov-2017"',
      'cite the paragraph or the notes, in two citations if both support the claim',
    ],
    [
      { source: 'alimov-2018', p: 1 },
      'cites "alimov-2018", which is not a source',
      'use one of: alimov-2017, sco-about, or add content/sources/alimov-2018.yaml',
    ],
  ] as [CitationMark, string, string][])('reports %j with the file, the field and the fix', (mark, problem, fix) => {
    expect(checkCitations([mark], SOURCES, 'content/topics/rats.mdx', field)).toEqual([
      { file: 'content/topics/rats.mdx', field: field(mark), problem, fix },
    ]);
  });
});

describe('footnotes', () => {
  test('numbers citations in order and links each to its paragraph summary', () => {
    expect(toFootnotes([{ source: 'alimov-2017', p: 5 }, { source: 'sco-about' }], SOURCES)).toEqual([
      {
        n: 1,
        source: 'alimov-2017',
        href: '/sources/alimov-2017/#p5',
        label: 'Alimov, UN Chronicle, ¶5',
        title: 'The Role of the SCO',
        summary: 'Summary 5.',
      },
      { n: 2, source: 'sco-about', href: '/sources/sco-about/', label: 'SCO Secretariat, About SCO', title: 'About SCO' },
    ]);
  });

  test('refuses a source it does not know instead of rendering a broken note', () => {
    expect(() => toFootnotes([{ source: 'nope' }], SOURCES)).toThrow('unknown source "nope"');
  });

  test.each<[CitationMark, string, string]>([
    [{ source: 'alimov-2017', p: 5 }, 'alimov-2017#5', '/sources/alimov-2017/#p5'],
    [{ source: 'sco-about' }, 'sco-about', '/sources/sco-about/'],
    [{ source: 'alimov-2017', notes: true }, 'alimov-2017#notes', '/sources/alimov-2017/#about-this-source'],
  ])('key and link of %j', (mark, key, href) => {
    expect(citationKey(mark)).toBe(key);
    expect(sourceHref(mark.source, mark.p, mark.notes)).toBe(href);
  });

  test('an article\'s notes are cited as "notes", with no paragraph summary', () => {
    expect(toFootnotes([{ source: 'alimov-2017', notes: true }], SOURCES)).toEqual([
      {
        n: 1,
        source: 'alimov-2017',
        href: '/sources/alimov-2017/#about-this-source',
        label: 'Alimov, UN Chronicle, notes',
        title: 'The Role of the SCO',
      },
    ]);
  });

  test('short author: family name for an article, institution for a reference, n.d. without a year', () => {
    expect(shortAuthor(ALIMOV)).toBe('Alimov (2017)');
    expect(shortAuthor(SCO_ABOUT)).toBe('SCO Secretariat (n.d.)');
  });
});

describe('shortReference', () => {
  test.each([
    [ALIMOV, 'Alimov, UN Chronicle'],
    [{ ...ALIMOV, author: 'Azhar Azam', outlet: 'CGTN (China Global Television Network)' }, 'Azam, CGTN'],
    [{ ...ALIMOV, outlet: undefined }, 'Alimov'],
    [{ ...ALIMOV, author: 'Plato', outlet: '' }, 'Plato'],
    [SCO_ABOUT, 'SCO Secretariat, About SCO'],
  ] as [SourceFacts, string][])('%#: %s', (source, expected) => {
    expect(shortReference(source)).toBe(expected);
  });
});

describe('short forms in an edition', () => {
  const RU = UI.ru.cite.shortForm;
  const ZH = UI.zh.cite.shortForm;
  const ALIMOV_RU: SourceFacts = { ...ALIMOV, author: 'Рашид Алимов', outlet: 'UN Chronicle, т. LIV, № 3 (2017)' };
  const ALIMOV_ZH: SourceFacts = { ...ALIMOV, author: '拉希德·阿利莫夫', outlet: '《联合国纪事》第LIV卷第3期（2017年）' };

  test.each<[SourceFacts, typeof RU, string]>([
    [ALIMOV_RU, RU, 'Алимов (2017)'],
    [{ ...ALIMOV_RU, published: 'unknown' }, RU, 'Алимов (б. г.)'],
    [ALIMOV_ZH, ZH, '阿利莫夫（2017）'],
    [{ ...ALIMOV_ZH, author: '阿扎尔・阿扎姆', published: 'unknown' }, ZH, '阿扎姆（无日期）'],
    [SCO_ABOUT, ZH, 'SCO Secretariat（无日期）'],
  ])('short author %#: %s', (source, words, expected) => {
    expect(shortAuthor(source, words)).toBe(expected);
  });

  test.each<[SourceFacts, typeof RU, string]>([
    [ALIMOV_RU, RU, 'Алимов, UN Chronicle'],
    [ALIMOV_ZH, ZH, '阿利莫夫，《联合国纪事》'],
    [{ ...ALIMOV_ZH, outlet: '中国国际电视台（CGTN）' }, ZH, '阿利莫夫，中国国际电视台'],
    [{ ...SCO_ABOUT, title: '关于上合组织' }, ZH, 'SCO Secretariat，关于上合组织'],
  ])('short reference %#: %s', (source, words, expected) => {
    expect(shortReference(source, words)).toBe(expected);
  });

  test('a footnote names the paragraph and the notes in the edition\'s words', () => {
    const sources = new Map([['alimov-2017', ALIMOV_ZH]]);
    const notes = toFootnotes([{ source: 'alimov-2017', p: 5 }, { source: 'alimov-2017', notes: true }], sources, ZH);
    expect(notes.map((n) => n.label)).toEqual([
      '阿利莫夫，《联合国纪事》，¶5',
      '阿利莫夫，《联合国纪事》，注释',
    ]);
  });
});
