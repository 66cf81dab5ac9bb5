import { z } from 'astro/zod';
import { CitationListSchema, IdSchema, LastReviewedSchema, PastDaySchema } from './common';

/** A member state (one item of content/members.yaml). */
export const MemberSchema = z.strictObject({
  /** Permanent id, e.g. "india". */
  id: IdSchema,
  /** The day an editor last reviewed it; a translation made before that review is stale. */
  lastReviewed: LastReviewedSchema,
  /** Common English name. */
  name: z.string().min(1),
  /** Its capital city, as the home page's member table gives it: "New Delhi". */
  capital: z.string().min(1),
  /** The citations for the capital. */
  capitalSources: CitationListSchema,
  /** ISO 3166-1 numeric code, which places the state on the member map: "356" for India. */
  iso: z.preprocess(
    // A careless `iso: 36` (YAML reads a number) means "036": the code is always three digits.
    (value) =>
      typeof value === 'number' && Number.isInteger(value) ? String(value).padStart(3, '0') : value,
    z
      .string({ error: 'iso must be the ISO 3166-1 numeric code, e.g. iso: "356" for India' })
      .regex(/^\d{3}$/, {
        error: 'iso must be the three-digit ISO 3166-1 numeric code, e.g. iso: "356" for India',
      }),
  ),
  /** Day it became a full member (YYYY-MM-DD). */
  joined: PastDaySchema,
  /** The citations for the accession date. */
  sources: CitationListSchema,
});

/** A member state. */
export type Member = z.infer<typeof MemberSchema>;
