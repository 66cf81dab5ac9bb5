/**
 * Search benchmark (prints figures; not a test). In Chromium against the built site, for a few
 * queries: the bytes fetched per phase (opening search: the dialog's code, Pagefind's runtime and
 * the search data; the first query: index chunks and the fragments of the results shown), raw and
 * gzip -9 as a host would send them; and the time to rendered results: from pasting the whole query
 * into a freshly opened dialog (every file it needs fetched after), from the last keystroke of the
 * first query after opening (the query but its last letter typed and settled first) and of the
 * next, beside Pagefind's own search time for the same words in the same page. Median of several
 * runs, a fresh profile each.
 * Usage: npm run build && npm run bench:search [runs] [--lang ru|zh]
 * With --lang the benchmark opens search on the edition's /rats/ page and types queries in its
 * language, which search the edition's own index (/ru/pagefind/, /zh/pagefind/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isLocale, localePath } from '#lib/i18n/locales.ts';
import { pagefindPathOf } from '#lib/search/languages.ts';
import type { Page } from 'playwright-core';
import { launchChromium } from './lib/chromium.ts';
import { readLangOption } from './lib/lang-option.ts';
import { serveDist } from './lib/static-server.ts';

/**
 * Queries per edition: an acronym, a name, a misspelling (where the language corrects) and a
 * question; in English also a long question with a word the site never uses ("really"), which is
 * matched by sound before it is left out, as about one tuning query in twelve is.
 */
const QUERIES_BY_LOCALE = {
  en: [
    'RATS',
    'three evils',
    'Kazakstan',
    'when did India join the SCO',
    "does the SCO really have half the world's nuclear states",
  ],
  ru: ['РАТС', 'три силы зла', 'Ташкнет', 'когда Индия вступила в ШОС'],
  zh: ['上合组织', '三股势力', '地区反恐怖机构', '印度什么时候加入上合组织'],
} as const;
const { lang, args } = readLangOption(process.argv.slice(2));
if (!isLocale(lang)) throw new Error(`--lang must be en, ru or zh (got "${lang}")`);
const QUERIES = QUERIES_BY_LOCALE[lang];
/** How long the query but its last letter is left to settle before the last keystroke. */
const SETTLE_MS = 500;
/** A word added for the next query (a warm search): the organisation's name in the edition. */
const NEXT_WORD = { en: 'SCO', ru: 'ШОС', zh: '成员国' }[lang];
const RUNS = Number(args[0] ?? 5);
const PAGE = localePath(lang, '/rats/');
const BUNDLE = `${pagefindPathOf(lang)}pagefind.js`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Raw and gzip -9 size of a built file, by its site path ("/pagefind/pagefind.js"). */
function size(path: string): { raw: number; gzip: number } {
  const file = readFileSync(join('dist', decodeURIComponent(path.split('?')[0]!)));
  // Pagefind's index chunks, fragments and WebAssembly are compressed already: counted as they are.
  return { raw: file.length, gzip: Math.min(file.length, gzipSync(file, { level: 9 }).length) };
}

function sum(paths: string[]): { files: number; raw: number; gzip: number } {
  const total = { files: 0, raw: 0, gzip: 0 };
  for (const each of paths.map(size)) {
    total.files += 1;
    total.raw += each.raw;
    total.gzip += each.gzip;
  }
  return total;
}
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** Waits until no request has started for 500 ms (waitForLoadState('networkidle') returns at once once a page has loaded). */
async function quiet(fetched: string[]): Promise<void> {
  let seen = -1;
  while (seen !== fetched.length) {
    seen = fetched.length;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const server = await serveDist('dist');

/** Opens the page and its search dialog, and waits until opening it has fetched all it fetches. */
async function openSearch(page: Page, fetched: string[]): Promise<void> {
  await page.goto(`${server.url}${PAGE}`, { waitUntil: 'networkidle' });
  page.on('request', (request) => fetched.push(request.url().slice(server.url.length)));
  await page.keyboard.press('/');
  await page.locator('#search-dialog[open]').waitFor();
  await quiet(fetched);
}

/**
 * Watches for the results of `final`: typed in full (the clock started), and described by the live
 * region (the query it carries, `data-query`; its text is read out only once typing pauses).
 */
async function watchResults(page: Page, final: string): Promise<void> {
  await page.evaluate((text) => {
    const results = document.querySelector('.search-dialog-results')!;
    const w = window as unknown as { __rendered: Promise<number>; __typed?: number };
    delete w.__typed;
    w.__rendered = new Promise((resolve) => {
      new MutationObserver((_, observer) => {
        // The query the status describes: its text is read out only once typing pauses.
        const status = document.querySelector<HTMLElement>('#search-dialog [role="status"]');
        if (
          w.__typed !== undefined &&
          status?.dataset['query'] === text &&
          results.querySelector('.search-result, .search-none')
        ) {
          observer.disconnect();
          resolve(performance.now());
        }
      }).observe(results, { childList: true, subtree: true });
    });
  }, final);
}

/**
 * Starts the clock at the next input: beforeinput, not keydown, since a letter outside the
 * keyboard's layout (Cyrillic, Chinese) is typed as text input, with no key event.
 */
async function startClockAtNextInput(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __typed?: number };
    document.addEventListener('beforeinput', () => (w.__typed = performance.now()), {
      capture: true,
      once: true,
    });
  });
}

/** The time from the clock's start to the results watched for. */
function elapsed(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const w = window as unknown as { __rendered: Promise<number>; __typed?: number };
    return (await w.__rendered) - (w.__typed ?? Number.NaN);
  });
}

/**
 * The time from pasting the whole query into a freshly opened dialog (one input event, nothing
 * typed before it, so every file the query needs is fetched after it) to its results.
 */
async function pastedTime(query: string): Promise<number> {
  const context = await launchChromium();
  try {
    const page = await context.newPage();
    await openSearch(page, []);
    await watchResults(page, query);
    await startClockAtNextInput(page);
    await page.fill('#search-dialog-input', query);
    return await elapsed(page);
  } finally {
    await context.close();
  }
}
const rows: string[] = [];
const phaseRows: string[] = [];
try {
  for (const query of QUERIES) {
    const cold: number[] = [];
    const pasted: number[] = [];
    const warm: number[] = [];
    const engine: number[] = [];
    let opening: string[] = [];
    let first: string[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      pasted.push(await pastedTime(query));
      const context = await launchChromium();
      const page = await context.newPage();
      const fetched: string[] = [];
      await openSearch(page, fetched);
      const openingFiles = [...fetched];
      const timeToResults = async (text: string): Promise<number> => {
        await watchResults(page, text);
        // The query but its last letter, and its search, settle first; the clock starts at the last
        // keystroke (filling the field fires beforeinput too, so the clock starts after it).
        await page.fill('#search-dialog-input', text.slice(0, -1));
        await page.waitForTimeout(SETTLE_MS);
        await startClockAtNextInput(page);
        await page.keyboard.type(text.slice(-1));
        return elapsed(page);
      };
      cold.push(await timeToResults(query));
      await quiet(fetched);
      if (run === 0) {
        opening = openingFiles;
        first = fetched.slice(openingFiles.length);
      }
      await page.fill('#search-dialog-input', '');
      warm.push(await timeToResults(`${query} ${NEXT_WORD}`));
      // Pagefind's own time for the same words, in the same page, with everything loaded.
      engine.push(
        await page.evaluate(
          async ([words, bundle]) => {
            const pagefind = (await import(/* @vite-ignore */ bundle)) as {
              search(q: string): Promise<unknown>;
            };
            const started = performance.now();
            await pagefind.search(words);
            return performance.now() - started;
          },
          [`${query} ${NEXT_WORD}`, BUNDLE] as const,
        ),
      );
      await context.close();
    }
    const open = sum(opening);
    const firstQuery = sum(first);
    const fragments = sum(first.filter((path) => path.includes('/fragment/')));
    rows.push(
      `| ${query} | ${median(pasted).toFixed(0)} ms | ${median(cold).toFixed(0)} ms | ${median(warm).toFixed(0)} ms | ${median(engine).toFixed(1)} ms |`,
    );
    phaseRows.push(
      `| ${query} | ${open.files} files, ${kb(open.raw)} / ${kb(open.gzip)} | ${firstQuery.files} files (${fragments.files} fragments), ${kb(firstQuery.raw)} / ${kb(firstQuery.gzip)} | ${kb(open.gzip + firstQuery.gzip)} |`,
    );
    if (query === QUERIES[0]) {
      console.log('Files fetched on opening search:');
      for (const path of opening) console.log(`  ${path}  ${kb(size(path).gzip)}`);
      console.log(`Files fetched for the first query (${query}):`);
      for (const path of first) console.log(`  ${path}  ${kb(size(path).gzip)}`);
    }
  }
} finally {
  await server.close();
}

console.log(`\nSearch in Chromium on ${PAGE}, ${RUNS} runs per query, median.\n`);
console.log(
  '| query | pasted whole, first query | last keystroke → results, first query | next query | Pagefind search() alone |',
);
console.log('|---|---|---|---|---|');
console.log(rows.join('\n'));
console.log('\nBytes (raw / gzip -9) per phase:\n');
console.log('| query | opening search | first query | total, gzip |');
console.log('|---|---|---|---|');
console.log(phaseRows.join('\n'));
