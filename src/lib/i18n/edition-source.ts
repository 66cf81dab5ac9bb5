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
  outlet: string;
  outletLang: string | undefined;
  authorRole: SourceTextPart;
  completeness: SourceTextPart;
  about: SourceTextPart;
  /** Each paragraph's summary, in the English order. */
  paragraphs: SourceTextPart[];
  facts: SourceTextPart[];
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
