import { expect, test } from 'vitest';
import { formatPageCitation } from '#lib/meta/cite-page.ts';
import { sectionBibtex } from '#lib/meta/cite-section.ts';

// A section's BibTeX is made in the browser from its page's entry (src/client/section-links.ts):
// it must be exactly the entry the server would write for the section, whatever the titles hold.
const page = {
  siteName: 'SCO Security Framework',
  pageTitle: 'The Shanghai Spirit',
  url: 'https://example.org/base/shanghai-spirit/',
  lastReviewed: '2026-12-01',
};

test.each([
  ['origins', 'Where the idea comes from'],
  ['braces', 'A {braced} title with \\ and 100% & $5 #1 _x_'],
  ['dollar', 'Replacement patterns $1 $& $` kept as written'],
  ['cyrillic', 'Откуда взялась идея'],
  ['chinese', '理念的由来'],
])('#%s: the page’s entry named for the section is the section’s own entry', (id, title) => {
  const pageEntry = formatPageCitation(page).bibtex;
  const section = { ...page, url: `${page.url}#${id}`, sectionTitle: title };
  expect(sectionBibtex(pageEntry, id, title)).toBe(formatPageCitation(section).bibtex);
  // The browser has only the text before the date accessed: the same three fields change there.
  const before = pageEntry.slice(0, pageEntry.indexOf('urldate'));
  expect(formatPageCitation(section).bibtex.startsWith(sectionBibtex(before, id, title))).toBe(
    true,
  );
});

test('a text that is not a page’s entry is refused, not half changed', () => {
  expect(() => sectionBibtex('not bibtex', 'x', 'X')).toThrow(/not the BibTeX entry of a page/);
  const sectionEntry = formatPageCitation({
    ...page,
    url: `${page.url}#a`,
    sectionTitle: 'A',
  }).bibtex;
  expect(() => sectionBibtex(sectionEntry, 'b', 'B')).toThrow(/not the BibTeX entry/);
});
