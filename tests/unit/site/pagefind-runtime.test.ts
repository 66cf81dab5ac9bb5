import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, vi } from 'vitest';
import { gzipSync } from 'node:zlib';
import {
  minifyPagefindRuntime,
  withNativeGunzip,
  withoutScoreDetails,
  withoutVerboseLog,
  withoutWorker,
} from '../../../src/integrations/pagefind-runtime.ts';

/** A Pagefind bundle holding the given files. */
function bundle(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pagefind-runtime-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

test('minifies each script in place, keeping what it exports, and counts the bytes; other files are left alone', async () => {
  const script =
    '// a note\nexport function search(term) {\n  const folded = term.toLowerCase();\n  return folded;\n}\n';
  const dir = bundle({ 'pagefind-ui.js': script, 'pagefind-entry.json': '{ "version": "1" }' });
  const result = await minifyPagefindRuntime(dir);
  const minified = readFileSync(join(dir, 'pagefind-ui.js'), 'utf8');
  expect(minified).not.toContain('a note');
  expect(minified.length).toBeLessThan(script.length);
  const module = (await import(`data:text/javascript,${encodeURIComponent(minified)}`)) as {
    search: (term: string) => string;
  };
  expect(module.search('RATS')).toBe('rats');
  expect(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')).toBe('{ "version": "1" }');
  expect(result).toEqual({
    files: 1,
    before: script.length,
    after: Buffer.byteLength(minified),
  });
});

test('a script that does not parse stops the build, naming the file and a fix', async () => {
  const dir = bundle({ 'pagefind-ui.js': 'export const a = ;\n' });
  await expect(minifyPagefindRuntime(dir)).rejects.toThrow(/pagefind-ui\.js → .+\nFix: /);
});

/** pagefind.js as Pagefind writes it, in little: its bundled gzip decoder, decompress and its callers. */
const RUNTIME = [
  'var u8=Uint8Array;function gunzipSync(data){throw new Error("the bundled decoder ran");}var gz_default=gunzipSync;',
  'class Search{decoder=new TextDecoder();',
  'decompress(data,file="unknown file"){if(this.decoder.decode(data.slice(0,12))==="pagefind_dcd"){return data.slice(12);}data=gz_default(data);return data.slice(12);}',
  'async loadFragment(bytes){let fragment=this.decompress(bytes);return new TextDecoder().decode(fragment);}',
  // A search that logs what it does when asked to (verbose).
  'find(term,options2){const log=(str)=>{if(options2.verbose)console.log(str);};log(`Starting search for ${term}`);log(`Loaded chunks`);log(`Found "${term}" in 1ms`);return term;}',
  // A result and the details of its score, which only Pagefind's playground reads.
  'result(result2){let res={id:result2.p,score:result2.s};if(result2.params){res.params={document_length:result2.params.dl};}if(result2.vms&&result2.vms.length>0){res.verbose_meta_scores=result2.vms.map((s)=>({field_name:s.fn}));}return res;}}',
  // The main-thread search, and the wrapper that passes each call to a worker or to it.
  'var Pagefind=class{constructor(options2){this.where="main thread";this.language=options2.language;}};',
  'var hasWorkerSupport=typeof Worker!=="undefined";function startWorker(){return new Worker("pagefind-worker.js");}',
  'var PagefindWrapper=class{constructor(options2){this.fallback=new Pagefind(options2);this.where="wrapper";}destroy(){startWorker();}};',
  'var pagefind=void 0;var init_pagefind=()=>{if(!pagefind){pagefind=new PagefindWrapper({language:"en"});}};',
  'var options=async()=>{};var init=async()=>{init_pagefind();return pagefind;};var filters=async()=>{};var preload=async()=>{};var debouncedSearch=async()=>{};',
  'var destroy=async()=>{if(pagefind){await pagefind.destroy();}pagefind=void 0;};',
  'var mergeIndex=async()=>{init_pagefind();};',
  'var search=new Search();',
  'var createInstance=(options2)=>{const wrapper=new PagefindWrapper(options2);return{destroy:()=>wrapper.destroy()};};',
  'export{createInstance,debouncedSearch,destroy,filters,init,mergeIndex,options,preload,search};',
].join('');

test("pagefind.js reads Pagefind's files with the browser's gzip decoder, not the one it bundles", async () => {
  const patched = withNativeGunzip(RUNTIME);
  expect(patched).not.toContain('gunzipSync');
  expect(patched).toContain('DecompressionStream');
  const dir = bundle({ 'pagefind.js': RUNTIME });
  await minifyPagefindRuntime(dir);
  const minified = readFileSync(join(dir, 'pagefind.js'), 'utf8');
  const module = (await import(`data:text/javascript,${encodeURIComponent(minified)}`)) as {
    init: () => Promise<{ where: string; language: string }>;
    search: {
      loadFragment: (bytes: Uint8Array) => Promise<string>;
      result: (raw: object) => object;
      find: (term: string, options: { verbose: boolean }) => string;
    };
  };
  // A search asked to be verbose still searches, and logs nothing.
  const logged = vi.spyOn(console, 'log').mockImplementation(() => {});
  expect(module.search.find('rats', { verbose: true })).toBe('rats');
  expect(logged).not.toHaveBeenCalled();
  logged.mockRestore();
  // The search is made on the main thread, with the options the wrapper had passed; no worker code.
  await expect(module.init()).resolves.toEqual({ where: 'main thread', language: 'en' });
  expect(Object.keys(module).sort()).toEqual([
    'debouncedSearch',
    'filters',
    'init',
    'mergeIndex',
    'options',
    'preload',
    'search',
  ]);
  expect(minified).not.toMatch(/Worker|Wrapper/);
  // A result keeps its id and score, without the details of the score.
  expect(
    module.search.result({ p: 'und_1', s: 2, params: { dl: 9 }, vms: [{ fn: 'title' }] }),
  ).toEqual({ id: 'und_1', score: 2 });
  const file = new Uint8Array(gzipSync(Buffer.from('pagefind_dcd{"url":"/rats/"}')));
  await expect(module.search.loadFragment(file)).resolves.toBe('{"url":"/rats/"}');
  // A file Pagefind left uncompressed is read as it is.
  const plain = new TextEncoder().encode('pagefind_dcd{"url":"/"}');
  await expect(module.search.loadFragment(plain)).resolves.toBe('{"url":"/"}');
});

test.each([
  ['its gzip decoder', RUNTIME.replace('var u8=Uint8Array;', 'var u8=globalThis.Uint8Array;')],
  ['its decompress method', RUNTIME.replace('decompress(data,file', 'decompress(bytes,file')],
  [
    "decompress's call of the decoder",
    RUNTIME.replace('data=gz_default(data);', 'data=inflate(data);'),
  ],
  ['a call of decompress', RUNTIME.replace('this.decompress(bytes)', 'this.read(bytes)')],
])('a runtime without %s stops the build, saying what to check', (what, runtime) => {
  expect(() => withNativeGunzip(runtime)).toThrow(
    new RegExp(
      `pagefind\\.js → ${what.replace(/[()]/g, '\\$&')}.* not found[^]*\\nFix: check the Pagefind version`,
    ),
  );
});

test("a runtime without a result's score details where Pagefind writes them stops the build", () => {
  expect(withoutScoreDetails(RUNTIME)).not.toContain('verbose_meta_scores');
  for (const runtime of [
    RUNTIME.replace('if(result2.params){', 'if(result.params){'),
    RUNTIME.replace('return res;', 'return{...res};'),
    RUNTIME.replace('verbose_meta_scores', 'metaScores'),
    RUNTIME + RUNTIME,
  ])
    expect(() => withoutScoreDetails(runtime)).toThrow(
      /pagefind\.js → a result's score details .* not found[^]*\nFix: check the Pagefind version/,
    );
});

test('a runtime without its verbose log where Pagefind writes it stops the build', () => {
  expect(withoutVerboseLog(RUNTIME)).not.toContain('Starting search');
  for (const runtime of [
    RUNTIME.replace('const log=(str)=>', 'const say=(str)=>'),
    RUNTIME.replace('log(`Loaded chunks`);', '').replace('log(`Found', 'say(`Found'),
    RUNTIME + RUNTIME,
  ])
    expect(() => withoutVerboseLog(runtime)).toThrow(
      /pagefind\.js → its verbose search log .* not found[^]*\nFix: check the Pagefind version/,
    );
});

test('a runtime without its worker wrapper where Pagefind writes it stops the build', () => {
  expect(withoutWorker(RUNTIME)).not.toContain('PagefindWrapper');
  for (const runtime of [
    RUNTIME.replace('var hasWorkerSupport=', 'var canUseWorkers='),
    RUNTIME.replace('var destroy=', 'var teardown='),
    RUNTIME.replace('export{createInstance,', 'export{createInstance as create,'),
    RUNTIME.replace('pagefind=new PagefindWrapper(', 'pagefind=new Wrapper('),
    RUNTIME.replace('var Pagefind=class{', 'var PagefindSearch=class{'),
    RUNTIME + RUNTIME,
  ])
    expect(() => withoutWorker(runtime)).toThrow(
      /pagefind\.js → its (worker wrapper|search made through the wrapper) .* not found[^]*\nFix: check the Pagefind version/,
    );
});
