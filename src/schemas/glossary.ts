import { z } from 'astro/zod';
import {
  CitationListSchema,
  IdAliasesSchema,
  IdSchema,
  LastReviewedSchema,
  sameNameProblems,
} from './common';

/** What a glossary term names. */
export const TERM_KINDS = [
  'principle',
  'institution',
  'organisation',
  'concept',
  'document',
  'event',
  'place',
] as const;

/** A glossary term (one item of content/glossary.yaml); its id is its anchor on /glossary/. */
export const TermSchema = z
  .strictObject({
    /** Permanent anchor: /glossary/#<id>. */
    id: IdSchema,
    /** The day an editor last reviewed it; a translation made before that review is stale. */
    lastReviewed: LastReviewedSchema,
    /** The name the term is listed under. */
    name: z.string().min(1),
    /** Acronyms and other names readers may search for. */
    otherNames: z.array(z.string().min(1)).default([]),
    /** What the term names. */
    kind: z.enum(TERM_KINDS, { error: `kind must be one of: ${TERM_KINDS.join(', ')}` }),
    /** One to three sentences in the site's own words. */
    definition: z.string().min(1),
    /** The citations the definition rests on. */
    sources: CitationListSchema,
    /** Old ids of the term, kept as anchors on /glossary/ after a rename. */
    aliases: IdAliasesSchema,
    /** Sections of topic pages that discuss the term. */
    discussedIn: z
      .array(
        z.strictObject({
          /** Slug of a topic page (or its old slug, which content/redirects.yaml maps to the new one). */
          topic: IdSchema,
          /** Id of a section (h2/h3) on that page. */
          section: IdSchema,
        }),
      )
      .min(1, {
        error:
          'name at least one section that discusses the term, e.g. [{ topic: rats, section: what-rats-is }]',
      }),
  })
  .superRefine((term, ctx) => {
    for (const issue of sameNameProblems(term.name, term.otherNames)) ctx.addIssue(issue);
  });

/** A glossary term. */
export type Term = z.infer<typeof TermSchema>;
