import { z } from 'astro/zod';
import { DescriptionSchema, LastReviewedSchema, SectionAliasesSchema } from './common';

/** Frontmatter of a page that is not a topic, such as /about/ (content/pages/<slug>.mdx). */
export const PageSchema = z.strictObject({
  /** Page title: the h1 and the <title>. */
  title: z.string().min(1),
  /** One or two sentences for search engines and link previews. */
  description: DescriptionSchema,
  /** When an editor last checked the page (YYYY-MM-DD). */
  lastReviewed: LastReviewedSchema,
  /** Old section ids kept as link targets after a rename: [{ from: old-id, to: new-id }]. */
  aliases: SectionAliasesSchema,
});

/** A page's frontmatter. */
export type Page = z.infer<typeof PageSchema>;
