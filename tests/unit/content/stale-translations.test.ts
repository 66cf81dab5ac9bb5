import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { listStaleTranslations } from '#lib/content/edition-data.ts';

const root = mkdtempSync(join(tmpdir(), 'stale-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(file: string, frontmatter: string): void {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), `---\n${frontmatter}\n---\n\nText.\n`);
}

test('a translation made from an older review of its English page is listed, and only that one', () => {
  write('content/topics/rats.mdx', 'title: RATS\nlastReviewed: 2026-12-05');
  write('content/topics/spirit.mdx', 'title: Spirit\nlastReviewed: 2026-11-20');
  write('content/pages/about.mdx', 'title: About\nlastReviewed: 2026-11-22');
  // Made from the review before the last one: stale.
  write('content/ru/topics/rats.mdx', 'title: РАТС\ntranslation: { englishReviewed: 2026-12-01, translated: 2026-12-02 }');
  // Made from the latest review: current.
  write('content/zh/topics/rats.mdx', 'title: 地区反恐怖机构\ntranslation: { englishReviewed: 2026-12-05, translated: 2026-12-06 }');
  write('content/ru/topics/spirit.mdx', 'title: Дух\ntranslation: { englishReviewed: 2026-11-20, translated: 2026-11-21 }');
  write('content/zh/pages/about.mdx', 'title: 关于\ntranslation: { englishReviewed: 2026-11-01, translated: 2026-11-02 }');
  expect(listStaleTranslations(root)).toEqual([
    {
      file: 'content/ru/topics/rats.mdx',
      englishFile: 'content/topics/rats.mdx',
      translatedFrom: '2026-12-01',
      englishReviewed: '2026-12-05',
    },
    {
      file: 'content/zh/pages/about.mdx',
      englishFile: 'content/pages/about.mdx',
      translatedFrom: '2026-11-01',
      englishReviewed: '2026-11-22',
    },
  ]);
});
