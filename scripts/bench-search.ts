/**
 * Search benchmark (prints figures; not a test). For a few queries, in Chromium against the built
 * site: the bytes fetched to open search and show the first results (raw, and gzip -9 as a host
 * would send them), and the time from the last keystroke to rendered results, cold (first query
 * after opening, index loading) and warm (the next query), median of several runs. Pagefind's own
 * debounce (300 ms) is part of the time, as the reader feels it.
 * Usage: npm run build && npm run bench:search [runs]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../tests/support/chromium.ts';
import { serveDist } from '../tests/support/static-server.ts';

const QUERIES = ['RATS', 'three evils', 'Kaliningrad', 'non-use of force'];
const RUNS = Number(process.argv[2] ?? 7);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** gzip -9 size of a built file, by its site path ("/pagefind/pagefind.js"). */
function gzipSize(path: string): number {
  const file = join('dist', decodeURIComponent(path.split('?')[0]!));
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

const server = await serveDist('dist');
const rows: string[] = [];
try {
  for (const query of QUERIES) {
    const cold: number[] = [];
    const warm: number[] = [];
    let raw = 0;
    let gzip = 0;
    let files = 0;
    for (let run = 0; run < RUNS; run += 1) {
      // A fresh profile per run: nothing cached, as for a first visit.
      const context = await launchChromium();
      const page = await context.newPage();
      await page.goto(`${server.url}/rats/`, { waitUntil: 'networkidle' });
      const fetched: string[] = [];
      page.on('request', (request) => fetched.push(request.url().slice(server.url.length)));
      await page.keyboard.press('/');
      await page.locator('#search-dialog[open]').waitFor();
      const timeToResults = async (text: string): Promise<number> => {
        await page.evaluate(() => {
          const results = document.querySelector('.search-dialog-results');
          (window as unknown as { __rendered: Promise<number> }).__rendered = new Promise((resolve) => {
            new MutationObserver((_, observer) => {
              if (results?.querySelector('.search-result')) {
                observer.disconnect();
                resolve(performance.now());
              }
            }).observe(results!, { childList: true, subtree: true });
          });
          document.addEventListener('keydown', () => ((window as unknown as { __typed: number }).__typed = performance.now()), {
            capture: true,
          });
        });
        await page.fill('#search-dialog-input', text.slice(0, -1));
        await page.keyboard.type(text.slice(-1));
        return page.evaluate(async () => {
          const w = window as unknown as { __rendered: Promise<number>; __typed: number };
          return (await w.__rendered) - w.__typed;
        });
      };
      cold.push(await timeToResults(query));
      if (run === 0) {
        files = fetched.length;
        raw = fetched.reduce((sum, path) => sum + readFileSync(join('dist', path.split('?')[0]!)).length, 0);
        gzip = fetched.reduce((sum, path) => sum + gzipSize(path), 0);
      }
      await page.fill('#search-dialog-input', '');
      warm.push(await timeToResults(`${query} SCO`));
      await context.close();
    }
    rows.push(
      `| ${query} | ${files} | ${(raw / 1024).toFixed(1)} KB | ${(gzip / 1024).toFixed(1)} KB | ${median(cold).toFixed(0)} ms | ${median(warm).toFixed(0)} ms |`,
    );
  }
} finally {
  await server.close();
}

console.log(`Search in Chromium, ${RUNS} runs per query, median; bytes for opening search and the first query.\n`);
console.log('| query | files | bytes (raw) | bytes (gzip -9) | keystroke → results, first query | next query |');
console.log('|---|---|---|---|---|---|');
console.log(rows.join('\n'));
