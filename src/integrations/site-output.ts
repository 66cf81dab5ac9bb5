import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { CspError, narrowPagePolicy } from '#lib/meta/csp.ts';
import { INDEX_EXCLUDE_SELECTORS, INDEX_LANGUAGE } from '#lib/search/config.ts';
import { indexChunkSize } from '#lib/search/index-chunks.ts';
import { extractSearchRecords, hasSearchRecords } from '#lib/search/search-records.ts';
import { withoutAddresses } from '#lib/search/search-addresses.ts';
import { withoutUnusedAnchors } from '#lib/search/search-anchors.ts';
import { segmentedForIndex } from '#lib/search/index-segments.ts';
import { searchLanguage } from '#lib/search/languages.ts';
import { addSentenceBreaks } from '#lib/search/search-separators.ts';
import {
  ALL_LOCALES,
  LOCALES,
  localeOfPath,
  SOURCE_LOCALE,
  type Locale,
} from '#lib/i18n/locales.ts';
import { listPages } from './built-pages.ts';
import { addFileBytes, kilobytesBeforeAfter, noFileBytes } from './file-bytes.ts';
import { recompressPagefindBundle } from './pagefind-recompress.ts';
import { unmarkFragments } from './pagefind-titles.ts';
import { minifyPagefindRuntime } from './pagefind-runtime.ts';
import { minifyPublicStyles } from './public-styles.ts';
import { serveBuiltIndex } from './pagefind-dev.ts';
import { fragmentReader, writeSearchData } from './search-data.ts';

/** Throws when a Pagefind step reported errors: a build with a broken index must not pass. */
export function assertPagefindStep(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new Error(`Pagefind failed while ${step}:\n  ${errors.join('\n  ')}`);
  }
}

/** What one pass over the built pages did, for the build's log and tools/bench-scale.ts. */
export interface OutputStats {
  pages: number;
  narrowed: number;
  indexed: number;
  records: number;
  bytes: number;
}

/**
 * The copy of a page (or record) that Pagefind indexes: its addresses left out (search-addresses.ts),
 * the ids it would keep for nothing taken off (search-anchors.ts), the sentence breaks Pagefind's
 * parser misses put in (search-separators.ts), and in Chinese its words parted as the reader's
 * browser parts a query (index-segments.ts).
 */
function indexedCopy(html: string): string {
  return segmentedForIndex(addSentenceBreaks(withoutUnusedAnchors(withoutAddresses(html))));
}

/**
 * The one pass over the built pages: each page is read once, its Content-Security-Policy narrowed
 * to its own inline code (written back only if that changed it), and the same text handed to
 * Pagefind, then the records it marks (glossary terms, timeline events). Pagefind's service indexes
 * one file at a time, in the order it receives them, on a thread of its own: so the pages are sent in
 * the order of their paths (the same site gives the same index, byte for byte) without waiting for
 * each to be indexed, and the next pages are read and narrowed meanwhile. The work is linear in the
 * bytes. A page whose inline code its policy does not allow stops the build, named with the file.
 */
export async function processPages(
  builtDir: string,
  indexFor: (path: string) => PagefindIndex,
): Promise<OutputStats> {
  const pages = (await listPages(builtDir)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const stats: OutputStats = { pages: pages.length, narrowed: 0, indexed: 0, records: 0, bytes: 0 };
  const narrow = async ([file]: [string, string]): Promise<string> => {
    const html = await readFile(file, 'utf8');
    let page: string;
    try {
      page = narrowPagePolicy(html);
    } catch (error) {
      if (error instanceof CspError)
        throw new CspError(`${relative(process.cwd(), file)}: ${error.message}`);
      throw error;
    }
    if (page !== html) {
      await writeFile(file, page);
      stats.narrowed += 1;
    }
    stats.bytes += Buffer.byteLength(page);
    return page;
  };
  // Pages are read and narrowed a few ahead of the one being sent to Pagefind. A page's error is
  // thrown where the pass waits for it, in the order of the pages, not as an unhandled rejection.
  const handled = <T>(promise: Promise<T>): Promise<T> => {
    promise.catch(() => {});
    return promise;
  };
  const ahead = 4 * availableParallelism();
  const reading = pages.slice(0, ahead).map((page) => handled(narrow(page)));
  const sent: Promise<void>[] = [];
  const withRecords: [string, string][] = [];
  for (const [i, [, path]] of pages.entries()) {
    const page = await reading[i]!;
    const next = pages[i + ahead];
    if (next) reading.push(handled(narrow(next)));
    // Without its addresses and with the sentence breaks Pagefind's parser leaves out (indexedCopy),
    // for the index only: the page a reader gets is not changed.
    sent.push(
      handled(
        indexFor(path)
          .addHTMLFile({ url: path, content: indexedCopy(page) })
          .then((added) => assertPagefindStep(`indexing ${path}`, added.errors)),
      ),
    );
    // Pagefind leaves out a page without <main data-pagefind-body> (redirect pages, the 404 page).
    if (page.includes('data-pagefind-body')) stats.indexed += 1;
    if (hasSearchRecords(page)) withRecords.push([path, page]);
    reading[i] = Promise.resolve('');
  }
  // The pages, then the records they mark (as Pagefind's addDirectory followed by the records did).
  for (const [path, page] of withRecords) {
    for (const record of extractSearchRecords(page, path)) {
      sent.push(
        handled(
          indexFor(path)
            .addHTMLFile({ ...record, content: indexedCopy(record.content) })
            .then((recorded) =>
              assertPagefindStep(`indexing the record ${record.url}`, recorded.errors),
            ),
        ),
      );
      stats.records += 1;
    }
  }
  await Promise.all(sent);
  return stats;
}

/**
 * Everything done to the built site after `astro build`, in one pass over its pages (see
 * processPages): narrowing each page's Content-Security-Policy (Astro's security.csp) to the hashes
 * of its own inline code, and indexing it with Pagefind's Node API, so that the build alone yields a
 * searchable dist/. Only `<main data-pagefind-body>` is indexed (see BaseLayout), plus one record per
 * glossary term and timeline event; the search data (vocabulary, synonyms, named entries) is written
 * from the index. In `astro dev`, the last build's index is served at /pagefind/ so that search works
 * while authoring (see pagefind-dev.ts).
 */
export function siteOutput(): AstroIntegration {
  let outDir = '';
  let root = '';
  return {
    name: 'sco/site-output',
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
        const styles = await minifyPublicStyles(builtDir);
        logger.info(
          `${styles.files} public stylesheet(s) minified: ${kilobytesBeforeAfter(styles)}`,
        );
        const started = performance.now();
        // Index chunks sized by the site (src/lib/search/index-chunks.ts): on this site about 1.2 KB
        // compressed each instead of 30 KB, and on a site of thousands of pages larger, so that
        // Pagefind's metadata, which lists every chunk, does not grow with each page. Pagefind reads
        // this (documented as unstable) when its service starts, so it is set here, before
        // createIndex, unless the environment sets it.
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(
          indexChunkSize((await listPages(builtDir)).length),
        );
        try {
          // One index per edition, each in its own language: Russian stemming, Chinese word
          // segmentation (Pagefind's extended build), English without a stemmer (INDEX_LANGUAGE).
          const indexes = new Map<Locale, PagefindIndex>();
          for (const locale of ALL_LOCALES) {
            const { index, errors } = await createIndex({
              forceLanguage: locale === SOURCE_LOCALE ? INDEX_LANGUAGE : locale,
              excludeSelectors: INDEX_EXCLUDE_SELECTORS,
            });
            assertPagefindStep(`starting the ${locale} index`, errors);
            if (!index)
              throw new Error(`Pagefind failed while starting: no ${locale} index was created`);
            indexes.set(locale, index);
          }
          const stats = await processPages(builtDir, (path) => indexes.get(localeOfPath(path))!);
          if (stats.indexed === 0)
            throw new Error('Pagefind indexed no pages: is <main data-pagefind-body> missing?');
          logger.info(
            `Content-Security-Policy narrowed to each page's inline code on ${stats.narrowed} pages`,
          );
          const runtime = noFileBytes();
          const fixed = noFileBytes();
          for (const [locale, index] of indexes) {
            const outputPath = join(builtDir, LOCALES[locale].prefix, 'pagefind');
            const written = await index.writeFiles({ outputPath });
            assertPagefindStep(`writing the ${locale} index`, written.errors);
            // A language written without spaces was indexed with its words marked (indexedCopy):
            // its titles and headings are written again as its pages write them.
            if (searchLanguage(locale)?.vocabulary === 'segments')
              await unmarkFragments(outputPath);
            addFileBytes(runtime, await minifyPagefindRuntime(outputPath));
            addFileBytes(fixed, await recompressPagefindBundle(outputPath));
          }
          logger.info(
            `${runtime.files} Pagefind script(s) minified: ${kilobytesBeforeAfter(runtime)}; ${fixed.files} file(s) every search opens compressed again (Zopfli): ${kilobytesBeforeAfter(fixed)}`,
          );
          const data = { index: 0, shards: 0, largest: 0 };
          // One reader for every edition: English reads the editions' fragments for their Latin names.
          const fragmentsOf = fragmentReader(builtDir);
          for (const locale of indexes.keys()) {
            const written = await writeSearchData(builtDir, root, locale, fragmentsOf);
            data.index += written.index;
            data.shards += written.shards;
            data.largest = Math.max(data.largest, written.largest);
          }
          // The elapsed time is logged for tools/bench-scale.ts, which reports this pass's share of a build.
          logger.info(
            `Pagefind indexed ${stats.indexed} pages and ${stats.records} records in ${Math.round(performance.now() - started)} ms (one pass over ${stats.pages} pages, ${(stats.bytes / 1048576).toFixed(1)} MB; index chunks of ${process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE']}); search data ${(data.index / 1024).toFixed(1)} KB and ${data.shards} shards of up to ${(data.largest / 1024).toFixed(1)} KB`,
          );
        } finally {
          await close();
        }
      },
    },
  };
}
