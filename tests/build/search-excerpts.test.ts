import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { formatDate } from '#lib/content/dates.ts';
import { UI } from '#lib/i18n/ui.ts';
import {
  AUTHORS_META,
  BACKGROUND_META,
  NAMES_META,
  parseFragment,
  type Fragment,
} from '#lib/search/search-entries.ts';
import { ADDRESS } from '#lib/search/search-addresses.ts';
import { DIST } from '../../tools/lib/dist';

/** Blocks whose text an excerpt must not run into the next block's: headings, terms, cells, captions. */
const LEAF_BLOCKS = 'h1, h2, h3, h4, h5, h6, dt, dd, th, td, caption, figcaption, li, p';
/** Any block inside a leaf block makes it a container, whose own text is checked through its blocks. */
const BLOCK_INSIDE = 'p, div, ul, ol, dl, table, li, h1, h2, h3, h4, h5, h6, blockquote, figure';
const BREAK = /^[.!?…:;]/u;

function readFragments(bundle = 'pagefind'): Fragment[] {
  const dir = join(DIST, bundle, 'fragment');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.pf_fragment'))
    .map((file) => parseFragment(file, gunzipSync(readFileSync(join(dir, file))).toString('utf8')));
}

/** The text Pagefind indexes for an element: without what it ignores, white space collapsed. */
function indexedText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const ignored of copy.querySelectorAll(
    '[data-pagefind-ignore], .cite-ref, svg, label, form, nav, footer, script, style',
  ))
    ignored.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The region of a built page a fragment indexes: the page's body, or the item a record was made from. */
function indexedRegion(url: string): Element | null {
  const [path = '', id] = url.split('#');
  const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  return id === undefined
    ? document.querySelector('[data-pagefind-body]')
    : document.querySelector(`[data-search-record="${id}"]`);
}

test('excerpts keep headings, terms, list items and table cells apart: each block ends with a break in the index', () => {
  const glued: string[] = [];
  let checked = 0;
  for (const fragment of readFragments()) {
    const region = indexedRegion(fragment.url);
    if (!region) continue;
    for (const block of region.querySelectorAll(LEAF_BLOCKS)) {
      if (block.querySelector(BLOCK_INSIDE)) continue;
      const ignored = block.closest('[data-pagefind-ignore]');
      if (ignored && ignored !== region) continue;
      const text = indexedText(block);
      if (text === '' || BREAK.test(text.slice(-1))) continue;
      // What follows the block's text where the index holds it (the end of the record is a break too);
      // a short text ("Drugs") may also occur inside a sentence, so one occurrence with a break will do.
      const after: string[] = [];
      for (
        let at = fragment.content.indexOf(text);
        at !== -1;
        at = fragment.content.indexOf(text, at + 1)
      ) {
        after.push(fragment.content.slice(at + text.length));
      }
      if (after.length === 0) continue;
      checked += 1;
      if (!after.some((next) => next === '' || BREAK.test(next))) {
        glued.push(
          `${fragment.url} <${block.tagName.toLowerCase()}> "${text}" runs into "${after[0]!.slice(0, 30)}"`,
        );
      }
    }
  }
  expect(checked, 'blocks found in the index').toBeGreaterThan(100);
  expect(glued).toEqual([]);
});

test('results carry no metadata a reader does not see as the result: only its title and the names it is looked up by', () => {
  // Pagefind indexes metadata too: an image's alt text would find a page with nothing on it to mark.
  const allowed = new Set(['title', NAMES_META, AUTHORS_META, BACKGROUND_META]);
  const extra = readFragments().flatMap((fragment) =>
    Object.keys(fragment.meta)
      .filter((key) => !allowed.has(key))
      .map((key) => `${fragment.url}: ${key}`),
  );
  expect(extra).toEqual([]);
});

/** Every text node of an element, as written in the page. */
function textNodes(node: Node, into: string[] = []): string[] {
  for (const child of node.childNodes) {
    if (child.nodeType === 3) into.push(child.textContent ?? '');
    else textNodes(child, into);
  }
  return into;
}

/** A word of the index that joins a digit to a letter or a small letter to a capital ("2004RATS", "organisationThe"). */
const JOINED = /\d\p{L}|\p{Ll}\p{Lu}/u;

test('no word of the index is glued together from two elements of the page ("17 June 2004RATS begins")', () => {
  // A word such as "BibTeX" or "2(7)" is written so in one text node; a word the index holds but no
  // text node does was made by Pagefind joining two elements without white space between them.
  const glued: string[] = [];
  let checked = 0;
  for (const fragment of readFragments()) {
    const region = indexedRegion(fragment.url);
    if (!region) continue;
    const written = textNodes(region).join('\n');
    checked += 1;
    for (const raw of fragment.content.split(/\s+/)) {
      const word = raw.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
      if (JOINED.test(word) && !written.includes(word)) glued.push(`${fragment.url}: "${word}"`);
    }
  }
  expect(checked, 'fragments checked').toBeGreaterThan(50);
  expect(glued).toEqual([]);
});

test('a page’s result title is its heading as written, in every edition (no break of the index’s after "«Шанхайский дух»")', () => {
  const pages = ['pagefind', 'ru/pagefind', 'zh/pagefind']
    .flatMap((bundle) => readFragments(bundle))
    .filter((fragment) => !fragment.url.includes('#'));
  expect(pages.length, 'pages').toBeGreaterThanOrEqual(3);
  const differ = pages
    .map((fragment) => ({
      fragment,
      heading: indexedRegion(fragment.url)
        ?.querySelector('h1')
        ?.textContent.replace(/\s+/g, ' ')
        .trim(),
    }))
    .filter(({ fragment, heading }) => fragment.meta['title']?.replace(/\s+/g, ' ') !== heading)
    .map(
      ({ fragment, heading }) => `${fragment.url}: "${fragment.meta['title']}", not "${heading}"`,
    );
  expect(differ).toEqual([]);
});

test('no address of the site written on a page is in the index, in any edition ("/glossary/#rats" made "RATS" find the whole glossary)', () => {
  const bundles = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('pagefind-entry.json'))
    .map((path) => path.replace(/[/\\]?pagefind-entry\.json$/, ''));
  expect(bundles.length, 'bundles').toBeGreaterThanOrEqual(3);
  const found = bundles.flatMap((bundle) =>
    readFragments(bundle).flatMap((fragment) =>
      [...fragment.content.matchAll(ADDRESS)].map((match) => `${fragment.url}: ${match[0]}`),
    ),
  );
  // The pages do write them (the glossary's example, the About page's citation): each is left out.
  const written = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html'))
    .map((path) => parseHTML(readFileSync(join(DIST, path), 'utf8')).document)
    .filter((page) => page.querySelector('[data-pagefind-body]')?.textContent.match(ADDRESS));
  expect(written.length, 'pages that write an address').toBeGreaterThanOrEqual(bundles.length);
  expect(found).toEqual([]);
});

test('a fragment keeps as anchors only the headings its sections are made of, in every edition (citation marks were two thirds of a topic page’s)', () => {
  const bundles = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('pagefind-entry.json'))
    .map((path) => path.replace(/[/\\]?pagefind-entry\.json$/, ''));
  let headings = 0;
  const others: string[] = [];
  for (const bundle of bundles) {
    const dir = join(DIST, bundle, 'fragment');
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.pf_fragment'))) {
      const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
      const { url, anchors } = JSON.parse(text.slice(text.indexOf('{'))) as {
        url: string;
        anchors: { element: string; id: string }[];
      };
      for (const anchor of anchors) {
        if (/^h[1-6]$/.test(anchor.element)) headings += 1;
        else others.push(`${url}: <${anchor.element} id="${anchor.id}">`);
      }
    }
  }
  // The pages do give ids to citation marks: the test would pass on a site without them otherwise.
  const marks = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html'))
    .filter((path) => /<sup[^>]*\sid=/.test(readFileSync(join(DIST, path), 'utf8')));
  expect(marks.length, 'pages whose citation marks have ids').toBeGreaterThan(0);
  expect(headings, 'heading anchors').toBeGreaterThan(0);
  expect(others).toEqual([]);
});

test('a source’s date, where known, is in the index as its page writes it; "Not confirmed" is not', () => {
  const dir = 'content/sources';
  const byUrl = new Map(readFragments().map((fragment) => [fragment.url, fragment.content]));
  const checked = { known: 0, unknown: 0 };
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.yaml'))) {
    const { published } = parse(readFileSync(join(dir, file), 'utf8')) as { published: string };
    const content = byUrl.get(`/sources/${file.replace(/\.yaml$/, '')}/`);
    expect(content, file).toBeDefined();
    if (published === 'unknown') {
      expect(content, file).not.toContain(UI.en.sources.notConfirmed);
      checked.unknown += 1;
    } else {
      expect(content, file).toContain(formatDate(published));
      checked.known += 1;
    }
  }
  expect(checked.known).toBeGreaterThan(0);
  expect(checked.unknown).toBeGreaterThan(0);
});
