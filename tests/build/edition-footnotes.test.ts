import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { familyName } from '#lib/content/citations.ts';
import { localeOfPath, TRANSLATED_LOCALES, type TranslatedLocale } from '#lib/i18n/locales.ts';
import { readPages } from '../../tools/lib/dist';

// A translated page's footnotes and source links name an author as the edition spells them
// (content/<locale>/sources/<id>.yaml `author`): «Алимов, UN Chronicle, ¶5», «阿利莫夫，《联合国纪事》，¶5»,
// not the published Latin name. Expectations come from the edition's source files.
const authors = new Map(
  TRANSLATED_LOCALES.map((locale) => {
    const folder = join('content', locale, 'sources');
    const own = readdirSync(folder).flatMap((file) => {
      const data = parse(readFileSync(join(folder, file), 'utf8')) as { author?: string };
      return data.author === undefined
        ? []
        : [[file.replace(/\.yaml$/, ''), familyName(data.author)] as const];
    });
    return [locale, new Map(own)] as const;
  }),
);

const citing = readPages()
  .filter((page) => localeOfPath(page.path) !== 'en')
  .map((page) => {
    const locale = localeOfPath(page.path) as TranslatedLocale;
    // Footnotes (ol.footnotes) and the glossary's and timeline's source links, to a paragraph or the notes.
    const links = [
      ...page.document.querySelectorAll('ol.footnotes a, [data-pagefind-ignore] a'),
    ].flatMap((a) => {
      const id = /\/sources\/([^/]+)\/#(?:p\d+|about-this-source)$/.exec(
        a.getAttribute('href') ?? '',
      )?.[1];
      const family = id === undefined ? undefined : authors.get(locale)?.get(id);
      return family === undefined ? [] : [{ label: a.textContent ?? '', family }];
    });
    return [page.path, links] as const;
  })
  .filter(([, links]) => links.length > 0);

test('translated pages cite articles by their authors (the check sees some)', () => {
  expect(citing.length).toBeGreaterThan(0);
});

test.each(citing)('%s names each cited article’s author as its edition spells them', (_, links) => {
  for (const { label, family } of links) expect(label.startsWith(family), label).toBe(true);
});
