import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { countWords } from '#lib/meta/page-data.ts';
import { parse } from 'yaml';
import { readPages } from '../../tools/lib/dist';

const pages = readPages();
const page = (path: string) => {
  const found = pages.find((p) => p.path === path);
  if (!found) throw new Error(`${path} was not built`);
  return found.document;
};

describe.each(readdirSync('content/topics').map((file) => `/${file.replace(/\.mdx$/, '')}/`))(
  'topic %s',
  (path) => {
    const prose = page(path).querySelector('article .prose');
    const text = () => {
      const copy = prose?.cloneNode(true) as Element | undefined;
      // Citation markers and the section tools (link, cite box) are not prose.
      copy?.querySelectorAll('sup.cite-ref, .section-tools').forEach((node) => node.remove());
      return copy?.textContent ?? '';
    };

    test('has 800–1,200 words of prose', () => {
      const words = countWords(text());
      expect(words).toBeGreaterThanOrEqual(800);
      expect(words).toBeLessThanOrEqual(1200);
    });

    test('has 4–8 sections', () => {
      const sections = prose?.querySelectorAll('h2').length ?? 0;
      expect(sections).toBeGreaterThanOrEqual(4);
      expect(sections).toBeLessThanOrEqual(8);
    });

    test('shows its last-reviewed date', () => {
      expect(page(path).querySelector('article time[datetime]')?.getAttribute('datetime')).toMatch(
        /^\d{4}-\d{2}-\d{2}$/,
      );
    });
  },
);

test('the glossary has at least 25 terms, each with an anchor, a definition and sources', () => {
  const terms = [...page('/glossary/').querySelectorAll('.glossary-term')];
  expect(terms.length).toBeGreaterThanOrEqual(25);
  for (const term of terms) {
    const id = term.querySelector('h3[id]')?.id;
    expect(id).toMatch(/^[a-z0-9-]+$/);
    expect(term.textContent, id).toMatch(/Sources: \S/);
    expect(term.querySelector('a[href^="/sources/"]'), id).not.toBeNull();
    expect(term.querySelector('a[href*="/#"]:not([href^="#"])'), id).not.toBeNull();
  }
});

test('the timeline has at least 10 dated, cited events', () => {
  const events = [...page('/timeline/').querySelectorAll('main ol > li')];
  expect(events.length).toBeGreaterThanOrEqual(10);
  for (const event of events) {
    expect(event.querySelector('h2[id] time[datetime]'), event.textContent ?? '').not.toBeNull();
    expect(event.querySelector('a[href^="/sources/"]'), event.textContent ?? '').not.toBeNull();
  }
});

test('membership figures carry an "as of" date and count every member in content/members.yaml', () => {
  const members = (parse(readFileSync('content/members.yaml', 'utf8')) as unknown[]).length;
  expect(
    page('/').getElementById('members')?.parentElement?.nextElementSibling?.textContent,
  ).toMatch(new RegExp(`^As of \\d{1,2} \\w+ \\d{4}: ${members} member states`));
});
