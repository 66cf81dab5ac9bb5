import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import {
  addSentenceBreaks,
  compileSimpleSelector,
  NOT_INDEXED,
  SEPARATOR_TAG,
} from '#lib/search/search-separators.ts';

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>T</title></head><body><nav><ul><li>Home</li></ul></nav><main data-pagefind-body>${body}</main></body></html>`;

/** The body after the transform, with each break shown as "|". */
function breaks(body: string): string {
  const { document } = parseHTML(addSentenceBreaks(page(body)));
  for (const separator of document.querySelectorAll(SEPARATOR_TAG)) separator.replaceWith('|');
  return document.querySelector('main')!.innerHTML;
}

describe('addSentenceBreaks in a page in Chinese', () => {
  const chinese = (body: string): string =>
    page(body).replace('<html lang="en">', '<html lang="zh-CN">');
  /** The body after the transform, each break shown as "|", and the breaks' text. */
  function chineseBreaks(body: string): { body: string; marks: string[] } {
    const { document } = parseHTML(addSentenceBreaks(chinese(body)));
    const marks = [...document.querySelectorAll(SEPARATOR_TAG)].map((each) => each.textContent);
    for (const separator of document.querySelectorAll(SEPARATOR_TAG)) separator.replaceWith('|');
    return { body: document.querySelector('main')!.innerHTML, marks };
  }

  // Pagefind ends a block ending in a Chinese character with an ASCII ".": excerpts had read
  // "上海精神. 上海精神是…". The page's own full stop goes first, and Pagefind adds nothing.
  test.each([
    [
      'a heading',
      '<h2 id="a">上海精神</h2><p>上海精神是其理念。</p>',
      '<h2 id="a">上海精神|</h2><p>上海精神是其理念。</p>',
    ],
    ['a paragraph', '<p>上合组织成立</p>', '<p>上合组织成立|</p>'],
    ['a list item', '<ul><li>中国</li><li>印度</li></ul>', '<ul><li>中国|</li><li>印度|</li></ul>'],
  ])('%s ending in a character ends in "。"', (_name, body, expected) => {
    const { body: shown, marks } = chineseBreaks(body);
    expect(shown).toBe(expected);
    expect(new Set(marks)).toEqual(new Set(['。']));
  });

  test.each([
    ['a sentence', '<p>上合组织成立。</p>'],
    ['a number, which Pagefind ends itself', '<table><tr><td>2001</td></tr></table>'],
  ])('%s needs nothing', (_name, body) => {
    expect(chineseBreaks(body)).toEqual({ body, marks: [] });
  });

  test('a page in English keeps ". " and leaves to Pagefind a block ending in a word', () => {
    expect(breaks('<h2 id="a">上海精神</h2><p>Text.</p>')).toBe(
      '<h2 id="a">上海精神</h2><p>Text.</p>',
    );
    const { document } = parseHTML(
      addSentenceBreaks(page('<dl><dt>Author</dt><dd>Text.</dd></dl>')),
    );
    expect(document.querySelector(SEPARATOR_TAG)?.textContent).toBe('. ');
  });
});

describe('addSentenceBreaks', () => {
  test.each([
    // Pagefind ends these itself: a sentence element whose text ends in a letter, digit or bracket.
    ['a paragraph ending in a word', '<p>Founded in 2001</p>', '<p>Founded in 2001</p>'],
    [
      'a heading ending in a word',
      '<h2 id="a">What RATS is</h2><p>Text.</p>',
      '<h2 id="a">What RATS is</h2><p>Text.</p>',
    ],
    [
      'a table cell ending in a digit',
      '<table><tr><td>10</td></tr></table>',
      '<table><tr><td>10</td></tr></table>',
    ],
    // Text that already ends a sentence or a label needs nothing.
    ['a sentence', '<p>It works.</p>', '<p>It works.</p>'],
    ['a Chinese sentence', '<p>上合组织成立。</p>', '<p>上合组织成立。</p>'],
    [
      'a Chinese label',
      '<dl><dt>成立：</dt><dd>2001</dd></dl>',
      '<dl><dt>成立：</dt><dd>2001|</dd></dl>',
    ],
    // A title Pagefind reads from the element (data-pagefind-meta) keeps its own text: the break goes after it.
    [
      'a titled term ending in a Chinese bracket',
      '<dl><dt data-pagefind-meta="title">《联合国宪章》</dt><dd>宪章。</dd></dl>',
      '<dl><dt data-pagefind-meta="title">《联合国宪章》</dt>|<dd>宪章。</dd></dl>',
    ],
    [
      'a title inside a heading',
      '<h2 id="t"><span data-pagefind-meta="title">阿斯塔纳峰会（2017年）</span></h2><p>文。</p>',
      '<h2 id="t"><span data-pagefind-meta="title">阿斯塔纳峰会（2017年）</span>|</h2><p>文。</p>',
    ],
    ['a question', '<h2 id="q">Who wrote it?</h2>', '<h2 id="q">Who wrote it?</h2>'],
    [
      'a label',
      '<dl><dt>Founded:</dt><dd>2001</dd></dl>',
      '<dl><dt>Founded:</dt><dd>2001|</dd></dl>',
    ],
    // Pagefind leaves these without a break.
    [
      'a heading ending in a curly quote',
      '<h2 id="t">The “three forces”</h2><p>Azam writes.</p>',
      '<h2 id="t">The “three forces”|</h2><p>Azam writes.</p>',
    ],
    [
      'a table header cell',
      '<table><tr><th>Question</th><th>Azam</th></tr></table>',
      '<table><tr><th>Question|</th><th>Azam|</th></tr></table>',
    ],
    [
      'a term and its description',
      '<dl><dt>Author</dt><dd>Rashid Alimov</dd></dl>',
      '<dl><dt>Author|</dt><dd>Rashid Alimov|</dd></dl>',
    ],
    [
      'a caption',
      '<figure><img alt=""><figcaption>Member states</figcaption></figure>',
      '<figure><img alt=""><figcaption>Member states|</figcaption></figure>',
    ],
    // White space, an id or a weight at the end hides the last word from Pagefind's test.
    [
      'white space before an ignored tool',
      '<h2 id="h">Topics\n  <span data-pagefind-ignore="">Link</span></h2>',
      '<h2 id="h">Topics|\n  <span data-pagefind-ignore="">Link</span></h2>',
    ],
    [
      'a footnote marker with an id at the end of an item',
      '<ul><li>by six states<sup class="cite-ref" id="r1"><a href="#f">1</a></sup></li></ul>',
      '<ul><li>by six states|<sup class="cite-ref" id="r1"><a href="#f">1</a></sup></li></ul>',
    ],
    [
      'a weighted name at the end',
      '<p><span data-pagefind-ignore="">also:</span> <span data-pagefind-weight="6">SCO Charter</span></p>',
      '<p><span data-pagefind-ignore="">also:</span> <span data-pagefind-weight="6">SCO Charter|</span></p>',
    ],
    // A container whose last block ends a sentence needs nothing more; ignored text is left alone.
    [
      'a list whose items end in breaks',
      '<ul><li><p>One.</p></li></ul>',
      '<ul><li><p>One.</p></li></ul>',
    ],
    [
      'ignored content',
      '<div data-pagefind-ignore=""><dt>Role</dt></div>',
      '<div data-pagefind-ignore=""><dt>Role</dt></div>',
    ],
    ['an empty block', '<p> </p>', '<p> </p>'],
    // The page is read as a stream of tags: entities, implied ends and excluded ancestors as a DOM has them.
    ['a block ending in an entity', '<dl><dt>Q&amp;A</dt></dl>', '<dl><dt>Q&amp;A|</dt></dl>'],
    [
      'a block ending in a non-breaking space',
      '<dl><dt>Members&nbsp;</dt></dl>',
      '<dl><dt>Members|&#160;</dt></dl>',
    ],
    [
      'items whose ends are implied',
      '<dl><dt>Author<dd>Rashid Alimov</dl>',
      '<dl><dt>Author|</dt><dd>Rashid Alimov|</dd></dl>',
    ],
    [
      'a block inside an excluded one',
      '<nav><dl><dt>Menu</dt></dl></nav>',
      '<nav><dl><dt>Menu</dt></dl></nav>',
    ],
    [
      'a block that ends after a nested block ending in a break',
      '<table><tr><th>Name</th></tr><tr><td>RATS</td></tr></table>',
      '<table><tr><th>Name|</th></tr><tr><td>RATS</td></tr></table>',
    ],
  ])('%s', (_name, body, expected) => {
    expect(breaks(body)).toBe(expected);
  });

  test('the break is ". " in an element of its own, outside any section title, and the page is otherwise unchanged', () => {
    const out = addSentenceBreaks(page('<h2 id="t">The “three forces”</h2>'));
    expect(out).toContain(
      `<h2 id="t">The “three forces”<${SEPARATOR_TAG}>. </${SEPARATOR_TAG}></h2>`,
    );
    expect(out).toContain('<nav><ul><li>Home</li></ul></nav>');
  });

  test('a page title that ends in a closing quote or bracket keeps its text: the break follows the <h1>', () => {
    for (const title of ['«Шанхайский дух»', '大事记（1996—2025年）']) {
      const out = addSentenceBreaks(page(`<h1>${title}</h1><p>Text</p>`));
      expect(out).toContain(`<h1>${title}</h1><${SEPARATOR_TAG}>. </${SEPARATOR_TAG}>`);
    }
  });

  test('only the first indexed body gets breaks, as Pagefind indexes only it', () => {
    const html = `${page('<dl><dt>One</dt></dl>')}<div data-pagefind-body><dl><dt>Two</dt></dl></div>`;
    const out = addSentenceBreaks(html);
    expect(out).toContain(`<dt>One<${SEPARATOR_TAG}>`);
    expect(out).toContain('<dt>Two</dt>');
  });

  test('a page without an indexed body is returned as it is', () => {
    const html = '<!doctype html><html><body><p>Not found</p></body></html>';
    expect(addSentenceBreaks(html)).toBe(html);
  });
});

describe('compileSimpleSelector', () => {
  test.each([
    ['nav', 'nav', {}, true],
    ['nav', 'footer', {}, false],
    ['.cite-ref', 'sup', { class: 'x cite-ref' }, true],
    ['.cite-ref', 'sup', { class: 'cite-reference' }, false],
    ['sup.cite-ref', 'span', { class: 'cite-ref' }, false],
    ['[data-pagefind-ignore]', 'div', { 'data-pagefind-ignore': '' }, true],
    ['#notes', 'ol', { id: 'notes' }, true],
  ])('%s on <%s %o>: %s', (selector, tag, attributes, expected) => {
    expect(compileSimpleSelector(selector)(tag, attributes)).toBe(expected);
  });

  test.each(['nav a', 'ul > li', 'li:first-child', '[lang="ru"]', ''])(
    'refuses "%s", which a stream of tags cannot test, naming where it is set',
    (selector) => {
      expect(() => compileSimpleSelector(selector)).toThrow(/INDEX_EXCLUDE_SELECTORS/);
    },
  );

  test('every selector the index leaves out can be tested', () => {
    for (const selector of NOT_INDEXED) expect(() => compileSimpleSelector(selector)).not.toThrow();
  });
});
