import type { CollectionEntry } from 'astro:content';
import { paragraphId } from '#lib/content/paragraph-id.ts';
import { getSourceTranslation } from './translation-facts';
import type { TranslationFacts } from './pages';
import { citationKey, toFootnotes } from '#lib/content/citations.ts';
import { formatReference } from '#lib/meta/cite-page.ts';
import {
  describeSourcePage,
  MAX_DESCRIPTION,
  shortenAtWord,
  type TocItem,
} from '#lib/meta/page-data.ts';
import { isReference } from '#lib/content/source-kind.ts';
import { sourceInEdition, type SourceInEdition } from '#lib/i18n/edition-source.ts';
import {
  localePath,
  SOURCE_LOCALE,
  TRANSLATED_LOCALES,
  type Locale,
  type TranslatedLocale,
} from '#lib/i18n/locales.ts';
import { UI } from '#lib/i18n/ui.ts';
import { getSiteContent, type CitedBy } from './content';
import { getEdition } from './editions';
import { pageHead, type PageHead } from './page-head';

/** One paragraph summary on a source page, with its permanent id (p1, p2, …). */
export interface ParagraphView {
  id: string;
  n: number;
  /** The paragraph's first words, as the article has them: where to find it in the original. */
  opening: string;
  summary: string;
  citedBy: CitedBy[];
}

/** A source's words in an edition (English in English), and how it says them. */
export async function getSourceText(
  source: CollectionEntry<'sources'>,
  locale: Locale,
): Promise<SourceInEdition> {
  const own =
    locale === SOURCE_LOCALE ? undefined : (await getEdition(locale)).data.sources.get(source.id);
  return sourceInEdition(locale, source.data, own);
}

/** The source ids an edition has translated, in the English order, for getStaticPaths. */
export async function getTranslatedSourceIds(locale: TranslatedLocale): Promise<string[]> {
  const own = (await getEdition(locale)).data.sources;
  return (await getSourceIds()).filter((id) => own.has(id));
}

/** The editions that have translated a source. */
async function sourceEditions(id: string): Promise<TranslatedLocale[]> {
  const found = await Promise.all(
    TRANSLATED_LOCALES.map(async (l) => ((await getEdition(l)).data.sources.has(id) ? [l] : [])),
  );
  return found.flat();
}

/** A source page's description in a translated edition: "Title (Author): what the page holds." */
function describeIn(locale: Locale, title: string, author: string, reference: boolean): string {
  const ui = UI[locale].sources;
  const tail = `: ${ui.pageHolds(reference)}.`;
  const room = MAX_DESCRIPTION - tail.length;
  const lead = ui.by(title, author);
  return `${lead.length <= room ? lead : shortenAtWord(title, room)}${tail}`;
}

/** Everything a source page renders. */
export interface SourcePage {
  source: CollectionEntry<'sources'>;
  /** What the page says about itself: address, description, the work its JSON-LD describes. */
  head: PageHead;
  toc: TocItem[];
  paragraphs: ParagraphView[];
  /**
   * A citation of one of its paragraphs as other pages write it ("Azam, CGTN, ¶5"), for the note
   * that says such citations link here; undefined when it has no paragraphs.
   */
  citationExample: string | undefined;
  facts: string[];
  /** The page's edition and the source's words in it. */
  locale: Locale;
  text: SourceInEdition;
  /** On a translated page: the English page's review it translates, and whether that has changed since. */
  translation?: TranslationFacts | undefined;
}

/** The source ids, for getStaticPaths. */
export async function getSourceIds(): Promise<string[]> {
  return (await getSiteContent()).sources.map((s) => s.id);
}

/** The paragraph the note on citations takes for its example ("Azam, CGTN, ¶5"). */
const EXAMPLE_PARAGRAPH = 5;

/** Builds the data of one source page, in English or in a translated edition. */
export async function getSourcePage(
  id: string,
  locale: Locale = SOURCE_LOCALE,
): Promise<SourcePage> {
  const { sources, citedBy, sourceFacts } = await getSiteContent();
  const source = sources.find((s) => s.id === id);
  if (!source) throw new Error(`getSourcePage: no source "${id}"`);
  const english = locale === SOURCE_LOCALE;
  const edition = english ? undefined : await getEdition(locale);
  if (edition && !edition.data.sources.has(id))
    throw new Error(`getSourcePage: no ${locale} translation of the source "${id}"`);
  const text = await getSourceText(source, locale);
  const ui = UI[locale].sources;
  const inEdition = (path: string): string => (english ? path : localePath(locale, path));
  // "Cited on" leads to the topic in the page's edition, by its title there, where it is translated.
  const topicTitles = new Map<string, string>(
    edition?.topics.map((t) => [`/${t.id}/`, t.data.title]),
  );
  const inEditionCite = (cite: CitedBy): CitedBy => {
    const title = topicTitles.get(cite.href.replace(/#.*$/, ''));
    return title === undefined ? cite : { href: inEdition(cite.href), title };
  };
  const paragraphs = (source.data.paragraphs ?? []).map(({ opening }, index) => {
    const n = index + 1;
    return {
      id: paragraphId(n),
      n,
      opening,
      summary: text.paragraphs[index]?.html ?? '',
      citedBy: (citedBy.get(citationKey({ source: id, p: n })) ?? []).map(inEditionCite),
    };
  });
  const facts = text.facts.map((fact) => fact.html);
  const toc: TocItem[] = [
    { id: 'about-this-source', text: ui.about, children: [] },
    { id: 'cite-original', text: ui.citeOriginal, children: [] },
    ...(paragraphs.length > 0
      ? [
          {
            id: 'paragraphs',
            text: ui.paragraphs,
            children: paragraphs.map((p) => ({ id: p.id, text: ui.paragraph(p.n), children: [] })),
          },
        ]
      : []),
    ...(facts.length > 0 ? [{ id: 'facts', text: ui.facts, children: [] }] : []),
  ];
  const { title, url, published } = source.data;
  const reference = isReference(source.data);
  return {
    source,
    head: await pageHead({
      path: `/sources/${id}/`,
      locale,
      editions: await sourceEditions(id),
      title: text.title,
      description: english
        ? describeSourcePage(source.data)
        : // The edition's spelling alone: a description in parentheses would nest them.
          describeIn(locale, text.title, text.byline.name, reference),
      trail: [
        { href: inEdition('/sources/'), label: ui.title },
        { href: inEdition(`/sources/${id}/`), label: text.title },
      ],
      // The text of a source page restates, per paragraph or fact, what the topic pages say with
      // context: it weighs less than a topic page's, and a reference source's (background facts) least.
      searchWeight: reference ? 0.25 : 0.4,
      searchKind: 'source',
      meta: { work: { id, title, url, published } },
    }),
    toc,
    paragraphs,
    citationExample:
      paragraphs.length === 0
        ? undefined
        : toFootnotes(
            [{ source: id, p: Math.min(EXAMPLE_PARAGRAPH, paragraphs.length) }],
            edition?.sourceFacts ?? sourceFacts,
            UI[locale].cite.shortForm,
          )[0]!.label,
    facts,
    locale,
    text,
    translation: await getSourceTranslation(locale, id),
  };
}

/** A source's full reference, for the list at the foot of a page that cites it. */
export interface ReferenceEntry {
  id: string;
  /** The site's page about the source. */
  href: string;
  /** The full reference, Chicago author-date (formatReference). */
  text: string;
  /** "en" when it is in English on a page in another language (its title not translated). */
  lang?: string | undefined;
}

/**
 * The full references of the given sources, in the order given, each once; in an edition, linked to
 * its page of the source where it has one, with its descriptive title in the edition's words.
 */
export async function getReferences(
  ids: readonly string[],
  locale: Locale = SOURCE_LOCALE,
): Promise<ReferenceEntry[]> {
  const { sources } = await getSiteContent();
  const own = locale === SOURCE_LOCALE ? undefined : (await getEdition(locale)).data.sources;
  return Promise.all(
    [...new Set(ids)].map(async (id) => {
      const source = sources.find((s) => s.id === id);
      if (!source) throw new Error(`getReferences: no source "${id}"`);
      const path = `/sources/${id}/`;
      const inEdition = own?.has(id) === true;
      const { title, titleLang, outlet } = await getSourceText(source, locale);
      return {
        id,
        href: inEdition ? localePath(locale, path) : path,
        text: formatReference({ id, ...source.data, title, shownOutlet: outlet }, locale),
        // In an edition the entry is in the edition's style, its words the edition's; only the English
        // title is English, and the entry as a whole is not.
        lang: locale === SOURCE_LOCALE ? titleLang : undefined,
      };
    }),
  );
}
