/**
 * The words the templates write around the content, per edition. English is the model: every
 * edition gives every key (TypeScript holds them to it), so a missing translation fails the build,
 * not a reader.
 */
import { formatDateIn, type Locale } from './locales';
import type { SearchStrings } from '../search/search-strings';

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
  /** The frame of every page: header, trail, contents, footnotes, footer. */
  chrome: {
    siteTitle: string;
    skip: string;
    home: string;
    mainNav: string;
    menu: string;
    nav: Record<'/topics/' | '/glossary/' | '/timeline/' | '/sources/' | '/about/', string>;
    breadcrumb: string;
    onThisPage: string;
    contents: string;
    prevNext: string;
    previous: string;
    next: string;
    sourcesCited: string;
    references: string;
    backTo: (n: number) => string;
    /** The footer's line, with the link to the editorial policy (its words are `policy`). */
    footer: (policyLink: string) => string;
    policy: string;
    siteNav: string;
  };
  timeline: {
    title: string;
    heading: (first: string, last: string) => string;
    description: (first: string, last: string) => string;
    /** The line under the heading: how many events, and an example of an event's permanent address. */
    intro: (count: number, example: string) => string;
    /** A long gap between two events, in words. */
    yearsLater: (years: number) => string;
  };
  /** The search dialog, the header's search button and /search/ (src/lib/search/search-strings.ts). */
  search: SearchStrings;
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
    chrome: {
      siteTitle: 'SCO Security Framework',
      skip: 'Skip to content',
      home: 'Home',
      mainNav: 'Main',
      menu: 'Menu',
      nav: {
        '/topics/': 'Topics',
        '/glossary/': 'Glossary',
        '/timeline/': 'Timeline',
        '/sources/': 'Sources',
        '/about/': 'About',
      },
      breadcrumb: 'Breadcrumb',
      onThisPage: 'On this page',
      contents: 'Contents',
      prevNext: 'Previous and next topic',
      previous: 'Previous topic',
      next: 'Next topic',
      sourcesCited: 'Sources cited',
      references: 'References',
      backTo: (n) => `Back to reference ${n}`,
      footer: (link) =>
        `SCO Security Framework summarises two articles and a few reference sources, in its own words, with every claim cited. It is not affiliated with the SCO. Read ${link}.`,
      siteNav: 'Site',
      policy: 'the editorial policy',
    },
    timeline: {
      title: 'Timeline',
      heading: (first, last) => `Timeline, ${first}–${last}`,
      description: (first, last) =>
        `Dated events in the SCO's security framework from ${first} to ${last}: founding, Charter, RATS, the 2017 and 2024 summits, each cited.`,
      intro: (n, example) =>
        `${n} dated events, each with its sources and a permanent address such as ${example}. Where only the year or month is known, only that is shown. The space between events grows with the time between them.`,
      yearsLater: (n) => `${n} years later`,
    },
    search: {
      client: {
        intl: 'en-GB',
        label: 'Search the site',
        placeholder: 'Principle, institution, place, year…',
        close: 'Close',
        keys: '↓ ↑ move through results · Enter opens · Esc closes',
        moreResults: 'More results',
        allResults: { one: 'All {n} result, with filters', other: 'All {n} results, with filters' },
        count: {
          none: 'No results for “{q}”',
          one: '{n} result for “{q}”',
          other: '{n} results for “{q}”',
        },
        nothing:
          'Nothing matches “{q}”. Try another spelling, an acronym such as RATS, or browse the glossary A–Z.',
        showingFor: 'Showing results for ',
        searchInstead: ' · Search instead for ',
        noneHasEvery: 'No result has every word; ',
        widenedShowingFor: 'showing results for ',
        unavailable:
          'Search could not be loaded. Check your connection and try again, or browse the glossary A–Z.',
        failed: 'Search failed. Try again, or browse the glossary A–Z.',
        pageFailed: 'Search failed. Try again, or browse the lists below.',
        retry: 'Retry',
        retryLoad: 'Search could not be loaded. Try again?',
        sectionsOf: 'Sections of {title}',
        show: 'Show',
        all: 'All',
        among: ' among {kind}',
        prompt: 'Type a principle, institution, place or year, or browse the lists below.',
        kinds: {
          principle: { label: 'Principle', plural: 'Principles' },
          institution: { label: 'Institution', plural: 'Institutions' },
          event: { label: 'Event', plural: 'Events' },
          source: { label: 'Source', plural: 'Sources' },
          'glossary term': { label: 'Glossary term', plural: 'Glossary terms' },
        },
      },
      page: {
        title: 'Search',
        description:
          'Search the SCO Security Framework site for a principle, an institution, a place or an event.',
        button: 'Search',
        formPlaceholder: 'Principle, institution, place…',
        noscript:
          'Search needs JavaScript. Without it, every topic and glossary term is listed below, A to Z.',
        browse: 'Browse instead',
        topics: 'Topics',
        glossary: 'Glossary, A–Z',
      },
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
    chrome: {
      siteTitle: 'Система безопасности ШОС',
      skip: 'Перейти к содержанию',
      home: 'Главная',
      mainNav: 'Основное меню',
      menu: 'Меню',
      nav: {
        '/topics/': 'Темы',
        '/glossary/': 'Глоссарий',
        '/timeline/': 'Хронология',
        '/sources/': 'Источники',
        '/about/': 'О сайте',
      },
      breadcrumb: 'Навигационная цепочка',
      onThisPage: 'На этой странице',
      contents: 'Содержание',
      prevNext: 'Предыдущая и следующая темы',
      previous: 'Предыдущая тема',
      next: 'Следующая тема',
      sourcesCited: 'Цитируемые источники',
      references: 'Библиография',
      backTo: (n) => `Назад к ссылке ${n}`,
      footer: (link) =>
        `«Система безопасности ШОС» своими словами пересказывает две статьи и несколько справочных источников и приводит ссылку на источник для каждого утверждения. Сайт не связан с ШОС. См. ${link}.`,
      siteNav: 'Сайт',
      policy: 'редакционную политику',
    },
    timeline: {
      title: 'Хронология',
      heading: (first, last) => `Хронология, ${first}–${last}`,
      description: (first, last) =>
        `События в системе безопасности ШОС с ${first} по ${last} год: основание, Хартия, РАТС, саммиты 2017 и 2024 годов, каждое со ссылкой на источник.`,
      intro: (n, example) =>
        `Датированных событий: ${n}, у каждого указаны источники и постоянный адрес, например ${example}. Если известен только год или месяц, показан только он. Расстояние между событиями растёт вместе со временем между ними.`,
      yearsLater: (n) =>
        `${n} ${{ one: 'год', few: 'года', many: 'лет', other: 'года' }[plural('ru', n) as 'one' | 'few' | 'many' | 'other']} спустя`,
    },
    search: {
      client: {
        intl: 'ru',
        label: 'Поиск по сайту',
        placeholder: 'Принцип, институт, место, год…',
        close: 'Закрыть',
        keys: '↓ ↑ — по результатам · Enter — открыть · Esc — закрыть',
        moreResults: 'Ещё результаты',
        allResults: { other: 'Все результаты ({n}), с фильтрами' },
        count: {
          none: 'По запросу «{q}» ничего не найдено',
          one: '{n} результат по запросу «{q}»',
          few: '{n} результата по запросу «{q}»',
          many: '{n} результатов по запросу «{q}»',
          other: '{n} результата по запросу «{q}»',
        },
        nothing:
          'По запросу «{q}» ничего не найдено. Попробуйте другое написание или сокращение, например РАТС, или откройте глоссарий.',
        showingFor: 'Показаны результаты по запросу ',
        searchInstead: ' · Искать как написано: ',
        noneHasEvery: 'Нет результатов со всеми словами; ',
        widenedShowingFor: 'показаны результаты по запросу ',
        unavailable:
          'Не удалось загрузить поиск. Проверьте подключение и попробуйте ещё раз или откройте глоссарий.',
        failed: 'Поиск не удался. Попробуйте ещё раз или откройте глоссарий.',
        pageFailed: 'Поиск не удался. Попробуйте ещё раз или воспользуйтесь списками ниже.',
        retry: 'Повторить',
        retryLoad: 'Не удалось загрузить поиск. Попробовать ещё раз?',
        sectionsOf: 'Разделы страницы «{title}»',
        show: 'Показать',
        all: 'Все',
        among: ' (раздел: {kind})',
        prompt: 'Введите принцип, институт, место или год или выберите из списков ниже.',
        kinds: {
          principle: { label: 'Принцип', plural: 'Принципы' },
          institution: { label: 'Институт', plural: 'Институты' },
          event: { label: 'Событие', plural: 'События' },
          source: { label: 'Источник', plural: 'Источники' },
          'glossary term': { label: 'Термин', plural: 'Термины глоссария' },
        },
      },
      page: {
        title: 'Поиск',
        description:
          'Поиск по сайту «Система безопасности ШОС»: принципы, институты, места и события.',
        button: 'Найти',
        formPlaceholder: 'Принцип, институт, место…',
        noscript:
          'Для поиска нужен JavaScript. Без него ниже перечислены все темы и термины глоссария.',
        browse: 'Или выберите из списков',
        topics: 'Темы',
        glossary: 'Глоссарий от А до Я',
      },
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
    chrome: {
      siteTitle: '上合组织安全框架',
      skip: '跳至正文',
      home: '首页',
      mainNav: '主导航',
      menu: '菜单',
      nav: {
        '/topics/': '专题',
        '/glossary/': '术语表',
        '/timeline/': '大事记',
        '/sources/': '来源',
        '/about/': '关于本站',
      },
      breadcrumb: '导航路径',
      onThisPage: '本页内容',
      contents: '目录',
      prevNext: '上一个和下一个专题',
      previous: '上一个专题',
      next: '下一个专题',
      sourcesCited: '引用来源',
      references: '参考文献',
      backTo: (n) => `返回引注${n}`,
      footer: (link) =>
        `上合组织安全框架以自己的语言概述两篇文章和若干参考来源，每项论断均注明出处。本站与上海合作组织无隶属关系。请参阅${link}。`,
      siteNav: '网站',
      policy: '编辑方针',
    },
    timeline: {
      title: '大事记',
      heading: (first, last) => `大事记（${first}—${last}年）`,
      description: (first, last) =>
        `${first}年至${last}年上合组织安全框架大事：成立、宪章、地区反恐怖机构、2017年和2024年峰会，均注明出处。`,
      intro: (n, example) =>
        `共${n}个有日期的事件，每个都附有出处和固定地址，例如${example}。只知道年份或月份的，只显示年份或月份。事件之间的间距随间隔时间增长。`,
      yearsLater: (n) => `${n}年后`,
    },
    search: {
      client: {
        intl: 'zh-Hans',
        label: '站内搜索',
        placeholder: '原则、机构、地点、年份……',
        close: '关闭',
        keys: '↓ ↑ 在结果间移动 · Enter 打开 · Esc 关闭',
        moreResults: '更多结果',
        allResults: { other: '全部{n}条结果（可筛选）' },
        count: {
          none: '没有找到与“{q}”相关的结果',
          other: '找到{n}条与“{q}”相关的结果',
        },
        nothing: '没有与“{q}”匹配的结果。请换一种写法或简称（如“上合组织”），或浏览术语表。',
        showingFor: '显示以下搜索结果：',
        searchInstead: ' · 仍然搜索：',
        noneHasEvery: '没有结果包含全部词语；',
        widenedShowingFor: '显示以下搜索结果：',
        unavailable: '搜索未能加载。请检查网络连接后重试，或浏览术语表。',
        failed: '搜索失败。请重试，或浏览术语表。',
        pageFailed: '搜索失败。请重试，或浏览下方列表。',
        retry: '重试',
        retryLoad: '搜索未能加载。要重试吗？',
        sectionsOf: '“{title}”的章节',
        show: '显示',
        all: '全部',
        among: '（{kind}）',
        prompt: '请输入原则、机构、地点或年份，或浏览下方列表。',
        kinds: {
          principle: { label: '原则', plural: '原则' },
          institution: { label: '机构', plural: '机构' },
          event: { label: '事件', plural: '事件' },
          source: { label: '来源', plural: '来源' },
          'glossary term': { label: '术语', plural: '术语' },
        },
      },
      page: {
        title: '搜索',
        description: '在“上合组织安全框架”网站中搜索原则、机构、地点或事件。',
        button: '搜索',
        formPlaceholder: '原则、机构、地点……',
        noscript: '搜索需要JavaScript。没有JavaScript时，下方列出所有专题和术语。',
        browse: '浏览',
        topics: '专题',
        glossary: '术语表',
      },
    },
  },
};
