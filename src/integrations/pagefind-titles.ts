/**
 * Pagefind keeps a result's title and headings as it indexed them: in the copy of a Chinese page,
 * with the marks that part its words as the reader's browser parts a query (SEGMENT_MARK,
 * src/lib/search/index-segments.ts). Each fragment of such an edition's bundle is written again
 * with its metadata and its headings' text as the page writes them, so that the dialog, /search/
 * and all that reads the fragments show the page's words, and no reader's browser fetches code to
 * take the marks out. Its content keeps them: Pagefind's runtime reads them there as the word
 * breaks its locations count (raw_content).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { SEGMENT_MARK } from '#lib/search/config.ts';
import { FRAGMENT_SIGNATURE as SIGNATURE } from '#lib/search/search-entries.ts';

/** A fragment's parts that hold marks to take out: its metadata and its headings. */
interface MarkedParts {
  meta?: Record<string, unknown>;
  anchors?: { text?: unknown }[];
}

/**
 * A decompressed fragment with SEGMENT_MARK taken out of its metadata (its title) and its
 * headings' text, or undefined when they hold none. `name` names the file in an error.
 */
export function unmarkedFragment(text: string, name: string): string | undefined {
  if (!text.startsWith(SIGNATURE))
    throw new Error(
      `${name} → not a Pagefind fragment (it does not start with "${SIGNATURE}")\nFix: check the Pagefind version in package.json; src/integrations/pagefind-titles.ts reads fragments as Pagefind 1.x writes them.`,
    );
  const json = JSON.parse(text.slice(SIGNATURE.length)) as MarkedParts;
  let changed = false;
  const plain = (value: unknown): unknown => {
    if (typeof value !== 'string' || !value.includes(SEGMENT_MARK)) return value;
    changed = true;
    return value.replaceAll(SEGMENT_MARK, '');
  };
  for (const key of Object.keys(json.meta ?? {})) json.meta![key] = plain(json.meta![key]);
  for (const anchor of json.anchors ?? []) anchor.text = plain(anchor.text);
  return changed ? SIGNATURE + JSON.stringify(json) : undefined;
}

/**
 * Writes again each fragment of the bundle at `bundleDir` whose title or headings hold marks
 * (unmarkedFragment), compressed as Pagefind compresses them (gzip). Returns how many it wrote.
 */
export async function unmarkFragments(bundleDir: string): Promise<number> {
  const dir = join(bundleDir, 'fragment');
  let written = 0;
  for (const file of (await readdir(dir)).filter((name) => name.endsWith('.pf_fragment')).sort()) {
    const path = join(dir, file);
    const unmarked = unmarkedFragment(
      gunzipSync(await readFile(path)).toString('utf8'),
      relative(process.cwd(), path),
    );
    if (unmarked === undefined) continue;
    await writeFile(path, gzipSync(unmarked, { level: constants.Z_BEST_COMPRESSION }));
    written += 1;
  }
  return written;
}
