import { z } from 'astro/zod';
import { CitationListSchema, DaySchema, IdSchema } from './common';

/** A member state (one item of content/members.yaml). */
export const MemberSchema = z.strictObject({
  /** Permanent id, e.g. "india". */
  id: IdSchema,
  /** Common English name. */
  name: z.string().min(1),
  /** Day it became a full member (YYYY-MM-DD). */
  joined: DaySchema,
  /** The citations for the accession date. */
  sources: CitationListSchema,
});

/** A member state. */
export type Member = z.infer<typeof MemberSchema>;
