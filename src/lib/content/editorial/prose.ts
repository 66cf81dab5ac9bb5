import type { CitationMark } from '../citations.ts';
import { toWords, type Word } from './words.ts';

/** A passage in quotation marks, with the citations that follow it. */
export interface Quotation {
  /** The words between the marks, as written (markup removed). */
  text: string;
  /** Line of the opening mark in the file. */
  line: number;
  /**
   * What the quotation is cited to: in MDX, the first group of adjacent <Cite /> elements after it in
   * the same paragraph, list item or table cell; in data, the entry's sources.
   */
  cites: readonly CitationMark[];
}

/** A piece of prose the editorial checks read: a page body, a frontmatter field, a definition. */
export interface TextUnit {
  file: string;
  /** Where in the file, for messages: "body", "description", "rats → definition". */
  field: string;
  /** The text with markup blanked out (offsets as in the file, or in the field's value). */
  text: string;
  /** Runs of words outside quotation marks; a quotation or the end of a paragraph, list item or cell ends a run. */
  runs: readonly (readonly LocatedWord[])[];
  quotations: readonly Quotation[];
  /** Quotation marks left open, as lines. */
  unclosed: readonly number[];
}

/** A word with the line it stands on. */
export interface LocatedWord extends Word {
  line: number;
}

/** One `<Cite />` element found in MDX, with its place. */
interface CiteTag {
  start: number;
  end: number;
  mark: CitationMark;
}

const QUOTE_OPEN = new Set(['"', '“', '«', '„']);
const QUOTE_CLOSE = new Set(['"', '”', '»', '“']);

/** Replaces a stretch of text with spaces of the same length, so offsets and lines stay true. */
function blank(chars: string[], start: number, end: number): void {
  for (let i = start; i < end; i += 1) if (chars[i] !== '\n') chars[i] = ' ';
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`).exec(tag)?.[1];
}

function citeMark(tag: string): CitationMark {
  const source = attribute(tag, 'source') ?? '';
  const p = attribute(tag, 'p');
  const notes = /\bnotes\b(?!\s*=\s*["']false)/.test(tag.replace(/source\s*=\s*["'][^"']*["']/, ''));
  return { source, ...(p !== undefined && /^\d+$/.test(p) ? { p: Number(p) } : {}), ...(notes ? { notes: true as const } : {}) };
}

/** Offsets where a new line begins, for turning an offset into a line number. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** The 1-based line of an offset. */
export function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/**
 * Markdown and MDX reduced to the words a reader sees, offsets unchanged: <Cite /> and other tags,
 * {#ids}, link targets, emphasis markers, heading, list and table markers become spaces. Returns the
 * text, the citations found, and the offsets that end a paragraph, list item or table cell.
 */
export function blankMarkup(text: string, from = 0, to = text.length): { text: string; cites: CiteTag[]; breaks: Set<number> } {
  // split('') gives UTF-16 code units, so offsets in the result are offsets in the source.
  const units = text.split('');
  blank(units, 0, from);
  blank(units, to, text.length);
  const cites: CiteTag[] = [];
  const breaks = new Set<number>();
  const region = text.slice(0, to);
  for (const match of region.matchAll(/<\/?[A-Za-z][^<>]*>/g)) {
    if (match.index < from) continue;
    if (/^<Cite\b/.test(match[0])) cites.push({ start: match.index, end: match.index + match[0].length, mark: citeMark(match[0]) });
    blank(units, match.index, match.index + match[0].length);
  }
  const replace = (pattern: RegExp, keepGroup?: number): void => {
    for (const match of region.matchAll(pattern)) {
      if (match.index < from) continue;
      if (keepGroup === undefined) {
        blank(units, match.index, match.index + match[0].length);
      } else {
        const kept = match[keepGroup] ?? '';
        const keptStart = match.index + match[0].indexOf(kept);
        blank(units, match.index, keptStart);
        blank(units, keptStart + kept.length, match.index + match[0].length);
      }
    }
  };
  replace(/\{#[^}]*\}/g);
  replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, 1);
  replace(/\*+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu);
  replace(/^[ \t]*(?:#{1,6}|[-*+]|\d+\.|>)(?=[ \t])/gm);
  replace(/^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$/gm);
  for (let i = from; i < to; i += 1) {
    if (text[i] === '|') {
      units[i] = ' ';
      breaks.add(i);
    }
  }
  // A blank line ends a paragraph; a line that starts a list item, heading or table row ends the one before.
  for (const match of region.matchAll(/\n(?=[ \t]*(?:\n|#|[-*+][ \t]|\d+\.[ \t]|\||>))/g)) breaks.add(match.index);
  return { text: units.join(''), cites, breaks };
}

interface Span {
  start: number;
  end: number;
}

/** Pairs quotation marks within each block; returns the quoted spans and the marks left open. */
function findQuotations(text: string, blocks: readonly Span[]): { spans: Span[]; unclosed: number[] } {
  const spans: Span[] = [];
  const unclosed: number[] = [];
  for (const block of blocks) {
    let open: number | undefined;
    for (let i = block.start; i < block.end; i += 1) {
      const c = text[i] ?? '';
      if (open === undefined && QUOTE_OPEN.has(c)) open = i;
      else if (open !== undefined && QUOTE_CLOSE.has(c)) {
        spans.push({ start: open + 1, end: i });
        open = undefined;
      }
    }
    if (open !== undefined) unclosed.push(open);
  }
  return { spans, unclosed };
}

function toBlocks(start: number, end: number, breaks: ReadonlySet<number>): Span[] {
  const cuts = [...breaks].filter((b) => b >= start && b < end).sort((a, b) => a - b);
  const blocks: Span[] = [];
  let from = start;
  for (const cut of cuts) {
    blocks.push({ start: from, end: cut });
    from = cut + 1;
  }
  blocks.push({ start: from, end });
  return blocks;
}

/** The citation group after a quotation: the first <Cite /> in its block and those right beside it. */
function citesAfter(quoteEnd: number, block: Span, cites: readonly CiteTag[], text: string): CitationMark[] {
  const after = cites.filter((c) => c.start >= quoteEnd && c.end <= block.end).sort((a, b) => a.start - b.start);
  const group: CitationMark[] = [];
  let last: CiteTag | undefined;
  for (const cite of after) {
    if (last && text.slice(last.end, cite.start).trim() !== '') break;
    group.push(cite.mark);
    last = cite;
  }
  return group;
}

/**
 * Reads a stretch of MDX (a page body) or plain text into a TextUnit. For plain text (a YAML field),
 * `cites` gives what every quotation in it is cited to, and `line` the field's line.
 */
export function readProse(
  file: string,
  field: string,
  source: string,
  options: { from?: number; to?: number; markdown: boolean; cites?: readonly CitationMark[]; line?: number },
): TextUnit {
  const from = options.from ?? 0;
  const to = options.to ?? source.length;
  const { text, cites, breaks } = options.markdown
    ? blankMarkup(source, from, to)
    : { text: source, cites: [] as CiteTag[], breaks: new Set<number>() };
  const starts = lineStarts(source);
  const lineOf = (offset: number): number => (options.line === undefined ? lineAt(starts, offset) : options.line);
  const blocks = toBlocks(from, to, breaks);
  const { spans, unclosed } = findQuotations(text, blocks);
  // A heading may name a phrase in quotation marks, as a title does; it holds no citation to check it by.
  const inHeading = (span: Span): boolean =>
    options.markdown && blocks.some((b) => b.start <= span.start && span.end <= b.end && /^\s*#/.test(source.slice(b.start, b.end)));
  const quotations: Quotation[] = spans
    .filter((span) => !inHeading(span))
    .map((span) => {
      const index = blocks.findIndex((b) => b.start <= span.start && span.end <= b.end);
      const block = blocks[index] ?? { start: from, end: to };
      let group = options.markdown ? citesAfter(span.end + 1, block, cites, text) : (options.cites ?? []);
      if (options.markdown && group.length === 0 && isListItem(source, block)) group = leadInCites(source, text, blocks, index, cites);
      if (options.markdown && group.length === 0) group = columnHeadCites(source, block, cites);
      return { text: text.slice(span.start, span.end).replace(/\s+/g, ' ').trim(), line: lineOf(span.start - 1), cites: group };
    });
  const runs: LocatedWord[][] = [];
  for (const block of blocks) {
    // Quotations inside the block cut it into runs that may not cross them.
    const inside = spans.filter((s) => s.start > block.start && s.end <= block.end).sort((a, b) => a.start - b.start);
    let cursor = block.start;
    for (const span of inside) {
      runs.push(wordsIn(text, cursor, span.start - 1, lineOf));
      cursor = span.end + 1;
    }
    runs.push(wordsIn(text, cursor, block.end, lineOf));
  }
  return {
    file,
    field,
    text,
    runs: runs.filter((r) => r.length > 0),
    quotations,
    unclosed: unclosed.map((o) => lineOf(o)),
  };
}

function isListItem(source: string, block: Span): boolean {
  return /^\s*(?:[-*+]|\d+\.)[ \t]/.test(source.slice(block.start, block.end));
}

/**
 * A list introduced by a cited sentence that ends in a colon ("Alimov names these principles:<Cite …/>")
 * quotes what that sentence cites: the items' quotations take the lead-in's citations.
 */
function leadInCites(source: string, text: string, blocks: readonly Span[], index: number, cites: readonly CiteTag[]): CitationMark[] {
  let i = index - 1;
  const skip = (block: Span): boolean => isListItem(source, block) || source.slice(block.start, block.end).trim() === '';
  while (i >= 0 && skip(blocks[i] ?? { start: 0, end: 0 })) i -= 1;
  const lead = blocks[i];
  if (!lead) return [];
  const inLead = cites.filter((c) => c.start >= lead.start && c.end <= lead.end).sort((a, b) => a.start - b.start);
  const last = inLead.at(-1);
  if (!last || text.slice(last.end, lead.end).trim() !== '') return [];
  const group: CiteTag[] = [last];
  for (let k = inLead.length - 2; k >= 0; k -= 1) {
    const cite = inLead[k];
    if (!cite || text.slice(cite.end, group[0]?.start).trim() !== '') break;
    group.unshift(cite);
  }
  return text.slice(lead.start, group[0]?.start).trimEnd().endsWith(':') ? group.map((c) => c.mark) : [];
}

/**
 * A table cell's quotation with no citation of its own takes the citations in its column's header
 * cell ("| Alimov's wording (¶3)<Cite …/> |"): a column of one source's words is cited once.
 */
function columnHeadCites(source: string, block: Span, cites: readonly CiteTag[]): CitationMark[] {
  const lineStart = source.lastIndexOf('\n', block.start - 1) + 1;
  if (!source.slice(lineStart).trimStart().startsWith('|')) return [];
  const column = (source.slice(lineStart, block.start).match(/\|/g) ?? []).length;
  let head = lineStart;
  for (;;) {
    const previous = source.lastIndexOf('\n', head - 2) + 1;
    if (head === 0 || !source.slice(previous, head).trimStart().startsWith('|')) break;
    head = previous;
  }
  if (head === lineStart) return [];
  const headEnd = source.indexOf('\n', head);
  const bars = [...source.slice(head, headEnd === -1 ? undefined : headEnd).matchAll(/\|/g)].map((m) => head + m.index);
  const from = bars[column - 1];
  const to = bars[column];
  if (from === undefined || to === undefined) return [];
  return cites.filter((c) => c.start > from && c.end < to).map((c) => c.mark);
}

function wordsIn(text: string, start: number, end: number, lineOf: (offset: number) => number): LocatedWord[] {
  if (end <= start) return [];
  return toWords(text.slice(start, end)).map((w) => ({
    word: w.word,
    start: w.start + start,
    end: w.end + start,
    line: lineOf(w.start + start),
  }));
}

/** Where an MDX file's body starts: after its frontmatter block, if it has one. */
export function bodyStart(text: string): number {
  const match = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(text);
  return match ? match[0].length : 0;
}

/** A section of a topic page: its id, and the words of its heading and text up to the next heading. */
export interface Section {
  id: string;
  line: number;
  /** Normalised words of the heading and the section's text, space-separated, with spaces at both ends. */
  words: string;
}

/**
 * The h2/h3 sections of an MDX body, each with the words a reader sees in it. An h2 section runs to
 * the next h2 (its h3 subsections are part of it); an h3 section to the next heading.
 */
export function readSections(source: string): Section[] {
  const from = bodyStart(source);
  const { text } = blankMarkup(source, from);
  const starts = lineStarts(source);
  const headings = [...source.matchAll(/^(#{2,3})[ \t]+.*?\{#([a-z0-9-]+)\}[ \t]*$/gm)].filter((m) => m.index >= from);
  return headings.map((heading, index) => {
    const level = heading[1]?.length ?? 2;
    const next = headings.slice(index + 1).find((h) => (h[1]?.length ?? 2) <= level);
    const end = next?.index ?? source.length;
    const words = toWords(text.slice(heading.index, end)).map((w) => w.word);
    return { id: heading[2] ?? '', line: lineAt(starts, heading.index), words: ` ${words.join(' ')} ` };
  });
}
