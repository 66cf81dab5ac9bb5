// @ts-check
import eslintPluginAstro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', '.tmp/'] },
  ...tseslint.configs.recommended,
  ...eslintPluginAstro.configs.recommended,
  {
    rules: {
      // Unused names prefixed with _ are deliberate (destructuring to drop a field).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Modules loaded on demand import the query layer from its entry, search-query.ts, only: a
    // direct import of one of its modules makes the bundler split that module into a chunk of its
    // own, one more file on opening search (see the end of src/lib/search/search-query.ts).
    files: [
      'src/lib/search/sound-alike.ts',
      'src/lib/search/latin-names.ts',
      'src/lib/search/edition-query.ts',
      'src/lib/search/search-widen.ts',
      'src/lib/search/edit-distance.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^\\./(corrections|vocabulary|stopwords|named-entries|query-variants|word-forms|compounds|kind-weights)\\.ts$',
              message: "Import it from ./search-query.ts, the query layer's entry (see its end).",
            },
          ],
        },
      ],
    },
  },
);
