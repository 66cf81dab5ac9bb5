import { z } from 'astro/zod';
import { DescriptionSchema, LastReviewedSchema, reference, SectionAliasesSchema } from './common';

/** What a topic page is about; search filters on it. */
export const TOPIC_KINDS = ['principle', 'institution', 'event'] as const;

/** Frontmatter of a topic page (content/topics/<slug>.mdx; the file name is the URL). */
export const TopicSchema = z.strictObject({
  /** Page title: the h1, the <title> and the citation title. */
  title: z.string().min(1),
  /** Short label for the header navigation, e.g. "RATS". */
  navLabel: z.string().min(1).max(24),
  /** One or two sentences for search engines and link previews. */
  description: DescriptionSchema,
  /**
   * What a reader learns from the page, as one sentence that starts with the subject, not with the
   * sources ("Which values the SCO names …"): shown on the home page and the topics list.
   */
  learn: z.string().min(40).max(200),
  /** principle, institution or event. */
  kind: z.enum(TOPIC_KINDS, { error: `kind must be one of: ${TOPIC_KINDS.join(', ')}` }),
  /** Position in the navigation and in previous/next. */
  order: z.number().int().positive(),
  /** Every source the page cites, so the page can list them and the build can check them. */
  sources: z.array(reference('sources')).min(1),
  /** When an editor last checked the page against its sources (YYYY-MM-DD). */
  lastReviewed: LastReviewedSchema,
  /** Old section ids kept as link targets after a rename: [{ from: old-id, to: new-id }]. */
  aliases: SectionAliasesSchema,
  /**
   * The member map, shown after the page's text: `memberMap: { emphasise: 2017 }` picks out the
   * states that joined that year (a year some member joined, in content/members.yaml).
   */
  memberMap: z
    .strictObject({
      emphasise: z
        .number({
          error: 'emphasise must be a year of accession, e.g. memberMap: { emphasise: 2017 }',
        })
        .int({
          error: 'emphasise must be a year of accession, e.g. memberMap: { emphasise: 2017 }',
        })
        .optional(),
    })
    .optional(),
});

/** A topic's frontmatter. */
export type Topic = z.infer<typeof TopicSchema>;
