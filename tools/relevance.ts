/**
 * Prints the relevance rates of a table against the built site, overall and per category, through
 * the same query layer as the dialog. With --misses it also lists the rows whose answer is not
 * first (never use it on the held-out table while tuning: its point is that nobody tunes on it).
 * Without a file it measures the tables the search is tuned on (the first table and the two readers').
 * Usage: npm run build && node tools/relevance.ts [file] [--misses]
 */
import { loadSiteSearch } from './lib/pagefind.ts';
import {
  expectedUrls,
  formatRates,
  loadRelevanceTable,
  rankOf,
  rates,
  scoreRow,
} from './lib/relevance.ts';

const TUNING_FILES = [
  'tests/build/relevance.yaml',
  'tests/build/relevance-readers.yaml',
  'tests/build/relevance-readers2.yaml',
];
const named = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const misses = process.argv.includes('--misses');
const search = await loadSiteSearch(process.env['DIST'] ?? 'dist');
for (const file of named.length > 0 ? named : TUNING_FILES) {
  const outcomes = [];
  for (const row of loadRelevanceTable(file)) {
    const { hits } = await search(row.query, { kind: row.kind, limit: 10 });
    const outcome = scoreRow(row, rankOf(hits, row));
    outcomes.push(outcome);
    if (misses && !outcome.first) {
      console.log(
        `${outcome.top3 ? 'top3' : 'MISS'} [${row.group}] "${row.query}" want ${expectedUrls(row).join(' | ')} got ${hits
          .slice(0, 3)
          .map((h) => (h.url.includes('#') ? h.url : `${h.url}(${h.section})`))
          .join(', ')}`,
      );
    }
  }
  console.log(formatRates(file, rates(outcomes)));
}
