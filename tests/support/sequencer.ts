import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Test files that drive Chromium or build copies of the site: each takes far longer than the rest. */
const SLOW = /from '(?:\.\.\/)+(?:support|tools\/lib)\/(browser|chromium|site-copy)(\.ts)?'/;

/**
 * Vitest's order, except on a run with no recorded durations (a clean clone, CI): Vitest then starts the
 * largest files first, which left the longest file (the quality checks, a short file that loads every
 * page) to start last, alone on one worker while the other idled. Here the files that drive Chromium or
 * build a copy of the site start first, largest first, then the others. With recorded durations, Vitest
 * already starts the longest first.
 */
export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    if (files.every((spec) => this.ctx.cache.getTestSpecificationResult(spec))) return sorted;
    const projects = [...new Set(sorted.map((spec) => spec.project.name))];
    const slow = new Map(
      sorted.map((spec) => [spec, SLOW.test(readFileSync(spec.moduleId, 'utf8'))]),
    );
    return sorted
      .map((spec, index) => ({ spec, index }))
      .sort(
        (a, b) =>
          projects.indexOf(a.spec.project.name) - projects.indexOf(b.spec.project.name) ||
          Number(slow.get(b.spec)) - Number(slow.get(a.spec)) ||
          a.index - b.index,
      )
      .map(({ spec }) => spec);
  }
}
