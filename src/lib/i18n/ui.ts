/**
 * The words the templates write around the content, per edition. English is the model: every
 * edition gives every key (TypeScript holds them to it), so a missing translation fails the build,
 * not a reader.
 */
import { formatDateIn, type Locale } from './locales';

type TopicKind = 'principle' | 'institution' | 'event';

export interface UiStrings {
  /** The kind of a topic, as its badge shows it. */
  kind: Record<TopicKind, string>;
  lastReviewed: string;
  basedOn: string;
  /** Joins two names: "Alimov (2017) and Azam (n.d.)". */
  and: string;
  /** ", with 3 reference sources" after the articles a page is based on: the lead-in, then the words that link to the list. */
  withReferences: (count: number) => [lead: string, link: string];
  /** The notice on a translated page: which English page of which review it translates. */
  translationNotice: (englishLink: string, englishReviewed: string) => string;
  /** Added when the English page was reviewed after the translation was made. */
  staleNotice: (reviewed: string) => string;
  /** The language switcher's accessible name. */
  languages: string;
}

const plural = (locale: Locale, count: number): Intl.LDMLPluralRule =>
  new Intl.PluralRules(locale === 'zh' ? 'zh-Hans' : locale).select(count);

export const UI: Readonly<Record<Locale, UiStrings>> = {
  en: {
    kind: { principle: 'principle', institution: 'institution', event: 'event' },
    lastReviewed: 'Last reviewed',
    basedOn: 'Based on',
    and: 'and',
    withReferences: (n) => [', with ', `${n} reference ${n === 1 ? 'source' : 'sources'}`],
    translationNotice: (link, reviewed) =>
      `This page is the English original (${link}, reviewed ${formatDateIn('en', reviewed)}).`,
    staleNotice: (reviewed) =>
      `The English page was reviewed again on ${formatDateIn('en', reviewed)}.`,
    languages: 'Languages',
  },
  ru: {
    kind: { principle: 'принцип', institution: 'институт', event: 'событие' },
    lastReviewed: 'Последняя проверка',
    basedOn: 'По материалам',
    and: 'и',
    withReferences: (n) => {
      const word = {
        one: 'справочного источника',
        few: 'справочных источников',
        many: 'справочных источников',
        other: 'справочного источника',
      }[plural('ru', n) as 'one' | 'few' | 'many' | 'other'];
      return [', с привлечением ', `${n} ${word}`];
    },
    translationNotice: (link, reviewed) =>
      `Перевод английской версии страницы от ${formatDateIn('ru', reviewed)} (${link}).`,
    staleNotice: (reviewed) =>
      `Английская версия с тех пор обновлена (${formatDateIn('ru', reviewed)}); перевод может отставать от неё.`,
    languages: 'Языки',
  },
  zh: {
    kind: { principle: '原则', institution: '机构', event: '事件' },
    lastReviewed: '最近审校',
    basedOn: '依据',
    and: '和',
    withReferences: (n) => ['，另参考', `${n}种资料来源`],
    translationNotice: (link, reviewed) =>
      `本页译自英文版（${link}），所据英文版审校于${formatDateIn('zh', reviewed)}。`,
    staleNotice: (reviewed) =>
      `英文版已于${formatDateIn('zh', reviewed)}重新审校，本译文可能未反映其后的改动。`,
    languages: '语言',
  },
};
