import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import SlowFirstSequencer from './tests/support/sequencer.ts';

// Three tiers (STYLE.md): fast unit tests of src/lib and the schemas; then checks on the built site
// and browser tests (Chromium through playwright-core), which share one build of the site in
// .tmp/test-dist/ (tools/lib/dist.ts). `npm test` (tools/test.ts) runs them in that order.
export default defineConfig({
  test: {
    // On a run with no recorded durations, the browser tests and site-copy builds start first.
    sequence: { sequencer: SlowFirstSequencer },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // The edit distance the planner corrects by, loaded as the dialog loads it before planning.
          setupFiles: ['tests/support/edit-distance.ts'],
          // A limit against a hang, not a timing: the editorial check of all of content/ took 1.7 s on a
          // loaded machine and went past Vitest's default of 5 s under a load average of 38.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/build/global-setup.ts'],
          // Much of this tier waits on child processes (builds of site copies, Chromium), so it runs
          // more files at once than Vitest's default of one fewer than the cores.
          maxWorkers: Math.max(2, availableParallelism()),
          // Limits against a hang, not timings: builds of site copies take minutes on a loaded machine.
          testTimeout: 600_000,
          // Browser checks poll for what the page shows; under a full parallel run that can take seconds.
          expect: { poll: { timeout: 10_000 } },
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
