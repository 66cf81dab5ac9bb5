import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { minifyPagefindRuntime } from '../../../src/integrations/pagefind-runtime.ts';

/** A Pagefind bundle holding the given files. */
function bundle(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pagefind-runtime-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

test('minifies each script in place, keeping what it exports, and counts the bytes; other files are left alone', async () => {
  const script =
    '// a note\nexport function search(term) {\n  const folded = term.toLowerCase();\n  return folded;\n}\n';
  const dir = bundle({ 'pagefind.js': script, 'pagefind-entry.json': '{ "version": "1" }' });
  const result = await minifyPagefindRuntime(dir);
  const minified = readFileSync(join(dir, 'pagefind.js'), 'utf8');
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
  const dir = bundle({ 'pagefind.js': 'export const a = ;\n' });
  await expect(minifyPagefindRuntime(dir)).rejects.toThrow(/pagefind\.js → .+\nFix: /);
});
