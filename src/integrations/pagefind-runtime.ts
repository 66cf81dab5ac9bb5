/**
 * Pagefind writes its runtime (pagefind.js and the scripts beside it) readable, not minified: 47 KB,
 * 13.2 KB compressed, the largest script a reader's first search fetches after the WebAssembly.
 * After the index is written, each edition's scripts are minified in place with the minifier Vite
 * uses for the site's own scripts (Oxc), which brings pagefind.js to about 11 KB compressed.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { minify } from 'vite';
import { type FileBytes, noFileBytes } from './file-bytes.ts';

/** Bytes of a bundle's scripts before and after minifying. */
export type MinifiedScripts = FileBytes;

/** The build's error when a part of pagefind.js that `patch` changes is not where Pagefind writes it. */
function runtimeChanged(what: string, patch: string, does: string): Error {
  return new Error(
    `pagefind.js → ${what} not found where Pagefind writes it\nFix: check the Pagefind version in package.json; ${patch} (src/integrations/pagefind-runtime.ts) ${does}, and expects the runtime as Pagefind 1.x writes it.`,
  );
}

/**
 * Pagefind compresses its files itself and bundles a gzip decoder to read them (fflate's inflate): about 2 KB of the 11 KB of pagefind.js a reader's first search fetches, to do what
 * every browser the site supports does natively (DecompressionStream, Baseline since 2023). This
 * puts the browser's decoder in its place: the bundled one goes, `decompress` waits for the native
 * one, and each of Pagefind's calls of it waits in turn (all are in async functions). Each part is
 * found as Pagefind writes it, or the build stops and says what to check.
 */
export function withNativeGunzip(code: string): string {
  // Pagefind writes its runtime compact (no comments, no indentation): fflate's code runs from its
  // first line to the one that names the decoder.
  const start = code.indexOf('var u8=Uint8Array;');
  const endMark = 'var gz_default=gunzipSync;';
  const end = code.indexOf(endMark, start);
  const method = 'decompress(data,file="unknown file"){';
  const call = 'data=gz_default(data);';
  const fail = (what: string): never => {
    throw runtimeChanged(
      what,
      'withNativeGunzip',
      "replaces Pagefind's gzip decoder with the browser's",
    );
  };
  if (start === -1 || end === -1) fail('its gzip decoder (var u8=Uint8Array … gz_default)');
  if (code.split(method).length !== 2) fail('its decompress method');
  if (code.split(call).length !== 2) fail("decompress's call of the decoder");
  const calls = code.split('this.decompress(').length - 1;
  if (calls === 0) fail('a call of decompress');
  return (
    code.slice(0, start) +
    "\n// lib/gz.js, replaced: the browser's own gzip decoder\n" +
    'var gz_default = async (data) => new Uint8Array(await new Response(new Blob([data]).stream().pipeThrough(new DecompressionStream("gzip"))).arrayBuffer());\n' +
    code.slice(end + endMark.length)
  )
    .replace(method, `async ${method}`)
    .replace(call, 'data=await gz_default(data);')
    .replaceAll('this.decompress(', 'await this.decompress(');
}

/**
 * Pagefind copies onto each result the details of its score (term frequencies, IDFs, metadata
 * boosts) that its playground shows: the site reads none of them, and the mapping is about 0.2 KB
 * of the runtime a first search fetches. This cuts it from the code that builds a result, found as
 * Pagefind writes it, or the build stops and says what to check.
 */
export function withoutScoreDetails(code: string): string {
  const start = 'if(result2.params){';
  const end = 'return res;';
  const from = code.indexOf(start);
  const to = code.indexOf(end, from);
  if (
    from === -1 ||
    code.split(start).length !== 2 ||
    to === -1 ||
    !code.includes('verbose_meta_scores', from)
  )
    throw runtimeChanged(
      `a result's score details (${start} … ${end})`,
      'withoutScoreDetails',
      'cuts them',
    );
  return code.slice(0, from) + code.slice(to);
}

/**
 * Pagefind's search writes what it does to the console when called with `verbose: true`, which
 * the site never passes: the messages are about 0.2 KB of the runtime a first search fetches. This
 * cuts each call that logs a message written in the code, found as Pagefind writes them, or the
 * build stops and says what to check.
 */
export function withoutVerboseLog(code: string): string {
  const logger = 'const log=(str)=>{if(options2.verbose)console.log(str);};';
  const calls = /log\(`[^`]*`\);/g;
  if (code.split(logger).length !== 2 || (code.match(calls)?.length ?? 0) < 3)
    throw runtimeChanged(
      `its verbose search log (${logger} and its messages)`,
      'withoutVerboseLog',
      'cuts the messages',
    );
  return code.replace(calls, '');
}

/**
 * Pagefind runs its search in a Web Worker when it can, through a wrapper that passes each call to
 * the worker or, failing that, to its main-thread search. The site turns the worker off
 * (`noWorker`, src/client/search-client.ts: the worker is a second copy of the runtime), so the
 * wrapper only ever passes calls on: it and the code that starts and messages workers are about
 * 1.2 KB of the runtime a first search fetches. This cuts them, with the two exports only they
 * serve (`createInstance`, `destroy`), and has the module make the main-thread search itself. Each
 * part is found as Pagefind writes it, or the build stops and says what to check.
 */
export function withoutWorker(code: string): string {
  const exports =
    'export{createInstance,debouncedSearch,destroy,filters,init,mergeIndex,options,preload,search};';
  const cuts: [string, string][] = [
    ['var hasWorkerSupport=', 'var pagefind=void 0;'],
    ['var destroy=', 'var mergeIndex='],
    ['var createInstance=', exports],
  ];
  const once = (part: string): boolean => code.split(part).length === 2;
  let cut = code;
  for (const [start, end] of cuts) {
    const from = cut.indexOf(start);
    const to = cut.indexOf(end, from);
    if (!once(start) || !once(end) || from === -1 || to === -1)
      throw runtimeChanged(`its worker wrapper (${start} … ${end})`, 'withoutWorker', 'cuts it');
    cut = cut.slice(0, from) + cut.slice(to);
  }
  const made = 'new PagefindWrapper(';
  if (cut.split(made).length !== 2 || !/var Pagefind=class\{/.test(cut))
    throw runtimeChanged(
      `its search made through the wrapper (${made})`,
      'withoutWorker',
      'makes the main-thread search (Pagefind) in its place',
    );
  return cut
    .replace(made, 'new Pagefind(')
    .replace(exports, 'export{debouncedSearch,filters,init,mergeIndex,options,preload,search};');
}

/**
 * Minifies every .js file Pagefind wrote to `bundleDir`. A script the minifier cannot parse stops
 * the build, naming the file and what is wrong: it would be a Pagefind release this site does not
 * know, to be checked before it ships.
 */
export async function minifyPagefindRuntime(bundleDir: string): Promise<MinifiedScripts> {
  const result: MinifiedScripts = noFileBytes();
  for (const name of (await readdir(bundleDir)).filter((file) => file.endsWith('.js')).sort()) {
    const path = join(bundleDir, name);
    const written = await readFile(path, 'utf8');
    const code =
      name === 'pagefind.js'
        ? withoutWorker(withoutVerboseLog(withoutScoreDetails(withNativeGunzip(written))))
        : written;
    const minified = await minify(name, code, { compress: true, mangle: true });
    if (minified.errors.length > 0)
      throw new Error(
        `${relative(process.cwd(), path)} → ${minified.errors.map((error) => error.message).join('; ')}\nFix: Pagefind wrote a script the minifier cannot parse; check the Pagefind version in package.json (it is minified into the build as written).`,
      );
    await writeFile(path, minified.code);
    result.files += 1;
    result.before += Buffer.byteLength(written);
    result.after += Buffer.byteLength(minified.code);
  }
  return result;
}
