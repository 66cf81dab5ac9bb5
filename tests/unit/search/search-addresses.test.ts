import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { withoutAddresses } from '#lib/search/search-addresses.ts';

/** The text Pagefind would index: the body without what it is told to ignore. */
function indexedText(html: string): string {
  const { document } = parseHTML(html);
  for (const ignored of document.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
  return (document.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const page = (body: string): string =>
  `<!DOCTYPE html><html><head><title>/rats/ page</title></head><body><main data-pagefind-body>${body}</main></body></html>`;

describe('withoutAddresses', () => {
  test.each([
    [
      '<p>Every term has an address, for example <a href="/glossary/#rats">/glossary/#rats</a>.</p>',
      'Every term has an address, for example ….',
    ],
    [
      '<blockquote><p>"What RATS is", SCO Security Framework, /rats/#what-rats-is (last reviewed 1 December 2026).</p></blockquote>',
      '"What RATS is", SCO Security Framework, … (last reviewed 1 December 2026).',
    ],
    ['<p>См. /ru/glossary/#rats и (/ru/rats/).</p>', 'См. … и (…).'],
  ])('leaves the addresses out of the indexed text: %s', (body, text) =>
    expect(indexedText(withoutAddresses(page(body)))).toBe(text),
  );

  test.each([
    // A document symbol, "and/or", a date and a fraction are words, not addresses.
    '<p>UN document A/73/833 and/or the 12/06/2006 text, 1/2 of it; a / b.</p>',
    // A full URL is kept: a reader may paste a source's original address to find its page.
    '<p>Original: <a href="https://tass.com/world/1812205">https://tass.com/world/1812205</a>, http://eng.sectsco.org/secretariat/</p>',
    // An address in an attribute is not text.
    '<p><a href="/rats/">The RATS page</a></p>',
  ])('leaves everything else as it was: %s', (body) =>
    expect(withoutAddresses(page(body))).toBe(page(body)),
  );

  test('never marks text that is not markup (the title, a script)', () => {
    const html = page('<script>const a = "/rats/#x";</script><p>text</p>');
    expect(withoutAddresses(html)).toBe(html);
  });

  test('the page a reader gets keeps the address: only its copy for the index is marked', () => {
    const body = '<p>See /rats/#functions.</p>';
    const out = withoutAddresses(page(body));
    expect(parseHTML(out).document.querySelector('main')?.textContent).toBe(
      'See /rats/#functions….',
    );
    expect(out).toContain('<span data-pagefind-ignore>/rats/#functions</span>….');
  });
});
