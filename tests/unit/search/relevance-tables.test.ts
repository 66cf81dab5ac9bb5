import { expect, test } from 'vitest';
import { loadRelevanceTable } from '../../../tools/lib/relevance.ts';

// The held-out table measures the search on queries nobody tuned it on. A query that is also in the
// tuning table was tuned on, so it is not held out: it would flatter the held-out rate. Reworded
// queries count as different; case, punctuation and spacing do not.
const key = (query: string): string =>
  query
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The tables the search is tuned on: the first table, and two of readers' queries (written apart from it). */
const TUNING_FILES = [
  'tests/build/relevance.yaml',
  'tests/build/relevance-readers.yaml',
  'tests/build/relevance-readers2.yaml',
];

test('no held-out query is also a row of a tuning table', () => {
  const tuned = new Set(
    TUNING_FILES.flatMap((file) => loadRelevanceTable(file)).map((row) => key(row.query)),
  );
  const heldOut = loadRelevanceTable('tests/build/relevance-heldout.yaml');
  expect(tuned.size).toBeGreaterThan(100);
  expect(heldOut.length).toBeGreaterThan(60);
  expect(heldOut.filter((row) => tuned.has(key(row.query))).map((row) => row.query)).toEqual([]);
});

test('no query is in the held-out table twice', () => {
  const keys = loadRelevanceTable('tests/build/relevance-heldout.yaml').map((row) =>
    key(row.query),
  );
  expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
});
