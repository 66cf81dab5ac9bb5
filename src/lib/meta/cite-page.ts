import { isReference } from '../content/source-kind';
import { formatDate, MONTHS } from '../content/dates';
import type { Source } from '../../schemas/source';
import { bibtexValue, sectionBibtex } from './cite-section';
import { ACCESSED_BLANK } from '../i18n/cite-dates';
import { SOURCE_LOCALE, type Locale } from '../i18n/locales';
import {
  EDITION_LANGID,
  editionReviewedNote,
  formatEditionPageCitation,
  formatEditionReference,
  formatEditionSourceCitation,
} from './cite-editions';

/**
 * "Cite this page" and "cite this section": the site's name, the page (and section) title, the
 * permanent URL, the page's last-reviewed date and the date accessed, as plain text and as BibTeX.
 * The date accessed is left as a blank to fill in; the page script fills it with today's date.
 * English pages cite in Chicago author-date; the translated editions in their own standard's style
 * (cite-editions.ts: ГОСТ Р 7.0.100–2018, GB/T 7714—2015), with the same BibTeX marked with its language.
 */

/** What a citation of a page or one of its sections is built from. */
export interface CiteTarget {
  /** The site's name, e.g. "SCO Security Framework", in the page's edition ("Система безопасности ШОС"). */
  siteName: string;
  /** The name the BibTeX key is made from, in Latin letters, when siteName has none ("上合组织安全框架"); else siteName. */
  keyName?: string | undefined;
  /** The page's title. */
  pageTitle: string;
  /** The section's title, when citing a section. */
  sectionTitle?: string | undefined;
  /** Absolute permanent URL, with #id for a section. */
  url: string;
  /** The page's last-reviewed date, YYYY-MM-DD. */
  lastReviewed: string;
  /** The page's edition, whose style the citation is in; English (Chicago) if left out. */
  locale?: Locale | undefined;
}

/** The named style of the plain-text citation, as the Cite panels label it. */
export const CITATION_STYLE = 'Chicago (author-date)';

/** "2026-11-22" → "November 22, 2026", the date form of Chicago style. */
export function formatChicagoDate(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) throw new Error(`formatChicagoDate: "${day}" is not YYYY-MM-DD`);
  return `${month} ${Number(match[3])}, ${match[1]}`;
}

/** Where the date accessed goes: the blank that a reader (or the script) fills in. */
export { ACCESSED_BLANK };

/** A citation in both forms. `accessed` is a placeholder in both until the script fills it in. */
export interface PageCitation {
  plain: string;
  bibtex: string;
}

/** The BibTeX key: "sco-security-framework:rats#what-rats-is" → lowercase letters, digits, - and :. */
export function citationKeyOf(target: Pick<CiteTarget, 'siteName' | 'keyName' | 'url'>): string {
  const site = (target.keyName ?? target.siteName)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (site === '')
    throw new Error(
      `citationKeyOf: "${target.keyName ?? target.siteName}" has no Latin letters or digits for a BibTeX key; give keyName in Latin letters`,
    );
  const url = new URL(target.url);
  const path =
    url.pathname
      .replace(/^\/|\/$/g, '')
      .replace(/[^a-z0-9/-]+/gi, '-')
      .replace(/\//g, '-') || 'home';
  const section = url.hash.slice(1);
  return `${site}:${path}${section ? `:${section}` : ''}`;
}

/**
 * A title in double quotation marks, Chicago's way: its own quotation marks turned single
 * (“The ‘three forces’”), and the comma or full stop that follows inside both (“The ‘three forces.’”).
 */
function quoted(title: string, end: string): string {
  const inner = title
    .replace(/"([^"]*)"/g, '‘$1’')
    .replace(/“/g, '‘')
    .replace(/”/g, '’');
  return inner.endsWith('’') && inner.includes('‘')
    ? `“${inner.slice(0, -1)}${end}’”`
    : `“${inner}${end}”`;
}

/**
 * Formats the citation of a page or section. `accessed` is YYYY-MM-DD, or undefined for the blank.
 * Throws on a relative URL or a malformed date, which would make a citation no one can follow.
 */
export function formatPageCitation(target: CiteTarget, accessed?: string): PageCitation {
  if (!/^https?:\/\//.test(target.url))
    throw new Error(`formatPageCitation: "${target.url}" is not an absolute URL`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(target.lastReviewed)) {
    throw new Error(`formatPageCitation: lastReviewed "${target.lastReviewed}" is not YYYY-MM-DD`);
  }
  // Chicago author-date, for a web page: the site as author, the year of the last review, the page's
  // title and, for a section, its name; then the review date, the date accessed and the address.
  const title = target.sectionTitle
    ? `${quoted(target.pageTitle, ',')} section ${quoted(target.sectionTitle, '.')}`
    : quoted(target.pageTitle, '.');
  const reviewed = formatDate(target.lastReviewed);
  const locale = target.locale ?? SOURCE_LOCALE;
  const accessedText = (day: string | undefined): string =>
    day ? formatChicagoDate(day) : ACCESSED_BLANK;
  const plain =
    locale === SOURCE_LOCALE
      ? `${target.siteName}. ${target.lastReviewed.slice(0, 4)}. ${title} Last reviewed ${formatChicagoDate(target.lastReviewed)}. Accessed ${accessedText(accessed)}. ${target.url}.`
      : formatEditionPageCitation(locale, target, accessed);
  const url = new URL(target.url);
  // A section's entry is made from its page's (below); a page's URL has no #section.
  const pageUrl = target.sectionTitle ? `${url.origin}${url.pathname}${url.search}` : target.url;
  const pageBibtex = [
    `@online{${citationKeyOf({ siteName: target.siteName, keyName: target.keyName, url: pageUrl })},`,
    `  title = {${bibtexValue(target.pageTitle)}},`,
    `  organization = {${bibtexValue(target.siteName)}},`,
    `  date = {${target.lastReviewed}},`,
    `  url = {${pageUrl}},`,
    `  urldate = {${accessed ?? ''}},`,
    ...(locale === SOURCE_LOCALE
      ? [`  note = {Last reviewed ${reviewed}},`]
      : [
          `  langid = {${EDITION_LANGID[locale]}},`,
          `  note = {${bibtexValue(editionReviewedNote(locale, target.lastReviewed))}},`,
        ]),
    '}',
  ].join('\n');
  // A section's entry is its page's, named for the section (cite-section.ts; the browser derives it too).
  const section = url.hash.slice(1);
  const bibtex =
    target.sectionTitle && section
      ? sectionBibtex(pageBibtex, section, target.sectionTitle)
      : pageBibtex;
  return { plain, bibtex };
}

/** What a citation of an original source needs: its id and these fields of its file (src/schemas/source.ts). */
export type SourceToCite = { id: string } & Pick<
  Source,
  'title' | 'author' | 'outlet' | 'published' | 'kind'
> &
  Partial<Pick<Source, 'url'>> & {
    /** True when `title` is the site's description of an untitled or unconfirmed text. */
    descriptiveTitle?: boolean | undefined;
    /** The outlet as the page's edition names it (a website's description), for the edition's styles. */
    shownOutlet?: string | undefined;
  };

/** "Rashid Alimov" → "Alimov, Rashid" for a person; an institution stays whole, in braces for BibTeX. */
function bibtexAuthor(source: SourceToCite): string {
  if (isReference(source)) return `{${bibtexValue(source.author)}}`;
  const parts = source.author.trim().split(/\s+/);
  const family = parts.pop() ?? source.author;
  return parts.length > 0
    ? `${bibtexValue(family)}, ${bibtexValue(parts.join(' '))}`
    : bibtexValue(family);
}

/**
 * How to cite an original source (not the site's summary of it): author, title, outlet, date and
 * address as far as they are confirmed. A descriptive title is put in square brackets, an unknown
 * date is "n.d.", an unconfirmed address is said to be so. In a translated edition the plain text is
 * in the edition's style (cite-editions.ts), with the date accessed (`accessed`, or the blank) of an
 * address; the BibTeX is the same in every edition.
 */
export function formatSourceCitation(
  source: SourceToCite,
  locale: Locale = SOURCE_LOCALE,
  accessed?: string,
): PageCitation {
  const title = source.descriptiveTitle ? `[${source.title}]` : quoted(source.title, '');
  const date = source.published === 'unknown' ? 'n.d.' : formatDate(source.published);
  const where = source.url ?? 'Original address not confirmed';
  // "n.d." already ends the sentence.
  const plain =
    locale === SOURCE_LOCALE
      ? `${source.author}. ${title}. ${source.outlet}, ${date}${date.endsWith('.') ? '' : '.'} ${where}.`
      : formatEditionSourceCitation(locale, source, accessed);
  const bibtex = [
    `@${isReference(source) ? 'online' : 'article'}{${source.id},`,
    `  author = {${bibtexAuthor(source)}},`,
    `  title = {${source.descriptiveTitle ? `[${bibtexValue(source.title)}]` : bibtexValue(source.title)}},`,
    `  ${isReference(source) ? 'organization' : 'journaltitle'} = {${bibtexValue(source.outlet)}},`,
    ...(source.published === 'unknown' ? [] : [`  date = {${source.published}},`]),
    ...(source.url ? [`  url = {${source.url}},`] : []),
    '}',
  ].join('\n');
  return { plain, bibtex };
}

/**
 * A source's entry in a page's list of references, Chicago author-date: "Alimov, Rashid. 2017.
 * “Title.” Outlet." A person's name is inverted, an institution's is not; a descriptive title is
 * bracketed; an unknown date is "n.d.". The address (and a reference source's website) is left to
 * the source's own page, which each footnote links to. A translated edition lists it in its own
 * style (cite-editions.ts).
 */
export function formatReference(source: SourceToCite, locale: Locale = SOURCE_LOCALE): string {
  if (locale !== SOURCE_LOCALE) return formatEditionReference(locale, source);
  const parts = source.author.trim().split(/\s+/);
  const family = parts.pop() ?? source.author;
  const author =
    isReference(source) || parts.length === 0 ? source.author : `${family}, ${parts.join(' ')}`;
  const year = /^\d{4}/.exec(source.published)?.[0] ?? 'n.d.';
  const title = source.descriptiveTitle ? `[${source.title}].` : quoted(source.title, '.');
  // "n.d." already ends with its full stop. A reference source's outlet is a website, named on its page.
  const outlet = isReference(source) ? '' : ` ${source.outlet}.`;
  return `${author}. ${year}${year.endsWith('.') ? '' : '.'} ${title}${outlet}`;
}
