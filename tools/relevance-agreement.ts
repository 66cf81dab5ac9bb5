/**
 * How often careful readers agree with a relevance table on the first answer: a ceiling for the
 * search's rate on it. Each judge file holds, for every query of the table, the address a judge
 * chose as the best first result and any as good ("also"), chosen from the built pages alone by a
 * helper who saw neither the table's answers nor the search (tests/build/relevance-heldout.judge-*.json,
 * seventeenth round). Prints, per judge, the share of rows whose best is one of the table's first
 * answers, overall and per category, and, for two judges, how often one's best is among the
 * other's answers. Rates only: no row is printed, so a held-out table stays unread.
 * Usage: node tools/relevance-agreement.ts <table.yaml> <judge.json> [judge.json]
 */
import { readFileSync } from 'node:fs';
import { expectedUrls, loadRelevanceTable } from './lib/relevance.ts';

interface Judgement {
  query: string;
  best: string;
  also?: string[];
}

const [table, ...judgeFiles] = process.argv.slice(2);
if (!table || judgeFiles.length === 0) {
  console.error('Usage: node tools/relevance-agreement.ts <table.yaml> <judge.json> [judge.json]');
  process.exit(2);
}
const rows = new Map(loadRelevanceTable(table).map((row) => [row.query.trim(), row]));
const judges = judgeFiles.map((file) => {
  const judged = JSON.parse(readFileSync(file, 'utf8')) as Judgement[];
  const missing = [...rows.keys()].filter((query) => !judged.some((j) => j.query.trim() === query));
  if (missing.length > 0)
    throw new Error(`${file} judges ${missing.length} of the table's queries not at all`);
  return new Map(judged.map((judgement) => [judgement.query.trim(), judgement]));
});
const percent = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)} %`;

judges.forEach((judged, index) => {
  const byGroup = new Map<string, [number, number]>();
  let agree = 0;
  for (const [query, row] of rows) {
    const best = judged.get(query)!.best;
    const hit = expectedUrls(row).includes(best);
    const group = byGroup.get(row.group) ?? [0, 0];
    byGroup.set(row.group, [group[0] + (hit ? 1 : 0), group[1] + 1]);
    if (hit) agree += 1;
  }
  console.log(
    `${judgeFiles[index]}: the judge's best is a first answer of the table in ${agree} of ${rows.size} rows (${percent(agree, rows.size)})`,
  );
  for (const [group, [hits, count]] of [...byGroup].sort())
    console.log(`  ${group.padEnd(28)} ${String(count).padStart(4)} rows  ${percent(hits, count)}`);
});

if (judges.length === 2) {
  const [a, b] = judges as [Map<string, Judgement>, Map<string, Judgement>];
  const among = (one: Judgement, other: Judgement): boolean =>
    [other.best, ...(other.also ?? [])].includes(one.best);
  let agree = 0;
  for (const query of rows.keys())
    if (among(a.get(query)!, b.get(query)!) || among(b.get(query)!, a.get(query)!)) agree += 1;
  console.log(
    `the two judges: one's best is among the other's answers in ${agree} of ${rows.size} rows (${percent(agree, rows.size)})`,
  );
}
