/** One thing wrong with the content, said so an editor can find and fix it. */
export interface ContentProblem {
  /** Path of the file, relative to the project root (e.g. "content/glossary.yaml"). */
  file: string;
  /** Line in the file (1-based), where the problem has one. */
  line?: number | undefined;
  /** Where in the file: an entry id and field path (e.g. "rats → sources[0].p"). */
  field: string;
  /** What is wrong. */
  problem: string;
  /** What to do about it. */
  fix: string;
}

/**
 * Formats one problem as two lines: where and what, then the fix. The place reads
 * "content/topics/rats.mdx:12 → heading …", which editors and terminals open at the line.
 */
export function formatProblem({ file, line, field, problem, fix }: ContentProblem): string {
  const where = line === undefined ? file : `${file}:${line}`;
  return `${where} → ${field}: ${problem}\n    Fix: ${fix}`;
}

/**
 * The one error type for bad content: schemas, loaders, the MDX checks, redirects and the link lock
 * all report through it. It collects every problem found, so one build run reports them all.
 */
export class ContentError extends Error {
  /** The problems, for tests and tools. */
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Content check failed (${count}):\n  ${problems.map(formatProblem).join('\n  ')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Throws a ContentError when the list is not empty. */
export function assertNoProblems(problems: readonly ContentProblem[]): void {
  if (problems.length > 0) throw new ContentError(problems);
}
