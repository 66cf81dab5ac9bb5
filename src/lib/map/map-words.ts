/**
 * The words drawn into a member map file and its text alternative, per edition. The member names
 * come from content (content/<locale>/members.yaml) and the marked places' names from the edition's
 * glossary (the places are glossary terms); what is left is said here. English reproduces the map
 * the site has always published, byte for byte.
 */
import { formatDate } from '../content/dates';
import { formatDateIn, type Locale } from '../i18n/locales';

/** What a map says in one edition's language. */
export interface MapWords {
  /** The `lang` of the SVG document. */
  lang: string;
  /**
   * The labels' font stack: system fonts that have the edition's glyphs. Nothing is fetched: an SVG
   * shown through <img> may not load fonts, and the site's readers fetch nothing from another origin.
   */
  fontFamily: string;
  /** "SCO member states as of 4 July 2024". */
  title: (asOf: string) => string;
  /** A cohort's label in the text alternative: "2001, founding members", "Joined 2017". */
  cohort: (year: number, founders: boolean) => string;
  /** After an emphasised cohort's label. */
  emphasised: string;
  /** Joins the members of a cohort. */
  listJoin: string;
  /** Joins the marked places. */
  placesJoin: string;
  /** Between a cohort's label and its members. */
  colon: string;
  /** Ends a cohort's sentence. */
  stop: string;
  /** Between the cohorts' sentences. */
  sentenceJoin: string;
  /** A member shape's tooltip: "India, member since 9 June 2017". */
  memberSince: (name: string, joined: string) => string;
  /** A marked place and where it is: "Kaliningrad, Russia's exclave on the Baltic". */
  place: (name: string, where: string) => string;
  /** Where each marked place is, by its id (MARKED_PLACES). */
  where: Readonly<Record<string, string>>;
  /** The text alternative, around the cohorts' sentences and the marked places. */
  description: (asOf: string, cohorts: string, marked: string) => string;
}

const LATIN_AND_CYRILLIC = `system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif`;

/** The map's words in each edition. */
export const MAP_WORDS: Readonly<Record<Locale, MapWords>> = {
  en: {
    lang: 'en',
    fontFamily: LATIN_AND_CYRILLIC,
    title: (asOf) => `SCO member states as of ${formatDate(asOf)}`,
    cohort: (year, founders) => (founders ? `${year}, founding members` : `Joined ${year}`),
    emphasised: ' (emphasised)',
    listJoin: ', ',
    placesJoin: '; and ',
    colon: ': ',
    stop: '.',
    sentenceJoin: ' ',
    memberSince: (name, joined) => `${name}, member since ${formatDate(joined)}`,
    place: (name, where) => `${name}, ${where}`,
    where: {
      lianyungang: "on China's Yellow Sea coast",
      kaliningrad: "Russia's exclave on the Baltic",
    },
    description: (asOf, cohorts, marked) =>
      `Map of Eurasia showing the member states of the Shanghai Cooperation Organization as of ${formatDate(asOf)}, shaded by year of accession. ${cohorts} Marked: ${marked}.`,
  },
  ru: {
    lang: 'ru',
    fontFamily: LATIN_AND_CYRILLIC,
    title: (asOf) => `Государства — члены ШОС на ${formatDateIn('ru', asOf)}`,
    cohort: (year, founders) =>
      founders ? `${year} год, государства-основатели` : `Вступили в ${year} году`,
    emphasised: ' (выделены)',
    listJoin: ', ',
    placesJoin: '; ',
    colon: ': ',
    stop: '.',
    sentenceJoin: ' ',
    memberSince: (name, joined) => `${name}, член ШОС с ${formatDateIn('ru', joined)}`,
    place: (name, where) => `${name}, ${where}`,
    where: {
      lianyungang: 'на побережье Жёлтого моря в Китае',
      kaliningrad: 'российский эксклав на Балтике',
    },
    description: (asOf, cohorts, marked) =>
      `Карта Евразии с государствами — членами Шанхайской организации сотрудничества на ${formatDateIn('ru', asOf)}, закрашенными по году вступления. ${cohorts} Отмечены: ${marked}.`,
  },
  zh: {
    lang: 'zh-Hans',
    // The Chinese faces of each system first, so that the names are not drawn in a fallback font.
    fontFamily: `'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','WenQuanYi Micro Hei',${LATIN_AND_CYRILLIC}`,
    title: (asOf) => `上合组织成员国（截至${formatDateIn('zh', asOf)}）`,
    cohort: (year, founders) => (founders ? `${year}年，创始成员国` : `${year}年加入`),
    emphasised: '（突出显示）',
    listJoin: '、',
    placesJoin: '；',
    colon: '：',
    stop: '。',
    sentenceJoin: '',
    memberSince: (name, joined) => `${name}，${formatDateIn('zh', joined)}起为成员国`,
    place: (name, where) => `${name}（${where}）`,
    where: {
      lianyungang: '中国黄海沿岸',
      kaliningrad: '俄罗斯在波罗的海沿岸的飞地',
    },
    description: (asOf, cohorts, marked) =>
      `欧亚地图，显示截至${formatDateIn('zh', asOf)}上海合作组织的成员国，按加入年份以不同填充区分。${cohorts}图中标出：${marked}。`,
  },
};
