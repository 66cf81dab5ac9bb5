import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { loadRedirects } from '#lib/content/redirects.ts';
import { isLocale, SOURCE_LOCALE, type Locale } from '#lib/i18n/locales.ts';
import type { Hit } from './pagefind.ts';

const UrlSchema = z.string().startsWith('/');

/** One row of a relevance table (tests/build/relevance.yaml, relevance-heldout.yaml). */
export const RelevanceRowSchema = z.strictObject({
  /** The category ("misspelling-dropped", "question", …). */
  group: z.string().min(1),
  /** What the reader types. */
  query: z.string().min(1),
  /** The right first result, or equally right ones. */
  first: z.union([UrlSchema, z.array(UrlSchema).min(1)]),
  /** The row is met when a right result is within the first N (both rates). */
  within: z.number().int().min(1).max(20).optional(),
  /** A kind filter applied, as /search/?kind= does. */
  kind: z.string().optional(),
});
export type RelevanceRow = z.infer<typeof RelevanceRowSchema>;

/** Reads a table; throws naming the file and row for a row that does not fit the schema. */
export function loadRelevanceTable(file: string): RelevanceRow[] {
  const rows = parse(readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(rows)) throw new Error(`${file}: expected a list of rows`);
  return rows.map((row: unknown, index) => {
    const parsed = RelevanceRowSchema.safeParse(row);
    if (!parsed.success)
      throw new Error(
        `${file}, row ${index + 1} (${JSON.stringify(row)}): ${parsed.error.message}`,
      );
    return parsed.data;
  });
}

/** Shortest last word cut by typingRows, the share of its letters kept, and the fewest kept. */
export const TYPING_WORD = 7;
export const TYPING_SHARE = 0.6;
export const TYPING_KEPT = 4;

/**
 * A table's rows as a reader still typing the last word would search them: each row (without a
 * kind filter) whose last word is TYPING_WORD letters or more, with that word cut to TYPING_SHARE
 * of its letters (TYPING_KEPT at least), and the same right answers ("UN Chronicle article" as
 * "UN Chronicle artic"). Results follow each keystroke, so these are queries readers see answered.
 * A cut query that two rows share is measured once, by the first.
 */
export function typingRows(rows: readonly RelevanceRow[]): RelevanceRow[] {
  const seen = new Set<string>();
  return rows.flatMap((row) => {
    const words = row.query.trim().split(/\s+/);
    const last = words.at(-1) ?? '';
    if (row.kind !== undefined || !/^[\p{L}-]+$/u.test(last) || [...last].length < TYPING_WORD)
      return [];
    const kept = Math.max(TYPING_KEPT, Math.ceil([...last].length * TYPING_SHARE));
    const query = [...words.slice(0, -1), [...last].slice(0, kept).join('')].join(' ');
    if (seen.has(query.toLowerCase())) return [];
    seen.add(query.toLowerCase());
    return [{ ...row, query }];
  });
}

/**
 * Shortest word of a name that typoQueries misspells: a shorter one is corrected by no rule
 * (allowedTypos).
 */
export const TYPO_WORD = 5;

/** The four typos of the categories: a letter dropped, doubled, swapped or wrong. */
export const TYPO_KINDS = ['dropped', 'doubled', 'swapped', 'wrong'] as const;

/** The letter beside each on a QWERTY keyboard's row, to its right (or left, at the row's end). */
function keyBeside(letter: string): string {
  for (const row of ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']) {
    const at = row.indexOf(letter);
    if (at !== -1) return row[at + 1] ?? row[at - 1]!;
  }
  return letter === 'e' ? 'r' : 'e';
}

/**
 * A name as readers mistype it: for each of its words of TYPO_WORD letters or more (lower case,
 * letters only; a hyphen parts words), one query per typo kind (TYPO_KINDS), its first letter kept
 * (typists seldom get it wrong), at a letter that moves with the kind so that the four do not all
 * fall on one. No query
 * that is the name itself (two like letters swapped). Deterministic: the same name gives the same
 * queries, so a build test derived from the content measures the same cases each run.
 */
export function typoQueries(name: string): { kind: (typeof TYPO_KINDS)[number]; query: string }[] {
  // Words and what parts them ("non-interference": two words), kept to join them again.
  const parts = name.toLowerCase().split(/(\s+|-)/);
  return parts.flatMap((word, index) => {
    const letters = [...word];
    if (!/^\p{Ll}+$/u.test(word) || letters.length < TYPO_WORD) return [];
    return TYPO_KINDS.flatMap((kind, k) => {
      const at = 1 + ((Math.floor(letters.length / 2) - 1 + k) % (letters.length - 2));
      const typed = [...letters];
      if (kind === 'dropped') typed.splice(at, 1);
      else if (kind === 'doubled') typed.splice(at, 0, letters[at]!);
      else if (kind === 'swapped') [typed[at], typed[at + 1]] = [letters[at + 1]!, letters[at]!];
      else typed[at] = keyBeside(letters[at]!);
      const typo = typed.join('');
      if (typo === word) return [];
      return [{ kind, query: parts.map((each, i) => (i === index ? typo : each)).join('') }];
    });
  });
}

/** The right answers of a row. */
export function expectedUrls(
  row: RelevanceRow,
  redirects: Readonly<Record<string, string>> = loadRedirects(),
): string[] {
  return (typeof row.first === 'string' ? [row.first] : row.first).map((url) =>
    followRedirect(url, redirects),
  );
}

/**
 * A URL as it is after a page move (content/redirects.yaml): "/old/#id" is "/new/#id", so that moving
 * a page with one line in redirects.yaml changes no row of a table.
 */
export function followRedirect(
  url: string,
  redirects: Readonly<Record<string, string>> = loadRedirects(),
): string {
  const hash = url.indexOf('#');
  const path = hash === -1 ? url : url.slice(0, hash);
  const moved = redirects[path];
  return moved === undefined ? url : `${moved}${hash === -1 ? '' : url.slice(hash)}`;
}

/**
 * True when a hit is one of the answers: a page, record or section. A page and section answer
 * ("/rats/#functions") is met by the page when its title lands there (Hit.section, landingOf), as
 * Enter in the dialog does: until the twenty-fourth round, by the page when that section was only
 * listed first under it, while its title led to the page's top.
 */
export function hitMatches(hit: Hit, expected: readonly string[]): boolean {
  return expected.some((url) => url === hit.url || (url.includes('#') && url === hit.section));
}

/** Where the first right answer stands (1-based), or undefined when none is in the hits. */
export function rankOf(hits: readonly Hit[], row: RelevanceRow): number | undefined {
  const at = hits.findIndex((hit) => hitMatches(hit, expectedUrls(row)));
  return at === -1 ? undefined : at + 1;
}

/** One row's outcome. */
export interface RowOutcome {
  row: RelevanceRow;
  rank: number | undefined;
  first: boolean;
  top3: boolean;
}

/** Scores a rank: first means rank 1, top3 rank ≤ 3; a `within: N` row is met for both by rank ≤ N. */
export function scoreRow(row: RelevanceRow, rank: number | undefined): RowOutcome {
  const limitFirst = row.within ?? 1;
  const limitTop = Math.max(row.within ?? 3, 3);
  return {
    row,
    rank,
    first: rank !== undefined && rank <= limitFirst,
    top3: rank !== undefined && rank <= limitTop,
  };
}

/** Rates per group and overall, as fractions. */
export interface Rates {
  rows: number;
  first: number;
  top3: number;
}

/** Aggregate rates of outcomes, overall ("all") and per group. */
export function rates(outcomes: readonly RowOutcome[]): Map<string, Rates> {
  const groups = new Map<string, RowOutcome[]>([['all', [...outcomes]]]);
  for (const outcome of outcomes)
    groups.set(outcome.row.group, [...(groups.get(outcome.row.group) ?? []), outcome]);
  return new Map(
    [...groups].map(([group, list]) => [
      group,
      {
        rows: list.length,
        first: list.filter((o) => o.first).length / list.length,
        top3: list.filter((o) => o.top3).length / list.length,
      },
    ]),
  );
}

/** The rates as a table, for the test log and the report. */
export function formatRates(title: string, table: Map<string, Rates>): string {
  const percent = (value: number): string => `${(value * 100).toFixed(1)} %`;
  return [
    title,
    ...[...table].map(
      ([group, r]) =>
        `  ${group.padEnd(28)} ${String(r.rows).padStart(4)} rows  first ${percent(r.first).padStart(7)}  top 3 ${percent(r.top3).padStart(7)}`,
    ),
  ].join('\n');
}

/**
 * How many rounds of readers' tables English has: each round's first reader adds a tuning table
 * (relevance-readersN.yaml) and a held-out one (relevance-heldoutN.yaml) of the same number.
 */
export const READER_ROUNDS = 35;

/** The numbers from `from` to READER_ROUNDS. */
function numbered(from: number): number[] {
  return Array.from({ length: READER_ROUNDS - from + 1 }, (_, at) => from + at);
}

/**
 * How many held-out tables a translated edition has: relevance-heldout.<locale>.yaml, then
 * relevance-heldout2.<locale>.yaml and on.
 */
export const EDITION_HELD_OUT_TABLES: Readonly<Record<Exclude<Locale, 'en'>, number>> = {
  ru: 1,
  zh: 2,
};

/** The relevance tables of an edition: the tuning tables and the held-out ones. */
export function relevanceTables(locale: Locale): { table: string[]; heldOut: string[] } {
  const suffix = locale === SOURCE_LOCALE ? '' : `.${locale}`;
  return {
    // English is also tuned on queries written apart from the first table, in readers' phrasing.
    table: [
      `tests/build/relevance${suffix}.yaml`,
      ...(locale === SOURCE_LOCALE
        ? numbered(1).map((n) => `tests/build/relevance-readers${n === 1 ? '' : String(n)}.yaml`)
        : []),
    ],
    // More held-out tables, of queries in no tuning table (their headers say how).
    heldOut: [
      `tests/build/relevance-heldout${suffix}.yaml`,
      ...(locale === SOURCE_LOCALE
        ? numbered(2)
        : Array.from({ length: EDITION_HELD_OUT_TABLES[locale] - 1 }, (_, at) => at + 2)
      ).map((n) => `tests/build/relevance-heldout${n}${suffix}.yaml`),
    ],
  };
}

/**
 * True for a table measured only, whose misses are never read: a held-out one
 * (relevance-heldout.yaml, relevance-heldout2.yaml, relevance-heldout.ru.yaml …) or a readers' sample
 * (relevance-sample.yaml, relevance-sample2.yaml …), some of whose queries a tuning or held-out table
 * asks too.
 */
export function isMeasuredOnly(file: string): boolean {
  return /relevance-(?:heldout|sample)[^/]*\.yaml$/.test(file);
}

/** The edition a table is for, by its name: relevance.ru.yaml and relevance-heldout.ru.yaml are /ru/'s. */
export function localeOfTable(file: string): Locale {
  const match = /relevance(?:-heldout\d*)?\.([a-z]+)\.yaml$/.exec(file);
  const locale = match?.[1];
  return locale !== undefined && isLocale(locale) ? locale : SOURCE_LOCALE;
}
