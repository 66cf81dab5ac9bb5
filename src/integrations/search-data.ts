import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { collectEntries, parseFragment } from '#lib/search/search-entries.ts';
import { encodeShards, shardPath } from '#lib/search/search-shards.ts';
import { SEARCH_DATA_PATH } from '#lib/search/search-words.ts';
import { parseSynonyms, SYNONYMS_FILE } from '#lib/search/synonyms.ts';

/**
 * Writes the search data (src/lib/search/search-words.ts) beside the Pagefind index, from the index itself:
 * the vocabulary is exactly the text Pagefind holds, and each named entry is keyed by the result id
 * Pagefind gives it. Synonyms come from content/synonyms.yaml. The data is written as a small fixed
 * part and shards by first letter (src/lib/search/search-shards.ts), so that a query loads only the
 * words and names it can use.
 * @returns the bytes written: the fixed part's, and the largest shard's
 */
export async function writeSearchData(
  builtDir: string,
  root: string,
): Promise<{ index: number; shards: number; largest: number }> {
  const fragmentDir = join(builtDir, 'pagefind', 'fragment');
  const fragments = [];
  for (const file of (await readdir(fragmentDir))
    .filter((name) => name.endsWith('.pf_fragment'))
    .sort()) {
    const text = gunzipSync(await readFile(join(fragmentDir, file))).toString('utf8');
    fragments.push(parseFragment(file.replace(/\.pf_fragment$/, ''), text));
  }
  const { words, entries, records } = collectEntries(fragments);
  const synonymsFile = join(root, SYNONYMS_FILE);
  const synonyms = existsSync(synonymsFile)
    ? parseSynonyms(await readFile(synonymsFile, 'utf8'))
    : [];
  const { index, shards } = encodeShards({ words, synonyms, entries, records });
  await writeFile(join(builtDir, SEARCH_DATA_PATH), index);
  // A shard left by an earlier build with more letters would be served, though never asked for.
  const shardDir = dirname(join(builtDir, shardPath(0)));
  await rm(shardDir, { recursive: true, force: true });
  await mkdir(shardDir, { recursive: true });
  let largest = 0;
  for (const [shard, text] of shards) {
    await writeFile(join(builtDir, shardPath(shard)), text);
    largest = Math.max(largest, Buffer.byteLength(text));
  }
  return { index: Buffer.byteLength(index), shards: shards.size, largest };
}
