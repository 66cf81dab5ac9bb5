/**
 * A source's page and list entry in an edition: the edition's words where it has them (the author's
 * role, what our copy covers, what the text is, the paragraph summaries or facts, a descriptive
 * title), the English otherwise. A published title is never translated: it stays as published, and
 * the page marks it as English.
 */
import type { Source } from '../../schemas/source';
import { inlineTextHtml, inlineTextQuoted, quotedOriginals } from './inline-text';
import { SOURCE_LOCALE, type Locale } from './locales';

/** What an edition's file (content/<locale>/sources/<id>.yaml) may say about a source. */
export interface SourceTranslation {
  title?: string | undefined;
  author?: string | undefined;
  authorRole: string;
  outlet?: string | undefined;
  completeness: string;
  about: string;
  paragraphs?: readonly string[] | undefined;
  facts?: readonly string[] | undefined;
}

/** A text of the page as HTML (quotations marked), with the English originals of its quotations. */
export interface SourceTextPart {
  html: string;
  /** The English originals of its quotations, for the note under it; empty in English. */
  originals: string[];
  /** "en" when the edition has no words for it and the English stands in. */
  lang: string | undefined;
}

/** A source as a page of the edition shows it. */
export interface SourceInEdition {
  /** As shown: the edition's descriptive title, or the title as published. */
  title: string;
  /** "en" when the title shown is English on a page in another language (the page marks it so). */
  titleLang: string | undefined;
  /** The language of the author's name and the outlet as shown, when they stay English in another edition. */
  namesLang: string | undefined;
  /** The author's name as the edition writes it, where its file gives one (search looks it up). */
  author: string | undefined;
  /** The author as the page names them: the edition's spelling, with the published form beside it. */
  byline: Byline;
  outlet: string;
  outletLang: string | undefined;
  authorRole: SourceTextPart;
  completeness: SourceTextPart;
  about: SourceTextPart;
  /** Each paragraph's summary, in the English order. */
  paragraphs: SourceTextPart[];
  facts: SourceTextPart[];
}

/**
 * A source's author as a page of an edition names them: the edition's spelling (Рашид Алимов,
 * 拉希德·阿利莫夫) where its file gives one, with the name as published beside it, so that a reader
 * can find the original; the published name alone otherwise (institutions, and every English page).
 */
export interface Byline {
  /** The name as shown first. */
  name: string;
  /** "en" when the name shown is the published English one on a page in another language. */
  lang: string | undefined;
  /** The published (Latin) name, shown beside an edition's spelling; undefined when it is the name shown. */
  published: string | undefined;
}

/** The parentheses that set a published name beside the edition's: full-width in Chinese. */
const PARENTHESES: Record<Locale, readonly [string, string]> = {
  en: [' (', ')'],
  ru: [' (', ')'],
  zh: ['（', '）'],
};

/** A source's byline in an edition (see Byline). */
export function bylineIn(locale: Locale, published: string, own: string | undefined): Byline {
  if (locale === SOURCE_LOCALE) return { name: published, lang: undefined, published: undefined };
  if (own === undefined || own.trim() === published.trim())
    return { name: published, lang: 'en', published: undefined };
  return { name: own, lang: undefined, published };
}

/**
 * The punctuation between the parts of a source's line in a list (author, role, outlet, date): a
 * Chinese line takes full-width marks, as the rest of its text does.
 */
export const LIST_MARKS: Record<
  Locale,
  { comma: string; stop: string; open: string; close: string }
> = {
  en: { comma: ', ', stop: '. ', open: '(', close: ')' },
  ru: { comma: ', ', stop: '. ', open: '(', close: ')' },
  zh: { comma: '，', stop: '。', open: '（', close: '）' },
};

/** The parentheses a locale sets the published name in, beside the edition's spelling. */
export function bylineParentheses(locale: Locale): readonly [string, string] {
  return PARENTHESES[locale];
}

/** A byline as plain text: "Рашид Алимов (Rashid Alimov)", "拉希德·阿利莫夫（Rashid Alimov）". */
export function bylineText(locale: Locale, byline: Byline): string {
  if (byline.published === undefined) return byline.name;
  const [open, close] = PARENTHESES[locale];
  return `${byline.name}${open}${byline.published}${close}`;
}

function part(text: string, lang?: string): SourceTextPart {
  return { html: inlineTextHtml(text), originals: quotedOriginals(text), lang };
}

/**
 * Lays an edition's words over a source's English data. Throws when the edition's file has a
 * different number of paragraphs or facts (check:content reports it first, with the file).
 */
export function sourceInEdition(
  locale: Locale,
  english: Pick<
    Source,
    | 'title'
    | 'descriptiveTitle'
    | 'author'
    | 'authorRole'
    | 'outlet'
    | 'completeness'
    | 'about'
    | 'paragraphs'
    | 'facts'
  >,
  own: SourceTranslation | undefined,
): SourceInEdition {
  const translated = locale !== SOURCE_LOCALE;
  const englishParagraphs = (english.paragraphs ?? []).map((p) => p.summary);
  const englishFacts = english.facts ?? [];
  for (const [field, mine, theirs] of [
    ['paragraphs', own?.paragraphs, englishParagraphs],
    ['facts', own?.facts, englishFacts],
  ] as const) {
    if (mine !== undefined && mine.length !== theirs.length)
      throw new Error(
        `sourceInEdition: the ${locale} text has ${mine.length} ${field}, the English ${theirs.length}`,
      );
  }
  const ownTitle = english.descriptiveTitle === true ? own?.title : undefined;
  const inEnglish = (shown: string | undefined): string | undefined =>
    translated && shown === undefined ? 'en' : undefined;
  return {
    title: ownTitle === undefined ? english.title : inlineTextQuoted(locale, ownTitle),
    titleLang: inEnglish(ownTitle),
    namesLang: translated ? 'en' : undefined,
    author: translated ? own?.author : undefined,
    byline: bylineIn(locale, english.author, translated ? own?.author : undefined),
    // An outlet's name carries no markup: its quotations in the edition's quotation marks.
    outlet: own?.outlet === undefined ? english.outlet : inlineTextQuoted(locale, own.outlet),
    outletLang: inEnglish(own?.outlet),
    authorRole: part(own?.authorRole ?? english.authorRole, inEnglish(own?.authorRole)),
    completeness: part(own?.completeness ?? english.completeness, inEnglish(own?.completeness)),
    about: part(own?.about ?? english.about, inEnglish(own?.about)),
    paragraphs: own?.paragraphs
      ? own.paragraphs.map((text) => part(text))
      : englishParagraphs.map((text) => part(text, inEnglish(undefined))),
    facts: own?.facts
      ? own.facts.map((text) => part(text))
      : englishFacts.map((text) => part(text, inEnglish(undefined))),
  };
}
