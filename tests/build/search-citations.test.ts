import { beforeAll, expect, test } from 'vitest';
import { localeOfPath } from '#lib/i18n/locales.ts';
import { DIST, readPages } from '../../tools/lib/dist';
import { loadSiteSearch } from '../../tools/lib/pagefind';

// A reader who copies one of the site's citations ("Azam, CGTN, ¶5") into search, writes it as a
// citation style does ("Azam, CGTN, para. 5"), or types the source's address with the paragraph
// ("azam-cgtn ¶5") asks for that paragraph: its section comes first. "Azam, CGTN, ¶5" had landed
// on the list of paragraphs, "alimov 2017 ¶3" on the source's note, "alimov-2017 ¶3" on another
// source. Expectations come from the built footnotes: every citation of a paragraph the English
// pages write, with the address its link goes to.
const citations = new Map<string, string>();
for (const page of readPages(DIST)) {
  if (localeOfPath(page.path) !== 'en') continue;
  for (const a of page.document.querySelectorAll('ol.footnotes a[href*="/sources/"]')) {
    const label = a.textContent?.trim() ?? '';
    const href = a.getAttribute('href') ?? '';
    if (/¶\d+$/u.test(label) && /\/sources\/[^/]+\/#p\d+$/u.test(href)) citations.set(label, href);
  }
}

/** The forms a reader may type a citation in, with the address it must land on first. */
const cases = [...citations].flatMap(([label, href]) => {
  const [, id, paragraph] = /\/sources\/([^/]+)\/#p(\d+)$/u.exec(href)!;
  return [
    [label, href],
    [label.replace(/¶(?=\d+$)/u, 'para. '), href],
    [`${id} ¶${paragraph}`, href],
  ] as const;
});

let search: Awaited<ReturnType<typeof loadSiteSearch>>;

beforeAll(async () => {
  search = await loadSiteSearch(DIST);
});

test('the footnotes cite paragraphs of more than one source (the check sees them)', () => {
  const sources = new Set([...citations.values()].map((href) => href.split('#')[0]));
  expect(sources.size).toBeGreaterThan(1);
});

test.each(cases)('"%s" lands first on %s', async (query, href) => {
  const { hits } = await search(query, { limit: 3 });
  expect(hits[0]?.section).toBe(href);
});
