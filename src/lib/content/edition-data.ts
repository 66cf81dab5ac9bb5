/**
 * The translated editions' data files (content/<locale>/glossary.yaml, timeline.yaml, members.yaml,
 * sources/<id>.yaml): each translates the English file of the same name entry for entry, in its order,
 * with the same number of paragraph summaries and facts, and its <Q en> quotations name words the
 * English entry quotes. Everything a translation does not hold (dates, sources, kinds) is English.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import {
  TranslatedGlossarySchema,
  TranslatedMembersSchema,
  TranslatedSourceSchema,
  TranslatedTimelineSchema,
} from '../../schemas/translation';
import { describeDateProblem } from '../../schemas/common';
import { TRANSLATED_LOCALES } from '../i18n/locales';
import type { ContentProblem } from './content-error';
import { checkQuotations } from './edition-parity';
import { schemaProblems } from './schema-problems';
import { readYaml, type YamlSource } from './yaml-source';
import {
  fileStaleness,
  listStaleness,
  type Staleness,
  type TranslationStamp,
} from './translation-stale';

/** `<Q en="…">`'s English words in a YAML text field. */
const QUOTE = /<Q en="([^"]*)">/g;

function read(root: string, file: string, problems: ContentProblem[]): YamlSource | undefined {
  if (!existsSync(join(root, file))) return undefined;
  const source = readYaml(readFileSync(join(root, file), 'utf8'), file);
  problems.push(...source.problems);
  return source.problems.length > 0 ? undefined : source;
}

function parse<S extends z.ZodType>(
  schema: S,
  source: YamlSource,
  file: string,
  problems: ContentProblem[],
): z.infer<S> | undefined {
  const parsed = schema.safeParse(source.data ?? {});
  if (parsed.success) return parsed.data;
  problems.push(...schemaProblems(parsed.error, file, source));
  return undefined;
}

/** The ids of a translated list against the English file's, in order: one problem per difference. */
function checkIds(
  file: string,
  englishFile: string,
  english: readonly string[],
  translated: readonly string[],
  lineOf: (index: number) => number | undefined,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const missing = english.filter((id) => !translated.includes(id));
  for (const [i, id] of translated.entries()) {
    if (!english.includes(id))
      problems.push({
        file,
        line: lineOf(i),
        field: `${id} → id`,
        problem: `is not an id of ${englishFile}`,
        fix: 'translate the entries of the English file, under their English ids',
      });
  }
  if (missing.length > 0)
    problems.push({
      file,
      field: 'entries',
      problem: `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not translated`,
      fix: `translate every entry of ${englishFile}, in its order`,
    });
  else if (english.join() !== translated.join()) {
    const at = translated.findIndex((id, i) => id !== english[i]);
    problems.push({
      file,
      line: lineOf(at),
      field: `${translated[at]} → id`,
      problem: `is in another place than in ${englishFile}, where ${english[at]} comes here`,
      fix: 'keep the English order, so that the two files can be read side by side',
    });
  }
  return problems;
}

/** The English words quoted in a list of text fields, by <Q en>, each looked up in the English text. */
function quotations(
  file: string,
  englishText: string,
  fields: readonly { text: string; line: number | undefined }[],
): ContentProblem[] {
  const quotes = fields.flatMap(({ text, line }) =>
    [...text.matchAll(QUOTE)].map((match) => ({ en: match[1] ?? '', line })),
  );
  return checkQuotations(englishText, { file, quotes });
}

/**
 * A translation stamped the old way, `translated: <day>` alone, does not say which English review it
 * renders, so that no review after it could mark it stale: the editor is told how to stamp it.
 */
function oldStamp(source: YamlSource, file: string, problems: ContentProblem[]): boolean {
  const data = source.data as Record<string, unknown> | undefined;
  if (!data || typeof data !== 'object' || !('translated' in data) || 'translation' in data)
    return false;
  problems.push({
    file,
    line: source.lineOf(['translated']),
    field: 'translated',
    problem:
      'does not say which review of the English file the translation renders, so a later English review could not mark it stale',
    fix: `replace it with translation: { englishReviewed: <the English file's lastReviewed (for a list, its entries' newest) that you translated>, translated: ${String(data['translated'])} }`,
  });
  return true;
}

const LISTS = [
  ['glossary.yaml', TranslatedGlossarySchema, 'terms', ['name', 'definition']],
  ['timeline.yaml', TranslatedTimelineSchema, 'events', ['title', 'summary']],
  ['members.yaml', TranslatedMembersSchema, 'members', ['name', 'capital']],
] as const;

/**
 * A stamp that claims an English review later than the English file's own (a careless date, or
 * one copied from elsewhere) would hide every review up to it: a translation cannot render a review
 * that has not happened.
 */
function checkStampNotAhead(
  file: string,
  source: Pick<YamlSource, 'data' | 'lineOf'>,
  englishFile: string,
  englishReview: string | undefined,
): ContentProblem[] {
  const stamp = stampOf(source.data);
  // An English date that is not a day is reported on the English file, not here.
  if (!stamp || englishReview === undefined || describeDateProblem(englishReview, true)) return [];
  if (stamp.englishReviewed <= englishReview) return [];
  return [
    {
      file,
      line: source.lineOf(['translation', 'englishReviewed']),
      field: 'translation.englishReviewed',
      problem: `is ${stamp.englishReviewed}, after the English file's last review (${englishFile}: ${englishReview}); a translation cannot render a review that has not happened`,
      fix: `write the English review you translated, ${englishReview} if you translated the English as it is now`,
    },
  ];
}

/** The newest `lastReviewed` of a list's entries (YAML as read), or undefined when none has one. */
function newestEntryReview(list: unknown): string | undefined {
  if (!Array.isArray(list)) return undefined;
  const days = list.flatMap((entry: unknown) => {
    const day = dayText((entry as Record<string, unknown> | null)?.['lastReviewed']);
    return day ? [day] : [];
  });
  return days.length > 0 ? days.sort().at(-1) : undefined;
}

/** Checks every translated data file of every edition begun; problems go to `problems`. */
export function checkEditionData(root: string, problems: ContentProblem[]): void {
  for (const locale of TRANSLATED_LOCALES) {
    if (!existsSync(join(root, 'content', locale))) continue;
    for (const kind of ['topics', 'pages']) {
      const folder = join(root, 'content', locale, kind);
      if (!existsSync(folder)) continue;
      for (const name of readdirSync(folder).filter((n) => n.endsWith('.mdx')).sort()) {
        const englishFile = `content/${kind}/${name}`;
        if (!existsSync(join(root, englishFile))) continue;
        const file = `content/${locale}/${kind}/${name}`;
        const translated = frontmatterOf(root, file);
        const english = frontmatterOf(root, englishFile);
        if (translated)
          problems.push(
            ...checkStampNotAhead(
              file,
              translated,
              englishFile,
              dayText((english?.data as Record<string, unknown> | undefined)?.['lastReviewed']),
            ),
          );
      }
    }
    for (const [name, schema, key, textFields] of LISTS) {
      const file = `content/${locale}/${name}`;
      const englishFile = `content/${name}`;
      // The English list's own absence is reported by the English checks (check-content.ts).
      if (!existsSync(join(root, englishFile))) continue;
      if (!existsSync(join(root, file))) {
        problems.push({
          file,
          field: 'file',
          problem: `is missing: the ${locale} edition has begun (content/${locale}/ exists) but does not translate ${englishFile}`,
          fix: `translate ${englishFile} into ${file}, with the same ids in the same order`,
        });
        continue;
      }
      const source = read(root, file, problems);
      if (!source || oldStamp(source, file, problems)) continue;
      const data = parse(schema, source, file, problems) as
        | Record<string, { id: string; [field: string]: unknown }[]>
        | undefined;
      const englishText = readFileSync(join(root, englishFile), 'utf8');
      const english = readYaml(englishText, englishFile).data as { id: string }[];
      if (!data || !Array.isArray(english)) continue;
      const entries = data[key] ?? [];
      problems.push(
        ...checkStampNotAhead(file, source, englishFile, newestEntryReview(english)),
        ...checkIds(
          file,
          englishFile,
          english.map((e) => e.id),
          entries.map((e) => e.id),
          (i) => source.lineOf([key, i, 'id']),
        ),
        ...quotations(
          file,
          englishText,
          entries.flatMap((entry, i) =>
            textFields.map((field) => ({
              text: String(entry[field] ?? ''),
              line: source.lineOf([key, i, field]),
            })),
          ),
        ),
      );
    }
    const folder = join(root, 'content', locale, 'sources');
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.yaml')).sort()) {
      const file = `content/${locale}/sources/${name}`;
      const englishFile = `content/sources/${name}`;
      if (!existsSync(join(root, englishFile))) {
        problems.push({
          file,
          field: 'file name',
          problem: `translates ${englishFile}, which does not exist`,
          fix: 'name the file as the English source it translates',
        });
        continue;
      }
      const source = read(root, file, problems);
      if (!source || oldStamp(source, file, problems)) continue;
      const data = parse(TranslatedSourceSchema, source, file, problems);
      const englishText = readFileSync(join(root, englishFile), 'utf8');
      const english = readYaml(englishText, englishFile).data as {
        descriptiveTitle?: boolean;
        kind?: unknown;
        author?: unknown;
        paragraphs?: unknown[];
        facts?: unknown[];
        lastReviewed?: unknown;
      };
      if (!data) continue;
      problems.push(
        ...checkStampNotAhead(file, source, englishFile, dayText(english.lastReviewed)),
      );
      // An article's author is a person, whom the edition's readers look up by the name as the
      // edition writes it (search: the source page's author names).
      if (english.kind !== 'reference' && data.author === undefined)
        problems.push({
          file,
          field: 'author',
          problem: `does not say how the ${locale} edition writes the author's name (${englishFile}: ${String(english.author)})`,
          fix: `add author: with the name as content/${locale}/TERMS.md (Names) gives it`,
        });
      if (data.title !== undefined && english.descriptiveTitle !== true)
        problems.push({
          file,
          line: source.lineOf(['title']),
          field: 'title',
          problem: `translates a published title (${englishFile} has no descriptiveTitle: true)`,
          fix: 'leave the title out: a published title is shown as published',
        });
      for (const list of ['paragraphs', 'facts'] as const) {
        const want = english[list]?.length ?? 0;
        const have = data[list]?.length ?? 0;
        if (want !== have)
          problems.push({
            file,
            line: source.lineOf([list]),
            field: list,
            problem: `has ${have}, where ${englishFile} has ${want}`,
            fix: `translate each of the English ${list}, one for one, in order`,
          });
      }
      problems.push(
        ...quotations(file, englishText, [
          ...(['title', 'authorRole', 'outlet', 'completeness', 'about'] as const).map((field) => ({
            text: data[field] ?? '',
            line: source.lineOf([field]),
          })),
          ...(['paragraphs', 'facts'] as const).flatMap((list) =>
            (data[list] ?? []).map((text, i) => ({ text, line: source.lineOf([list, i]) })),
          ),
        ]),
      );
    }
  }
}

/** A translation whose English file was reviewed after the translation was made. */
export interface StaleTranslation {
  file: string;
  englishFile: string;
  /** The English review the translation was made from. */
  translatedFrom: string;
  /** The English file's review now (for a list, its entries' newest). */
  englishReviewed: string;
  /** For a list (glossary, timeline, members): the entries reviewed since, in the English order. */
  entries?: string[];
}

/** A stale translation as the build's log and check:content say it. */
export function describeStaleTranslation(stale: StaleTranslation): string {
  const entries = stale.entries ?? [];
  const what =
    entries.length === 0
      ? `the English was reviewed again on ${stale.englishReviewed}`
      : entries.length === 1
        ? `its entry ${entries.join('')} was reviewed again on ${stale.englishReviewed}`
        : `its entries ${entries.join(', ')} were reviewed again since, the last on ${stale.englishReviewed}`;
  return `${stale.file} translates ${stale.englishFile} as reviewed on ${stale.translatedFrom}; ${what}. Fix: bring the translation up to date, then set its translation: { englishReviewed: ${stale.englishReviewed}, translated: <today> }`;
}

/** An MDX file's frontmatter as YAML, its lines counted from the file's (the frontmatter opens on line 2). */
function frontmatterOf(root: string, file: string): YamlSource | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(root, file), 'utf8'));
  if (!match) return undefined;
  const source = readYaml(match[1] ?? '', file, 2);
  return source.problems.length > 0 ? undefined : source;
}

/** A value as a YYYY-MM-DD text, however YAML read it; undefined for anything else. */
function dayText(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return typeof value === 'string' ? value : undefined;
}

/** The `translation:` stamp of a translated file's data, when it is well formed (check:content reports it otherwise). */
function stampOf(data: unknown): TranslationStamp | undefined {
  const stamp = (data as { translation?: Record<string, unknown> } | undefined)?.translation;
  const englishReviewed = dayText(stamp?.['englishReviewed']);
  const translated = dayText(stamp?.['translated']);
  return englishReviewed && translated ? { englishReviewed, translated } : undefined;
}

/**
 * Every stale translation of every edition: topics and pages (frontmatter), sources, and the data
 * lists (glossary, timeline, members), for the build's log and check:content's summary. A file that
 * does not parse is skipped here: check:content reports it.
 */
export function listStaleTranslations(root: string): StaleTranslation[] {
  const stale: StaleTranslation[] = [];
  const yamlOf = (file: string, frontmatter: boolean): unknown => {
    const text = readFileSync(join(root, file), 'utf8');
    if (!frontmatter) return readYaml(text, file).data;
    const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    return match ? readYaml(match[1] ?? '', file).data : undefined;
  };
  const push = (file: string, englishFile: string, staleness: Staleness | undefined): void => {
    if (!staleness?.stale) return;
    stale.push({
      file,
      englishFile,
      translatedFrom: staleness.englishReviewed,
      englishReviewed: staleness.englishLastReviewed,
      ...(staleness.entries.length > 0 ? { entries: staleness.entries } : {}),
    });
  };
  const fileReview = (file: string, frontmatter: boolean): string | undefined =>
    dayText((yamlOf(file, frontmatter) as Record<string, unknown> | undefined)?.['lastReviewed']);
  for (const locale of TRANSLATED_LOCALES) {
    for (const [kind, extension] of [
      ['topics', '.mdx'],
      ['pages', '.mdx'],
      ['sources', '.yaml'],
    ] as const) {
      const folder = join(root, 'content', locale, kind);
      if (!existsSync(folder)) continue;
      for (const name of readdirSync(folder).filter((n) => n.endsWith(extension)).sort()) {
        const file = `content/${locale}/${kind}/${name}`;
        const englishFile = `content/${kind}/${name}`;
        if (!existsSync(join(root, englishFile))) continue;
        const frontmatter = extension === '.mdx';
        const stamp = stampOf(yamlOf(file, frontmatter));
        const reviewed = fileReview(englishFile, frontmatter);
        push(file, englishFile, stamp && reviewed ? fileStaleness(stamp, reviewed) : undefined);
      }
    }
    for (const [name] of LISTS) {
      const file = `content/${locale}/${name}`;
      const englishFile = `content/${name}`;
      if (!existsSync(join(root, file)) || !existsSync(join(root, englishFile))) continue;
      const stamp = stampOf(yamlOf(file, false));
      const english = yamlOf(englishFile, false);
      if (!stamp || !Array.isArray(english)) continue;
      const entries = english.flatMap((entry: unknown) => {
        const { id, lastReviewed } = (entry ?? {}) as Record<string, unknown>;
        const day = dayText(lastReviewed);
        return typeof id === 'string' && day ? [{ id, lastReviewed: day }] : [];
      });
      push(file, englishFile, listStaleness(stamp, entries));
    }
  }
  return stale;
}
