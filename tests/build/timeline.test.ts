import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readPages } from '../../tools/lib/dist';

const pages = readPages();
const page = (path: string) => {
  const found = pages.find((p) => p.path === path);
  if (!found) throw new Error(`${path} was not built`);
  return found.document;
};
const EVENTS = parse(readFileSync('content/timeline.yaml', 'utf8')) as {
  id: string;
  title: string;
}[];

describe('the timeline on /timeline/', () => {
  const items = [...page('/timeline/').querySelectorAll('ol.timeline > li.timeline-item')];

  test('draws every event of content/timeline.yaml on the axis, each with its own heading id and sources', () => {
    expect(items).toHaveLength(EVENTS.length);
    const ids = items.map((item) => item.querySelector('h2')?.id);
    expect([...ids].sort()).toEqual(EVENTS.map((event) => event.id).sort());
    for (const item of items) {
      expect(
        item.querySelector('a.section-anchor')?.getAttribute('href'),
        item.outerHTML.slice(0, 80),
      ).toBe(`#${item.querySelector('h2')?.id}`);
      expect(
        item.querySelectorAll('a[href^="/sources/"]').length,
        `sources of ${item.querySelector('h2')?.id}`,
      ).toBeGreaterThan(0);
    }
  });

  test('spaces events by time: gap sizes 0–4, the first 0, the long silences said in words', () => {
    const gaps = items.map((item) => item.getAttribute('data-gap'));
    expect(gaps[0]).toBe('0');
    for (const gap of gaps) expect(['0', '1', '2', '3', '4']).toContain(gap);
    expect(new Set(gaps).size).toBeGreaterThanOrEqual(4);
    const said = [...page('/timeline/').querySelectorAll('.timeline-gap')].map((gap) =>
      gap.textContent?.trim(),
    );
    expect(said).toContain('13 years later');
  });

  test('writes each year on the axis once, from the first to the last', () => {
    const years = [...page('/timeline/').querySelectorAll('.timeline-year')]
      .map((year) => year.textContent?.trim())
      .filter(Boolean);
    expect(years).toEqual([...new Set(years)]);
    // The first and last years are those of the timeline's own events.
    const dated = [
      ...readFileSync('content/timeline.yaml', 'utf8').matchAll(/^ {2}date: "?(\d{4})/gm),
    ]
      .map((m) => m[1] ?? '')
      .sort();
    expect(years[0]).toBe(dated[0]);
    expect(years.at(-1)).toBe(dated.at(-1));
  });
});

describe('the compact timeline on /', () => {
  test('lists every event, each linking to it on /timeline/', () => {
    const links = [...page('/').querySelectorAll('ol.timeline-compact a')].map((link) =>
      link.getAttribute('href'),
    );
    expect(links).toHaveLength(EVENTS.length);
    expect([...links].sort()).toEqual(EVENTS.map((event) => `/timeline/#${event.id}`).sort());
  });

  test('is not a second set of search records or headings', () => {
    const compact = page('/').querySelector('ol.timeline-compact');
    expect(compact?.querySelectorAll('[data-search-record], h2, h3, [id]')).toHaveLength(0);
  });
});
