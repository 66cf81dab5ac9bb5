import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { collectEntries, parseFragment } from '#lib/search/search-entries.ts';
import { encodeSearchData, SEARCH_DATA_PATH } from '#lib/search/search-words.ts';
import { parseSynonyms, SYNONYMS_FILE } from '#lib/search/synonyms.ts';

/**
 * Writes the search data (src/lib/search/search-words.ts) beside the Pagefind index, from the index itself:
 * the vocabulary is exactly the text Pagefind holds, and each named entry is keyed by the result id
 * Pagefind gives it. Synonyms come from content/synonyms.yaml.
 * @returns the bytes written
 */
export async function writeSearchData(builtDir: string, root: string): Promise<number> {
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
  const text = encodeSearchData({ words, synonyms, entries, records });
  await writeFile(join(builtDir, SEARCH_DATA_PATH), text);
  return Buffer.byteLength(text);
}
