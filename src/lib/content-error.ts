/** One thing wrong with the content, said so an editor can find and fix it. */
export interface ContentProblem {
  /** Path of the file, relative to the project root (e.g. "content/glossary.yaml"). */
  file: string;
  /** Where in the file: an entry id and field path (e.g. "rats → sources[0].p"). */
  field: string;
  /** What is wrong. */
  problem: string;
  /** What to do about it. */
  fix: string;
}

/** Formats one problem as two lines: where and what, then the fix. */
export function formatProblem({ file, field, problem, fix }: ContentProblem): string {
  return `${file} → ${field}: ${problem}\n    Fix: ${fix}`;
}

/**
 * Thrown when content breaks a rule the schemas cannot see (ids, cross-references, citations).
 * It collects every problem found, so one build run reports them all.
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
