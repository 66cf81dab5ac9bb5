import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { minifyPublicStyles } from '../../../src/integrations/public-styles.ts';

/** A built site holding the given files under styles/. */
function builtSite(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'public-styles-'));
  mkdirSync(join(dir, 'styles'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'styles', name), text);
  return dir;
}

test('minifies each stylesheet in place and counts the bytes; other files are left alone', async () => {
  const css =
    '/* a note for maintainers */\n@layer components {\n  .a {\n    color: red;\n  }\n}\n';
  const dir = builtSite({ 'one.css': css, 'notes.txt': '/* not a stylesheet */' });
  const result = await minifyPublicStyles(dir);
  const minified = '@layer components{.a{color:red}}';
  expect(readFileSync(join(dir, 'styles', 'one.css'), 'utf8')).toBe(minified);
  expect(readFileSync(join(dir, 'styles', 'notes.txt'), 'utf8')).toBe('/* not a stylesheet */');
  expect(result).toEqual({ files: 1, before: css.length, after: minified.length });
});

test('a build without public stylesheets has nothing to do', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'public-styles-'));
  expect(await minifyPublicStyles(dir)).toEqual({ files: 0, before: 0, after: 0 });
});

test('a stylesheet that does not parse stops the build, naming the file as written, its line and a fix', async () => {
  const dir = builtSite({ 'search.css': '.a {}\n\n$$$ { color: red }\n' });
  await expect(minifyPublicStyles(dir)).rejects.toThrow(
    /^public\/styles\/search\.css:3:1 → Invalid empty selector\nFix: /,
  );
});
