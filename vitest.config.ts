import { defineConfig } from 'vitest/config';

// Three tiers (STYLE.md): fast unit tests of src/lib and the schemas; then checks on the built
// dist/ and browser tests (Chromium through playwright-core), which share one build of the site.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/build/global-setup.ts'],
          testTimeout: 120_000,
          // Browser checks poll for what the page shows; under a full parallel run that can take seconds.
          expect: { poll: { timeout: 10_000 } },
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
