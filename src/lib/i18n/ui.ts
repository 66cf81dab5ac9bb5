/**
 * The words the templates write around the content, per edition. English is the model: every
 * edition gives every key (TypeScript holds them to it), so a missing translation fails the build,
 * not a reader.
 */
import { formatDateIn, type Locale } from './locales';

type TopicKind = 'principle' | 'institution' | 'event';
type TermKind = TopicKind | 'organisation' | 'concept' | 'document' | 'place';

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
  glossary: {
    title: string;
    description: string;
    /** The line under the title: how many terms, and an example of a term's permanent address. */
    intro: (count: number, example: string) => string;
    letters: string;
    letter: (letter: string) => string;
    kind: Record<TermKind, string>;
    also: string;
    ownPage: string;
    discussedIn: string;
  };
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
    glossary: {
      title: 'Glossary',
      description:
        'Every principle, institution, place and event the sources name, A to Z, each with other names, a short cited definition and links to where it is discussed.',
      intro: (n, example) =>
        `${n} terms: the principles, institutions, places and events the sources name, with the other names and acronyms readers meet. Each term has a permanent address, such as ${example}.`,
      letters: 'Letters',
      letter: (l) => `Letter ${l}`,
      kind: {
        principle: 'principle',
        institution: 'institution',
        organisation: 'organisation',
        concept: 'concept',
        document: 'document',
        event: 'event',
        place: 'place',
      },
      also: 'also:',
      ownPage: 'Its own page:',
      discussedIn: 'Discussed in:',
    },
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
    glossary: {
      title: 'Глоссарий',
      description:
        'Принципы, институты, места и события, которые называют источники, от А до Я: другие названия, краткое определение со ссылкой на источник и где об этом говорится.',
      intro: (n, example) =>
        `Терминов: ${n} — принципы, институты, места и события, которые называют источники, с другими названиями и сокращениями, которые встречаются читателю. У каждого термина постоянный адрес, например ${example}.`,
      letters: 'Буквы',
      letter: (l) => `Буква ${l}`,
      kind: {
        principle: 'принцип',
        institution: 'институт',
        organisation: 'организация',
        concept: 'понятие',
        document: 'документ',
        event: 'событие',
        place: 'место',
      },
      also: 'также:',
      ownPage: 'Отдельная страница:',
      discussedIn: 'Где говорится:',
    },
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
    glossary: {
      title: '术语表',
      description:
        '来源文章提到的原则、机构、地点和事件，按拼音排列，附其他名称、注明出处的简短释义及相关论述的链接。',
      intro: (n, example) =>
        `共${n}条术语：来源文章提到的原则、机构、地点和事件，以及读者会遇到的其他名称和缩写。每条术语都有固定地址，例如${example}。`,
      letters: '字母索引',
      letter: (l) => `字母${l}`,
      kind: {
        principle: '原则',
        institution: '机构',
        organisation: '组织',
        concept: '概念',
        document: '文件',
        event: '事件',
        place: '地点',
      },
      also: '又称：',
      ownPage: '专页：',
      discussedIn: '相关论述：',
    },
  },
};
