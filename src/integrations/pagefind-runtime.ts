/**
 * Pagefind writes its runtime (pagefind.js and the scripts beside it) readable, not minified: 47 KB,
 * 13.2 KB compressed, the largest script a reader's first search fetches after the WebAssembly.
 * After the index is written, each edition's scripts are minified in place with the minifier Vite
 * uses for the site's own scripts (Oxc), which brings pagefind.js to about 11 KB compressed.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { minify } from 'vite';

/** Bytes of a bundle's scripts before and after minifying. */
export interface MinifiedScripts {
  files: number;
  before: number;
  after: number;
}

/**
 * Minifies every .js file Pagefind wrote to `bundleDir`. A script the minifier cannot parse stops
 * the build, naming the file and what is wrong: it would be a Pagefind release this site does not
 * know, to be checked before it ships.
 */
export async function minifyPagefindRuntime(bundleDir: string): Promise<MinifiedScripts> {
  const result: MinifiedScripts = { files: 0, before: 0, after: 0 };
  for (const name of (await readdir(bundleDir)).filter((file) => file.endsWith('.js')).sort()) {
    const path = join(bundleDir, name);
    const code = await readFile(path, 'utf8');
    const minified = await minify(name, code, { compress: true, mangle: true });
    if (minified.errors.length > 0)
      throw new Error(
        `${relative(process.cwd(), path)} → ${minified.errors.map((error) => error.message).join('; ')}\nFix: Pagefind wrote a script the minifier cannot parse; check the Pagefind version in package.json (it is minified into the build as written).`,
      );
    await writeFile(path, minified.code);
    result.files += 1;
    result.before += Buffer.byteLength(code);
    result.after += Buffer.byteLength(minified.code);
  }
  return result;
}
