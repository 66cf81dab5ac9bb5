/**
 * The translated editions' prose (content/<locale>/topics, content/<locale>/pages), rendered once per
 * build like the English (src/data/content.ts), each entry beside the English entry it translates.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, render, type CollectionEntry, type CollectionKey } from 'astro:content';
import type { z } from 'astro/zod';
import { parse } from 'yaml';
import {
  TranslatedGlossarySchema,
  TranslatedMembersSchema,
  TranslatedSourceSchema,
  TranslatedTimelineSchema,
} from '../schemas/translation';
import type { MarkdownHeading } from 'astro';
import type { TranslationStamp } from '#lib/content/translation-stale.ts';
import {
  toFootnotes,
  type CitationMark,
  type Footnote,
  type SourceFacts,
} from '#lib/content/citations.ts';
import { inlineTextQuoted } from '#lib/i18n/inline-text.ts';
import { UI } from '#lib/i18n/ui.ts';
import { smartQuotesDeep } from '#lib/content/typography.ts';
import type { TranslatedLocale } from '#lib/i18n/locales.ts';
import { PROSE_PAGE_PATHS } from '#lib/meta/site-pages.ts';
import { attachQuotes, type QuoteMark } from '#lib/markdown/mdx-quotes.ts';
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

/** An edition's words for the data files' entries, by id (content/<locale>/*.yaml, sources/*.yaml). */
export interface EditionData {
  glossary: ReadonlyMap<string, { name: string; otherNames: string[]; definition: string }>;
  timeline: ReadonlyMap<string, { title: string; summary: string }>;
  members: ReadonlyMap<string, { name: string; capital: string }>;
  sources: ReadonlyMap<string, z.infer<typeof TranslatedSourceSchema>>;
  /** Which English review each translated list renders (its `translation:` stamp). */
  stamps: Partial<Record<'glossary' | 'timeline' | 'members', TranslationStamp>>;
}

export interface Edition {
  locale: TranslatedLocale;
  topics: TranslatedProse<'topics'>[];
  pages: TranslatedProse<'pages'>[];
  data: EditionData;
  /** The sources as this edition names them: its authors' spelling, titles and outlets, summaries. */
  sourceFacts: ReadonlyMap<string, SourceFacts>;
}

/** Reads and parses one translated data file; check:content has already reported anything wrong in it. */
function readData<S extends z.ZodType>(file: string, schema: S): z.infer<S> | undefined {
  if (!existsSync(file)) return undefined;
  return smartQuotesDeep(schema.parse(parse(readFileSync(file, 'utf8')))) as z.infer<S>;
}

function loadEditionData(locale: TranslatedLocale): EditionData {
  const dir = join('content', locale);
  const byId = <T extends { id: string }>(entries: readonly T[] = []) =>
    new Map(entries.map(({ id, ...rest }) => [id, rest] as const));
  const sourcesDir = join(dir, 'sources');
  const glossary = readData(join(dir, 'glossary.yaml'), TranslatedGlossarySchema);
  const timeline = readData(join(dir, 'timeline.yaml'), TranslatedTimelineSchema);
  const members = readData(join(dir, 'members.yaml'), TranslatedMembersSchema);
  return {
    glossary: byId(glossary?.terms),
    timeline: byId(timeline?.events),
    members: byId(members?.members),
    stamps: {
      ...(glossary ? { glossary: glossary.translation } : {}),
      ...(timeline ? { timeline: timeline.translation } : {}),
      ...(members ? { members: members.translation } : {}),
    },
    sources: new Map(
      (existsSync(sourcesDir) ? readdirSync(sourcesDir) : [])
        .filter((name) => name.endsWith('.yaml'))
        .flatMap((name) => {
          const data = readData(join(sourcesDir, name), TranslatedSourceSchema);
          return data ? [[name.slice(0, -'.yaml'.length), data] as const] : [];
        }),
    ),
  };
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

/**
 * The sources as an edition's footnotes name and quote them: the author as the edition spells them
 * (Алимов, 阿利莫夫), a descriptive title and the outlet in the edition's words, each paragraph's
 * summary in the edition's words. What the edition does not translate stays English.
 */
function editionSourceFacts(
  locale: TranslatedLocale,
  english: ReadonlyMap<string, SourceFacts>,
  data: EditionData,
): ReadonlyMap<string, SourceFacts> {
  return new Map(
    [...english].map(([id, facts]) => {
      const own = data.sources.get(id);
      if (!own) return [id, facts] as const;
      return [
        id,
        {
          ...facts,
          ...(own.author === undefined ? {} : { author: own.author }),
          ...(own.title === undefined ? {} : { title: inlineTextQuoted(locale, own.title) }),
          ...(own.outlet === undefined ? {} : { outlet: inlineTextQuoted(locale, own.outlet) }),
          ...(own.paragraphs && facts.paragraphs
            ? {
                paragraphs: facts.paragraphs.map((p, i) => ({
                  ...p,
                  summary:
                    own.paragraphs?.[i] === undefined
                      ? p.summary
                      : inlineTextQuoted(locale, own.paragraphs[i]),
                })),
              }
            : {}),
        },
      ] as const;
    }),
  );
}

async function translate<C extends 'topics' | 'pages'>(
  kind: C,
  locale: TranslatedLocale,
  english: readonly Prose<C>[],
  sourceFacts: ReadonlyMap<string, SourceFacts>,
): Promise<TranslatedProse<C>[]> {
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
        footnotes: attachQuotes(
          toFootnotes(citations, sourceFacts, UI[locale].cite.shortForm),
          (remarkPluginFrontmatter['quotes'] ?? []) as QuoteMark[],
        ),
      };
    }),
  );
  // In the English order.
  return english.flatMap((e) => translated.filter((t) => t.id === e.id));
}

/** The English site paths an edition has a page for: its topics and prose pages, its glossary and timeline. */
export async function editionPaths(locale: TranslatedLocale): Promise<ReadonlySet<string>> {
  const edition = await getEdition(locale);
  return new Set([
    ...edition.topics.map((t) => `/${t.id}/`),
    ...edition.pages.flatMap((p) => {
      const path = PROSE_PAGE_PATHS[p.id];
      return path === undefined ? [] : [path];
    }),
    ...(edition.data.glossary.size > 0 ? ['/glossary/'] : []),
    ...(edition.data.timeline.size > 0 ? ['/timeline/'] : []),
    // Every edition searches its own index (src/pages/[lang]/search.astro).
    '/search/',
    // The lists are the edition's once it has one topic or one source of its own; each source page once translated.
    ...(edition.topics.length > 0 ? ['/topics/'] : []),
    ...(edition.data.sources.size > 0 ? ['/sources/'] : []),
    ...[...edition.data.sources.keys()].map((id) => `/sources/${id}/`),
  ]);
}

const cache = new Map<TranslatedLocale, Promise<Edition>>();

/** One edition's prose, loaded and rendered once per build. */
export function getEdition(locale: TranslatedLocale): Promise<Edition> {
  let edition = cache.get(locale);
  if (!edition) {
    edition = (async () => {
      const { topics, pages, sourceFacts } = await getSiteContent();
      const data = loadEditionData(locale);
      const facts = editionSourceFacts(locale, sourceFacts, data);
      return {
        locale,
        topics: await translate('topics', locale, topics, facts),
        pages: await translate('pages', locale, pages, facts),
        data,
        sourceFacts: facts,
      };
    })();
    cache.set(locale, edition);
  }
  return edition;
}
