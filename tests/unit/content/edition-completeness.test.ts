import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { TRANSLATED_LOCALES } from '#lib/i18n/locales.ts';
import { inspectMdx } from '#lib/markdown/mdx-rules.ts';

// The editions are whole translations of the English site (DESIGN.md, "Editions"), derived from
// content/: every English topic, page, source and data file has its counterpart in each edition, and
// each section of a translated page links to the same pages and anchors as the English section.
// check:content (src/lib/content/edition-parity.ts, edition-data.ts) already checks what a translation
// that exists says (section ids, citations, entry ids, paragraph counts, <Q en>); this checks what it
// does not: that none is missing, and that the cross-links match.

const list = (dir: string, ext: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith(ext))
        .sort()
    : [];

/** Every English file an edition translates, relative to content/ (TERMS.md, fingerprints etc. are not translated). */
const TRANSLATED_FILES = [
  ...list('content/topics', '.mdx').map((name) => `topics/${name}`),
  ...list('content/pages', '.mdx').map((name) => `pages/${name}`),
  ...list('content/sources', '.yaml').map((name) => `sources/${name}`),
  ...['glossary.yaml', 'timeline.yaml', 'members.yaml'].filter((name) =>
    existsSync(join('content', name)),
  ),
];

/** The site links of each section of an MDX file, by section id, each list sorted. */
function linksBySection(file: string): Map<string, string[]> {
  const facts = inspectMdx(readFileSync(file, 'utf8'), file);
  const headings = [...facts.headings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const sections = new Map<string, string[]>([['(opening)', []]]);
  for (const heading of headings) sections.set(`#${heading.id ?? '(no id)'}`, []);
  for (const { url, line } of facts.siteLinks) {
    const section = headings.filter((h) => (h.line ?? 0) <= (line ?? 0)).at(-1);
    sections.get(section ? `#${section.id ?? '(no id)'}` : '(opening)')?.push(url);
  }
  for (const links of sections.values()) links.sort();
  return sections;
}

test('the English content has files for the editions to translate', () => {
  expect(TRANSLATED_FILES.filter((file) => file.startsWith('topics/')).length).toBeGreaterThan(0);
  expect(TRANSLATED_FILES.filter((file) => file.startsWith('sources/')).length).toBeGreaterThan(0);
  expect(TRANSLATED_FILES).toContain('glossary.yaml');
});

describe.each(TRANSLATED_LOCALES)('content/%s', (locale) => {
  test('translates every English topic, page, source and data file', () => {
    const missing = TRANSLATED_FILES.filter((file) => !existsSync(join('content', locale, file)));
    expect(
      missing.map((file) => `content/${locale}/${file} is missing (it translates content/${file})`),
    ).toEqual([]);
  });

  test('has no file the English content does not have', () => {
    const own = [
      ...list(`content/${locale}/topics`, '').map((name) => `topics/${name}`),
      ...list(`content/${locale}/pages`, '').map((name) => `pages/${name}`),
      ...list(`content/${locale}/sources`, '').map((name) => `sources/${name}`),
    ];
    expect(own.filter((file) => !TRANSLATED_FILES.includes(file))).toEqual([]);
  });

  const prose = TRANSLATED_FILES.filter(
    (file) => file.endsWith('.mdx') && existsSync(join('content', locale, file)),
  );
  test.each(prose)('%s: each section links to the pages and anchors the English section links to', (file) => {
    const english = linksBySection(join('content', file));
    const translated = linksBySection(join('content', locale, file));
    // Sections that do not line up are check:content's to report; here the links of each section.
    for (const [section, links] of english)
      expect(translated.get(section), `content/${locale}/${file}, section ${section}`).toEqual(links);
  });

});
