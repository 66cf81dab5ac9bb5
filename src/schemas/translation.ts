import { z } from 'astro/zod';
import { DaySchema } from './common';
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
 * `lastReviewed` when it was translated, and the day of the translation. An English page reviewed
 * after `englishReviewed` makes the translation stale: the page says so and the build lists it.
 */
export const TranslationStampSchema = z.strictObject({
  englishReviewed: DaySchema,
  translated: DaySchema,
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
