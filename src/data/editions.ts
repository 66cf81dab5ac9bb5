/**
 * The translated editions' prose (content/<locale>/topics, content/<locale>/pages), rendered once per
 * build like the English (src/data/content.ts), each entry beside the English entry it translates.
 */
import { getCollection, render, type CollectionEntry, type CollectionKey } from 'astro:content';
import type { MarkdownHeading } from 'astro';
import { toFootnotes, type CitationMark, type Footnote } from '#lib/content/citations.ts';
import { smartQuotesDeep } from '#lib/content/typography.ts';
import type { TranslatedLocale } from '#lib/i18n/locales.ts';
import { getSiteContent, type Prose } from './content';

type AstroComponent = Awaited<ReturnType<typeof render>>['Content'];

/** A translated topic or page: its own text, with what it does not translate taken from English. */
export interface TranslatedProse<C extends 'topics' | 'pages'> {
  id: string;
  locale: TranslatedLocale;
  /** The English entry it translates. */
  english: Prose<C>;
  /** The English frontmatter with the translated fields laid over it. */
  data: Prose<C>['data'];
  translation: { englishReviewed: string; translated: string };
  /** Whether the English page was reviewed after this translation was made. */
  stale: boolean;
  file: string;
  Content: AstroComponent;
  headings: MarkdownHeading[];
  footnotes: Footnote[];
}

export interface Edition {
  locale: TranslatedLocale;
  topics: TranslatedProse<'topics'>[];
  pages: TranslatedProse<'pages'>[];
}

/** The collection of an edition's topics or pages, when the edition has begun (content.config.ts). */
async function entriesOf(
  kind: 'topics' | 'pages',
  locale: TranslatedLocale,
): Promise<CollectionEntry<CollectionKey>[]> {
  const name = `${kind}_${locale}` as CollectionKey;
  try {
    return await getCollection(name);
  } catch {
    // No content/<locale>/ folder yet: the edition has no such pages.
    return [];
  }
}

async function translate<C extends 'topics' | 'pages'>(
  kind: C,
  locale: TranslatedLocale,
  english: readonly Prose<C>[],
): Promise<TranslatedProse<C>[]> {
  const { sourceFacts } = await getSiteContent();
  const entries = await entriesOf(kind, locale);
  const translated = await Promise.all(
    entries.map(async (entry) => {
      const original = english.find((e) => e.id === entry.id);
      const file = entry.filePath ?? `content/${locale}/${kind}/${entry.id}.mdx`;
      if (!original)
        throw new Error(
          `${file}: translates content/${kind}/${entry.id}.mdx, which does not exist. Fix: name the file as the English one, or remove it`,
        );
      const { Content, headings, remarkPluginFrontmatter } = await render(entry);
      const citations = (remarkPluginFrontmatter['citations'] ?? []) as CitationMark[];
      const own = smartQuotesDeep(entry.data) as Record<string, unknown> & {
        translation: { englishReviewed: string; translated: string };
      };
      const { translation, ...fields } = own;
      return {
        id: entry.id,
        locale,
        english: original,
        data: { ...original.data, ...fields } as Prose<C>['data'],
        translation,
        stale: original.data.lastReviewed > translation.englishReviewed,
        file,
        Content,
        headings,
        footnotes: toFootnotes(citations, sourceFacts),
      };
    }),
  );
  // In the English order.
  return english.flatMap((e) => translated.filter((t) => t.id === e.id));
}

const cache = new Map<TranslatedLocale, Promise<Edition>>();

/** One edition's prose, loaded and rendered once per build. */
export function getEdition(locale: TranslatedLocale): Promise<Edition> {
  let edition = cache.get(locale);
  if (!edition) {
    edition = (async () => {
      const { topics, pages } = await getSiteContent();
      return {
        locale,
        topics: await translate('topics', locale, topics),
        pages: await translate('pages', locale, pages),
      };
    })();
    cache.set(locale, edition);
  }
  return edition;
}
