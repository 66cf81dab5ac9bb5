import { describe, expect, test } from 'vitest';
import { localeOfPath } from '#lib/i18n/locales.ts';
import { UI } from '#lib/i18n/ui.ts';
import { editionPaths } from '#lib/meta/site-pages.ts';
import { builtPath, readPages } from '../../tools/lib/dist';
import { sectionBibtex, sectionTitleOf } from '#lib/meta/cite-section.ts';

// Every heading a reader may link to (h2/h3 on every page: topic sections, glossary terms, timeline
// events, source paragraphs) carries a real link to its #id and a citation, beside it, not in it.
// Headings that only organise a list (the A–Z letters, "Sources cited", "References", the topic
// cards' titles, which are links themselves) keep their id but take no tools.
// Not the 404 pages (builtPath: the English one is written as /404.html).
const NOT_FOUND = new Set(editionPaths('/404/').map(builtPath));
const pages = readPages().filter((page) => !NOT_FOUND.has(page.path));
const SITE = 'https://sco-security.example.org';
const NAVIGATION_HEADINGS = 'h2[id^="letter-"], #sources-cited, #references, .topic-card-title';

/** A page's words for its section tools and citations, in its edition (src/lib/i18n/ui.ts). */
const uiOf = (path: string) => UI[localeOfPath(path)];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.each(pages.map((page) => [page.path, page] as const))('%s', (path, page) => {
  const { cite, chrome } = uiOf(path);
  const english = localeOfPath(path) === 'en';
  const all = [...page.document.querySelectorAll('main h2, main h3')].filter(
    (h) => !h.closest('.cite-panel'),
  );
  const headings = all.filter((h) => !h.matches(NAVIGATION_HEADINGS));

  test('navigation headings have an id and no tools', () => {
    for (const heading of all.filter((h) => h.matches(NAVIGATION_HEADINGS))) {
      // A glossary letter's anchor is the letter of the edition's alphabet (#letter-а, #letter-latin-c).
      expect(heading.id, heading.outerHTML.slice(0, 80)).toMatch(
        /^(?:letter-(?:latin-)?\p{Ll}|[a-z0-9]+(-[a-z0-9]+)*)$/u,
      );
      expect(
        heading.parentElement?.querySelector(':scope > .section-tools'),
        `#${heading.id}`,
      ).toBeNull();
    }
  });

  test('every h2/h3 has an id and, beside it, a link to #id named "Link to section: <heading>" in the edition’s words', () => {
    for (const heading of headings) {
      const id = heading.id;
      expect(id, `${heading.outerHTML.slice(0, 80)} has an id`).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      const wrapper = heading.parentElement;
      expect(
        wrapper?.classList.contains('section-heading'),
        `#${id} sits in a .section-heading`,
      ).toBe(true);
      const anchor = wrapper?.querySelector(':scope > .section-tools > a.section-anchor');
      expect(anchor?.getAttribute('href'), `#${id}'s link`).toBe(`#${id}`);
      const name = cite.linkToSection('\u0000').split('\u0000');
      expect(anchor?.getAttribute('aria-label'), `#${id}'s link name`).toMatch(
        new RegExp(`^${escape(name[0] ?? '')}\\S.*${escape(name[1] ?? '')}$`),
      );
    }
  });

  test('headings and paragraphs hold no hidden text, so copying them and #:~:text= links work', () => {
    for (const element of page.document.querySelectorAll('main :is(h2, h3, p)')) {
      if (element.closest('.cite-panel, .section-tools')) continue;
      expect(
        element.querySelector('.sr-only, [hidden], [aria-hidden="true"]'),
        element.outerHTML.slice(0, 100),
      ).toBeNull();
      expect(element.textContent ?? '', element.outerHTML.slice(0, 100)).not.toMatch(
        /[\u00ad\u200b-\u200d\u2060\ufeff]/,
      );
    }
  });

  test('each section citation names the site, the page and section, the URL#id, and leaves the date accessed blank', () => {
    // A page without "Cite this page" (search, 404: not indexed) has no entry to cite its sections by.
    const pageBox = page.document.querySelector('details.cite-box:not(.cite-box-compact)');
    for (const heading of headings) {
      const panel = heading.parentElement?.querySelector('.cite-panel');
      if (!pageBox) {
        expect(panel, `#${heading.id}: no section citation without a page citation`).toBeNull();
        continue;
      }
      const plain = panel?.querySelector('p.cite-text')?.textContent ?? '';
      expect(plain, `#${heading.id}`).toContain(chrome.siteTitle);
      expect(plain).toContain(`${SITE}${path}#${heading.id}`);
      expect(plain).toContain('____');
      // The translated editions cite in their own styles (tests/build/edition-citations.test.ts).
      if (english) {
        expect(plain).toContain(`Accessed ____. ${SITE}${path}#${heading.id}.`);
        // Chicago author-date: the year after the author (the site, by the edition's name), US-style dates.
        expect(plain).toMatch(new RegExp(`^${escape(chrome.siteTitle)}\\. \\d{4}\\. “`));
        expect(plain).toMatch(/Last reviewed [A-Z][a-z]+ \d{1,2}, \d{4}\./);
      }
      // The section's BibTeX is the page's entry named for the section, made in the browser
      // (src/lib/meta/cite-section.ts): the page carries its title for it, and no entry.
      const pre = panel?.querySelector<HTMLElement>('pre.cite-text');
      expect(pre?.hidden, `#${heading.id}`).toBe(true);
      expect(pre?.textContent).toBe('');
      const pageEntry =
        page.document.querySelector('details.cite-box:not(.cite-box-compact) pre.cite-text')
          ?.textContent ?? '';
      // The title the script uses: the box's own, or the heading's text; the citation names the same.
      const title = pre?.dataset['bibtexSection'] ?? sectionTitleOf(heading.textContent ?? '');
      const unquoted = (text: string) => text.replace(/[«»“”„]/g, '');
      if (english) {
        // Chicago: the section's name in double quotation marks, its own quotation marks single.
        const named = plain.slice(
          plain.indexOf('section “') + 'section “'.length,
          plain.indexOf('” Last reviewed'),
        );
        expect(named, `#${heading.id}`).not.toMatch(/[“”]/);
        const plainQuotes = (text: string) => text.replace(/[‘’]/g, '');
        expect(plainQuotes(named)).toBe(plainQuotes(`${unquoted(title)}.`));
      } else expect(unquoted(plain)).toContain(unquoted(title));
      const bibtex = sectionBibtex(pageEntry, heading.id, title);
      expect(bibtex).toContain(`url = {${SITE}${path}#${heading.id}},`);
      expect(bibtex).toContain('urldate = {},');
    }
  });
});

describe('"Cite this page"', () => {
  test.each(
    pages
      .filter((page) => !editionPaths('/search/').includes(page.path))
      .map((page) => [page.path, page] as const),
  )('%s has one, with its canonical URL', (path, page) => {
    const boxes = [...page.document.querySelectorAll('details.cite-box:not(.cite-box-compact)')];
    expect(boxes).toHaveLength(1);
    expect(boxes[0]?.querySelector('summary')?.textContent?.trim()).toBe(uiOf(path).cite.page);
    const canonical = page.document.querySelector('link[rel="canonical"]')?.getAttribute('href');
    expect(canonical).toBe(`${SITE}${path}`);
    expect(boxes[0]?.querySelector('p.cite-text')?.textContent).toContain(
      localeOfPath(path) === 'en' ? `Accessed ____. ${canonical}.` : `${canonical}`,
    );
    expect(boxes[0]?.querySelector('pre.cite-text')?.textContent).toContain(
      `url = {${canonical}},`,
    );
  });
});

describe('source pages say how to cite the original', () => {
  test.each(
    pages
      .filter((page) => /^\/sources\/[^/]+\/$/.test(page.path))
      .map((page) => [page.path, page] as const),
  )('%s', (_, page) => {
    const box = page.document.querySelector('.source-citation');
    const plain = box?.querySelector('p.cite-text')?.textContent ?? '';
    const author = page.document.querySelector('dl dd')?.textContent?.trim() ?? '';
    // In English, Chicago; the editions' styles are tested in tests/build/edition-citations.test.ts.
    if (localeOfPath(page.path) === 'en') expect(plain.startsWith(`${author}. `), plain).toBe(true);
    expect(box?.querySelector('pre.cite-text')?.textContent).toMatch(/^@(article|online)\{/);
  });

  test('an unconfirmed title is bracketed and an unknown date is n.d.', () => {
    const page = pages.find((p) => p.path === '/sources/azam-cgtn/');
    const plain = page?.document.querySelector('.source-citation p.cite-text')?.textContent;
    expect(plain).toMatch(
      /^Azhar Azam\. \[Untitled CGTN opinion column .*\]\. CGTN \(China Global Television Network\), n\.d\. Original address not confirmed\.$/,
    );
  });
});
