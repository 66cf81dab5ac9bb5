import { describe, expect, test } from 'vitest';
import {
  CspError,
  cspHash,
  findInlineCode,
  formatPolicy,
  narrowPagePolicy,
  narrowPolicy,
  parsePolicy,
} from '#lib/meta/csp.ts';

const theme = 'document.documentElement.dataset.theme="dark"';
const other = 'console.log(1)';
const style = '.a{color:red}';
const astroPolicy = [
  "default-src 'self'",
  "object-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' '${cspHash(theme)}' '${cspHash(other)}'`,
  `style-src 'self' '${cspHash(style)}' '${cspHash('')}'`,
].join(';');

describe('parsePolicy and formatPolicy', () => {
  test('round-trip a policy, dropping empty parts and extra spaces', () => {
    const policy = parsePolicy("default-src 'self';  script-src 'self'  'wasm-unsafe-eval' ; ");
    expect(policy).toEqual([
      ['default-src', ["'self'"]],
      ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
    ]);
    expect(formatPolicy(policy)).toBe("default-src 'self';script-src 'self' 'wasm-unsafe-eval'");
  });
});

describe('narrowPolicy', () => {
  test('keeps only the hashes of the inline code on the page, and every other source', () => {
    const narrowed = parsePolicy(narrowPolicy(astroPolicy, { scripts: [theme], styles: [] }));
    expect(narrowed).toEqual([
      ['default-src', ["'self'"]],
      ['object-src', ["'none'"]],
      ['script-src', ["'self'", "'wasm-unsafe-eval'", `'${cspHash(theme)}'`]],
      ['style-src', ["'self'"]],
    ]);
  });

  test('keeps a style hash when the page has that inline style', () => {
    const narrowed = new Map(
      parsePolicy(narrowPolicy(astroPolicy, { scripts: [theme], styles: [style] })),
    );
    expect(narrowed.get('style-src')).toEqual(["'self'", `'${cspHash(style)}'`]);
  });

  test('refuses inline code the policy does not allow, naming the directive and the code', () => {
    expect(() => narrowPolicy(astroPolicy, { scripts: ['alert("x")'], styles: [] })).toThrow(
      CspError,
    );
    expect(() => narrowPolicy(astroPolicy, { scripts: ['alert("x")'], styles: [] })).toThrow(
      /script-src .*alert\("x"\)/,
    );
    expect(() => narrowPolicy(astroPolicy, { scripts: [], styles: ['.b{}'] })).toThrow(
      /style-src .*\.b\{\}/,
    );
  });
});

describe('findInlineCode', () => {
  test.each([
    ['an inline script in the head', '<head><script>a()</script></head>', ['a()'], []],
    ['one at the end of the body', '<body><p>x</p><script>b()</script></body>', ['b()'], []],
    [
      'its exact text: markup and entities kept as written',
      '<script>if (a < b && c) d("&amp;<p>")</script>',
      ['if (a < b && c) d("&amp;<p>")'],
      [],
    ],
    ['an empty one', '<script></script>', [''], []],
    ['tags in upper case', '<SCRIPT>c()</SCRIPT>', ['c()'], []],
    [
      'not external scripts, even with an empty src',
      '<script type="module" src="/a.js"></script><script src="">x</script>',
      [],
      [],
    ],
    [
      'not JSON-LD, which is data',
      '<script type="application/ld+json">{"a":"<b>"}</script>',
      [],
      [],
    ],
    [
      'a module script written inline',
      '<script type="module">import("/a.js")</script>',
      ['import("/a.js")'],
      [],
    ],
    ['styles', '<style>.a{color:red}</style><p style="x">y</p>', [], ['.a{color:red}']],
    [
      '"<script>" in text or an attribute is no script',
      '<p title="<script>x()</script>">&lt;script&gt;</p>',
      [],
      [],
    ],
  ])('finds %s', (_case, html, scripts, styles) => {
    expect(findInlineCode(`<!doctype html><html>${html}</html>`)).toEqual({ scripts, styles });
  });
});

describe('narrowPagePolicy', () => {
  const page = (head: string) =>
    `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${astroPolicy}">${head}</head><body></body></html>`;

  test('rewrites the meta of a built page from its inline scripts, leaving JSON-LD and external scripts aside', () => {
    const html = page(
      `<script type="application/ld+json">{"a":1}</script><script>${theme}</script><script type="module" src="/a.js"></script>`,
    );
    const out = narrowPagePolicy(html);
    expect(out).toContain(
      `script-src 'self' 'wasm-unsafe-eval' '${cspHash(theme)}';style-src 'self'"`,
    );
    expect(out).not.toContain(cspHash(other));
    expect(out.replace(/content="[^"]*"/, '')).toBe(html.replace(/content="[^"]*"/, ''));
  });

  test('leaves a page without a policy unchanged', () => {
    const html = '<!doctype html><html><head><script>x()</script></head></html>';
    expect(narrowPagePolicy(html)).toBe(html);
  });

  test('stops on an inline script that the policy does not allow', () => {
    expect(() => narrowPagePolicy(page('<script>evil()</script>'))).toThrow(
      /script-src does not allow the inline code starting "evil\(\)"/,
    );
  });
});
