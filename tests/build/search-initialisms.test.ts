import { readFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  decodeSearchIndex,
  decodeShard,
  SHARD_COUNT,
  shardPath,
} from '#lib/search/search-shards.ts';
import { SEARCH_DATA_PATH } from '#lib/search/search-words.ts';
import { initialismsOfName } from '../../src/integrations/initialisms';
import { unwrittenNames } from '../../src/integrations/unwritten-names';
import { DIST } from '../../tools/lib/dist';
import { loadSiteSearch } from '../../tools/lib/pagefind';

/**
 * English search by the initialisms of the names the site writes in capitals
 * (src/integrations/initialisms.ts): each initialism the build wrote for a glossary term's name or
 * other name ("GCTS" for "Global Counter-Terrorism Strategy") finds that term first. The cases are
 * the built search data's, so a new term with a name in capitals is tested as it lands.
 */

interface Term {
  id: string;
  name: string;
  otherNames?: string[];
}

const TERMS = new Map(
  (parse(readFileSync('content/glossary.yaml', 'utf8')) as Term[]).flatMap((term) =>
    [term.name, ...(term.otherNames ?? [])].map((name) => [name, term.id] as const),
  ),
);

/** The initialisms the English search data files for a glossary term's names: [initialism, name]. */
function termInitialisms(): [string, string][] {
  const index = decodeSearchIndex(readFileSync(`${DIST}${SEARCH_DATA_PATH}`, 'utf8'));
  const found: [string, string][] = [];
  for (const shard of index.shards) {
    const { latin } = decodeShard(readFileSync(`${DIST}${shardPath(shard)}`, 'utf8'), shard);
    for (const { latin: typed, name } of latin)
      if (TERMS.has(name) && initialismsOfName(name).includes(typed)) found.push([typed, name]);
  }
  return found;
}

let search: Awaited<ReturnType<typeof loadSiteSearch>>;

beforeAll(async () => {
  search = await loadSiteSearch(DIST);
});

test('a glossary term is found first by the initialism of its name ("GCTS")', async () => {
  const cases = termInitialisms();
  expect(cases.length).toBeGreaterThan(0);
  const wrong: string[] = [];
  for (const [initialism, name] of cases) {
    const { hits } = await search(initialism, { limit: 3 });
    const want = `/glossary/#${TERMS.get(name)!}`;
    if (hits[0]?.url !== want) wrong.push(`${initialism} (${name}) → ${hits[0]?.url ?? 'nothing'}`);
  }
  expect(wrong).toEqual([]);
});

test('an other name of the synonyms that the site never writes is searched as the name it writes, and says so ("Nur-Sultan": Astana)', async () => {
  const index = decodeSearchIndex(readFileSync(`${DIST}${SEARCH_DATA_PATH}`, 'utf8'));
  const words = new Map<string, number>();
  for (const shard of index.shards)
    if (shard < SHARD_COUNT)
      for (const [word, count] of decodeShard(
        readFileSync(`${DIST}${shardPath(shard)}`, 'utf8'),
        shard,
      ).words)
        words.set(word, count);
  const groups = parse(readFileSync('content/synonyms.yaml', 'utf8')) as string[][];
  const cases = unwrittenNames(groups, words);
  expect(cases.map((each) => each.latin)).toContain('Nur-Sultan');
  const wrong: string[] = [];
  for (const { latin, name } of cases) {
    const { corrections, otherNames } = await search(latin, { limit: 1 });
    if (corrections.at(-1)?.to !== name)
      wrong.push(`${latin} → ${JSON.stringify(corrections)}, not ${name}`);
    // Searched as typed, the name finds the same (its synonyms' group): "Search instead for
    // Tsingtao" had shown the results for Qingdao again, headed "4 results for “Tsingtao”".
    if (otherNames !== true) wrong.push(`${latin}: not said to be another name of ${name}`);
  }
  expect(wrong).toEqual([]);
  // A typo of such a name is a typo: the words as typed find something else, or nothing.
  const { name } = cases[0]!;
  const typo = `${name.slice(0, -2)}${name.slice(-1)}`;
  const run = await search(typo, { limit: 1 });
  expect(run.corrections.map((each) => each.to)).toEqual([name]);
  expect(run.otherNames).toBeUndefined();
});
