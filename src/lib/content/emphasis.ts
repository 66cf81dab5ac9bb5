import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToMdast } from 'satteri';
import type { ContentProblem } from './content-error';

/**
 * Bold and italics that CommonMark will not render. A `**` closes only when it is right-flanking: a
 * closing `**` after punctuation must be followed by a space or punctuation, so `**成立：**2001` (a
 * full-width colon, then a digit) and `**《宪章》**规定` stay as they are written, asterisks and all,
 * while `**成立**：2001` is bold. English rarely meets the rule (a space follows most punctuation);
 * Chinese, with no spaces, meets it at every label. The check parses each MDX file with the parser
 * that renders it and reports every `*` or `_` run left in the text, and every `**` or `__` in YAML
 * and frontmatter, which are plain text: file, line, and the text as it would be written to render.
 */

interface Node {
  type: string;
  value?: unknown;
  children?: Node[];
  position?: { start: { line: number; offset?: number }; end: { offset?: number } };
}

/** A run of asterisks or underscores in a text node's source, not escaped with a backslash. */
const RUN = /(?<!\\)(\*+|_+)/g;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const WORD = /[\p{L}\p{N}]/u;
const SPACE = /^\s?$/u;

/** Plain-text values (YAML, frontmatter) in which a ** or __ would be printed as written. */
const PLAIN_RUN = /\*\*|__/;

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

interface Run {
  start: number;
  end: number;
  before: string;
  after: string;
}

/** Where a run sits: a closing run after punctuation, an opening run before it, or alone between spaces. */
function kindOf(run: Run): 'closes-after-punctuation' | 'opens-before-punctuation' | 'alone' {
  if (PUNCTUATION.test(run.before) && !SPACE.test(run.before) && !SPACE.test(run.after) && !PUNCTUATION.test(run.after))
    return 'closes-after-punctuation';
  if (PUNCTUATION.test(run.after) && !SPACE.test(run.before) && !PUNCTUATION.test(run.before)) return 'opens-before-punctuation';
  return 'alone';
}

/** The punctuation a run must let out: the marks just before a closing run, just after an opening one. */
function punctuationToMove(text: string, run: Run): string {
  const kind = kindOf(run);
  const isMark = (char: string): boolean => PUNCTUATION.test(char) && !/[*_\s]/.test(char);
  let from = run.start;
  let to = run.end;
  if (kind === 'closes-after-punctuation') {
    to = run.start;
    while (from > 0 && isMark(text[from - 1] ?? '')) from -= 1;
  } else if (kind === 'opens-before-punctuation') {
    from = run.end;
    while (to < text.length && isMark(text[to] ?? '')) to += 1;
  } else return '';
  return text.slice(from, to);
}

/**
 * What to do with one line's runs, said without writing two runs of asterisks on one line: Astro's
 * error formatter turns **…** into bold in the terminal, which would hide the very marks at fault.
 */
function advise(text: string, runs: readonly Run[]): { problem: string; fix: string } {
  const first = runs[0]!;
  const marks = text.slice(first.start, first.end);
  const words = runs[1] ? text.slice(first.end, runs[1].start) : '';
  const moves = runs.flatMap((run) => {
    const punctuation = punctuationToMove(text, run);
    if (punctuation === '') return [];
    return kindOf(run) === 'closes-after-punctuation' ? [`"${punctuation}" after the closing marks`] : [`"${punctuation}" before the opening marks`];
  });
  if (moves.length === 0 || runs.length < 2)
    return {
      problem: `${marks} here is printed as written (asterisks or underscores), not as emphasis`,
      fix: 'write \\* for an asterisk meant as itself, or put the marks right against the words they make bold or italic',
    };
  return {
    problem: `"${words}" is meant to be bold or italic, but CommonMark prints its ${marks} as written: a closing mark after punctuation must be followed by a space or punctuation, and an opening mark before punctuation must follow one`,
    fix: `put the punctuation outside the emphasis: move ${moves.join(' and ')}`,
  };
}

function mdxProblems(text: string, file: string): ContentProblem[] {
  let tree: Node;
  try {
    tree = mdxToMdast(text, { features: { headingAttributes: true, frontmatter: true } }) as unknown as Node;
  } catch {
    // Not valid MDX: inspectMdx (mdx-rules.ts) reports it, with the line.
    return [];
  }
  const problems: ContentProblem[] = [];
  const runs: Run[] = [];
  const visit = (node: Node): void => {
    if (node.type === 'yaml') {
      const first = node.position?.start.line ?? 1;
      String(node.value ?? '')
        .split('\n')
        .forEach((line, index) => {
          if (PLAIN_RUN.test(line) && !/^\s*#/.test(line))
            problems.push({
              file,
              line: first + 1 + index,
              field: 'frontmatter',
              problem: `"${line.trim().slice(0, 60)}" holds ** or __, which a title or description prints as asterisks`,
              fix: 'frontmatter is plain text: remove the asterisks or underscores',
            });
        });
      return;
    }
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'text' && start !== undefined && end !== undefined) {
      const source = text.slice(start, end);
      for (const match of source.matchAll(RUN)) {
        const at = start + match.index;
        const run = { start: at, end: at + match[0].length, before: text[at - 1] ?? '', after: text[at + match[0].length] ?? '' };
        // An underscore inside a word is a letter of it (snake_case), never emphasis.
        if (match[0].startsWith('_') && WORD.test(run.before) && WORD.test(run.after)) continue;
        runs.push(run);
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  // One problem per line, naming the runs as written and as they would render.
  const byLine = new Map<number, Run[]>();
  for (const run of runs) {
    const line = lineAt(text, run.start);
    byLine.set(line, [...(byLine.get(line) ?? []), run]);
  }
  for (const [line, lineRuns] of byLine) problems.push({ file, line, field: 'emphasis', ...advise(text, lineRuns) });
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

function yamlProblems(text: string, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  text.split('\n').forEach((line, index) => {
    if (!PLAIN_RUN.test(line) || /^\s*#/.test(line)) return;
    problems.push({
      file,
      line: index + 1,
      field: 'emphasis',
      problem: `"${line.trim().slice(0, 60)}" holds ** or __, which the page prints as asterisks or underscores`,
      fix: 'YAML text is plain text, not Markdown: remove the asterisks or underscores',
    });
  });
  return problems;
}

/** The problems of one content file (.mdx or .yaml); other files have none. */
export function emphasisProblems(text: string, file: string): ContentProblem[] {
  if (file.endsWith('.mdx')) return mdxProblems(text, file);
  if (file.endsWith('.yaml')) return yamlProblems(text, file);
  return [];
}

/** Every MDX and YAML file under `root`/content, in every edition, checked; problems in file order. */
export function checkEmphasis(root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(join(root, folder)).sort()) {
      if (name.startsWith('.')) continue;
      const path = `${folder}/${name}`;
      if (statSync(join(root, path)).isDirectory()) walk(path);
      else if (name.endsWith('.mdx') || name.endsWith('.yaml'))
        problems.push(...emphasisProblems(readFileSync(join(root, path), 'utf8'), path));
    }
  };
  walk('content');
  return problems;
}
