import { z } from 'astro/zod';
import { PastPartialDateSchema, LastReviewedSchema } from './common';

/** What kind of text a source is: the reader weighs each differently. */
export const SOURCE_KINDS = ['opinion', 'official', 'reference'] as const;

/** One source: an article the site summarises, or a reference for background facts (content/sources/<id>.yaml). */
export const SourceSchema = z
  .strictObject({
    /** Title as published, or a description of it where the title is not confirmed (the `completeness` note says so). */
    title: z.string().min(1),
    /** Set when `title` is the site's description, not the published title; citations bracket it. */
    descriptiveTitle: z
      .literal(true, { error: 'descriptiveTitle must be true, or be left out' })
      .optional(),
    /** Who wrote it: a person or an institution. */
    author: z.string().min(1),
    /** The author's role at the time, which tells the reader whose voice this is. */
    authorRole: z.string().min(1),
    /** Where it appeared. */
    outlet: z.string().min(1),
    /** When it appeared, as precisely as is known, or "unknown". */
    published: z.union([z.literal('unknown'), PastPartialDateSchema], {
      error: 'published must be YYYY, YYYY-MM, YYYY-MM-DD or "unknown"',
    }),
    /** opinion (commentary), official (an office-holder's own account) or reference (background facts). */
    kind: z.enum(SOURCE_KINDS, { error: `kind must be one of: ${SOURCE_KINDS.join(', ')}` }),
    /** The day an editor last reviewed it; a translation made before that review is stale. */
    lastReviewed: LastReviewedSchema,
    /** The original address, only when it is confirmed. */
    url: z
      .url({
        protocol: /^https?$/,
        hostname: z.regexes.domain,
        error:
          'is not a full https:// or http:// address. Fix: write the full address, or leave the field out if none is confirmed',
      })
      .optional(),
    /** What our copy covers and what about the source is unconfirmed. */
    completeness: z.string().min(1),
    /** What kind of text this is and how the site uses it. */
    about: z.string().min(1),
    /** One summary per body paragraph, in order; page ids p1, p2, … (articles only). */
    paragraphs: z
      .array(
        z.strictObject({
          /** The paragraph's first four words as they stand in the article: its anchor, checked against the article's fingerprint. */
          opening: z
            .string({
              error:
                "opening is required: the paragraph's first four words, as they stand in the article",
            })
            .min(1),
          /** The paragraph in the site's own words. */
          summary: z.string().min(1),
        }),
      )
      .optional(),
    /** The background facts the site takes from it (reference sources only). */
    facts: z.array(z.string().min(1)).optional(),
  })
  .refine((source) => (source.kind === 'reference') === (source.paragraphs === undefined), {
    error:
      'a reference source lists `facts` and no `paragraphs`; an article lists `paragraphs` (one summary each)',
    path: ['paragraphs'],
  });

/** A source entry's data. */
export type Source = z.infer<typeof SourceSchema>;
