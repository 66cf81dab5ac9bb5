/**
 * Pagefind compresses the files its runtime fetches itself (gzip, as good as zlib's level 9 makes
 * it), and a host serves them as they are. The files every opening of search fetches whatever the
 * site's size (the WebAssembly, the index's metadata, the filters) are compressed again here with
 * Zopfli, which writes the same gzip format 4–5 % smaller: the English WebAssembly goes from 55.4 to
 * 52.8 KB. Readers' browsers decompress them as before (DecompressionStream, pagefind-runtime.ts).
 * Fragments and index chunks, one per page or group of pages, are left as Pagefind writes them:
 * Zopfli gains them about 2 % at some 15 ms a file, a cost that grows with the site.
 */
import { gzipAsync } from '@gfx/zopfli';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { type FileBytes, noFileBytes } from './file-bytes.ts';

/** Bytes of the recompressed files before and after. */
export type Recompressed = FileBytes;

/** Zopfli's passes per file: the gain stops at about 15 (the WebAssembly: 52.92 KB after 1, 52.84 after 3 and 15). */
const ITERATIONS = 15;

/** True for a file of a Pagefind bundle that every opening of search fetches, however many pages the site has. */
export function isFixedPagefindFile(path: string): boolean {
  return /(?:^|\/)(?:wasm\.[^/]+\.pagefind|[^/]+\.pf_meta|filter\/[^/]+\.pf_filter)$/.test(path);
}

/**
 * `written` compressed again with Zopfli, or `written` itself when that is not smaller. The new
 * file must decompress to the same bytes, or the build stops naming `name`.
 */
export async function recompressGzip(written: Uint8Array, name: string): Promise<Uint8Array> {
  let content: Buffer;
  try {
    content = gunzipSync(written);
  } catch (error) {
    throw new Error(
      `${name} → not a gzip file (${(error as Error).message})\nFix: check the Pagefind version in package.json; src/integrations/pagefind-recompress.ts expects Pagefind to write its files compressed with gzip, as Pagefind 1.x does.`,
      { cause: error },
    );
  }
  const again = await gzipAsync(content, { numiterations: ITERATIONS });
  if (!gunzipSync(again).equals(content))
    throw new Error(
      `${name} → Zopfli's output does not decompress to Pagefind's file\nFix: check the @gfx/zopfli version in package.json (src/integrations/pagefind-recompress.ts).`,
    );
  return again.length < written.length ? again : written;
}

/** Compresses again, in place, the files of `bundleDir` that every opening of search fetches (isFixedPagefindFile). */
export async function recompressPagefindBundle(bundleDir: string): Promise<Recompressed> {
  const result: Recompressed = noFileBytes();
  const names = (await readdir(bundleDir, { recursive: true }))
    .map((name) => name.replaceAll('\\', '/'))
    .filter(isFixedPagefindFile)
    .sort();
  for (const name of names) {
    const path = join(bundleDir, name);
    const written = await readFile(path);
    const again = await recompressGzip(written, relative(process.cwd(), path));
    if (again !== written) await writeFile(path, again);
    result.files += 1;
    result.before += written.length;
    result.after += again.length;
  }
  return result;
}
