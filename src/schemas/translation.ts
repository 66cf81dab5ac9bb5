import { z } from 'astro/zod';
import { PastDaySchema, sameNameProblems } from './common';
import { TopicSchema } from './topic';
import { PageSchema } from './page';

/** A translated meta description: whole sentences, ended as the language ends them. */
const TranslatedDescriptionSchema = z
  .string()
  .min(20)
  .max(200)
  .regex(/[.!?…。！？]$/, {
    error: 'ends mid-sentence; search engines show it whole. Fix: end it with a full stop',
  });

/**
 * Which English page a translation renders and when (content/<locale>/…): the English file's
 * `lastReviewed` when it was translated (for a list, the newest of its entries'), and the day of the
 * translation. An English page, source or entry reviewed after `englishReviewed` makes the translation
 * stale: the page says so and the build lists it (listStaleTranslations).
 */
export const TranslationStampSchema = z.strictObject({
  /** The English file's `lastReviewed` (for a list, its entries' newest) that the translation renders. */
  englishReviewed: PastDaySchema,
  /** The day the translation was made or last brought up to date. */
  translated: PastDaySchema,
});

/** Frontmatter of a translated topic (content/<locale>/topics/<slug>.mdx): only what is translated. */
export const TranslatedTopicSchema = TopicSchema.pick({
  title: true,
  navLabel: true,
  learn: true,
})
  .extend({
    // A Chinese description is shorter in characters than an English one of the same sense, so the
    // English length rule (50–160) does not carry over.
    description: TranslatedDescriptionSchema,
    translation: TranslationStampSchema,
  })
  .strict();

/** Frontmatter of a translated page (content/<locale>/pages/<id>.mdx). */
export const TranslatedPageSchema = PageSchema.pick({ title: true })
  .extend({
    description: TranslatedDescriptionSchema,
    translation: TranslationStampSchema,
  })
  .strict();

/** content/<locale>/glossary.yaml: the terms' words, in the English file's order; the rest is English. */
export const TranslatedGlossarySchema = z.strictObject({
  /** The English file's review it renders (the newest `lastReviewed` of its entries) and the day it was made. */
  translation: TranslationStampSchema,
  terms: z.array(
    z
      .strictObject({
        id: z.string().min(1),
        name: z.string().min(1),
        /** Other names in the edition's language; the English name and other names are added by the build. */
        otherNames: z.array(z.string().min(1)).default([]),
        definition: z.string().min(1),
      })
      .superRefine((term, ctx) => {
        for (const issue of sameNameProblems(term.name, term.otherNames)) ctx.addIssue(issue);
      }),
  ),
});

/** content/<locale>/timeline.yaml: each event's title and summary; its date is formatted by the build. */
export const TranslatedTimelineSchema = z.strictObject({
  /** The English file's review it renders (the newest `lastReviewed` of its entries) and the day it was made. */
  translation: TranslationStampSchema,
  events: z.array(
    z.strictObject({ id: z.string().min(1), title: z.string().min(1), summary: z.string().min(1) }),
  ),
});

/** content/<locale>/members.yaml: the member states' names and their capitals'. */
export const TranslatedMembersSchema = z.strictObject({
  /** The English file's review it renders (the newest `lastReviewed` of its entries) and the day it was made. */
  translation: TranslationStampSchema,
  members: z.array(
    z.strictObject({
      id: z.string().min(1),
      name: z.string().min(1),
      capital: z.string().min(1),
    }),
  ),
});

/** content/<locale>/sources/<id>.yaml: what a source page says in the site's words. */
export const TranslatedSourceSchema = z.strictObject({
  /** The English source file's `lastReviewed` it renders, and the day it was made. */
  translation: TranslationStampSchema,
  /** Only where the English title is the site's own description (descriptiveTitle). */
  title: z.string().min(1).optional(),
  /**
   * The author's name as the edition writes it (content/<locale>/TERMS.md, Names: 拉希德·阿利莫夫,
   * Рашид Алимов), where it is not written in Latin letters; readers search for it.
   */
  author: z.string().min(1).optional(),
  authorRole: z.string().min(1),
  /** Only where the outlet's name carries a description. */
  outlet: z.string().min(1).optional(),
  completeness: z.string().min(1),
  about: z.string().min(1),
  paragraphs: z.array(z.string().min(1)).optional(),
  facts: z.array(z.string().min(1)).optional(),
});
