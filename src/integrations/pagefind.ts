import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { INDEX_EXCLUDE_SELECTORS, INDEX_LANGUAGE } from '../lib/search.ts';
import { extractSearchRecords, hasSearchRecords } from '../lib/search-records.ts';
import { addSentenceBreaks } from '../lib/search-separators.ts';
import { listPages } from './built-pages.ts';
import { serveBuiltIndex } from './pagefind-dev.ts';
import { writeSearchData } from './search-data.ts';

/**
 * Pagefind's index chunk size (its unit; about 1.5 KB compressed per chunk on this site). A first
 * query loads the chunks its words (and their synonyms) fall in: with chunks of 8000 that was one
 * to three chunks of 12 KB, with 1000 it is a few of 1.5 KB, and open + first query fits in 105 KB
 * (`npm run bench:search`: 90–102 KB against 100–129 KB). More files, each far smaller.
 */
export const INDEX_CHUNK_SIZE = 1000;

/** Throws when a Pagefind step reported errors: a build with a broken index must not pass. */
export function assertPagefindStep(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new Error(`Pagefind failed while ${step}:\n  ${errors.join('\n  ')}`);
  }
}

/** Adds the records that list pages mark with data-search-record (see src/lib/search-records.ts). */
async function addRecords(index: PagefindIndex, outDir: string): Promise<number> {
  let count = 0;
  for (const [file, path] of await listPages(outDir)) {
    const html = await readFile(file, 'utf8');
    if (!hasSearchRecords(html)) continue;
    for (const record of extractSearchRecords(html, path)) {
      const added = await index.addHTMLFile({ ...record, content: addSentenceBreaks(record.content) });
      assertPagefindStep(`indexing the record ${record.url}`, added.errors);
      count += 1;
    }
  }
  return count;
}

/**
 * Adds every built page as Pagefind would read it from disk, with the sentence breaks its parser
 * leaves out (src/lib/search-separators.ts): the page a reader gets is not changed.
 * @returns the pages indexed (those with a body to index)
 */
async function addPages(index: PagefindIndex, outDir: string): Promise<number> {
  let count = 0;
  for (const [file, path] of await listPages(outDir)) {
    const html = await readFile(file, 'utf8');
    const added = await index.addHTMLFile({ url: path, content: addSentenceBreaks(html) });
    assertPagefindStep(`indexing ${path}`, added.errors);
    if (html.includes('data-pagefind-body')) count += 1;
  }
  return count;
}

/**
 * Indexes the built site with Pagefind's Node API when `astro build` finishes, so that the build
 * alone yields a searchable dist/. Only `<main data-pagefind-body>` is indexed (see BaseLayout),
 * plus one record per glossary term and timeline event. In `astro dev`, the last build's index is
 * served at /pagefind/ so that search works while authoring (see pagefind-dev.ts).
 */
export function pagefind(): AstroIntegration {
  let outDir = '';
  let root = '';
  return {
    name: 'sco/pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server, logger }) => {
        const bundle = join(outDir, 'pagefind');
        server.middlewares.use(serveBuiltIndex(bundle));
        logger.info(
          existsSync(bundle)
            ? `Search uses the last build's index (${relative(process.cwd(), bundle)}); run "npm run build" to refresh it`
            : 'Search has no index yet: run "npm run build" once, then reload',
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const builtDir = fileURLToPath(dir);
        // The elapsed time is logged for scripts/bench-scale.ts, which reports Pagefind's share of a build.
        const started = performance.now();
        // Smaller index chunks: a first query loads the chunks its words fall in, about 1.5 KB
        // compressed each instead of 30 KB. Pagefind reads this (documented as unstable) when its
        // service starts, so it is set here, before createIndex, unless the environment sets it.
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(INDEX_CHUNK_SIZE);
        try {
          const { index, errors } = await createIndex({ forceLanguage: INDEX_LANGUAGE, excludeSelectors: INDEX_EXCLUDE_SELECTORS });
          assertPagefindStep('starting', errors);
          if (!index) throw new Error('Pagefind failed while starting: no index was created');
          const pages = await addPages(index, builtDir);
          if (pages === 0) throw new Error('Pagefind indexed no pages: is <main data-pagefind-body> missing?');
          const records = await addRecords(index, builtDir);
          const written = await index.writeFiles({ outputPath: join(builtDir, 'pagefind') });
          assertPagefindStep('writing the index', written.errors);
          const dataBytes = await writeSearchData(builtDir, root);
          logger.info(
            `Pagefind indexed ${pages} pages and ${records} records in ${Math.round(performance.now() - started)} ms; search data ${(dataBytes / 1024).toFixed(1)} KB`,
          );
        } finally {
          await close();
        }
      },
    },
  };
}
