/**
 * Prints the relevance rates of a table against the built site, overall and per category, through
 * the same query layer as the dialog. With --misses it also lists the rows whose answer is not
 * first (never on a held-out table: its point is that nobody tunes on it, so --misses is refused
 * there). Without a file it measures the tables the search of the edition is tuned on (English: the
 * first table and the two readers'); --lang ru|zh picks the edition, and a named table's edition is read
 * from its name (relevance.ru.yaml, relevance-heldout.zh.yaml: the index and language rules of /ru/, /zh/).
 * With --typing it measures each table's rows as a reader still typing the last word searches them
 * (typingRows: the last word cut to three fifths).
 * Usage: npm run build && node tools/relevance.ts [--lang ru|zh] [file …] [--misses] [--typing]
 */
import { ALL_LOCALES, isLocale } from '#lib/i18n/locales.ts';
import { readLangOption } from './lib/lang-option.ts';
import { loadSiteSearch } from './lib/pagefind.ts';
import {
  expectedUrls,
  formatRates,
  loadRelevanceTable,
  isMeasuredOnly,
  localeOfTable,
  rankOf,
  rates,
  relevanceTables,
  scoreRow,
  typingRows,
} from './lib/relevance.ts';

const { lang: given, args } = readLangOption(process.argv.slice(2));
const misses = args.includes('--misses');
const typing = args.includes('--typing');
const named = args.filter((arg) => !arg.startsWith('--'));
if (!isLocale(given)) {
  console.error(`--lang must be one of ${ALL_LOCALES.join(', ')} (got "${given}")`);
  process.exit(2);
}
const files = named.length > 0 ? named : relevanceTables(given).table;
const heldOut = files.filter(isMeasuredOnly);
if (misses && heldOut.length > 0) {
  console.error(
    `--misses is refused on a held-out table (${heldOut.join(', ')}): measure its rates only, or nobody's queries stay untuned`,
  );
  process.exit(2);
}
for (const file of files) {
  const search = await loadSiteSearch(process.env['DIST'] ?? 'dist', localeOfTable(file));
  const outcomes = [];
  const rows = loadRelevanceTable(file);
  for (const row of typing ? typingRows(rows) : rows) {
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
  console.log(formatRates(typing ? `${file}, as typed so far` : file, rates(outcomes)));
}
