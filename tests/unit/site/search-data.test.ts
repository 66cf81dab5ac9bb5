import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { pagefindPathOf } from '#lib/search/languages.ts';
import { fragmentReader } from '../../../src/integrations/search-data.ts';

/** A built site holding one fragment per edition given, as Pagefind writes it (gzipped, signed). */
function builtSite(editions: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'search-data-'));
  for (const [locale, content] of Object.entries(editions)) {
    const fragments = join(dir, pagefindPathOf(locale as 'en'), 'fragment');
    mkdirSync(fragments, { recursive: true });
    const json = JSON.stringify({ url: `/${locale}/`, content, meta: { title: locale } });
    writeFileSync(join(fragments, `${locale}_1.pf_fragment`), gzipSync(`pagefind_dcd${json}`));
  }
  return dir;
}

test('fragmentReader reads each edition’s fragments once, however often the build asks', async () => {
  const dir = builtSite({ en: 'English words', ru: 'русские слова' });
  const fragmentsOf = fragmentReader(dir);
  const first = await fragmentsOf('ru');
  expect(first.map((fragment) => fragment.content)).toEqual(['русские слова']);
  // The files are gone: a second read would fail, the reader answers from what it read.
  rmSync(join(dir, pagefindPathOf('ru')), { recursive: true });
  expect(await fragmentsOf('ru')).toBe(first);
  expect((await fragmentsOf('en')).map((fragment) => fragment.content)).toEqual(['English words']);
});
