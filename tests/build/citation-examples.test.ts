import { expect, test } from 'vitest';
import { localeOfPath } from '#lib/i18n/locales.ts';
import { readPages } from '../../tools/lib/dist';

// Where a page shows what a citation looks like ("Citations such as “Azam, CGTN, ¶5” on other pages
// link here", the about page's "for example, …"), the example is written as the footnotes of its
// edition write citations: a reader who searches for what the example shows, or looks for it on a
// page, finds it. Expectations come from the built footnotes, not from a list.
const pages = readPages();

/** A citation's words without its paragraph number: "Azam, CGTN, ¶". */
const withoutNumber = (label: string): string => label.replace(/¶\d+$/u, '¶');

const footnoteForms = new Map<string, Set<string>>();
for (const page of pages) {
  const locale = localeOfPath(page.path);
  const forms = footnoteForms.get(locale) ?? new Set<string>();
  for (const a of page.document.querySelectorAll('ol.footnotes a[href*="/sources/"]')) {
    const label = a.textContent?.trim() ?? '';
    if (/¶\d+$/u.test(label)) forms.add(withoutNumber(label));
  }
  footnoteForms.set(locale, forms);
}

// Every quoted run of text that ends in a paragraph mark and number, in the pages' visible text.
const examples = pages.flatMap((page) => {
  const text = page.document.querySelector('main')?.textContent ?? '';
  return [...text.matchAll(/[“«"]([^”»"“«]{1,80}¶\d+)[”»"]/gu)].map(
    (match) => [page.path, match[1]!] as const,
  );
});

test('the pages show examples of citations (the check sees some in each edition)', () => {
  const locales = new Set(examples.map(([path]) => localeOfPath(path)));
  expect([...locales].sort()).toEqual([...footnoteForms.keys()].sort());
});

test.each(examples)(
  '%s: the example citation “%s” is written as footnotes write it',
  (path, example) => {
    const forms = footnoteForms.get(localeOfPath(path)) ?? new Set();
    expect([...forms], `"${example}" is not how this edition's footnotes cite`).toContain(
      withoutNumber(example),
    );
  },
);
