import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import type { ContentProblem } from '#lib/content/content-error.ts';
import { checkEditionData } from '#lib/content/edition-data.ts';
import { TRANSLATED_LOCALES, type TranslatedLocale } from '#lib/i18n/locales.ts';

// An edition that has begun (content/<locale>/ exists) translates every English data list: a list left
// out is reported by name, not skipped, and an English list that is itself missing does not crash the
// check (the English checks report it).

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

function siteWith(files: string[], editions: readonly string[]): string {
  root = mkdtempSync(join(tmpdir(), 'sco-edition-data-'));
  mkdirSync(join(root, 'content'));
  for (const file of files) copyFileSync(join('content', file), join(root, 'content', file));
  for (const locale of editions) mkdirSync(join(root, 'content', locale));
  return root;
}

test.each(TRANSLATED_LOCALES)('a begun %s edition without the glossary is told to translate it', (locale) => {
  const problems: ContentProblem[] = [];
  checkEditionData(siteWith(['glossary.yaml'], [locale]), problems);
  expect(problems.map((p) => [p.file, p.field])).toEqual([
    [`content/${locale}/glossary.yaml`, 'file'],
  ]);
  expect(problems[0]?.fix).toContain('content/glossary.yaml');
});

test('a translated list whose English list is missing does not stop the check', () => {
  const problems: ContentProblem[] = [];
  const site = siteWith([], TRANSLATED_LOCALES);
  for (const locale of TRANSLATED_LOCALES)
    copyFileSync(`content/${locale}/glossary.yaml`, join(site, 'content', locale, 'glossary.yaml'));
  expect(() => checkEditionData(site, problems)).not.toThrow();
  expect(problems).toEqual([]);
});

// An article's author is a person whom the edition's readers look up by the name as the edition
// writes it (its source page's search names): an edition file that leaves it out is reported.
const articles = readdirSync('content/sources')
  .filter((name) => name.endsWith('.yaml'))
  .filter((name) => !/^kind: reference$/m.test(readFileSync(join('content/sources', name), 'utf8')));

test.each(
  TRANSLATED_LOCALES.flatMap((locale) => articles.map((name) => [locale, name] as const)),
)('the %s text of the article %s must write its author’s name', (locale, name) => {
  const site = siteWith([], [locale]);
  mkdirSync(join(site, 'content', 'sources'));
  mkdirSync(join(site, 'content', locale, 'sources'));
  copyFileSync(join('content/sources', name), join(site, 'content/sources', name));
  const own = readFileSync(join('content', locale, 'sources', name), 'utf8');
  expect(own).toMatch(/^author: \S/m);
  const problemsOf = (text: string): ContentProblem[] => {
    writeFileSync(join(site, 'content', locale, 'sources', name), text);
    const problems: ContentProblem[] = [];
    checkEditionData(site, problems);
    return problems.filter((p) => p.file === `content/${locale}/sources/${name}`);
  };
  expect(problemsOf(own)).toEqual([]);
  const without = problemsOf(own.replace(/^author: .*\n/m, ''));
  expect(without.map((p) => p.field)).toEqual(['author']);
  expect(without[0]?.fix).toContain(`content/${locale}/TERMS.md`);
});

/** A site with the English and the edition's data lists and the first article, in both. */
function siteWithListsAndSource(locale: TranslatedLocale): string {
  const site = siteWith(['glossary.yaml', 'timeline.yaml', 'members.yaml'], [locale]);
  mkdirSync(join(site, 'content', 'sources'));
  mkdirSync(join(site, 'content', locale, 'sources'));
  copyFileSync(join('content/sources', articles[0] ?? ''), join(site, 'content/sources', articles[0] ?? ''));
  for (const file of ['glossary.yaml', 'timeline.yaml', 'members.yaml', `sources/${articles[0] ?? ''}`])
    copyFileSync(join('content', locale, file), join(site, 'content', locale, file));
  return site;
}

// A translation stamped the old way (translated: <day>) cannot be marked stale by a later English
// review: the editor is told, at the line, how to stamp it. Derived from the committed files.
test.each(
  TRANSLATED_LOCALES.flatMap((locale) =>
    ['glossary.yaml', 'timeline.yaml', 'members.yaml', `sources/${articles[0] ?? ''}`].map(
      (name) => [locale, name] as const,
    ),
  ),
)('%s/%s stamped only `translated:` is told to say which English review it renders', (locale, name) => {
  const problems: ContentProblem[] = [];
  const site = siteWithListsAndSource(locale);
  const file = join(site, 'content', locale, name);
  const text = readFileSync(file, 'utf8');
  const old = text.replace(/^translation: \{ englishReviewed: \S+, translated: (\S+) \}$/m, 'translated: $1');
  expect(old).not.toBe(text);
  writeFileSync(file, old);
  checkEditionData(site, problems);
  const line = old.split('\n').findIndex((l) => l.startsWith('translated: ')) + 1;
  expect(problems.map((p) => [p.file, p.line, p.field])).toEqual([[`content/${locale}/${name}`, line, 'translated']]);
  expect(problems[0]?.fix).toMatch(/^replace it with translation: \{ englishReviewed: .*, translated: \d{4}-\d\d-\d\d \}$/);
});

test.each(TRANSLATED_LOCALES)('a %s stamp with an impossible English review day is refused at its line', (locale) => {
  const problems: ContentProblem[] = [];
  const site = siteWith(['glossary.yaml'], [locale]);
  const text = readFileSync(`content/${locale}/glossary.yaml`, 'utf8');
  const bad = text.replace(/englishReviewed: \S+,/, 'englishReviewed: 2026-02-30,');
  writeFileSync(join(site, 'content', locale, 'glossary.yaml'), bad);
  checkEditionData(site, problems);
  const glossary = problems.filter((p) => p.file === `content/${locale}/glossary.yaml`);
  expect(glossary.map((p) => [p.line, p.field])).toEqual([
    [bad.split('\n').findIndex((l) => l.includes('2026-02-30')) + 1, 'translation.englishReviewed'],
  ]);
  expect(glossary[0]?.problem).toContain('February 2026 has 28 days');
});

// A stamp claiming an English review after the English file's own would hide every review up to it.
test.each(
  TRANSLATED_LOCALES.flatMap((locale) =>
    ['glossary.yaml', `sources/${articles[0] ?? ''}`].map((name) => [locale, name] as const),
  ),
)('%s/%s stamped with an English review that has not happened is refused', (locale, name) => {
  const problems: ContentProblem[] = [];
  const site = siteWithListsAndSource(locale);
  // Both days long past: a stamp after today is refused as a date first (it has not come).
  const english = join(site, 'content', name);
  writeFileSync(
    english,
    readFileSync(english, 'utf8').replace(/lastReviewed: \S+/g, 'lastReviewed: 2020-01-01'),
  );
  const file = join(site, 'content', locale, name);
  const text = readFileSync(file, 'utf8');
  const ahead = text.replace(/englishReviewed: \S+,/, 'englishReviewed: 2020-01-02,');
  expect(ahead).not.toBe(text);
  writeFileSync(file, ahead);
  checkEditionData(site, problems);
  const line = ahead.split('\n').findIndex((l) => l.includes('2020-01-02')) + 1;
  expect(problems.map((p) => [p.file, p.line, p.field])).toEqual([
    [`content/${locale}/${name}`, line, 'translation.englishReviewed'],
  ]);
  expect(problems[0]?.problem).toMatch(/^is 2020-01-02, after the English file's last review/);
});

test('the committed translations claim no English review that has not happened', () => {
  const problems: ContentProblem[] = [];
  checkEditionData('.', problems);
  expect(problems.filter((p) => p.field === 'translation.englishReviewed')).toEqual([]);
});
