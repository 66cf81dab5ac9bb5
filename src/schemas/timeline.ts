import { z } from 'astro/zod';
import {
  CitationListSchema,
  IdAliasesSchema,
  IdSchema,
  PartialDateSchema,
  LastReviewedSchema,
} from './common';

/** A dated event (one item of content/timeline.yaml); its id is its anchor on /timeline/. */
export const EventSchema = z.strictObject({
  /** Permanent anchor: /timeline/#<id>. */
  id: IdSchema,
  /** The day an editor last reviewed it; a translation made before that review is stale. */
  lastReviewed: LastReviewedSchema,
  /** When it happened: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: PartialDateSchema,
  /** A short title. */
  title: z.string().min(1),
  /** One sentence in the site's own words. */
  summary: z.string().min(1),
  /** The citations for the event and its date. */
  sources: CitationListSchema,
  /** Old ids of the event, kept as anchors on /timeline/ after a rename. */
  aliases: IdAliasesSchema,
});

/** A timeline event. */
export type TimelineEvent = z.infer<typeof EventSchema>;
