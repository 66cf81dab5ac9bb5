import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { idFromFileName } from '#lib/content/file-id.ts';
import { yamlList } from '#lib/content/yaml-list-loader.ts';
import { TermSchema } from './schemas/glossary';
import { MemberSchema } from './schemas/member';
import { PageSchema } from './schemas/page';
import { SourceSchema } from './schemas/source';
import { EventSchema } from './schemas/timeline';
import { TopicSchema } from './schemas/topic';
import { TranslatedPageSchema, TranslatedTopicSchema } from './schemas/translation';
import { TRANSLATED_LOCALES } from '#lib/i18n/locales.ts';

/** One file per entry under content/<folder>; the file name is the id (and the URL). */
function perFile(folder: string, pattern: string) {
  const base = `./content/${folder}`;
  return glob({
    pattern,
    base,
    generateId: ({ entry }) => idFromFileName(entry, `content/${folder}`),
  });
}

export const collections = {
  topics: defineCollection({ loader: perFile('topics', '*.mdx'), schema: TopicSchema }),
  pages: defineCollection({ loader: perFile('pages', '*.mdx'), schema: PageSchema }),
  sources: defineCollection({ loader: perFile('sources', '*.yaml'), schema: SourceSchema }),
  glossary: defineCollection({ loader: yamlList('content/glossary.yaml'), schema: TermSchema }),
  timeline: defineCollection({ loader: yamlList('content/timeline.yaml'), schema: EventSchema }),
  members: defineCollection({ loader: yamlList('content/members.yaml'), schema: MemberSchema }),
  // The translated editions' prose, content/<locale>/{topics,pages}/ (same file names as English).
  ...Object.fromEntries(
    // An edition not begun yet (no content/<locale>/ folder) has no collections.
    TRANSLATED_LOCALES.filter((locale) => existsSync(`content/${locale}`)).flatMap((locale) => [
      [
        `topics_${locale}`,
        defineCollection({
          loader: perFile(`${locale}/topics`, '*.mdx'),
          schema: TranslatedTopicSchema,
        }),
      ],
      [
        `pages_${locale}`,
        defineCollection({
          loader: perFile(`${locale}/pages`, '*.mdx'),
          schema: TranslatedPageSchema,
        }),
      ],
    ]),
  ),
};
