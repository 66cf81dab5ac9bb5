import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import type { CitationMark } from '../citations.ts';
import { bodyStart, readProse, readSections, type Section, type TextUnit } from './prose.ts';

/** One content file as text. */
export interface EditorialFile {
  /** Path relative to the project root, e.g. "content/topics/rats.mdx". */
  file: string;
  text: string;
}

/** The files the editorial checks read. */
export interface EditorialInput {
  topics: readonly EditorialFile[];
  pages: readonly EditorialFile[];
  glossary: EditorialFile;
  timeline: EditorialFile;
  /** content/sources/<id>.yaml */
  sources: readonly EditorialFile[];
  /** content/fingerprints/<id>.json */
  fingerprints: readonly EditorialFile[];
}

/** An article's paragraph anchor as its source file holds it. */
export interface OpeningField {
  text: string | undefined;
  line: number;
}

/** A source file, reduced to what the checks need. */
export interface SourceInfo {
  id: string;
  file: string;
  /** Set for articles: each paragraph's opening words. */
  openings?: OpeningField[];
  /** Line of `paragraphs:`. */
  paragraphsLine: number;
  /** The wording held for a reference source: its facts. */
  facts: string[];
}

/** A glossary term's names and the sections it says discuss it. */
export interface TermInfo {
  id: string;
  file: string;
  names: string[];
  discussedIn: { topic: string; section: string; line: number; index: number }[];
}

/** Everything the checks read, parsed. */
export interface EditorialContent {
  units: TextUnit[];
  sources: Map<string, SourceInfo>;
  terms: TermInfo[];
  /** Sections of each topic page, by topic id. */
  sections: Map<string, { file: string; sections: Section[] }>;
}

function idOf(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
}

function lineOf(counter: LineCounter, node: Node | null | undefined, fallback = 1): number {
  const offset = node?.range?.[0];
  return offset === undefined ? fallback : counter.linePos(offset).line;
}

function stringField(map: YAMLMap, key: string, counter: LineCounter): { value: string; line: number } | undefined {
  const node = map.get(key, true);
  if (!isScalar(node) || typeof node.value !== 'string') return undefined;
  return { value: node.value, line: lineOf(counter, node) };
}

/** Citations written in data: [{ source: x, p: 3 }, { source: y, notes: true }]. */
function marksOf(value: unknown): CitationMark[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((raw: unknown) => {
    if (typeof raw !== 'object' || raw === null) return [];
    const { source, p, notes } = raw as { source?: unknown; p?: unknown; notes?: unknown };
    if (typeof source !== 'string') return [];
    return [{ source, ...(typeof p === 'number' ? { p } : {}), ...(notes === true ? { notes: true as const } : {}) }];
  });
}

function parseYaml(text: string): { doc: ReturnType<typeof parseDocument>; counter: LineCounter } {
  const counter = new LineCounter();
  return { doc: parseDocument(text, { lineCounter: counter }), counter };
}

/**
 * A topic page's quotations must carry a citation; other pages (about, the home page) may quote the
 * site's own labels, and only their cited quotations are checked.
 */
function mdxUnits(entry: EditorialFile, requireCitations: boolean): TextUnit[] {
  const start = bodyStart(entry.text);
  const units = [readProse(entry.file, 'body', entry.text, { from: start, markdown: true })];
  if (start > 0) {
    const counter = new LineCounter();
    const front = parseDocument(
      entry.text
        .slice(0, start)
        .replace(/^---\r?\n/, '')
        .replace(/---\s*$/, ''),
      { lineCounter: counter },
    );
    if (isMap(front.contents)) {
      for (const key of ['title', 'description']) {
        const field = stringField(front.contents, key, counter);
        // Frontmatter cannot hold citations: its quotation marks are checked only as the edges of runs.
        if (field) units.push(readProse(entry.file, key, field.value, { markdown: false, line: field.line + 1, cites: [] }));
      }
    }
  }
  return units.map((u) =>
    u.field === 'body' && requireCitations
      ? u
      : { ...u, quotations: u.field === 'body' ? u.quotations.filter((q) => q.cites.length > 0) : [] },
  );
}

function listItems(text: string): { items: YAMLMap[]; counter: LineCounter } {
  const { doc, counter } = parseYaml(text);
  return { items: isSeq(doc.contents) ? doc.contents.items.filter((i): i is YAMLMap => isMap(i)) : [], counter };
}

function glossaryContent(entry: EditorialFile): { units: TextUnit[]; terms: TermInfo[] } {
  const { items, counter } = listItems(entry.text);
  const units: TextUnit[] = [];
  const terms: TermInfo[] = [];
  for (const item of items) {
    const id = String(item.get('id') ?? '?');
    const cites = marksOf((item.get('sources', true) as Node | undefined)?.toJSON());
    const definition = stringField(item, 'definition', counter);
    if (definition)
      units.push(readProse(entry.file, `${id} → definition`, definition.value, { markdown: false, line: definition.line, cites }));
    const otherNames = item.get('otherNames', true);
    const names = [
      String(item.get('name') ?? ''),
      ...(isSeq(otherNames) ? otherNames.items.map((n) => String(isScalar(n) ? n.value : '')) : []),
    ];
    const discussed = item.get('discussedIn', true);
    terms.push({
      id,
      file: entry.file,
      names: names.filter((n) => n !== ''),
      discussedIn: isSeq(discussed)
        ? discussed.items.flatMap((d, index) =>
            isMap(d)
              ? [{ topic: String(d.get('topic') ?? ''), section: String(d.get('section') ?? ''), line: lineOf(counter, d as Node), index }]
              : [],
          )
        : [],
    });
  }
  return { units, terms };
}

function timelineUnits(entry: EditorialFile): TextUnit[] {
  const { items, counter } = listItems(entry.text);
  return items.flatMap((item) => {
    const id = String(item.get('id') ?? '?');
    const cites = marksOf((item.get('sources', true) as Node | undefined)?.toJSON());
    return ['title', 'summary'].flatMap((key) => {
      const field = stringField(item, key, counter);
      return field ? [readProse(entry.file, `${id} → ${key}`, field.value, { markdown: false, line: field.line, cites })] : [];
    });
  });
}

function sourceContent(entry: EditorialFile): { units: TextUnit[]; info: SourceInfo } {
  const id = idOf(entry.file);
  const { doc, counter } = parseYaml(entry.text);
  const units: TextUnit[] = [];
  const info: SourceInfo = { id, file: entry.file, paragraphsLine: 1, facts: [] };
  if (!isMap(doc.contents)) return { units, info };
  const map = doc.contents;
  const facts = map.get('facts', true);
  // A reference source's wording, as the repository holds it: its title and the facts taken from it.
  const title = stringField(map, 'title', counter)?.value;
  info.facts = [...(title ? [title] : []), ...(isSeq(facts) ? facts.items.map((f) => String(isScalar(f) ? f.value : '')) : [])];
  const paragraphs = map.get('paragraphs', true);
  const isArticle = isSeq(paragraphs);
  const count = isArticle ? paragraphs.items.length : 0;
  // What the source page says about the source is cited to the source as a whole: its notes and paragraphs, or its facts.
  const whole: CitationMark[] = isArticle
    ? [{ source: id, notes: true }, ...Array.from({ length: count }, (_, i) => ({ source: id, p: i + 1 }))]
    : [{ source: id }];
  for (const key of ['authorRole', 'outlet', 'completeness', 'about']) {
    const field = stringField(map, key, counter);
    if (!field) continue;
    const unit = readProse(entry.file, key, field.value, { markdown: false, line: field.line, cites: whole });
    // Who the author is and where the text appeared are names and titles, not quotations of it.
    units.push(key === 'authorRole' || key === 'outlet' ? { ...unit, quotations: [] } : unit);
  }
  if (isArticle) {
    const key = map.items.find((pair) => isScalar(pair.key) && pair.key.value === 'paragraphs')?.key;
    info.paragraphsLine = lineOf(counter, isScalar(key) ? key : undefined);
    info.openings = paragraphs.items.map((item, index) => {
      const line = lineOf(counter, item as Node);
      if (!isMap(item)) return { text: undefined, line };
      const summary = stringField(item, 'summary', counter);
      if (summary) {
        units.push(
          readProse(entry.file, `paragraphs[${index}].summary`, summary.value, {
            markdown: false,
            line: summary.line,
            cites: [{ source: id, p: index + 1 }],
          }),
        );
      }
      const opening = stringField(item, 'opening', counter);
      return { text: opening?.value, line: opening?.line ?? line };
    });
  }
  return { units, info };
}

/** Parses the content files into what the editorial checks read. */
export function readEditorialContent(input: EditorialInput): EditorialContent {
  const glossary = glossaryContent(input.glossary);
  const sources = input.sources.map(sourceContent);
  return {
    units: [
      ...input.topics.flatMap((t) => mdxUnits(t, true)),
      ...input.pages.flatMap((p) => mdxUnits(p, false)),
      ...glossary.units,
      ...timelineUnits(input.timeline),
      ...sources.flatMap((s) => s.units),
    ],
    sources: new Map(sources.map((s) => [s.info.id, s.info])),
    terms: glossary.terms,
    sections: new Map(input.topics.map((t) => [idOf(t.file), { file: t.file, sections: readSections(t.text) }])),
  };
}
