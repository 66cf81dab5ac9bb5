import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

// A page's facts are worked out once, by its kind's function in src/data/pages.ts (or sources.ts):
// its head (canonical URL, social image, JSON-LD, breadcrumbs, citation, search settings) and what it
// shows. Templates and the layout only read them, so no template may load content or work out
// metadata itself, and every page that uses the layout hands it the head its function returned.

const PAGES = 'src/pages';
/** Modules that load content or compute page facts: the page-kind functions' job, not a template's. */
const FORBIDDEN = [
  /from '(?:\.\.\/)+data\/content'/,
  /from '(?:\.\.\/)+data\/page-meta'/,
  /from '(?:\.\.\/)+data\/page-head'/,
  /from '#lib\/meta\/(?:page-data|json-ld|cite-page)\.ts'/,
  /from 'astro:content'/,
];

/** A file's frontmatter without its type-only imports (reading a type computes nothing). */
const code = (text: string): string =>
  (text.split('---')[1] ?? '').replace(/^import type .*$/gm, '');

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return astroFiles(path);
    return entry.name.endsWith('.astro') ? [path] : [];
  });
}

/** The views every edition's route renders (src/components/views): each renders through BaseLayout. */
const VIEWS = 'src/components/views';

/**
 * The templates that render through BaseLayout (the moved-page stub is a page of its own): a page
 * that uses the layout itself, or a route that hands its page data to a view that does.
 */
const templates = astroFiles(PAGES).filter((file) =>
  /BaseLayout|components\/views\//.test(readFileSync(file, 'utf8')),
);
const views = astroFiles(VIEWS).filter((file) => readFileSync(file, 'utf8').includes('BaseLayout'));

test('the templates that use the layout are found', () => {
  // Every fixed page and the two per-entry templates; a glob that found none would pass vacuously.
  expect(templates.length).toBeGreaterThanOrEqual(9);
  expect(views.length).toBeGreaterThanOrEqual(4);
});

test.each(views.map((file) => [relative(VIEWS, file), file]))(
  'the view %s takes its page data and hands the layout its head',
  (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(FORBIDDEN.filter((pattern) => pattern.test(code(text))).map(String)).toEqual([]);
    expect(code(text)).toMatch(/Astro\.props\.page/);
    expect(text).toMatch(/<BaseLayout head=\{head\}>/);
  },
);

test.each(templates.map((file) => [relative(PAGES, file), file]))(
  '%s reads its page data and computes none',
  (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const frontmatter = code(text);
    expect(FORBIDDEN.filter((pattern) => pattern.test(frontmatter)).map(String)).toEqual([]);
    // One call of a page-kind function, and the layout (or the page kind's view) given what it returned.
    expect(frontmatter).toMatch(/await get\w+Page\(/);
    // A route that renders a view hands it the page data; the view hands the layout its head.
    expect(text).toMatch(/<BaseLayout head=\{head\}>|<\w+View page=\{page\} \/>/);
  },
);

test('the layout takes the head and nothing else', () => {
  const layout = readFileSync('src/layouts/BaseLayout.astro', 'utf8');
  const props = /interface Props \{([^}]*)\}/.exec(layout)?.[1] ?? '';
  expect(props.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '').trim()).toBe('head: PageHead;');
  expect(FORBIDDEN.filter((pattern) => pattern.test(code(layout))).map(String)).toEqual([]);
});
