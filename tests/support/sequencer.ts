import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Test files that drive Chromium or build copies of the site: each takes far longer than the rest. */
const SLOW = /from '(?:\.\.\/)+(?:support|tools\/lib)\/(browser|chromium|site-copy)(\.ts)?'/;

/**
 * How long a file is likely to take, for a run without recorded durations: 2 for a slow file with a
 * test for every page of the site (`test.each(PAGES)` over `const PAGES = readSitemapPaths()`), whose
 * time grows with the site, 1 for another slow file, 0 for the rest.
 */
export function weigh(source: string): number {
  if (!SLOW.test(source)) return 0;
  const everyPage = [...source.matchAll(/const (\w+) = readSitemapPaths\(\)/g)].some(([, name]) =>
    new RegExp(`\\.each\\(${name}\\)`).test(source),
  );
  return everyPage ? 2 : 1;
}

/**
 * Vitest's order, except on a run with no recorded durations (a clean clone, CI): Vitest then starts the
 * largest files first, which left the longest file (the quality checks, a short file that loads every
 * page) to start last, alone on one worker while the other idled. Here the files with a test for every
 * page start first, then the other files that drive Chromium or build a copy of the site, largest first
 * within each, then the rest. With recorded durations, Vitest already starts the longest first.
 */
export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    if (files.every((spec) => this.ctx.cache.getTestSpecificationResult(spec))) return sorted;
    const projects = [...new Set(sorted.map((spec) => spec.project.name))];
    const weight = new Map(
      sorted.map((spec) => [spec, weigh(readFileSync(spec.moduleId, 'utf8'))]),
    );
    return sorted
      .map((spec, index) => ({ spec, index }))
      .sort(
        (a, b) =>
          projects.indexOf(a.spec.project.name) - projects.indexOf(b.spec.project.name) ||
          (weight.get(b.spec) ?? 0) - (weight.get(a.spec) ?? 0) ||
          a.index - b.index,
      )
      .map(({ spec }) => spec);
  }
}
