import { describe, expect, test } from 'vitest';
import { extractSearchRecords, hasSearchRecords } from '#lib/search/search-records.ts';

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>Glossary</title></head><body><main data-pagefind-body>${body}</main></body></html>`;

const TERM = `<div class="term" data-search-record="rats" data-pagefind-ignore="all" data-pagefind-filter="kind:glossary term" data-pagefind-meta="names[data-search-names]" data-search-names="Regional Anti-Terrorist Structure|RATS">
  <h3 id="rats" data-pagefind-meta="title"><a href="#rats">Regional Anti-Terrorist Structure (RATS)</a></h3>
  <p>An SCO body <span id="inner">seated in Tashkent</span>.</p>
</div>`;

describe('extractSearchRecords', () => {
  test('makes one indexable document per marked item, at page#id, without ids, the ignore flag or the marker', () => {
    const [record, ...rest] = extractSearchRecords(page(TERM), '/glossary/');
    expect(rest).toEqual([]);
    expect(record?.url).toBe('/glossary/#rats');
    expect(record?.content).toContain(
      '<main data-pagefind-body><div class="term" data-pagefind-filter="kind:glossary term" data-pagefind-meta="names[data-search-names]" data-search-names="Regional Anti-Terrorist Structure|RATS">',
    );
    expect(record?.content).toContain('<html lang="en">');
    expect(record?.content).not.toMatch(/\sid="|data-pagefind-ignore|data-search-record/);
    // Nothing a reader cannot see on the page is indexed: an attribute with other spellings adds no text.
    const text = (html: string) =>
      html
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    expect(text(record!.content.slice(record!.content.indexOf('<main')))).toBe(text(TERM));
  });

  test('a page without records has none', () => {
    expect(hasSearchRecords(page('<h1>Timeline</h1>'))).toBe(false);
    expect(extractSearchRecords(page('<h1>Timeline</h1>'), '/timeline/')).toEqual([]);
  });

  test.each([
    [
      'no anchor id',
      TERM.replace('data-search-record="rats"', 'data-search-record=""'),
      'element 1 with data-search-record has no anchor id',
    ],
    [
      'an id not on the page',
      TERM.replace('data-search-record="rats"', 'data-search-record="rat"'),
      'names "#rat", which is not an id on the page',
    ],
    [
      'no ignore flag',
      TERM.replace(' data-pagefind-ignore="all"', ''),
      'lacks data-pagefind-ignore="all"',
    ],
    [
      'an ignore flag that keeps metadata',
      TERM.replace('data-pagefind-ignore="all"', 'data-pagefind-ignore'),
      'lacks data-pagefind-ignore="all"',
    ],
    [
      'no title',
      TERM.replace(' data-pagefind-meta="title"', ''),
      'has no element with data-pagefind-meta="title"',
    ],
    [
      'a repeated id',
      TERM + TERM.replace('id="rats"', 'id="rats-2"'),
      'element 2 with data-search-record repeats the id "rats"',
    ],
  ])('refuses a record with %s, naming the page', (_, body, message) => {
    expect(() => extractSearchRecords(page(body), '/glossary/')).toThrow(
      `/glossary/: ${message.startsWith('element') ? '' : 'element 1 with data-search-record'}`,
    );
    expect(() => extractSearchRecords(page(body), '/glossary/')).toThrow(message);
  });
});
