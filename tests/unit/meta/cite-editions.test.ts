import { describe, expect, test } from 'vitest';
import {
  ACCESSED_BLANK,
  formatPageCitation,
  formatReference,
  formatSourceCitation,
  type SourceToCite,
} from '#lib/meta/cite-page.ts';
import { journalIssueOf } from '#lib/meta/cite-editions.ts';
import { sectionBibtex } from '#lib/meta/cite-section.ts';

const RU = {
  locale: 'ru' as const,
  siteName: 'Система безопасности ШОС',
  keyName: 'SCO Security Framework',
  pageTitle: 'Региональная антитеррористическая структура (РАТС)',
  url: 'https://sco-security.example.org/ru/rats/',
  lastReviewed: '2026-12-01',
};
const ZH = {
  locale: 'zh' as const,
  siteName: '上合组织安全框架',
  keyName: 'SCO Security Framework',
  pageTitle: '上海合作组织地区反恐怖机构',
  url: 'https://sco-security.example.org/zh/rats/',
  lastReviewed: '2026-12-01',
};

describe('a page or section, in the edition’s style', () => {
  test.each([
    [
      'ru page, date accessed blank',
      RU,
      undefined,
      `Региональная антитеррористическая структура (РАТС) // Система безопасности ШОС : [сайт]. – 2026. – Дата обновления: 01.12.2026. – URL: https://sco-security.example.org/ru/rats/ (дата обращения: ${ACCESSED_BLANK}).`,
    ],
    [
      'ru section whose title is a quotation, date accessed filled',
      { ...RU, sectionTitle: '«Три силы зла»', url: `${RU.url}#three-forces` },
      '2027-01-05',
      'Региональная антитеррористическая структура (РАТС) // Система безопасности ШОС : [сайт]. – 2026. – Разд. «„Три силы зла“». – Дата обновления: 01.12.2026. – URL: https://sco-security.example.org/ru/rats/#three-forces (дата обращения: 05.01.2027).',
    ],
    [
      'ru home page (titled by the site’s name), section with “curly” quotes',
      {
        ...RU,
        pageTitle: RU.siteName,
        sectionTitle: 'Принцип “невмешательства”',
        url: 'https://x.org/ru/#key-facts',
      },
      undefined,
      `Система безопасности ШОС : [сайт]. – 2026. – Разд. «Принцип „невмешательства“». – Дата обновления: 01.12.2026. – URL: https://x.org/ru/#key-facts (дата обращения: ${ACCESSED_BLANK}).`,
    ],
    [
      'ru section with a non-ASCII fragment: the address as given',
      { ...RU, sectionTitle: 'Функции', url: `${RU.url}#функции` },
      '2026-12-02',
      'Региональная антитеррористическая структура (РАТС) // Система безопасности ШОС : [сайт]. – 2026. – Разд. «Функции». – Дата обновления: 01.12.2026. – URL: https://sco-security.example.org/ru/rats/#функции (дата обращения: 02.12.2026).',
    ],
    [
      'zh page, date accessed blank',
      ZH,
      undefined,
      `上合组织安全框架. 上海合作组织地区反恐怖机构[EB/OL]. (2026-12-01)[${ACCESSED_BLANK}]. https://sco-security.example.org/zh/rats/.`,
    ],
    [
      'zh section (a part of the page), title in 《》, date accessed filled',
      { ...ZH, sectionTitle: '《上海公约》与三股势力', url: `${ZH.url}#three-forces` },
      '2027-01-05',
      '上合组织安全框架. 《上海公约》与三股势力[EB/OL]//上合组织安全框架. 上海合作组织地区反恐怖机构. (2026-12-01)[2027-01-05]. https://sco-security.example.org/zh/rats/#three-forces.',
    ],
    [
      'zh home page and its section',
      {
        ...ZH,
        pageTitle: ZH.siteName,
        sectionTitle: '基本情况',
        url: 'https://x.org/zh/#key-facts',
      },
      undefined,
      `上合组织安全框架. 基本情况[EB/OL]//上合组织安全框架. (2026-12-01)[${ACCESSED_BLANK}]. https://x.org/zh/#key-facts.`,
    ],
    [
      'zh home page',
      { ...ZH, pageTitle: ZH.siteName, url: 'https://x.org/zh/' },
      '2026-12-02',
      '上合组织安全框架[EB/OL]. (2026-12-01)[2026-12-02]. https://x.org/zh/.',
    ],
  ])('%s', (_, target, accessed, plain) => {
    expect(formatPageCitation(target, accessed).plain).toBe(plain);
  });

  test.each([
    [RU, 'russian', 'Дата обновления: 01.12.2026'],
    [ZH, 'chinese', '更新日期：2026-12-01'],
  ])(
    'BibTeX: the same entry, with its language and the review date in its words (%#)',
    (target, langid, note) => {
      const { bibtex } = formatPageCitation(target, '2026-12-02');
      expect(bibtex).toContain(`  langid = {${langid}},\n  note = {${note}},\n}`);
      expect(bibtex).toContain('  urldate = {2026-12-02},');
      expect(bibtex).toContain(`  organization = {${target.siteName}},`);
      expect(bibtex).not.toMatch(/Last reviewed/);
      // A section's entry is still its page's, named for it (the script makes it from the page's).
      const section = formatPageCitation({
        ...target,
        sectionTitle: 'X {y}',
        url: `${target.url}#functions`,
      });
      expect(section.bibtex).toBe(
        sectionBibtex(formatPageCitation(target).bibtex, 'functions', 'X {y}'),
      );
    },
  );

  test.each([
    [
      { ...RU, lastReviewed: '01.12.2026' },
      undefined,
      'lastReviewed "01.12.2026" is not YYYY-MM-DD',
    ],
    [{ ...ZH, url: '/zh/rats/' }, undefined, 'is not an absolute URL'],
    [RU, '2026-02-30', 'is not a real day'],
    [ZH, '2026/12/02', 'is not a real day'],
  ])('refuses a bad date or address (%#)', (target, accessed, message) => {
    expect(() => formatPageCitation(target, accessed)).toThrow(message);
  });
});

const ALIMOV: SourceToCite = {
  id: 'alimov-2017',
  title: 'The Role of the “SCO” in «Peace»',
  author: 'Rashid Alimov',
  outlet: 'UN Chronicle, Vol. LIV No. 3 (2017), the "Prevention" issue',
  published: '2017',
  kind: 'official',
};
const AZAM: SourceToCite = {
  id: 'azam-cgtn',
  title: 'Колонка CGTN',
  descriptiveTitle: true,
  author: 'Azhar Azam',
  outlet: 'CGTN (China Global Television Network)',
  shownOutlet: 'CGTN (Китайская глобальная телевизионная сеть)',
  published: 'unknown',
  kind: 'opinion',
};
const REPORT: SourceToCite = {
  id: 'china-org',
  title: '关于《反恐公约》的报道',
  descriptiveTitle: true,
  author: 'China.org.cn',
  outlet: 'China.org.cn (archive)',
  shownOutlet: '中国网（存档）',
  published: '2004-06-17',
  kind: 'reference',
  url: 'http://www.china.org.cn/archive/2004-06/17/content_1098562.htm',
};
const PAGE: SourceToCite = {
  id: 'sco-about',
  title: 'About SCO',
  author: 'SCO Secretariat',
  outlet: 'Official website of the SCO (English)',
  published: 'unknown',
  kind: 'reference',
  url: 'https://eng.sectsco.org/about_sco/',
};

describe('“cite the original” and the list of references, in the edition’s style', () => {
  test.each([
    [
      'ru',
      ALIMOV,
      'Alimov, R. The Role of the “SCO” in «Peace» / R. Alimov // UN Chronicle. – 2017. – Vol. LIV, No. 3. – Электронный адрес оригинала не установлен.',
      'Alimov, R. The Role of the “SCO” in «Peace» / R. Alimov // UN Chronicle. – 2017. – Vol. LIV, No. 3.',
    ],
    [
      'ru',
      { ...ALIMOV, published: 'unknown', author: 'Jean-Claude Van Damme' },
      'Damme, J.-C. V. The Role of the “SCO” in «Peace» / J.-C. V. Damme // UN Chronicle. – [б. г.]. – Vol. LIV, No. 3. – Электронный адрес оригинала не установлен.',
      'Damme, J.-C. V. The Role of the “SCO” in «Peace» / J.-C. V. Damme // UN Chronicle. – [б. г.]. – Vol. LIV, No. 3.',
    ],
    [
      'ru',
      AZAM,
      'Azam, A. [Колонка CGTN] / A. Azam // CGTN (Китайская глобальная телевизионная сеть) : [сайт]. – Электронный адрес оригинала не установлен.',
      'Azam, A. [Колонка CGTN] / A. Azam // CGTN (Китайская глобальная телевизионная сеть) : [сайт].',
    ],
    [
      'ru',
      REPORT,
      `[关于《反恐公约》的报道] / China.org.cn // 中国网（存档） : [сайт]. – 2004. – 17 июня. – URL: ${REPORT.url} (дата обращения: ${ACCESSED_BLANK}).`,
      '[关于《反恐公约》的报道] / China.org.cn. – 2004. – 17 июня.',
    ],
    [
      'ru',
      PAGE,
      `About SCO / SCO Secretariat // Official website of the SCO (English) : [сайт]. – URL: ${PAGE.url} (дата обращения: ${ACCESSED_BLANK}).`,
      'About SCO / SCO Secretariat.',
    ],
    [
      'zh',
      ALIMOV,
      'ALIMOV R. The Role of the “SCO” in «Peace»[J]. UN Chronicle, 2017, LIV(3). 原文网址未经证实.',
      'ALIMOV R. The Role of the “SCO” in «Peace»[J]. UN Chronicle, 2017, LIV(3).',
    ],
    [
      'zh',
      {
        ...ALIMOV,
        published: 'unknown',
        outlet: 'Journal of Peace, No. 4',
        url: 'https://x.org/a',
      },
      'ALIMOV R. The Role of the “SCO” in «Peace»[J]. Journal of Peace, (4). https://x.org/a.',
      'ALIMOV R. The Role of the “SCO” in «Peace»[J]. Journal of Peace, (4).',
    ],
    [
      'zh',
      AZAM,
      'AZAM A. [Колонка CGTN][EB/OL]. CGTN (Китайская глобальная телевизионная сеть). 原文网址未经证实.',
      'AZAM A. [Колонка CGTN][EB/OL]. CGTN (Китайская глобальная телевизионная сеть).',
    ],
    [
      'zh',
      REPORT,
      `China.org.cn. [关于《反恐公约》的报道][EB/OL]. (2004-06-17)[${ACCESSED_BLANK}]. ${REPORT.url}.`,
      'China.org.cn. [关于《反恐公约》的报道][EB/OL]. (2004-06-17).',
    ],
    [
      'zh',
      PAGE,
      `SCO Secretariat. About SCO[EB/OL]. [${ACCESSED_BLANK}]. ${PAGE.url}.`,
      'SCO Secretariat. About SCO[EB/OL].',
    ],
  ] as const)('%s %#', (locale, source, plain, reference) => {
    expect(formatSourceCitation(source, locale).plain).toBe(plain);
    expect(formatReference(source, locale)).toBe(reference);
  });

  test.each([
    ['ru', '(дата обращения: 02.12.2026)'],
    ['zh', '[2026-12-02]'],
  ] as const)('%s: the date accessed, filled in', (locale, filled) => {
    expect(formatSourceCitation(PAGE, locale, '2026-12-02').plain).toContain(filled);
  });

  test('the BibTeX of an original is the same in every edition', () => {
    for (const source of [ALIMOV, AZAM, REPORT, PAGE])
      for (const locale of ['ru', 'zh'] as const)
        expect(formatSourceCitation(source, locale).bibtex).toBe(
          formatSourceCitation(source).bibtex,
        );
  });
});

describe('journalIssueOf', () => {
  test.each([
    [
      'UN Chronicle, Vol. LIV No. 3 (2017), the "Prevention" issue',
      { name: 'UN Chronicle', volume: 'LIV', issue: '3' },
    ],
    ['Survival, Vol. 59', { name: 'Survival', volume: '59', issue: undefined }],
    ['Journal of Peace, No. 4 (2019)', { name: 'Journal of Peace', volume: undefined, issue: '4' }],
    ['CGTN (China Global Television Network)', undefined],
    ['Ministry of External Affairs, Government of India (documents)', undefined],
    ['', undefined],
  ])('%j', (outlet, expected) => {
    expect(journalIssueOf(outlet)).toEqual(expected);
  });
});
