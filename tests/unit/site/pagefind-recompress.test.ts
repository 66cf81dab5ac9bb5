import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import {
  isFixedPagefindFile,
  recompressGzip,
  recompressPagefindBundle,
} from '../../../src/integrations/pagefind-recompress.ts';

/** Text that compresses as a page's words do: words repeated in a varied order. */
function pageText(words: number): string {
  const vocabulary =
    'the shanghai spirit rats tashkent sovereign equality charter member states'.split(' ');
  let seed = 7;
  return Array.from({ length: words }, () => {
    seed = (seed * 48271) % 2147483647;
    return vocabulary[seed % vocabulary.length];
  }).join(' ');
}

test.each([
  ['wasm.unknown.pagefind', true],
  ['wasm.ru.pagefind', true],
  ['pagefind.und_8bb1684626a.pf_meta', true],
  ['filter/und_f4689d4.pf_filter', true],
  ['fragment/und_113e4f6.pf_fragment', false],
  ['index/und_1.pf_index', false],
  ['pagefind.js', false],
  ['pagefind-entry.json', false],
  ['search-data.json', false],
  ['wasm.unknown.pagefind.map', false],
])('%s is fetched by every opening of search, whatever the site’s size: %s', (name, fixed) => {
  expect(isFixedPagefindFile(name)).toBe(fixed);
});

test('a file compressed again decompresses to the same bytes, and is smaller than gzip at its best', async () => {
  const content = Buffer.from(`pagefind_dcd${pageText(4000)}`);
  const written = gzipSync(content, { level: 9 });
  const again = await recompressGzip(written, 'wasm.unknown.pagefind');
  expect(gunzipSync(again).equals(content)).toBe(true);
  expect(again.length).toBeLessThan(written.length);
  // The same file the same way every build: the gzip header carries no time.
  expect(Buffer.from(await recompressGzip(written, 'wasm.unknown.pagefind')).equals(again)).toBe(
    true,
  );
});

test('a file Zopfli cannot make smaller is kept as it was written', async () => {
  const written = gzipSync(Buffer.from('x'), { level: 9 });
  expect(await recompressGzip(written, 'pagefind.und_1.pf_meta')).toBe(written);
});

test('a file that is not gzip stops the build, naming the file and what to check', async () => {
  await expect(
    recompressGzip(Buffer.from('plain text'), 'dist/pagefind/wasm.unknown.pagefind'),
  ).rejects.toThrow(
    /^dist\/pagefind\/wasm\.unknown\.pagefind → not a gzip file .*\nFix: check the Pagefind version in package\.json/,
  );
});

test('a bundle’s fixed files are compressed again in place, counted; its fragments, index chunks and scripts are left alone', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pagefind-recompress-'));
  mkdirSync(join(dir, 'filter'));
  mkdirSync(join(dir, 'fragment'));
  const files: Record<string, Buffer> = {
    'wasm.unknown.pagefind': gzipSync(Buffer.from(pageText(3000)), { level: 9 }),
    'pagefind.und_1.pf_meta': gzipSync(Buffer.from(`pagefind_dcd${pageText(500)}`), { level: 9 }),
    'filter/und_1.pf_filter': gzipSync(Buffer.from(`pagefind_dcd${pageText(400)}`), { level: 9 }),
    'fragment/und_1.pf_fragment': gzipSync(Buffer.from(`pagefind_dcd${pageText(2000)}`), {
      level: 9,
    }),
    'pagefind.js': Buffer.from('export const a = 1;\n'),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  const result = await recompressPagefindBundle(dir);
  const fixed = Object.keys(files).filter(isFixedPagefindFile);
  expect(fixed).toHaveLength(3);
  let before = 0;
  let after = 0;
  for (const [name, bytes] of Object.entries(files)) {
    const now = readFileSync(join(dir, name));
    if (fixed.includes(name)) {
      expect({ name, smaller: now.length < bytes.length }).toEqual({ name, smaller: true });
      expect(gunzipSync(now).equals(gunzipSync(bytes))).toBe(true);
      before += bytes.length;
      after += now.length;
    } else expect({ name, same: now.equals(bytes) }).toEqual({ name, same: true });
  }
  expect(result).toEqual({ files: 3, before, after });
});
