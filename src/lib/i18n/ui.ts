/**
 * The words the templates write around the content, per edition. English is the model: every
 * edition gives every key (TypeScript holds them to it), so a missing translation fails the build,
 * not a reader.
 */
import type { ShortFormWords } from '../content/citations';
import { CLIENT_WORDS, type ClientStrings } from './client-words';
import { formatDateIn, type Locale } from './locales';
import type { SearchStrings } from '../search/search-strings';

type TopicKind = 'principle' | 'institution' | 'event';
type TermKind = TopicKind | 'organisation' | 'concept' | 'document' | 'place';

/**
 * The link to another edition's search, shown when nothing matched a query in that edition's script:
 * in that edition's language, for the reader who writes it ("ШОС" typed on an English page).
 */
const SEARCH_THIS_EDITION: Readonly<Record<Locale, string>> = {
  en: 'Search the English edition',
  ru: 'Искать в русской версии',
  zh: '在中文版中搜索',
};

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
    /** Between a term's other names: ", " in English and Russian, the enumeration comma 、 in Chinese. */
    namesJoin: string;
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
  /** The home page's headings and the lines around its lists. */
  home: {
    title: string;
    topics: string;
    members: string;
    /** "As of 4 July 2024: 10 member states, by date of accession." (no date before any member joined). */
    membersAsOf: (date: string | undefined, count: number) => string;
    /** The line under the short timeline; `link` writes a link to the timeline round its words. */
    timelineNote: (link: (text: string) => string) => string;
    sources: string;
    /** The last item of the list of articles: the reference sources, `link` round the words that lead to the list. */
    referencesItem: (link: (text: string) => string, count: number) => string;
    /** The paragraph closing the page; `link(path, text)` writes a link within the edition. */
    closing: (
      link: (path: string, text: string) => string,
      terms: number,
      events: number,
    ) => string;
  };
  /** What kind of text a source is, as a word. */
  sourceKind: Record<'opinion' | 'official' | 'reference', string>;
  /** The list of every topic (/topics/). */
  topicsPage: { title: string; description: string; lead: string };
  /** The list of sources (/sources/) and each source's page. */
  sources: {
    title: string;
    description: string;
    intro: string;
    articles: string;
    references: string;
    /** "Opinion text." after an article's outlet and date. */
    articleKind: (kind: string) => string;
    factsUsed: (count: number) => string;
    /** What a source page holds, after its title and author in its meta description. */
    pageHolds: (reference: boolean) => string;
    /** Joins a source's title and author in its page's description: "Title, by Author". */
    by: (title: string, author: string) => string;
    referenceSource: string;
    sourceArticle: (kind: string) => string;
    about: string;
    author: string;
    role: string;
    publishedIn: string;
    date: string;
    notConfirmed: string;
    kindOfText: string;
    original: string;
    addressNotConfirmed: string;
    ourCopy: string;
    citeOriginal: string;
    citeOriginalNote: (reference: boolean) => string;
    paragraphs: string;
    paragraphsNote: (example: string) => string;
    paragraph: (n: number) => string;
    /** "Opens “…”": the words before and after the article's own first words. */
    opens: [before: string, after: string];
    citedOn: string;
    facts: string;
  };
  /** The old address of a moved page ([...moved].astro): `to` is the new address. */
  moved: {
    title: (to: string) => string;
    description: (to: string) => string;
    heading: string;
    /** The line with the new address: before and after it. */
    newAddress: [before: string, after: string];
  };
  /** The page hosts serve for an address with none. */
  notFound: {
    title: string;
    description: string;
    /** The explanation, with `link` round the words that lead to how to report a problem. */
    body: (link: (text: string) => string) => string;
    /** On the English 404 page: the line that leads a reader of this edition to its own. */
    elsewhere: string;
  };
  /** The citation boxes and the section tools. */
  cite: {
    page: string;
    section: string;
    sectionName: (label: string) => string;
    linkToSection: (label: string) => string;
    style: string;
    plainText: string;
    copyCitation: string;
    copyBibtex: string;
    copyPlain: string;
    /** What the live region says once a form is copied. */
    copied: Record<'citation' | 'bibtex' | 'plain', string>;
    permanentAddress: string;
    citeAs: string;
    /** The accessible name of footnote marker `n` in the text ("Source 3"). */
    marker: (n: string) => string;
    /** A footnote's and a "based on" line's short form: "Alimov, UN Chronicle, ¶5", "Alimov (2017)". */
    shortForm: ShortFormWords;
  };
  /** Words the page's scripts write (theme control, copy feedback), handed to them in a JSON island. */
  client: ClientStrings;
  /** The member map's caption, legend and table. */
  memberMap: {
    asOf: [before: string, after: string];
    shaded: string;
    emphasised: (year: number) => string;
    borders: string;
    /** Said after the borders: on a phone the map is wider than the screen (MemberMap.astro). */
    narrow: string;
    scroller: string;
    legend: string;
    place: string;
    founders: (year: number) => string;
    joined: (year: number) => string;
    /** After a founding member's date in the table: " (founding member)". */
    founder: string;
    caption: string;
    member: string;
    capital: string;
    since: string;
    source: string;
    /** Before the sources every row of the table cites, named once under it. */
    everyRow: string;
  };
  /** Before data citations' links: "Sources:". */
  sourcesLabel: string;
  /** In a footnote, before the English original of a quotation the page translates. */
  quoteOriginal: string;
  /** In an edition that files names in Latin letters apart (Russian glossary): their heading, and a letter's name. */
  latinScript: { title: string; letter: (letter: string) => string };
}

export type { ClientStrings } from './client-words';

const plural = (locale: Locale, count: number): Intl.LDMLPluralRule =>
  new Intl.PluralRules(locale === 'zh' ? 'zh-Hans' : locale).select(count);

/** The Russian form of a word for a count: [one, few, many] ("1 источник", "2 источника", "5 источников"). */
const ruWord = (count: number, [one, few, many]: readonly [string, string, string]): string =>
  ({ one, few, many, other: few })[plural('ru', count) as 'one' | 'few' | 'many' | 'other'];

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
      namesJoin: ', ',
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
        allResults: {
          one: 'This result on the search page, with filters',
          other: 'All {n} results, with filters',
        },
        count: {
          none: 'No results for “{q}”',
          one: '{n} result for “{q}”',
          other: '{n} results for “{q}”',
        },
        nothing:
          'Nothing matches “{q}”. Try another spelling, an acronym such as RATS, or browse the {glossary}.',
        onlyCommon:
          'Words such as “the” and “what” are on every page, so “{q}” names nothing to look for. Type a name, a place, a year or a principle, or browse the {glossary}.',
        showingFor: 'Showing results for ',
        searchInstead: ' · Search instead for ',
        didYouMean: 'Did you mean: ',
        noneHasEvery: 'No result has every word; ',
        noPageHas: 'No page has “{q}”; ',
        widenedShowingFor: 'showing results for ',
        unavailable:
          'Search could not be loaded. Check your connection and try again, or browse the {glossary}.',
        failed: 'Search failed. Try again, or browse the {glossary}.',
        glossaryLink: 'glossary A–Z',
        loading: 'Loading search…',
        otherEdition: SEARCH_THIS_EDITION,
        pageFailed: 'Search failed. Try again, or browse the lists below.',
        retry: 'Retry',
        retryLoad: 'Search could not be loaded. Try again?',
        sectionsOf: 'Sections of {title}',
        show: 'Show',
        all: 'All',
        among: ' among {kind}',
        showAll: {
          one: 'Show the 1 result of every kind',
          other: 'Show all {n} results, of every kind',
        },
        prompt: 'Type a principle, institution, place or year, or browse the lists below.',
        kinds: {
          principle: { label: 'Principle', plural: 'Principles' },
          institution: { label: 'Institution', plural: 'Institutions' },
          event: { label: 'Event', plural: 'Events' },
          source: { label: 'Source', plural: 'Sources' },
          'glossary term': { label: 'Glossary term', plural: 'Glossary terms' },
          page: { label: 'Page', plural: 'Other pages' },
        },
      },
      page: {
        title: 'Search',
        description:
          'Search the SCO Security Framework site for a principle, an institution, a place or an event.',
        button: 'Search',
        formPlaceholder: 'Principle, institution, place, year…',
        noscript:
          'Search needs JavaScript. Without it, every topic and glossary term is listed below, A to Z.',
        browse: 'Browse instead',
        topics: 'Topics',
        glossary: 'Glossary, A–Z',
      },
    },
    home: {
      title: 'The SCO and its security framework',
      topics: 'Topics',
      members: 'Member states',
      membersAsOf: (date, n) =>
        `As of ${date ?? 'the last review'}: ${n} member states, by date of accession.`,
      timelineNote: (link) =>
        `Spaced by the time between events; each links to its entry, with sources, on ${link('the timeline')}.`,
      sources: 'What the sources are',
      referencesItem: (link, n) => `and ${link(`${n} reference sources`)} for background facts.`,
      closing: (link, terms, events) =>
        `Each topic page sets out what the two source articles say and attributes every opinion to its author; every claim carries a numbered citation to a source and paragraph. Also: the ${link('/glossary/', 'glossary')} (${terms} terms), the ${link('/timeline/', 'timeline')} (${events} events) and ${link('/about/', 'how the site works')}.`,
    },
    sourceKind: { opinion: 'opinion', official: 'official', reference: 'reference' },
    topicsPage: {
      title: 'Topics',
      description:
        'Every topic of the SCO Security Framework, with what each page explains: principles, institutions and events, each cited to its sources.',
      lead: 'Each topic page sets out what the source articles say, with every claim cited and every opinion attributed.',
    },
    sources: {
      title: 'Sources',
      description:
        'The two articles this site summarises, by Rashid Alimov and Azhar Azam, and the reference sources for its background facts: who wrote them, where and when.',
      intro:
        'The site summarises two articles, paragraph by paragraph, and takes a few background facts (dates, membership, the wording of the UN Charter) from reference sources. Every claim on the site cites one of them.',
      articles: 'The two articles',
      references: 'Reference sources',
      articleKind: (kind) => `${kind.charAt(0).toUpperCase()}${kind.slice(1)} text.`,
      factsUsed: (n) => `${n} ${n === 1 ? 'fact' : 'facts'} used.`,
      pageHolds: (reference) =>
        reference ? 'the facts the site takes from it' : 'a summary of each paragraph',
      by: (title, author) => `${title}, by ${author}`,
      referenceSource: 'Reference source',
      sourceArticle: (kind) => `Source article · ${kind}`,
      about: 'About this source',
      author: 'Author',
      role: 'Role',
      publishedIn: 'Published in',
      date: 'Date',
      notConfirmed: 'Not confirmed',
      kindOfText: 'Kind of text',
      original: 'Original',
      addressNotConfirmed: 'Address not confirmed',
      ourCopy: 'Our copy',
      citeOriginal: 'How to cite the original',
      citeOriginalNote: (reference) =>
        `To cite the ${reference ? 'source' : 'article'} itself rather than this page; what is not confirmed is marked.`,
      paragraphs: 'Paragraph by paragraph',
      paragraphsNote: (example) =>
        `Summaries in the site's own words. Citations such as “${example}” on other pages link here.`,
      paragraph: (n) => `Paragraph ${n}`,
      opens: ['Opens “', ' …”'],
      citedOn: 'Cited on:',
      facts: 'What the site takes from it',
    },
    moved: {
      title: (to) => `This page has moved to ${to}`,
      description: (to) => `This page has moved to ${to}.`,
      heading: 'This page has moved',
      newAddress: ['Its new address is ', '.'],
    },
    notFound: {
      title: 'Page not found',
      description: 'The page you asked for does not exist on this site.',
      body: (link) =>
        `There is no page at this address. If a link brought you here, please tell us (see ${link('how to report a problem')}): the site promises that its addresses do not change. These pages may have what you were looking for:`,
      elsewhere: 'This page in English',
    },
    cite: {
      page: 'Cite this page',
      section: 'Cite',
      sectionName: (label) => `Cite this section: ${label}`,
      linkToSection: (label) => `Link to section: ${label}`,
      style: 'Chicago (author-date)',
      plainText: 'Plain text',
      copyCitation: 'Copy citation',
      copyBibtex: 'Copy BibTeX',
      copyPlain: 'Copy plain text',
      copied: { citation: 'Citation copied', bibtex: 'BibTeX copied', plain: 'Plain text copied' },
      permanentAddress: 'Permanent address:',
      citeAs: 'Cite as:',
      marker: (n) => `Source ${n}`,
      shortForm: { undated: 'n.d.', notes: 'notes', comma: ', ', open: ' (', close: ')' },
    },
    client: CLIENT_WORDS.en,
    memberMap: {
      asOf: ['Map of the member states as of ', ''],
      shaded: 'Shaded and patterned by year of accession',
      emphasised: (year) => `; the members of ${year} are outlined in bold`,
      borders: '. Borders as Natural Earth draws them; they take no side in disputes.',
      narrow: ' On a narrow screen, scroll the map sideways to see all of it.',
      scroller: 'Member map, scrolls sideways',
      legend: 'Legend',
      place: 'Place named in the sources',
      founders: (year) => `${year}, founding members`,
      joined: (year) => `Joined ${year}`,
      founder: ' (founding member)',
      caption: 'SCO member states and when they joined',
      member: 'Member state',
      capital: 'Capital',
      since: 'Full member since',
      source: 'Source',
      everyRow: 'Source for every row: ',
    },
    sourcesLabel: 'Sources:',
    quoteOriginal: 'Site’s translation; English original:',
    latinScript: { title: 'Latin script', letter: (l) => `Latin letter ${l}` },
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
        'Принципы, институты, места и события, которые называют источники, от А до Я: другие названия, краткое определение со ссылкой и где об этом говорится.',
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
      namesJoin: ', ',
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
          'По запросу «{q}» ничего не найдено. Попробуйте другое написание или сокращение, например РАТС, или откройте {glossary}.',
        onlyCommon:
          'Служебные слова вроде «и» и «что» есть на каждой странице, поэтому по запросу «{q}» искать нечего. Введите название, место, год или принцип либо откройте {glossary}.',
        showingFor: 'Показаны результаты по запросу ',
        searchInstead: ' · Искать как написано: ',
        didYouMean: 'Возможно, вы имели в виду: ',
        noneHasEvery: 'Нет результатов со всеми словами; ',
        noPageHas: 'Ни на одной странице нет «{q}»; ',
        widenedShowingFor: 'показаны результаты по запросу ',
        unavailable:
          'Не удалось загрузить поиск. Проверьте подключение и попробуйте ещё раз или откройте {glossary}.',
        failed: 'Поиск не удался. Попробуйте ещё раз или откройте {glossary}.',
        glossaryLink: 'глоссарий',
        loading: 'Загрузка поиска…',
        otherEdition: SEARCH_THIS_EDITION,
        pageFailed: 'Поиск не удался. Попробуйте ещё раз или воспользуйтесь списками ниже.',
        retry: 'Повторить',
        retryLoad: 'Не удалось загрузить поиск. Попробовать ещё раз?',
        sectionsOf: 'Разделы страницы «{title}»',
        show: 'Показать',
        all: 'Все',
        among: ' (раздел: {kind})',
        showAll: {
          one: 'Показать {n} результат всех видов',
          few: 'Показать все {n} результата всех видов',
          many: 'Показать все {n} результатов всех видов',
          other: 'Показать все {n} результата всех видов',
        },
        prompt: 'Введите принцип, институт, место или год или выберите из списков ниже.',
        kinds: {
          principle: { label: 'Принцип', plural: 'Принципы' },
          institution: { label: 'Институт', plural: 'Институты' },
          event: { label: 'Событие', plural: 'События' },
          source: { label: 'Источник', plural: 'Источники' },
          'glossary term': { label: 'Термин', plural: 'Термины глоссария' },
          page: { label: 'Страница', plural: 'Другие страницы' },
        },
      },
      page: {
        title: 'Поиск',
        description:
          'Поиск по сайту «Система безопасности ШОС»: принципы, институты, места и события.',
        button: 'Найти',
        formPlaceholder: 'Принцип, институт, место, год…',
        noscript:
          'Для поиска нужен JavaScript. Без него ниже перечислены все темы и термины глоссария.',
        browse: 'Или выберите из списков',
        topics: 'Темы',
        glossary: 'Глоссарий от А до Я',
      },
    },
    home: {
      title: 'ШОС и её система безопасности',
      topics: 'Темы',
      members: 'Государства-члены',
      membersAsOf: (date, n) =>
        `По состоянию на ${date ?? 'дату последней проверки'}: ${n} ${ruWord(n, ['государство-член', 'государства-члена', 'государств-членов'])} в порядке вступления.`,
      timelineNote: (link) =>
        `Расстояние между событиями соответствует времени между ними; каждое событие ведёт к своей записи с источниками в ${link('хронологии')}.`,
      sources: 'Об источниках',
      referencesItem: (link, n) =>
        `а также ${link(`${n} ${ruWord(n, ['справочный источник', 'справочных источника', 'справочных источников'])}`)} для фоновых фактов.`,
      closing: (link, terms, events) =>
        `Каждая тема излагает, что говорят две статьи-источника, и приписывает каждое мнение его автору; у каждого утверждения есть нумерованная ссылка на источник и абзац. Кроме того: ${link('/glossary/', 'глоссарий')} (терминов: ${terms}), ${link('/timeline/', 'хронология')} (событий: ${events}) и ${link('/about/', 'как устроен сайт')}.`,
    },
    sourceKind: { opinion: 'мнение', official: 'официальный текст', reference: 'справочный' },
    topicsPage: {
      title: 'Темы',
      description:
        'Все темы сайта «Система безопасности ШОС» и что объясняет каждая: принципы, институты и события, каждое со ссылками на источники.',
      lead: 'Каждая тема излагает, что говорят статьи-источники: у каждого утверждения есть ссылка на источник, каждое мнение приписано автору.',
    },
    sources: {
      title: 'Источники',
      description:
        'Две статьи, которые пересказывает сайт, — Рашида Алимова и Азхара Азама — и справочные источники фоновых фактов: кто, где и когда их опубликовал.',
      intro:
        'Сайт пересказывает две статьи, абзац за абзацем, и берёт несколько фоновых фактов (даты, состав, формулировки Устава ООН) из справочных источников. Каждое утверждение на сайте ссылается на один из них.',
      articles: 'Две статьи',
      references: 'Справочные источники',
      articleKind: (kind) => `Тип текста: ${kind}.`,
      factsUsed: (n) => `Использовано фактов: ${n}.`,
      pageHolds: (reference) =>
        reference ? 'факты, которые сайт из него берёт' : 'пересказ каждого абзаца',
      by: (title, author) => `${title} (${author})`,
      referenceSource: 'Справочный источник',
      sourceArticle: (kind) => `Статья-источник · ${kind}`,
      about: 'Об источнике',
      author: 'Автор',
      role: 'Об авторе',
      publishedIn: 'Где опубликовано',
      date: 'Дата',
      notConfirmed: 'Не установлена',
      kindOfText: 'Тип текста',
      original: 'Оригинал',
      addressNotConfirmed: 'Адрес не установлен',
      ourCopy: 'Наша копия',
      citeOriginal: 'Как сослаться на оригинал',
      citeOriginalNote: (reference) =>
        `Чтобы сослаться на ${reference ? 'сам источник' : 'саму статью'}, а не на эту страницу; неподтверждённые сведения отмечены.`,
      paragraphs: 'Абзац за абзацем',
      paragraphsNote: (example) =>
        `Пересказ своими словами. Ссылки вида «${example}» на других страницах ведут сюда.`,
      paragraph: (n) => `Абзац ${n}`,
      opens: ['Начинается словами «', ' …»'],
      citedOn: 'Цитируется на страницах:',
      facts: 'Что сайт берёт из источника',
    },
    moved: {
      title: (to) => `Страница перенесена: ${to}`,
      description: (to) => `Страница перенесена по новому адресу: ${to}.`,
      heading: 'Страница перенесена',
      newAddress: ['Её новый адрес: ', '.'],
    },
    notFound: {
      title: 'Страница не найдена',
      description: 'Страницы, которую вы запросили, на сайте нет.',
      body: (link) =>
        `По этому адресу страницы нет. Если вы пришли по ссылке, пожалуйста, сообщите нам (см. ${link('как сообщить об ошибке')}): сайт обещает, что его адреса не меняются. Возможно, нужное вам есть на этих страницах:`,
      elsewhere: 'Эта страница по-русски',
    },
    cite: {
      page: 'Как сослаться на эту страницу',
      section: 'Сослаться',
      sectionName: (label) => `Сослаться на раздел: ${label}`,
      linkToSection: (label) => `Ссылка на раздел: ${label}`,
      style: 'По ГОСТ Р 7.0.100–2018',
      plainText: 'Обычный текст',
      copyCitation: 'Копировать библиографическую ссылку',
      copyBibtex: 'Копировать BibTeX',
      copyPlain: 'Копировать текст',
      copied: {
        citation: 'Ссылка скопирована',
        bibtex: 'BibTeX скопирован',
        plain: 'Текст скопирован',
      },
      permanentAddress: 'Постоянный адрес:',
      citeAs: 'Как сослаться:',
      marker: (n) => `Источник ${n}`,
      shortForm: { undated: 'б. г.', notes: 'примечания', comma: ', ', open: ' (', close: ')' },
    },
    client: CLIENT_WORDS.ru,
    memberMap: {
      asOf: ['Карта государств-членов на ', ''],
      shaded: 'Цвет и штриховка — по году вступления',
      emphasised: (year) => `; вступившие в ${year} году обведены жирной линией`,
      borders:
        '. Границы — как их проводит Natural Earth; сайт не занимает сторону в спорах о них.',
      narrow: ' На узком экране карту можно прокрутить вбок, чтобы увидеть её целиком.',
      scroller: 'Карта государств-членов, прокручивается вбок',
      legend: 'Условные обозначения',
      place: 'Место, названное в источниках',
      founders: (year) => `${year}, государства-основатели`,
      joined: (year) => `Вступили в ${year} году`,
      founder: ' (государство-основатель)',
      caption: 'Государства — члены ШОС и даты вступления',
      member: 'Государство-член',
      capital: 'Столица',
      since: 'Полноправный член с',
      source: 'Источник',
      everyRow: 'Источник для всех строк: ',
    },
    sourcesLabel: 'Источники:',
    quoteOriginal: 'Перевод сайта; английский оригинал:',
    latinScript: { title: 'Латиница', letter: (l) => `Латинская буква ${l}` },
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
      namesJoin: '、',
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
        nothing: '没有与“{q}”匹配的结果。请换一种写法或简称（如“上合组织”），或浏览{glossary}。',
        onlyCommon:
          '“的”“什么”这类常用词每一页都有，“{q}”没有可以查找的内容。请输入名称、地点、年份或原则，或浏览{glossary}。',
        showingFor: '显示以下搜索结果：',
        searchInstead: ' · 仍然搜索：',
        didYouMean: '您是不是要找：',
        noneHasEvery: '没有结果包含全部词语；',
        noPageHas: '没有页面包含“{q}”；',
        widenedShowingFor: '显示以下搜索结果：',
        unavailable: '搜索未能加载。请检查网络连接后重试，或浏览{glossary}。',
        failed: '搜索失败。请重试，或浏览{glossary}。',
        glossaryLink: '术语表',
        loading: '正在加载搜索…',
        otherEdition: SEARCH_THIS_EDITION,
        pageFailed: '搜索失败。请重试，或浏览下方列表。',
        retry: '重试',
        retryLoad: '搜索未能加载。要重试吗？',
        sectionsOf: '“{title}”的章节',
        show: '显示',
        all: '全部',
        among: '（{kind}）',
        showAll: { other: '显示所有类别的全部{n}条结果' },
        prompt: '请输入原则、机构、地点或年份，或浏览下方列表。',
        kinds: {
          principle: { label: '原则', plural: '原则' },
          institution: { label: '机构', plural: '机构' },
          event: { label: '事件', plural: '事件' },
          source: { label: '来源', plural: '来源' },
          'glossary term': { label: '术语', plural: '术语' },
          page: { label: '页面', plural: '其他页面' },
        },
      },
      page: {
        title: '搜索',
        description: '在“上合组织安全框架”网站中搜索原则、机构、地点或事件。',
        button: '搜索',
        formPlaceholder: '原则、机构、地点、年份……',
        noscript: '搜索需要JavaScript。没有JavaScript时，下方列出所有专题和术语。',
        browse: '浏览',
        topics: '专题',
        glossary: '术语表',
      },
    },
    home: {
      title: '上海合作组织及其安全框架',
      topics: '专题',
      members: '成员国',
      membersAsOf: (date, n) => `截至${date ?? '最近审校'}：共${n}个成员国，按加入时间排列。`,
      timelineNote: (link) =>
        `事件间距与间隔时间成比例；每个事件都链接到${link('大事记')}中附有出处的条目。`,
      sources: '关于来源',
      referencesItem: (link, n) => `另有${link(`${n}种参考来源`)}，提供背景事实。`,
      closing: (link, terms, events) =>
        `每个专题页面介绍两篇来源文章的内容，并将每种观点归于其作者；每项论断都附有指向来源及段落的编号引注。另见：${link('/glossary/', '术语表')}（${terms}条术语）、${link('/timeline/', '大事记')}（${events}个事件）以及${link('/about/', '本站如何运作')}。`,
    },
    sourceKind: { opinion: '评论', official: '官方文章', reference: '参考资料' },
    topicsPage: {
      title: '专题',
      description: '上合组织安全框架网站的全部专题及各页内容：原则、机构和事件，均注明出处。',
      lead: '每个专题页面介绍来源文章的内容，每项论断都注明出处，每种观点都归于其作者。',
    },
    sources: {
      title: '来源',
      description:
        '本站概述的两篇文章（拉希德·阿利莫夫和阿扎尔·阿扎姆所作）以及提供背景事实的参考来源：作者、发表处和发表时间。',
      intro:
        '本站逐段概述两篇文章，并从参考来源中摘取若干背景事实（日期、成员构成、《联合国宪章》的措辞）。本站每项论断都引用其中之一。',
      articles: '两篇文章',
      references: '参考来源',
      articleKind: (kind) => `文本类型：${kind}。`,
      factsUsed: (n) => `采用${n}项事实。`,
      pageHolds: (reference) => (reference ? '本站从中摘取的事实' : '逐段概述'),
      by: (title, author) => `${title}（${author}）`,
      referenceSource: '参考来源',
      sourceArticle: (kind) => `来源文章 · ${kind}`,
      about: '关于此来源',
      author: '作者',
      role: '作者身份',
      publishedIn: '发表于',
      date: '日期',
      notConfirmed: '未经证实',
      kindOfText: '文本类型',
      original: '原文',
      addressNotConfirmed: '地址未经证实',
      ourCopy: '本站所据文本',
      citeOriginal: '如何引用原文',
      citeOriginalNote: (reference) =>
        `用于引用${reference ? '该来源' : '该文章'}本身而非本页；未经证实之处已标明。`,
      paragraphs: '逐段概述',
      paragraphsNote: (example) =>
        `以本站自己的语言概述。其他页面上形如“${example}”的引注链接到此处。`,
      paragraph: (n) => `第${n}段`,
      opens: ['开头为“', ' …”'],
      citedOn: '引用于：',
      facts: '本站从中摘取的内容',
    },
    moved: {
      title: (to) => `本页已迁移至 ${to}`,
      description: (to) => `本页已迁移至 ${to}。`,
      heading: '本页已迁移',
      newAddress: ['新地址：', '。'],
    },
    notFound: {
      title: '页面未找到',
      description: '您请求的页面在本站不存在。',
      body: (link) =>
        `此地址没有页面。如果您是通过链接来到这里的，请告知我们（参见${link('如何报告问题')}）：本站承诺其地址不会改变。以下页面或许有您要找的内容：`,
      elsewhere: '本页中文版',
    },
    cite: {
      page: '引用本页',
      section: '引用',
      sectionName: (label) => `引用本节：${label}`,
      linkToSection: (label) => `本节链接：${label}`,
      style: 'GB/T 7714—2015 格式',
      plainText: '纯文本',
      copyCitation: '复制引文',
      copyBibtex: '复制 BibTeX',
      copyPlain: '复制纯文本',
      copied: { citation: '引文已复制', bibtex: 'BibTeX 已复制', plain: '纯文本已复制' },
      permanentAddress: '固定地址：',
      citeAs: '引用格式：',
      marker: (n) => `来源${n}`,
      shortForm: { undated: '无日期', notes: '注释', comma: '，', open: '（', close: '）' },
    },
    client: CLIENT_WORDS.zh,
    memberMap: {
      asOf: ['截至', '的成员国地图'],
      shaded: '按加入年份以不同颜色和图案表示',
      emphasised: (year) => `；${year}年加入的成员国以粗线勾勒`,
      borders: '。边界依 Natural Earth 绘制，不表示对争议的立场。',
      narrow: '在窄屏上可横向滚动地图以查看全图。',
      scroller: '成员国地图，可横向滚动',
      legend: '图例',
      place: '来源中提到的地点',
      founders: (year) => `${year}年，创始成员国`,
      joined: (year) => `${year}年加入`,
      founder: '（创始成员国）',
      caption: '上合组织成员国及加入时间',
      member: '成员国',
      capital: '首都',
      since: '成为正式成员国的时间',
      source: '来源',
      everyRow: '各行共同的来源：',
    },
    sourcesLabel: '来源：',
    quoteOriginal: '本站译文；英文原文：',
    latinScript: { title: '拉丁字母', letter: (l) => `拉丁字母${l}` },
  },
};
