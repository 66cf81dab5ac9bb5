import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { describeStaleTranslation, listStaleTranslations } from '#lib/content/edition-data.ts';

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

test('a source, or a list with an entry, reviewed after its translation is listed, naming the entries', () => {
  const site = mkdtempSync(join(tmpdir(), 'stale-data-'));
  const at = (file: string, text: string) => {
    mkdirSync(join(site, file, '..'), { recursive: true });
    writeFileSync(join(site, file), text);
  };
  try {
    at('content/sources/alimov-2017.yaml', 'title: T\nlastReviewed: 2026-12-05\n');
    at('content/sources/azam-cgtn.yaml', 'title: T\nlastReviewed: 2026-11-20\n');
    at('content/ru/sources/alimov-2017.yaml', 'translation: { englishReviewed: 2026-12-01, translated: 2026-12-02 }\n');
    at('content/zh/sources/alimov-2017.yaml', 'translation: { englishReviewed: 2026-12-05, translated: 2026-12-06 }\n');
    at('content/ru/sources/azam-cgtn.yaml', 'translation: { englishReviewed: 2026-11-20, translated: 2026-11-21 }\n');
    at(
      'content/glossary.yaml',
      '- id: rats\n  lastReviewed: 2026-12-03\n- id: sco\n  lastReviewed: 2026-11-01\n- id: three-forces\n  lastReviewed: 2026-12-04\n',
    );
    at('content/timeline.yaml', '- id: founded-2001\n  lastReviewed: 2026-11-01\n');
    at('content/members.yaml', '- id: india\n  lastReviewed: 2026-12-09\n');
    at('content/ru/glossary.yaml', 'translation: { englishReviewed: 2026-12-02, translated: 2026-12-02 }\nterms: []\n');
    at('content/zh/glossary.yaml', 'translation: { englishReviewed: 2026-12-04, translated: 2026-12-04 }\nterms: []\n');
    at('content/ru/timeline.yaml', 'translation: { englishReviewed: 2026-11-01, translated: 2026-11-02 }\nevents: []\n');
    at('content/zh/members.yaml', 'translation: { englishReviewed: 2026-12-08, translated: 2026-12-08 }\nmembers: []\n');
    expect(listStaleTranslations(site)).toEqual([
      {
        file: 'content/ru/sources/alimov-2017.yaml',
        englishFile: 'content/sources/alimov-2017.yaml',
        translatedFrom: '2026-12-01',
        englishReviewed: '2026-12-05',
      },
      {
        file: 'content/ru/glossary.yaml',
        englishFile: 'content/glossary.yaml',
        translatedFrom: '2026-12-02',
        englishReviewed: '2026-12-04',
        entries: ['rats', 'three-forces'],
      },
      {
        file: 'content/zh/members.yaml',
        englishFile: 'content/members.yaml',
        translatedFrom: '2026-12-08',
        englishReviewed: '2026-12-09',
        entries: ['india'],
      },
    ]);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});


test.each([
  [undefined, 'the English was reviewed again on 2026-12-05'],
  [['rats'], 'its entry rats was reviewed again on 2026-12-05'],
  [['rats', 'sco'], 'its entries rats, sco were reviewed again since, the last on 2026-12-05'],
])('the build says which review a stale translation missed (entries %j)', (entries, said) => {
  const message = describeStaleTranslation({
    file: 'content/ru/glossary.yaml',
    englishFile: 'content/glossary.yaml',
    translatedFrom: '2026-12-01',
    englishReviewed: '2026-12-05',
    ...(entries ? { entries } : {}),
  });
  expect(message).toBe(
    `content/ru/glossary.yaml translates content/glossary.yaml as reviewed on 2026-12-01; ${said}. Fix: bring the translation up to date, then set its translation: { englishReviewed: 2026-12-05, translated: <today> }`,
  );
});
