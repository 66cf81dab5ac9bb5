import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, readPages } from '../../tools/lib/dist';

// The cascade layers' order is fixed by the first mention of each layer on the page. If a page's
// first stylesheet named only "components" (as the timeline's did on the home page), components
// would rank below the reset (base), which would then undo their margins and padding.
const ORDER = ['theme', 'base', 'components', 'utilities'];

describe.each(readPages().map((page) => [page.path, page] as const))('%s', (_, page) => {
  test('puts the cascade layers in the site order: components above the reset, utilities last', () => {
    const sheets = [...page.document.querySelectorAll('style, link[rel="stylesheet"]')].map(
      (element) =>
        element.tagName === 'STYLE'
          ? (element.textContent ?? '')
          : readFileSync(
              join(DIST, new URL(element.getAttribute('href') ?? '', 'https://x').pathname),
              'utf8',
            ),
    );
    // Layers in the order the page first mentions them (in statements and blocks alike).
    const mentioned: string[] = [];
    for (const [, names = ''] of sheets.join('\n').matchAll(/@layer\s*([^{;]+)[{;]/g)) {
      for (const name of names.split(',').map((n) => n.trim()))
        if (!mentioned.includes(name)) mentioned.push(name);
    }
    expect(mentioned.filter((name) => ORDER.includes(name))).toEqual(ORDER);
  });
});
