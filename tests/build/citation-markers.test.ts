import { expect, test } from 'vitest';
import { readPages } from '../../tools/lib/dist';

const pages = readPages();

/** Each run of joined citation markers on a page ("[3, 4]"), as the footnote numbers it shows. */
function markerGroups(document: Document): number[][] {
  return [...document.querySelectorAll('sup.cite-ref:not(.cite-joined)')].map((head) => {
    const group = [Number(head.textContent?.trim())];
    for (
      let next = head.nextElementSibling;
      next?.matches('sup.cite-ref.cite-joined');
      next = next.nextElementSibling
    ) {
      group.push(Number(next.textContent?.trim()));
    }
    return group;
  });
}

test('the built pages have joined markers to check', () => {
  expect(
    pages.flatMap((p) => markerGroups(p.document)).filter((g) => g.length > 1).length,
  ).toBeGreaterThan(0);
});

test('every joined marker lists its footnotes once each, in ascending order: "[1, 2]", never "[2, 1]"', () => {
  const unsorted = pages.flatMap((page) =>
    markerGroups(page.document)
      .filter((group) => group.some((n, i) => i > 0 && n <= (group[i - 1] ?? 0)))
      .map((group) => `${page.path} [${group.join(', ')}]`),
  );
  expect(unsorted).toEqual([]);
});
