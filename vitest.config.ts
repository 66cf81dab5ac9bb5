import { defineConfig } from 'vitest/config';

// Three tiers (STYLE.md): fast unit tests of src/lib and the schemas; checks on the built dist/,
// which build the site once first; browser tests (added with the browser issues).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/build/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
