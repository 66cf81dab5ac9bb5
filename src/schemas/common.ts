import { createReference } from 'astro/content/runtime';
import { z } from 'astro/zod';
import { MONTHS } from '#lib/content/dates.ts';
import { foldWords } from '#lib/search/search-words.ts';

const astroReference = createReference();

/**
 * `reference()` as `astro:content` exports it, narrowed to `{ id, collection }`. Imported from
 * Astro's runtime module rather than the virtual `astro:content` so that the schemas load in plain
 * Vitest as they do in the build. Whether the id exists is checked by src/lib/content/validate-content.ts,
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
  .string({
    error: 'an id is required (lowercase letters, digits and hyphens, e.g. "three-forces")',
  })
  .regex(ID_PATTERN, {
    error: 'must be lowercase letters, digits and single hyphens, e.g. "three-forces"',
  });

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
export const IdAliasesSchema = z
  .array(IdSchema, { error: 'aliases must be a list of old ids, e.g. [rats-2004]' })
  .default([]);

/**
 * YAML 1.1 (Astro's frontmatter parser) turns `2004-06-17` into a Date and `2004` into a number;
 * everything is compared as text. A Date has already rolled an impossible day over (2026-02-30 →
 * 2 March), so the build reads every date field from its text first, before Astro parses it
 * (src/lib/content/check-content.ts, with the `yaml` package, which keeps dates as text).
 */
function toDateText(value: unknown): unknown {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(value);
  return value;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days in a month of a year (1-based month). */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * What is wrong with a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD" (day required when `full`),
 * said for an editor ("February 2026 has 28 days"), or undefined when it names a real day.
 */
export function describeDateProblem(text: string, full = false): string | undefined {
  const match = PARTIAL_DATE.exec(text);
  const format = full ? 'YYYY-MM-DD' : 'YYYY, YYYY-MM or YYYY-MM-DD';
  if (!match) return `"${text}" is not written ${format}`;
  const [, y, m, d] = match;
  if (full && d === undefined) return `"${text}" has no day; write ${format}`;
  const year = Number(y);
  if (year < 1000) return `"${text}" has no plausible year`;
  if (m === undefined) return undefined;
  const month = Number(m);
  if (month < 1 || month > 12) return `"${text}" has no month ${m} (months run 01–12)`;
  if (d === undefined) return undefined;
  const day = Number(d);
  const last = daysIn(year, month);
  if (day < 1 || day > last)
    return `"${text}" is not a day: ${MONTHS[month - 1] ?? ''} ${year} has ${last} days`;
  return undefined;
}

/**
 * The latest calendar day anywhere on Earth at `now` (UTC+14, the Line Islands of Kiribati): a later
 * day has begun nowhere, so nothing can have been reviewed, translated, published or joined on it,
 * whatever the editor's time zone. Read from the clock: as days go by the check passes more content,
 * never less, so a build that passed today passes tomorrow.
 */
export function latestDayOnEarth(now: number = Date.now()): string {
  return new Date(now + 14 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * What is wrong with a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD" that lies after `today`
 * ("2027" in 2026, "2026-12-07" on 6 December everywhere), or undefined when it does not.
 */
export function describeFutureDate(text: string, today = latestDayOnEarth()): string | undefined {
  return text > today.slice(0, text.length)
    ? `"${text}" is after today (${today} at the latest, anywhere on Earth)`
    : undefined;
}

/** True for "YYYY", "YYYY-MM" or "YYYY-MM-DD" naming a real year, month or day. */
export function isPartialDate(text: string): boolean {
  return describeDateProblem(text) === undefined;
}

/**
 * A date schema that checks the text as written and says exactly what is wrong with it; with
 * `past`, a date after today is wrong too (a review, a publication, an accession).
 */
function dateText(full: boolean, past = false) {
  const example = full ? 'e.g. 2026-11-22' : 'e.g. 2004, 2004-06 or 2004-06-17';
  return z
    .string({
      error: `a date is required, written ${full ? 'YYYY-MM-DD' : 'YYYY, YYYY-MM or YYYY-MM-DD'} (${example})`,
    })
    .superRefine((text, ctx) => {
      const problem = describeDateProblem(text, full);
      if (problem)
        ctx.addIssue({ code: 'custom', message: `${problem}. Fix: write a real date, ${example}` });
      const future = problem === undefined && past ? describeFutureDate(text) : undefined;
      if (future)
        ctx.addIssue({
          code: 'custom',
          message: `${future}. Fix: write the date it happened, which cannot be later than today`,
        });
    });
}

/** A full calendar date ("YYYY-MM-DD" naming a real day) that has come: a translation's, an accession's. */
export const PastDaySchema = z.preprocess(toDateText, dateText(true, true));

/**
 * The day an editor last checked an entry against its sources (`lastReviewed`), not after today.
 * A translation records the English review it renders; an English review after it makes the
 * translation stale (src/schemas/translation.ts).
 */
export const LastReviewedSchema = z.preprocess(
  toDateText,
  z
    .string({
      error:
        'is required: the day an editor last checked this against its sources. Fix: add lastReviewed: YYYY-MM-DD (e.g. 2026-11-22), and change it whenever you revise the text, so that its translations are marked stale',
    })
    .superRefine((text, ctx) => {
      const problem = describeDateProblem(text, true) ?? describeFutureDate(text);
      if (problem)
        ctx.addIssue({
          code: 'custom',
          message: `${problem}. Fix: write the day of the review, YYYY-MM-DD (e.g. 2026-11-22)`,
        });
    }),
);

/** A date known to the year, month or day: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export const PartialDateSchema = z.preprocess(toDateText, dateText(false));

/** A date known to the year, month or day that has come (a publication): not after today. */
export const PastPartialDateSchema = z.preprocess(toDateText, dateText(false, true));

/** One citation written in data: a source and, for the two articles, the paragraph cited. */
export const CitationRefSchema = z.strictObject({
  /** Id of a source in content/sources. */
  source: reference('sources'),
  /** Body paragraph of that source (1-based); left out for reference sources, which have none. */
  p: z
    .number({ error: 'p must be a paragraph number such as 5' })
    .int({
      error:
        'is not a whole number. Fix: cite one paragraph, e.g. p: 5; cite several with several citations',
    })
    .positive({
      error:
        'is not a paragraph number: paragraphs are numbered from 1. Fix: write p: 1 for the first',
    })
    .optional(),
  /** For an article: cite its editor's and author's notes (printed before ¶1) instead of a paragraph. */
  notes: z.literal(true, { error: 'notes must be true, or be left out' }).optional(),
});

/** A citation as data, after reference() has resolved the source to `{ collection, id }`. */
export type CitationRef = z.infer<typeof CitationRefSchema>;

/** At least one citation: nothing on the site stands without one. */
export const CitationListSchema = z
  .array(CitationRefSchema, {
    error: 'sources must be a list such as [{ source: alimov-2017, p: 3 }]',
  })
  .min(1, { error: 'cite at least one source, e.g. [{ source: alimov-2017, p: 3 }]' });

/** A page's meta description: one or two whole sentences for search engines and link previews. */
export const DescriptionSchema = z
  .string()
  .min(50)
  .max(160)
  .regex(/[.!?…]$/, {
    error: 'ends mid-sentence; search engines show it whole. Fix: end it with a full stop',
  });

/**
 * The other names of an entry that are its name, or an earlier other name, but for case, hyphens,
 * spaces or other marks ("Anti-Drug-Center" beside "Anti-Drug Center", "nonaggression" beside
 * "Non-aggression"): the search reads them alike, so they find nothing more, and the page lists them
 * as if they were other names (a first reader took "Anti-Drug-Center" for a typo). As issues at
 * the other name's place, for the file's line.
 */
export function sameNameProblems(
  name: string,
  otherNames: readonly string[],
): { code: 'custom'; path: (string | number)[]; message: string }[] {
  // As the search folds a name (foldWords), its words run together: "Anti-Drug Center" and
  // "Anti-Drug-Center" alike.
  const letters = (text: string): string => foldWords(text.normalize('NFKC')).join('');
  const seen = new Map([[letters(name), name]]);
  const problems: { code: 'custom'; path: (string | number)[]; message: string }[] = [];
  otherNames.forEach((other, index) => {
    const same = seen.get(letters(other));
    if (same !== undefined)
      problems.push({
        code: 'custom',
        path: ['otherNames', index],
        message: `"${other}" is "${same}" written another way (case, spaces, hyphens or other marks), which search and readers take alike. Fix: remove it from otherNames`,
      });
    else seen.set(letters(other), other);
  });
  return problems;
}
