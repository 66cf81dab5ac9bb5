import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, readPages } from '../../tools/lib/dist';
import { PUBLIC_STYLES_DIR } from '../../src/integrations/public-styles.ts';

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

// The stylesheets in public/styles/ (search's, loaded when search is first used) reach readers
// minified (src/integrations/public-styles.ts): no comments, every rule of the file as written kept,
// and still in the components layer that the check above relies on.
describe.each(
  readdirSync(join('public', PUBLIC_STYLES_DIR)).filter((file) => file.endsWith('.css')),
)('public/styles/%s', (file) => {
  const written = readFileSync(join('public', PUBLIC_STYLES_DIR, file), 'utf8');
  const built = readFileSync(join(DIST, PUBLIC_STYLES_DIR, file), 'utf8');
  test('is minified in the build: no comments, no line breaks, fewer bytes', () => {
    expect(built).not.toContain('/*');
    expect(built.trim()).not.toContain('\n');
    expect(built.length).toBeLessThan(written.length);
  });
  test('keeps every selector and layer of the file as written', () => {
    const withoutComments = written.replace(/\/\*[\s\S]*?\*\//g, '');
    const selectors = new Set(withoutComments.match(/[.#][a-z][\w-]*|::?[a-z-]+/g));
    expect(selectors.size).toBeGreaterThan(0);
    for (const selector of selectors) expect(built, selector).toContain(selector);
    const layers = [...withoutComments.matchAll(/@layer\s+([\w-]+)/g)].map(([, name]) => name);
    expect(layers.length).toBeGreaterThan(0);
    for (const layer of layers) expect(built).toContain(`@layer ${layer}`);
  });
});
