/**
 * The stylesheets in public/styles/ are copied to the build as written, comments and all (they are
 * plain files so that Astro does not put them on every page: see src/client/search-styles.ts).
 * After the build they are minified in place with Lightning CSS, the minifier Vite uses for the
 * site's other stylesheets, so that readers fetch rules, not the maintainers' notes.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'lightningcss';
import { type FileBytes, noFileBytes } from './file-bytes.ts';

/** Where the public stylesheets are in the built site. */
export const PUBLIC_STYLES_DIR = 'styles';

/** Bytes of the public stylesheets before and after minifying. */
export type MinifiedStyles = FileBytes;

/**
 * Minifies every .css file in `<builtDir>/styles/`. A stylesheet Lightning CSS cannot parse stops
 * the build, naming the file (as it is in public/), the line and what is wrong.
 */
export async function minifyPublicStyles(builtDir: string): Promise<MinifiedStyles> {
  const dir = join(builtDir, PUBLIC_STYLES_DIR);
  const result: MinifiedStyles = noFileBytes();
  if (!existsSync(dir)) return result;
  for (const name of (await readdir(dir)).filter((file) => file.endsWith('.css')).sort()) {
    const path = join(dir, name);
    const code = await readFile(path);
    const source = `public/${PUBLIC_STYLES_DIR}/${name}`;
    let minified: Uint8Array;
    try {
      minified = transform({ filename: source, code, minify: true }).code;
    } catch (error) {
      const { loc, message } = error as { loc?: { line: number; column: number }; message: string };
      throw new Error(
        `${source}${loc ? `:${loc.line}:${loc.column}` : ''} → ${message}\nFix: correct the stylesheet so that it parses as CSS; it is minified into the build as it stands.`,
      );
    }
    await writeFile(path, minified);
    result.files += 1;
    result.before += code.length;
    result.after += minified.length;
  }
  return result;
}
