import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/** Throws when a Pagefind step reported errors: a build with a broken index must not pass. */
export function assertPagefindStep(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new Error(`Pagefind failed while ${step}:\n  ${errors.join('\n  ')}`);
  }
}

/**
 * Indexes the built site with Pagefind's Node API when `astro build` finishes, so that the build
 * alone yields a searchable dist/. Only `<main data-pagefind-body>` is indexed (see BaseLayout).
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'sco/pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({});
          assertPagefindStep('starting', errors);
          if (!index) throw new Error('Pagefind failed while starting: no index was created');
          const added = await index.addDirectory({ path: outDir });
          assertPagefindStep('indexing the built pages', added.errors);
          if (added.page_count === 0) throw new Error('Pagefind indexed no pages: is <main data-pagefind-body> missing?');
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          assertPagefindStep('writing the index', written.errors);
          logger.info(`Pagefind indexed ${added.page_count} pages`);
        } finally {
          await close();
        }
      },
    },
  };
}
