import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { ID_PATTERN } from '../../schemas/common';
import { TermSchema } from '../../schemas/glossary';
import { MemberSchema } from '../../schemas/member';
import { PageSchema } from '../../schemas/page';
import { SourceSchema } from '../../schemas/source';
import { EventSchema } from '../../schemas/timeline';
import { TopicSchema } from '../../schemas/topic';
import type { CitationMark, SourceFacts } from './citations';
import { ContentError, type ContentProblem } from './content-error';
import { decodeContentFile } from './content-files';
import { inspectMdx, type MdxFacts } from '../markdown/mdx-rules';
import { checkRedirects, oldTopicIds, readRedirects, REDIRECTS_FILE, resolveTopicId, type RedirectList } from './redirects';
import { schemaProblems } from './schema-problems';
import { checkSiteLinks } from './site-links';
import { PROSE_PAGE_PATHS } from '../meta/site-pages';
import { buildSiteTargets, hasTarget, templateIdsOf, type TargetPage } from './site-targets';
import { validateContent, type DataEntry, type ProseEntry } from './validate-content';
import { readYaml, type YamlSource } from './yaml-source';
import { readYamlList } from './yaml-list';
import { TRANSLATED_LOCALES, type TranslatedLocale } from '../i18n/locales';
import { TranslatedPageSchema, TranslatedTopicSchema } from '../../schemas/translation';
import { checkProseParity, checkQuotations } from './edition-parity';
import { checkEditionData } from './edition-data';
import { checkEmphasis } from './emphasis';

/**
 * The one door for checking content/ before anything is rendered: every file is read as written
 * (UTF-8, not empty), parsed (YAML with dates kept as text; MDX into a tree, never run), checked
 * against its schema with the line of each field, and cross-checked (citations, sections, links,
 * ids, redirects). `astro build` calls it first (src/integrations/content-check.ts); tools and
 * tests call it directly. Returns every problem found, in file order.
 */

/** What content/ may hold; anything else would be silently ignored by the build. */
const LAYOUT: Readonly<Record<string, string>> = {
  'README.md': 'file',
  'glossary.yaml': 'file',
  'members.yaml': 'file',
  'redirects.yaml': 'file',
  // Other ways of saying a word, for search (src/lib/search/synonyms.ts checks it).
  'synonyms.yaml': 'file',
  'timeline.yaml': 'file',
  // One per article: hashed word runs of its text (src/lib/content/editorial/, `npm run sources:fingerprint`).
  fingerprints: '.json',
  topics: '.mdx',
  pages: '.mdx',
  sources: '.yaml',
  // The translated editions (content/<locale>/ mirrors the files above; src/lib/i18n/locales.ts).
  ...Object.fromEntries(TRANSLATED_LOCALES.map((locale) => [locale, 'edition'])),
};

interface ProseFile {
  id: string;
  file: string;
  path: string | undefined;
  facts: MdxFacts;
  frontmatter: YamlSource | undefined;
  data: Record<string, unknown> | undefined;
}

interface ListFile {
  file: string;
  source: YamlSource | undefined;
  items: { id: string; index: number; data: Record<string, unknown> }[];
}

const readText = (root: string, file: string, problems: ContentProblem[], allowEmpty = false): string | undefined => {
  const decoded = decodeContentFile(readFileSync(join(root, file)), file);
  const own = allowEmpty ? decoded.problems.filter((p) => p.problem !== 'is empty') : decoded.problems;
  problems.push(...own);
  return own.length > 0 ? undefined : decoded.text;
};

function listFolder(root: string, folder: string, extension: string, problems: ContentProblem[]): string[] {
  const dir = join(root, 'content', folder);
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const file = `content/${folder}/${name}`;
    if (name.startsWith('.')) continue;
    if (!name.endsWith(extension) || statSync(join(dir, name)).isDirectory()) {
      problems.push({
        file,
        field: 'file name',
        problem: `is not a ${extension} file, so the build would skip it`,
        fix: `rename it to end in ${extension}, or move it out of content/${folder}/`,
      });
      continue;
    }
    const id = name.slice(0, -extension.length);
    if (!ID_PATTERN.test(id)) {
      problems.push({
        file,
        field: 'file name',
        problem: `"${id}" is not lowercase letters, digits and single hyphens; the file name is the page's URL`,
        fix: 'rename the file, e.g. "three-forces' + extension + '"',
      });
      continue;
    }
    files.push(file);
  }
  return files;
}

function checkLayout(root: string, problems: ContentProblem[]): void {
  for (const name of readdirSync(join(root, 'content')).sort()) {
    if (name.startsWith('.') || name in LAYOUT) continue;
    problems.push({
      file: `content/${name}`,
      field: 'file name',
      problem: 'is not read by the build',
      fix: `content/ holds ${Object.keys(LAYOUT).join(', ')}; move or rename it`,
    });
  }
}

function readProse(root: string, file: string, schema: z.ZodType, problems: ContentProblem[]): ProseFile | undefined {
  const text = readText(root, file, problems);
  if (text === undefined) return undefined;
  const id = file.replace(/^.*\/|\.mdx$/g, '');
  const facts = inspectMdx(text, file);
  problems.push(...facts.problems);
  const prose: ProseFile = { id, file, path: undefined, facts, frontmatter: undefined, data: undefined };
  if (!facts.frontmatter) {
    if (facts.problems.length === 0)
      problems.push({
        file,
        line: 1,
        field: 'frontmatter',
        problem: 'is missing',
        fix: 'start the file with the frontmatter between --- lines (content/README.md shows it)',
      });
    return prose;
  }
  const source = readYaml(facts.frontmatter.text, file, facts.frontmatter.line);
  prose.frontmatter = source;
  problems.push(...source.problems);
  if (source.problems.length > 0) return prose;
  const parsed = schema.safeParse(source.data ?? {});
  if (!parsed.success) problems.push(...schemaProblems(parsed.error, file, source, { knownFields: knownFields(schema) }));
  else prose.data = parsed.data as Record<string, unknown>;
  return prose;
}

function knownFields(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

function readList(root: string, file: string, schema: z.ZodType, problems: ContentProblem[]): ListFile {
  const list: ListFile = { file, source: undefined, items: [] };
  if (!existsSync(join(root, file))) return list;
  const text = readText(root, file, problems);
  if (text === undefined) return list;
  const read = readYamlList(text, file);
  list.source = read.source;
  problems.push(...read.problems);
  for (const item of read.items) {
    const parsed = schema.safeParse(item.data);
    if (!parsed.success) {
      problems.push(
        ...schemaProblems(parsed.error, file, read.source, {
          entry: `${item.id} → `,
          basePath: [item.index],
          knownFields: knownFields(schema),
        }),
      );
    } else {
      list.items.push({ id: item.id, index: item.index, data: parsed.data as Record<string, unknown> });
    }
  }
  return list;
}

type Ref = { id: string };
type DataRefs = { source: Ref; p?: number; notes?: true }[];

function toMarks(refs: DataRefs): CitationMark[] {
  return refs.map(({ source, p, notes }) => ({ source: source.id, ...(p === undefined ? {} : { p }), ...(notes ? { notes } : {}) }));
}

function toDataEntries(list: ListFile, redirects: ReadonlyMap<string, string>): DataEntry[] {
  return list.items.map(({ id, data }) => ({
    id,
    file: list.file,
    sources: toMarks(data['sources'] as DataRefs),
    ...(data['discussedIn']
      ? {
          discussedIn: (data['discussedIn'] as { topic: string; section: string }[]).map((d) => ({
            topic: resolveTopicId(d.topic, redirects),
            section: d.section,
          })),
        }
      : {}),
    ...(data['aliases'] ? { aliases: data['aliases'] as string[] } : {}),
  }));
}

/** Puts a line on cross-check problems that name a frontmatter field or a list entry's field. */
function addLines(problems: ContentProblem[], prose: readonly ProseFile[], lists: readonly ListFile[]): void {
  for (const problem of problems) {
    if (problem.line !== undefined) continue;
    const page = prose.find((p) => p.file === problem.file);
    if (page?.frontmatter) {
      const key = /^[A-Za-z]+/.exec(problem.field)?.[0];
      const written =
        key !== undefined && typeof page.frontmatter.data === 'object' && page.frontmatter.data !== null && key in page.frontmatter.data;
      if (written) problem.line = page.frontmatter.lineOf([key]);
      continue;
    }
    const list = lists.find((l) => l.file === problem.file);
    const match = /^(\S+) → ([A-Za-z]+)(?:\[(\d+)\])?/.exec(problem.field);
    if (list?.source && match) {
      const item = list.items.find((i) => i.id === match[1]);
      if (item) problem.line = list.source.lineOf([item.index, match[2] ?? '', ...(match[3] === undefined ? [] : [Number(match[3])])]);
    }
  }
}

/** Heading ids: explicit, well-formed, unique, never an id the page's template already uses. */
function checkHeadings(page: ProseFile, template: TargetPage | undefined, problems: ContentProblem[]): string[] {
  const ids: string[] = [];
  for (const heading of page.facts.headings) {
    const hashes = '#'.repeat(heading.depth);
    const field = `heading "${hashes} ${heading.text}"`;
    const push = (problem: string, fix: string): void => void problems.push({ file: page.file, line: heading.line, field, problem, fix });
    if (heading.depth === 1) push('is an h1; the page title is already the h1', 'use ## for sections and ### for subsections');
    else if (heading.id === undefined)
      push('has no explicit id', `end the heading with a permanent id, e.g. "${hashes} ${heading.text} {#a-short-id}"`);
    else if (!ID_PATTERN.test(heading.id))
      push(`has the id "${heading.id}", which is not lowercase letters, digits and single hyphens`, 'choose an id such as "three-forces"');
    else if (ids.includes(heading.id))
      push(`repeats the id "${heading.id}" already used on this page`, 'give each section an id of its own');
    else if (template && hasTarget(template, heading.id))
      push(
        `has the id "${heading.id}", which the page's template already uses (links to it would land elsewhere)`,
        `choose another id, e.g. "${heading.id}-section"`,
      );
    else ids.push(heading.id);
  }
  return ids;
}

/** Checks all of content/ under `root` (the project folder) and returns every problem found. */
export function checkContent(root = process.cwd()): ContentProblem[] {
  return inspectContent(root).problems;
}

/**
 * Checks all of content/ and also returns the model of the site it checked links against: every
 * page path with the ids a link may target (tests compare it with the built pages).
 */
export function inspectContent(root = process.cwd()): { problems: ContentProblem[]; site: Map<string, TargetPage> } {
  const problems: ContentProblem[] = [];
  if (!existsSync(join(root, 'content')))
    return {
      problems: [{ file: 'content/', field: '(folder)', problem: 'is missing', fix: 'run the build from the project folder' }],
      site: new Map(),
    };
  const cross: ContentProblem[] = [];
  const editions: ContentProblem[] = [];
  checkLayout(root, problems);
  const site = checkEverything(root, problems, cross, editions);
  // What is wrong in a file itself comes first, then what breaks between files (a link to a section
  // that a broken heading lost), then where a translation no longer matches its English page (the
  // consequence of a broken English page, or a fault of the translation alone); each in file order,
  // and by line within a file.
  const sorted = (list: ContentProblem[]) =>
    list
      .map((problem, index) => ({ problem, index }))
      .sort((a, b) => a.problem.file.localeCompare(b.problem.file) || (a.problem.line ?? 0) - (b.problem.line ?? 0) || a.index - b.index)
      .map(({ problem }) => problem);
  return { problems: [...sorted(problems), ...sorted(cross), ...sorted(editions)], site };
}

/**
 * The translated editions (content/<locale>/topics, content/<locale>/pages): each file translates an
 * English one of the same name, with the translated fields only, and keeps its sections and
 * citations (edition-parity.ts).
 */
function checkEditions(
  root: string,
  english: { topics: readonly ProseFile[]; pages: readonly ProseFile[] },
  problems: ContentProblem[],
  mismatches: ContentProblem[],
): void {
  for (const locale of TRANSLATED_LOCALES) {
    if (!existsSync(join(root, 'content', locale))) continue;
    for (const [kind, schema] of [
      ['topics', TranslatedTopicSchema],
      ['pages', TranslatedPageSchema],
    ] as const) {
      if (!existsSync(join(root, 'content', locale, kind))) continue;
      for (const file of listFolder(root, `${locale}/${kind}`, '.mdx', problems)) {
        const translated = readProse(root, file, schema, problems);
        if (!translated) continue;
        const original = english[kind].find((e) => e.id === translated.id);
        if (!original) {
          mismatches.push({
            file,
            field: 'file name',
            problem: `translates content/${kind}/${translated.id}.mdx, which does not exist`,
            fix: `name the file as the English page it translates (${english[kind].map((e) => e.id).join(', ')})`,
          });
          continue;
        }
        // Between two files: listed last, so that a broken English page is reported first, not the
        // translations that no longer match it.
        mismatches.push(
          ...checkProseParity(
            { file: original.file, ...original.facts },
            { file, ...translated.facts },
          ),
          ...checkQuotations(readFileSync(join(root, original.file), 'utf8'), {
            file,
            quotes: translated.facts.quotes,
          }),
        );
      }
    }
  }
}

function checkEverything(
  root: string,
  problems: ContentProblem[],
  cross: ContentProblem[],
  editions: ContentProblem[],
): Map<string, TargetPage> {
  const sourceFiles = listFolder(root, 'sources', '.yaml', problems);
  const sources = new Map<string, SourceFacts>();
  const sourceYaml = new Map<string, YamlSource>();
  for (const file of sourceFiles) {
    const id = file.replace(/^.*\/|\.yaml$/g, '');
    const text = readText(root, file, problems);
    if (text === undefined) continue;
    const source = readYaml(text, file);
    sourceYaml.set(file, source);
    problems.push(...source.problems);
    if (source.problems.length > 0) continue;
    if (source.data === null || typeof source.data !== 'object' || Array.isArray(source.data)) {
      problems.push({
        file,
        line: 1,
        field: '(whole file)',
        problem: 'is not a mapping of fields',
        fix: 'write the source\'s fields, "title: …" and so on (content/README.md shows them)',
      });
      continue;
    }
    const parsed = SourceSchema.safeParse(source.data);
    if (!parsed.success) problems.push(...schemaProblems(parsed.error, file, source, { knownFields: knownFields(SourceSchema) }));
    else sources.set(id, { id, ...parsed.data });
  }

  const topics = listFolder(root, 'topics', '.mdx', problems)
    .map((file) => readProse(root, file, TopicSchema, problems))
    .filter((p) => p !== undefined);
  const pages = listFolder(root, 'pages', '.mdx', problems)
    .map((file) => readProse(root, file, PageSchema, problems))
    .filter((p) => p !== undefined);
  for (const topic of topics) topic.path = `/${topic.id}/`;
  checkEditions(root, { topics, pages }, problems, editions);
  checkEditionData(root, problems);
  // Bold or italics CommonMark would print as asterisks (a CJK label such as **成立：**2001), in every edition.
  problems.push(...checkEmphasis(root));
  // Two topics in the same place would make the navigation and previous/next depend on file order.
  const byOrder = new Map<unknown, string>();
  for (const topic of topics) {
    const order = topic.data?.['order'];
    if (order === undefined) continue;
    const other = byOrder.get(order);
    if (other !== undefined)
      problems.push({
        file: topic.file,
        line: topic.frontmatter?.lineOf(['order']),
        field: 'order',
        problem: `is ${String(order)}, as in ${other}`,
        fix: 'give each topic its own place in the navigation',
      });
    else byOrder.set(order, topic.file);
  }
  for (const page of pages) {
    page.path = PROSE_PAGE_PATHS[page.id];
    if (page.path === undefined)
      problems.push({
        file: page.file,
        field: 'file name',
        problem: 'has no page on the site (content/pages holds only pages with a template of their own)',
        fix: `topics go in content/topics/; the pages here are ${Object.keys(PROSE_PAGE_PATHS).join(', ')}`,
      });
  }

  const glossary = readList(root, 'content/glossary.yaml', TermSchema, problems);
  const timeline = readList(root, 'content/timeline.yaml', EventSchema, problems);
  const members = readList(root, 'content/members.yaml', MemberSchema, problems);
  // A topic's member map can only emphasise a year in which some state joined.
  const years = [...new Set(members.items.map(({ data }) => String(data['joined']).slice(0, 4)))];
  for (const topic of topics) {
    const emphasise = (topic.data?.['memberMap'] as { emphasise?: number } | undefined)?.emphasise;
    if (emphasise === undefined || members.items.length === 0 || years.includes(String(emphasise))) continue;
    problems.push({
      file: topic.file,
      line: topic.frontmatter?.lineOf(['memberMap', 'emphasise']),
      field: 'memberMap.emphasise',
      problem: `no member state joined in ${emphasise} (content/members.yaml)`,
      fix: `emphasise a year of accession (${years.join(', ')}), or leave emphasise out`,
    });
  }

  let redirectList: RedirectList | undefined;
  if (existsSync(join(root, REDIRECTS_FILE))) {
    const text = readText(root, REDIRECTS_FILE, problems, true);
    if (text !== undefined) {
      redirectList = readRedirects(text, REDIRECTS_FILE);
      problems.push(...redirectList.problems);
    }
  }

  // Section ids and the ids each template adds, then the model of every page and its link targets.
  const topicIds = topics.map((t) => t.id);
  const sectionIds = new Map<string, string[]>();
  for (const page of [...topics, ...pages]) {
    const template =
      page.path === undefined
        ? undefined
        : { ids: templateIdsOf(page.path, topicIds).ids, patterns: templateIdsOf(page.path, topicIds).patterns };
    const ids = checkHeadings(page, template, problems);
    const aliases = (page.data?.['aliases'] as { from: string; to: string }[] | undefined) ?? [];
    aliases.forEach(({ from }, index) => {
      if (template && hasTarget(template, from))
        problems.push({
          file: page.file,
          line: page.frontmatter?.lineOf(['aliases', index]),
          field: `aliases[${index}]`,
          problem: `"${from}" is an id the page's template already uses`,
          fix: 'an alias keeps an old section id; remove this one',
        });
    });
    sectionIds.set(page.file, [...ids, ...aliases.map((a) => a.from)]);
  }
  const site = buildSiteTargets({
    topics: new Map(topics.map((t) => [t.id, sectionIds.get(t.file) ?? []])),
    pages: new Map(pages.map((p) => [p.id, sectionIds.get(p.file) ?? []])),
    sources: new Map([...sources].map(([id, s]) => [id, s.paragraphs?.length])),
    glossary: glossary.items.map(({ id, data }) => ({ id, name: String(data['name']), aliases: data['aliases'] as string[] })),
    timeline: timeline.items.map(({ id, data }) => ({ id, aliases: data['aliases'] as string[] })),
    movedTopicIds: topicIds.flatMap((id) => oldTopicIds(id, Object.fromEntries(redirectList?.redirects ?? []))),
    editionGlossaryNames: Object.fromEntries(TRANSLATED_LOCALES.map((locale) => [locale, editionGlossaryNames(root, locale)])),
  });
  // A file that cannot be parsed has already been reported; links to its sections are not checked,
  // so that one broken file does not bury its own message under every link to it.
  const unreadable = [...topics, ...pages].filter((page) => page.facts.problems.some((p) => p.field === '(MDX syntax)'));
  for (const page of unreadable) {
    const target = page.path === undefined ? undefined : site.get(page.path);
    if (target) target.patterns = [/^/];
  }

  if (redirectList) problems.push(...checkRedirects(redirectList, new Set(site.keys())));
  const redirects = redirectList?.redirects ?? new Map<string, string>();
  for (const page of [...topics, ...pages]) {
    if (page.path !== undefined) cross.push(...checkSiteLinks(page.facts.siteLinks, page.file, page.path, site, redirects));
  }

  // The cross-checks the build repeats after rendering: citations, frontmatter sources, sections named in data.
  const prose = (page: ProseFile, listed?: string[]): ProseEntry => ({
    id: page.id,
    file: page.file,
    citations: page.facts.cites.map((c) => c.mark),
    citationLines: page.facts.cites.map((c) => c.line),
    sectionIds: page.facts.headings.flatMap((h) => (h.id ? [h.id] : [])),
    aliases: (page.data?.['aliases'] as { from: string; to: string }[] | undefined) ?? [],
    ...(listed ? { listedSources: listed } : {}),
  });
  const crossChecks = validateContent({
    sources,
    topics: topics
      .filter((t) => t.data)
      .map((t) =>
        prose(
          t,
          (t.data?.['sources'] as Ref[]).map((s) => s.id),
        ),
      ),
    pages: pages.filter((p) => p.data).map((p) => prose(p)),
    glossary: toDataEntries(glossary, redirects),
    timeline: toDataEntries(timeline, redirects),
    members: toDataEntries(members, redirects),
  });
  // A topic left out above (its frontmatter failed) must not be reported again as unknown.
  // So must a source whose file failed (every citation of it would be reported again).
  const failed = new Set(topics.filter((t) => !t.data).map((t) => t.id));
  const failedSources = sourceFiles.map((file) => file.replace(/^.*\/|\.yaml$/g, '')).filter((id) => !sources.has(id));
  const kept = crossChecks.filter(
    (p) =>
      ![...failed].some((id) => p.problem.includes(`the topic "${id}"`)) &&
      !failedSources.some((id) => p.problem.startsWith(`cites "${id}", which is not a source`)) &&
      !unreadable.some((page) => p.problem.includes(`which ${page.file} does not have`)),
  );
  addLines(kept, [...topics, ...pages], [glossary, timeline, members]);
  cross.push(...kept);
  return site;
}

/** Checks all of content/ and throws one ContentError naming every problem. */
export function assertContentValid(root = process.cwd()): void {
  const problems = checkContent(root);
  if (problems.length > 0) throw new ContentError(problems);
}

/**
 * An edition's glossary names by term id (content/<locale>/glossary.yaml), for its letter anchors; a
 * missing or unreadable file gives none (the edition-data check reports what is wrong with it).
 */
function editionGlossaryNames(root: string, locale: TranslatedLocale): Map<string, string> {
  const file = `content/${locale}/glossary.yaml`;
  if (!existsSync(join(root, file))) return new Map();
  const { data } = readYaml(readFileSync(join(root, file), 'utf8'), file);
  const terms = (data as { terms?: unknown } | undefined)?.terms;
  if (!Array.isArray(terms)) return new Map();
  return new Map(
    terms.flatMap((term: unknown) => {
      const { id, name } = (term ?? {}) as { id?: unknown; name?: unknown };
      return typeof id === 'string' && typeof name === 'string' ? [[id, name] as const] : [];
    }),
  );
}
