/**
 * The citation styles of the translated editions, in plain text: a Russian reader cites by
 * ГОСТ Р 7.0.100–2018 (its analytic description, «Часть // Целое»), a Chinese reader by
 * GB/T 7714—2015. English stays Chicago author-date (cite-page.ts). Each style gives the
 * citation of a page or section of this site, of an original source ("cite the original") and a
 * source's entry in a page's list of references. Titles of English works stay as published; the
 * site's descriptive titles are the edition's, in square brackets, as both standards mark
 * information supplied by the cataloguer. What the formulas say ("[сайт]", "дата обращения",
 * "[EB/OL]") is the standards' wording, not the site's, and so lives here rather than in ui.ts.
 */
import { isReference } from '../content/source-kind';
import { ACCESSED_BLANK, formatCitationDate } from '../i18n/cite-dates';
import { formatDateIn, type TranslatedLocale } from '../i18n/locales';
import type { Source } from '../../schemas/source';

/** What a page or section citation is built from (CiteTarget in cite-page.ts, which passes it on). */
export interface EditionPageTarget {
  siteName: string;
  pageTitle: string;
  sectionTitle?: string | undefined;
  url: string;
  lastReviewed: string;
}

/** What a citation of an original source is built from: its English data and what the edition shows. */
export type EditionSource = Pick<Source, 'title' | 'author' | 'outlet' | 'published' | 'kind'> &
  Partial<Pick<Source, 'url'>> & {
    descriptiveTitle?: boolean | undefined;
    /** The outlet as the edition names it (a website's description); the English otherwise. */
    shownOutlet?: string | undefined;
  };

/** A journal issue named in an English outlet: "UN Chronicle, Vol. LIV No. 3 (2017), the … issue". */
interface JournalIssue {
  name: string;
  volume: string | undefined;
  issue: string | undefined;
}

const JOURNAL =
  /^(?<name>[^,]+),\s*(?:Vol\.\s*(?<volume>[^\s,()]+))?,?\s*(?:No\.\s*(?<issue>[^\s,()]+))?\s*(?:\(\d{4}\))?(?:,.*)?$/;

/**
 * The journal, volume and issue an outlet names, or undefined when it names neither a volume nor
 * an issue (a website, a news agency): the journal-article forms ([J], "// Журнал. – Год. – Vol.")
 * are for an issue of a periodical, the electronic-resource forms for everything else.
 */
export function journalIssueOf(outlet: string): JournalIssue | undefined {
  const groups = JOURNAL.exec(outlet.trim())?.groups;
  if (!groups?.['name'] || (groups['volume'] === undefined && groups['issue'] === undefined))
    return undefined;
  return { name: groups['name'].trim(), volume: groups['volume'], issue: groups['issue'] };
}

/** A person's name as family name and given names; an institution (or a one-word name) has none given. */
function personOf(source: EditionSource): { family: string; given: string[] } | undefined {
  if (isReference(source)) return undefined;
  const parts = source.author.trim().split(/\s+/);
  const family = parts.pop();
  return family && parts.length > 0 ? { family, given: parts } : undefined;
}

/**
 * Each given name's initials, followed by `dot`: "Jean-Claude" → "J.-C." (ГОСТ), "J-C" (GB/T 7714,
 * whose initials take no full stop); a hyphenated name keeps its hyphen.
 */
function initialsOf(given: readonly string[], dot: string): string[] {
  return given.map((name) =>
    name
      .split('-')
      .map((part) => `${[...part][0] ?? ''}${dot}`)
      .join('-'),
  );
}

/** Ends an element with a full stop unless it already ends a sentence. */
function stop(text: string): string {
  return /[.?!…]$/.test(text) ? text : `${text}.`;
}

/** «…» round a title, with the quotation marks inside it turned into the inner pair „…“. */
function ruQuoted(text: string): string {
  return `«${text.replace(/[«“]/g, '„').replace(/[»”]/g, '“')}»`;
}

/** The formulas of ГОСТ Р 7.0.100–2018 that this site's citations use. */
const GOST = {
  site: '[сайт]',
  updated: 'Дата обновления',
  accessed: 'дата обращения',
  section: 'Разд.',
  noYear: '[б. г.]',
  noAddress: 'Электронный адрес оригинала не установлен',
} as const;

/** The formulas of GB/T 7714—2015 that this site's citations use. */
const GBT = {
  online: '[EB/OL]',
  journal: '[J]',
  noAddress: '原文网址未经证实',
} as const;

type Options = { accessed?: string | undefined; address?: boolean };

/** The date accessed in the style's form, or the blank. */
function accessedIn(locale: TranslatedLocale, accessed: string | undefined): string {
  return accessed ? formatCitationDate(locale, accessed) : ACCESSED_BLANK;
}

/** ГОСТ: a page of this site as a part of a website (аналитическое описание); a section as a place in it. */
function gostPage(target: EditionPageTarget, accessed?: string): string {
  // The home page is titled by the site's name: it is the website itself, not a part of it.
  const part = target.pageTitle === target.siteName ? '' : `${target.pageTitle} // `;
  const section = target.sectionTitle ? ` – ${GOST.section} ${ruQuoted(target.sectionTitle)}.` : '';
  const updated = formatCitationDate('ru', target.lastReviewed);
  return `${part}${target.siteName} : ${GOST.site}. – ${target.lastReviewed.slice(0, 4)}.${section} – ${GOST.updated}: ${updated}. – URL: ${target.url} (${GOST.accessed}: ${accessedIn('ru', accessed)}).`;
}

/** GB/T 7714: a page of this site as an electronic resource; a section as a part of it (析出文献). */
function gbtPage(target: EditionPageTarget, accessed?: string): string {
  const dates = `(${formatCitationDate('zh', target.lastReviewed)})[${accessedIn('zh', accessed)}]`;
  // The home page is titled by the site's name, which is then its author and title at once.
  const home = target.pageTitle === target.siteName;
  const page = home ? target.siteName : `${target.siteName}. ${target.pageTitle}`;
  const described = target.sectionTitle
    ? `${target.siteName}. ${target.sectionTitle}${GBT.online}//${page}`
    : `${page}${GBT.online}`;
  return `${described}. ${dates}. ${target.url}.`;
}

/** ГОСТ: a source as a part of a journal issue or of a website; `address` adds its URL and the date accessed. */
function gostSource(source: EditionSource, { accessed, address = true }: Options): string {
  const person = personOf(source);
  const initials = person && initialsOf(person.given, '.');
  const heading = person && initials ? `${person.family}, ${initials.join(' ')} ` : '';
  const responsible = person && initials ? `${initials.join(' ')} ${person.family}` : source.author;
  const title = source.descriptiveTitle ? `[${source.title}]` : source.title;
  const year = /^\d{4}/.exec(source.published)?.[0];
  const journal = journalIssueOf(source.outlet);
  let host: string;
  if (journal) {
    const numbers = [
      journal.volume && `Vol. ${journal.volume}`,
      journal.issue && `No. ${journal.issue}`,
    ]
      .filter(Boolean)
      .join(', ');
    host = `${stop(journal.name)} – ${year ?? GOST.noYear}. – ${numbers}.`;
  } else {
    const day = /^\d{4}-\d{2}-\d{2}$/.test(source.published)
      ? ` – ${formatDateIn('ru', source.published).replace(/\s*\d{4}.*$/, '')}.`
      : '';
    const dated = year ? ` – ${year}.${day}` : '';
    // In a list of references a reference source's website is left to its page, as in English.
    if (!address && isReference(source))
      return `${stop(`${heading}${title} / ${responsible}`)}${dated}`;
    host = `${source.shownOutlet ?? source.outlet} : ${GOST.site}.${dated}`;
  }
  const where = !address
    ? ''
    : source.url
      ? ` – URL: ${source.url} (${GOST.accessed}: ${accessedIn('ru', accessed)}).`
      : ` – ${GOST.noAddress}.`;
  return `${heading}${title} / ${responsible} // ${host}${where}`;
}

/** GB/T 7714: a source as a journal article ([J]) or an electronic resource ([EB/OL]). */
function gbtSource(source: EditionSource, { accessed, address = true }: Options): string {
  const person = personOf(source);
  // Western names: the family name in capitals, the initials without full stops (GB/T 7714, 8.1.2).
  const author = person
    ? `${person.family.toUpperCase()} ${initialsOf(person.given, '').join(' ')}`
    : source.author;
  const title = source.descriptiveTitle ? `[${source.title}]` : source.title;
  const year = /^\d{4}/.exec(source.published)?.[0];
  const journal = journalIssueOf(source.outlet);
  if (journal) {
    const numbers = `${journal.volume ?? ''}${journal.issue ? `(${journal.issue})` : ''}`;
    const where = [journal.name, year, numbers].filter(Boolean).join(', ');
    const url = !address ? '' : source.url ? ` ${source.url}.` : ` ${GBT.noAddress}.`;
    return `${author}. ${title}${GBT.journal}. ${where}.${url}`;
  }
  const date = source.published === 'unknown' ? '' : `(${source.published})`;
  // In a list of references a reference source's website is left to its page, as in English.
  if (!address && isReference(source))
    return `${author}. ${title}${GBT.online}.${date ? ` ${date}.` : ''}`;
  if (!address)
    return `${author}. ${title}${GBT.online}. ${stop(source.shownOutlet ?? source.outlet)}${date ? ` ${date}.` : ''}`;
  if (!source.url)
    return `${author}. ${title}${GBT.online}. ${stop(source.shownOutlet ?? source.outlet)}${date ? ` ${date}.` : ''} ${GBT.noAddress}.`;
  return `${author}. ${title}${GBT.online}. ${date}[${accessedIn('zh', accessed)}]. ${source.url}.`;
}

/** The plain-text citation of a page or section of this site, in the edition's style. */
export function formatEditionPageCitation(
  locale: TranslatedLocale,
  target: EditionPageTarget,
  accessed?: string,
): string {
  return locale === 'ru' ? gostPage(target, accessed) : gbtPage(target, accessed);
}

/** "Cite the original": the source's citation in the edition's style, with its address and the date accessed. */
export function formatEditionSourceCitation(
  locale: TranslatedLocale,
  source: EditionSource,
  accessed?: string,
): string {
  return locale === 'ru' ? gostSource(source, { accessed }) : gbtSource(source, { accessed });
}

/** A source's entry in a page's list of references: its citation without the address, which its page gives. */
export function formatEditionReference(locale: TranslatedLocale, source: EditionSource): string {
  return locale === 'ru'
    ? gostSource(source, { address: false })
    : gbtSource(source, { address: false });
}

/** The BibTeX note on a page's entry: when it was last reviewed, in the edition's words. */
export function editionReviewedNote(locale: TranslatedLocale, lastReviewed: string): string {
  return locale === 'ru'
    ? `${GOST.updated}: ${formatCitationDate('ru', lastReviewed)}`
    : `更新日期：${formatCitationDate('zh', lastReviewed)}`;
}

/** The biblatex `langid` of each edition's pages (biblatex-gb7714-2015 reads "chinese" too). */
export const EDITION_LANGID: Readonly<Record<TranslatedLocale, string>> = {
  ru: 'russian',
  zh: 'chinese',
};
