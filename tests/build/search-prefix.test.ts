import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { TRANSLATED_LOCALES } from '#lib/i18n/locales.ts';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadPagefind, type Hit } from '../../tools/lib/pagefind';
import { copySite, type SiteCopy } from '../../tools/lib/site-copy';

// Pagefind matches the end of a query as a prefix, so "RATS" (stemmed "rat") also reaches words that
// merely start with "rat". The site's own text has none, so a copy of the site gets a glossary term
// full of them, and the acronym must still win.
// Its second other name is one the section it links to does name, as the "discussed in" check requires.
const RAT_WORDS_TERM = `
- id: ratification
  lastReviewed: 2026-12-01
  name: Ratification
  otherNames: [rates of ratification, agreement on the Regional Anti-Terrorist Structure]
  kind: concept
  definition: Ratification rates, ratified treaties and the rationale of ratifying states; rates rise as states ratify, and ratification follows rationales.
  sources: [{ source: sco-about }]
  discussedIn:
    - { topic: rats, section: what-rats-is }
`;

let site: SiteCopy;
let search: (query: string) => Promise<Hit[]>;

beforeAll(async () => {
  site = copySite();
  // The English edition only: the translations would lack the added term, which stops the build.
  for (const locale of TRANSLATED_LOCALES)
    rmSync(join(site.dir, 'content', locale), { recursive: true, force: true });
  site.edit('content/glossary.yaml', (text) => text + RAT_WORDS_TERM);
  const { status, output } = site.build();
  if (status !== 0) throw new Error(`the copy with rat-words did not build:\n${output}`);
  search = await loadPagefind(join(site.dir, 'dist'));
});

afterAll(() => site.remove());

test('the copy indexes the rat-words term', async () => {
  const hits = await search('ratification');
  expect(hits[0]?.url).toBe('/glossary/#ratification');
});

test.each(['RATS', 'rats'])(
  '"%s" ranks every result about RATS above words that merely start with "rat"',
  async (query) => {
    const urls = (await search(query)).map((hit) => hit.url);
    // The topic page or the glossary term (tests/build/relevance.yaml accepts either for "RATS").
    expect(['/rats/', '/glossary/#rats']).toContain(urls[0]);
    const ratWords = urls.indexOf('/glossary/#ratification');
    for (const about of [
      '/rats/',
      '/glossary/#rats',
      '/timeline/#rats-starts-work-2004',
      '/timeline/#rats-agreement-2002',
    ]) {
      const at = urls.indexOf(about);
      expect(at, `${about} should be a result for "${query}"`).toBeGreaterThanOrEqual(0);
      if (ratWords !== -1)
        expect(at, `${about} should rank above /glossary/#ratification`).toBeLessThan(ratWords);
    }
  },
);
