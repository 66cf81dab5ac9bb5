import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DIST, readPages } from '../../tools/lib/dist';

// The strict Content-Security-Policy in every page's <meta> (Astro's security.csp), and the headers a
// meta cannot carry, in public/_headers (copied to dist/_headers).
const pages = readPages(DIST, { redirects: true });
const hash = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function policyOf(document: Document): Map<string, string[]> {
  const content =
    document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ??
    '';
  return new Map(
    content
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...values]) => [name, values]),
  );
}

describe.each(pages.map((page) => [page.path, page] as const))('%s', (_, page) => {
  const policy = policyOf(page.document);

  test('has a strict CSP: self only, no plugins, no <base>, forms to the site, no unsafe-inline', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    const scripts = policy.get('script-src') ?? [];
    const styles = policy.get('style-src') ?? [];
    expect(scripts.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    for (const source of [...scripts, ...styles])
      expect(source).not.toMatch(/^'unsafe-(inline|eval|hashes)'$|^\*$|^https?:/);
  });

  test('allows every inline script and style on the page by its hash, and no other hash', () => {
    const scripts = policy.get('script-src') ?? [];
    const styles = policy.get('style-src') ?? [];
    for (const script of page.document.querySelectorAll('script:not([src])')) {
      if (script.getAttribute('type') === 'application/ld+json') continue;
      expect(scripts, (script.textContent ?? '').slice(0, 60)).toContain(
        hash(script.textContent ?? ''),
      );
    }
    for (const style of page.document.querySelectorAll('style'))
      expect(styles).toContain(hash(style.textContent ?? ''));
    expect(page.document.querySelectorAll('[style]'), 'style attributes').toHaveLength(0);
    const inline = [...page.document.querySelectorAll('script:not([src]), style')]
      .filter((element) => element.getAttribute('type') !== 'application/ld+json')
      .map((element) => hash(element.textContent ?? ''));
    const hashes = [...scripts, ...styles].filter((source) => source.startsWith("'sha"));
    expect(
      hashes.filter((source) => !inline.includes(source)),
      'hashes of code that is not on the page',
    ).toEqual([]);
    expect(page.html, 'inline event handlers').not.toMatch(/\son[a-z]+=["']/);
  });
});

describe('public/_headers', () => {
  const headers = readFileSync(`${DIST}/_headers`, 'utf8');
  const block = (path: string): string => {
    const start = headers.indexOf(`\n${path}\n`);
    if (start === -1) throw new Error(`_headers has no block for ${path}`);
    const rest = headers.slice(start + path.length + 2);
    return rest.slice(0, rest.search(/\n(?!\s)|$/));
  };

  test('sends what a <meta> cannot on every page', () => {
    const all = block('/*');
    expect(all).toMatch(/Content-Security-Policy: [^\n]*frame-ancestors 'none'/);
    expect(all).toMatch(/Strict-Transport-Security: max-age=\d{8,}/);
    expect(all).toContain('X-Content-Type-Options: nosniff');
    expect(all).toMatch(
      /Referrer-Policy: (strict-origin-when-cross-origin|no-referrer|same-origin)/,
    );
    expect(all).toMatch(/Permissions-Policy: [^\n]*camera=\(\)/);
  });

  test('caches hashed assets for a year, immutably', () => {
    expect(block('/_astro/*')).toContain('Cache-Control: public, max-age=31536000, immutable');
  });
});
