import { createReference } from 'astro/content/runtime';
import { z } from 'astro/zod';

const astroReference = createReference();

/**
 * `reference()` as `astro:content` exports it, narrowed to `{ id, collection }`. Imported from
 * Astro's runtime module rather than the virtual `astro:content` so that the schemas load in plain
 * Vitest as they do in the build. Whether the id exists is checked by src/lib/validate-content.ts,
 * which sees every collection at once.
 */
export function reference<C extends string>(collection: C) {
  return astroReference(collection).transform((ref, ctx) => {
    if (ref === undefined || !('id' in ref)) {
      ctx.addIssue({ code: 'custom', message: `must be the id of an entry in ${collection}` });
      return z.NEVER;
    }
    return { id: ref.id, collection };
  });
}

/** Lowercase words joined by single hyphens: the shape of every permanent id and anchor. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A permanent id (entry id, anchor): lowercase letters, digits and single hyphens. */
export const IdSchema = z
  .string({ error: 'an id is required (lowercase letters, digits and hyphens, e.g. "three-forces")' })
  .regex(ID_PATTERN, {
    error: 'must be lowercase letters, digits and single hyphens, e.g. "three-forces"',
  });

/** True when year, month and day name a real calendar day. */
function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Section ids a page used to have, kept as link targets after a rename: `from` (the old id, which
 * published links use) → `to` (the section's id now). See tests/published-links.txt.
 */
export const SectionAliasesSchema = z
  .array(
    z.strictObject({
      /** The old id. */
      from: IdSchema,
      /** The id of the section it now points to. */
      to: IdSchema,
    }),
    { error: 'aliases must be a list such as [{ from: old-id, to: new-id }]' },
  )
  .default([]);

/** Old ids of a glossary term or timeline event, kept as link targets after a rename. */
export const IdAliasesSchema = z.array(IdSchema, { error: 'aliases must be a list of old ids, e.g. [rats-2004]' }).default([]);

/** YAML turns `2004-06-17` into a Date and `2004` into a number; everything is compared as text. */
function toDateText(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(value);
  return value;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for "YYYY", "YYYY-MM" or "YYYY-MM-DD" naming a real year, month or day. */
export function isPartialDate(text: string): boolean {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return false;
  const [, y, m, d] = match;
  return isCalendarDay(Number(y), m === undefined ? 1 : Number(m), d === undefined ? 1 : Number(d));
}

/** A full calendar date, normalised to "YYYY-MM-DD" text. */
export const DaySchema = z.preprocess(
  toDateText,
  z
    .string({ error: 'a date is required, written YYYY-MM-DD (e.g. 2026-11-22)' })
    .refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && isPartialDate(text), {
      error: 'must be a real date written YYYY-MM-DD (e.g. 2026-11-22)',
    }),
);

/** A date known to the year, month or day: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export const PartialDateSchema = z.preprocess(
  toDateText,
  z
    .string({ error: 'a date is required, written YYYY, YYYY-MM or YYYY-MM-DD' })
    .refine(isPartialDate, { error: 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2004-06-17)' }),
);

/** One citation written in data: a source and, for the two articles, the paragraph cited. */
export const CitationRefSchema = z.strictObject({
  /** Id of a source in content/sources. */
  source: reference('sources'),
  /** Body paragraph of that source (1-based); left out for reference sources, which have none. */
  p: z.number({ error: 'p must be a paragraph number such as 5' }).int().positive().optional(),
  /** For an article: cite its editor's and author's notes (printed before ¶1) instead of a paragraph. */
  notes: z.literal(true, { error: 'notes must be true, or be left out' }).optional(),
});

/** A citation as data, after reference() has resolved the source to `{ collection, id }`. */
export type CitationRef = z.infer<typeof CitationRefSchema>;

/** At least one citation: nothing on the site stands without one. */
export const CitationListSchema = z
  .array(CitationRefSchema, { error: 'sources must be a list such as [{ source: alimov-2017, p: 3 }]' })
  .min(1, { error: 'cite at least one source, e.g. [{ source: alimov-2017, p: 3 }]' });
