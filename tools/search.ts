/**
 * Searches the built site from a terminal, through the same query layer as the search dialog, so
 * that an editor can check what a reader will find. One JSON line per query:
 *   {"query", "searched", "corrected", "results": [{"url", "title", "sections"}, …]}
 * `searched` is what was looked for after function words were dropped, typos corrected and, if
 * nothing was found, words left out; `corrected` lists each correction ({"from", "to"}); each
 * result's `url` is where the dialog's title link goes, and Enter lands (a page, the page's section
 * the query's words chose, or a glossary term or timeline event with its #id: Hit.section), and
 * `sections` are the section links the dialog shows under it, best first.
 * Usage: npm run build && npm run search -- "when did India join the SCO"
 *        printf 'rats\nKazakstan\n' | npm run search
 *        npm run search -- --lang ru "когда Индия вступила в ШОС"
 * Options: --lang ru|zh searches that edition (its index and its language's rules; default en),
 * --kind=<kind> filters by kind, --exact searches the words as typed, --limit=N (default 10).
 */
import { createInterface } from 'node:readline';
import { ALL_LOCALES, isLocale, SOURCE_LOCALE } from '#lib/i18n/locales.ts';
import { loadSiteSearch } from './lib/pagefind.ts';
import { readLangOption } from './lib/lang-option.ts';

const { lang, args } = readLangOption(process.argv.slice(2));
if (!isLocale(lang)) {
  console.error(`--lang must be one of ${ALL_LOCALES.join(', ')} (got "${lang}")`);
  process.exit(2);
}
const option = (name: string): string | undefined =>
  args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const kind = option('kind');
const limit = Number(option('limit') ?? 10);
const exact = args.includes('--exact');
const queries = args.filter((arg) => !arg.startsWith('--'));
if (!Number.isInteger(limit) || limit < 1) {
  console.error('--limit must be a whole number of at least 1');
  process.exit(2);
}

let search: Awaited<ReturnType<typeof loadSiteSearch>>;
try {
  search = await loadSiteSearch(process.env['DIST'] ?? 'dist', lang);
} catch (error) {
  console.error(
    `Cannot load the ${lang === SOURCE_LOCALE ? '' : `${lang} `}search index from dist/ (${(error as Error).message}). Run "npm run build" first.`,
  );
  process.exit(1);
}

async function answer(query: string): Promise<void> {
  // The site search reads the query as the dialog reads its input (normaliseQuery).
  const run = await search(query, { kind, correct: !exact, limit });
  const line = {
    query,
    searched: run.searched,
    corrected: run.corrections,
    results: run.hits.map((hit) => ({
      url: hit.section,
      title: hit.title,
      sections: hit.sections,
    })),
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

if (queries.length > 0) {
  for (const query of queries) await answer(query);
} else {
  for await (const line of createInterface({ input: process.stdin }))
    if (line.trim() !== '') await answer(line.trim());
}
