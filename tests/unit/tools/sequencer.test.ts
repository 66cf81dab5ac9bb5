import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { weigh } from '../../support/sequencer';

// The order of a run without recorded durations (tests/support/sequencer.ts): files with a test for
// every page start first, then the other files that drive Chromium or build a copy of the site.

test('a file with a test for every page weighs most, another slow file less, the rest nothing', () => {
  const browser = "import { openSiteBrowser } from '../support/browser';\n";
  const copies = "import { copySite } from '../../tools/lib/site-copy';\n";
  const pages = 'const PAGES = readSitemapPaths();\n';
  expect(weigh(`${browser}${pages}test.concurrent.each(PAGES)('%s', () => {});`)).toBe(2);
  expect(weigh(`${browser}${pages}test.each(PAGES)('%s', () => {});`)).toBe(2);
  // Some pages, or every page in one test, or another list: a slow file like the others.
  expect(weigh(`${browser}${pages}test.each(PAGES.slice(0, 8))('%s', () => {});`)).toBe(1);
  expect(weigh(`${browser}${pages}test('all', () => { for (const p of PAGES) p; });`)).toBe(1);
  expect(weigh(`${browser}${pages}test.each(WIDTHS)('%i', () => {});`)).toBe(1);
  expect(weigh(`${copies}test('x', () => {});`)).toBe(1);
  // Not slow: reading the build is fast, whatever it loops over.
  expect(weigh(`${pages}test.each(PAGES)('%s', () => {});`)).toBe(0);
});

test('the browser tests have files of each weight, so the rule still sees how they are written', () => {
  const weights = readdirSync('tests/browser').map((file) =>
    weigh(readFileSync(join('tests/browser', file), 'utf8')),
  );
  expect(new Set(weights)).toEqual(new Set([1, 2]));
});
