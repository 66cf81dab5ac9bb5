import { describe, expect, test } from 'vitest';
import { inspectContent } from '#lib/content/check-content.ts';
import { hasTarget } from '#lib/content/site-targets.ts';
import { editionPaths } from '#lib/meta/site-pages.ts';
import { builtPath, readPages } from '../../tools/lib/dist';

// The build checks links and heading ids before rendering, against a model of the pages it will
// build (src/lib/content/site-targets.ts). This holds the model to the built site, so that it cannot drift
// from the templates: every id the model offers a link exists on the built page, and every id a
// built page has is in the model, so a heading cannot take an id a template adds without the build
// noticing.
const { problems, site } = inspectContent();
// Not the 404 pages, which no link can target: hosts serve them at whatever address has no page.
const NOT_FOUND = new Set(editionPaths('/404/').map(builtPath));
const pages = readPages().filter((page) => !NOT_FOUND.has(page.path));

test('the content has no problem', () => {
  expect(problems).toEqual([]);
});

test('the model has exactly the pages the build wrote', () => {
  expect([...site.keys()].sort()).toEqual(pages.map((page) => page.path).sort());
});

describe.each(pages.map((page) => [page.path, page] as const))('%s', (path, page) => {
  const ids = [...page.document.querySelectorAll('[id]')].map((element) => element.id);
  const model = site.get(path);

  test('every id the model offers exists on the page', () => {
    expect([...(model?.ids ?? [])].filter((id) => !ids.includes(id))).toEqual([]);
  });

  test('every id on the page is in the model (content sections and template ids)', () => {
    expect(ids.filter((id) => !model || !hasTarget(model, id))).toEqual([]);
  });
});
