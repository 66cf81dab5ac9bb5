import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { withoutUnusedAnchors } from '#lib/search/search-anchors.ts';

const page = (body: string): string =>
  `<!DOCTYPE html><html><head><title>t</title></head><body><main data-pagefind-body>${body}</main></body></html>`;

/** The ids left in a page, in order. */
const ids = (html: string): string[] =>
  [...parseHTML(html).document.querySelectorAll('[id]')].map((element) => element.id);

describe('withoutUnusedAnchors', () => {
  test.each([
    // A citation mark's id goes; the heading's stays (Pagefind makes a section of it).
    [
      '<h2 id="three-forces">The three forces</h2><p>Text.<sup class="cite-ref" id="ref-1"><a href="#fn-1">1</a></sup></p>',
      ['three-forces'],
    ],
    // Every heading level keeps its id; quoted, single-quoted and unquoted ids go alike.
    [
      "<h1 id=a>A</h1><h6 id='b'>B</h6><li id=fn-1>n</li><span id='x'>x</span><div ID=\"y\">y</div>",
      ['a', 'b'],
    ],
    // Text that looks like an id inside another attribute's value is left alone.
    ['<p data-note=\' id="kept"\' id="gone">p</p>', []],
  ])('keeps the ids of headings alone: %s', (body, kept) => {
    const out = withoutUnusedAnchors(page(body));
    expect(ids(out)).toEqual(kept);
    expect(parseHTML(out).document.querySelector('main')?.textContent).toBe(
      parseHTML(page(body)).document.querySelector('main')?.textContent,
    );
  });

  test('the attribute that held an id-like text keeps it', () => {
    const out = withoutUnusedAnchors(page('<p data-note=\' id="kept"\' id="gone">p</p>'));
    expect(parseHTML(out).document.querySelector('p')?.getAttribute('data-note')).toBe(
      ' id="kept"',
    );
  });

  test("a page with no id but a heading's is returned as it was", () => {
    const html = page('<h2 id="s">S</h2><p class="a">p</p>');
    expect(withoutUnusedAnchors(html)).toBe(html);
  });
});
