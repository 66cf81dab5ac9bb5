import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { ContentProblem } from './content-error';

/** A parsed YAML text that remembers where each value was written. */
export interface YamlSource {
  /** The data, with every scalar as the YAML 1.2 core schema reads it: dates stay text. */
  data: unknown;
  /** The file line of the value (or the key) at a path such as ["sources", 0, "p"]; undefined if absent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** Syntax errors, each with its line. */
  problems: ContentProblem[];
}

/**
 * Parses YAML (a data file, or an MDX file's frontmatter starting on `firstLine`) with the `yaml`
 * package's core schema. Unlike the YAML 1.1 parser Astro uses for frontmatter, it never turns
 * `2026-02-30` into a Date (which would roll over to 2 March): dates reach the schemas as written.
 */
export function readYaml(text: string, file: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line + firstLine - 1;
  const problems: ContentProblem[] = doc.errors.map((error) => ({
    file,
    line: lineAt(error.pos[0]),
    field: '(YAML syntax)',
    problem: `is not valid YAML: ${error.message.split('\n')[0] ?? error.code}`,
    fix:
      error.code === 'DUPLICATE_KEY'
        ? 'write each field once'
        : 'correct the YAML at that line (indentation, a missing colon, an unclosed quote)',
  }));
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    // Walk up the path until something exists: a missing field is reported at its entry.
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node: unknown = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return lineAt(node.range[0]);
    }
    return undefined;
  };
  return { data: problems.length > 0 ? undefined : doc.toJS(), lineOf, problems };
}
