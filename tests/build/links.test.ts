import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readPages } from '../../tools/lib/dist';
import { ARTICLE_IDS } from '../../tools/lib/site-paths';

const pages = readPages();
const idsByPath = new Map(
  pages.map((page) => [
    page.path,
    new Set([...page.document.querySelectorAll('[id]')].map((element) => element.id)),
  ]),
);

/** Every same-site link on every page, as [page, href]. */
const links = pages.flatMap((page) =>
  [...page.document.querySelectorAll('a[href]')]
    .map((a) => a.getAttribute('href') ?? '')
    .filter((href) => !/^[a-z]+:/i.test(href) && !href.startsWith('//'))
    .map((href) => [page.path, href] as const),
);

describe('internal links', () => {
  test('there are links to check', () => {
    expect(links.length).toBeGreaterThan(100);
  });

  test('every internal link and #fragment resolves', () => {
    const broken = links.filter(([from, href]) => {
      const url = new URL(href, `http://site${from}`);
      const ids = idsByPath.get(url.pathname);
      if (!ids) return true;
      const fragment = decodeURIComponent(url.hash.slice(1));
      return fragment !== '' && !ids.has(fragment);
    });
    expect(broken.map(([from, href]) => `${from} → ${href}`)).toEqual([]);
  });
});

describe('citations', () => {
  const topicPaths = readdirSync('content/topics').map((file) => `/${file.replace(/\.mdx$/, '')}/`);

  test.each(topicPaths)(
    '%s: every citation marker has a footnote that links to an existing source paragraph or page',
    (path) => {
      const page = pages.find((p) => p.path === path);
      const document = page?.document;
      if (!document) throw new Error(`${path} was not built`);
      const markers = [...document.querySelectorAll('sup.cite-ref a')];
      expect(markers.length).toBeGreaterThan(10);
      for (const marker of markers) {
        const footnote = document.getElementById((marker.getAttribute('href') ?? '').slice(1));
        expect(footnote, marker.outerHTML).not.toBeNull();
        const target = footnote?.querySelector('a')?.getAttribute('href') ?? '';
        // A paragraph's summary, or (for an article's notes: who wrote it, for whom) the source's description.
        expect(target).toMatch(/^\/sources\/[a-z0-9-]+\/(#p[1-7]|#about-this-source)?$/);
        const [pathname = '', hash] = target.split('#');
        expect(idsByPath.has(pathname), target).toBe(true);
        if (hash) expect(idsByPath.get(pathname)?.has(hash), target).toBe(true);
      }
    },
  );

  test.each(ARTICLE_IDS)(
    'the page of %s has an anchor p1, p2 … for each paragraph its file summarises, and no more',
    (id) => {
      const count = (
        parse(readFileSync(`content/sources/${id}.yaml`, 'utf8')) as { paragraphs: unknown[] }
      ).paragraphs.length;
      const ids = idsByPath.get(`/sources/${id}/`);
      expect(
        Array.from({ length: count }, (_, i) => `p${i + 1}`).filter((p) => !ids?.has(p)),
      ).toEqual([]);
      expect(ids?.has(`p${count + 1}`)).toBe(false);
    },
  );
});
