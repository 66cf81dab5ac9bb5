import { isReference } from '../content/source-kind';
import type { Source } from '../../schemas/source';
/** A link with its visible text. */
export interface NavLink {
  href: string;
  label: string;
}

/** One entry of a page's table of contents, with its subsections. */
export interface TocItem {
  id: string;
  text: string;
  children: TocItem[];
}

/** A heading as Astro reports it. */
export interface HeadingLike {
  depth: number;
  slug: string;
  text: string;
}

/** Nests h3s under the h2 before them; anything deeper than h3 is left out of the contents. */
export function buildToc(headings: readonly HeadingLike[]): TocItem[] {
  const toc: TocItem[] = [];
  for (const { depth, slug, text } of headings) {
    const item: TocItem = { id: slug, text, children: [] };
    if (depth === 2) toc.push(item);
    else if (depth === 3) {
      const parent = toc.at(-1);
      if (parent) parent.children.push(item);
      else toc.push(item);
    }
  }
  return toc;
}

/** Home, then the given trail; the last item is the current page. */
export function buildBreadcrumbs(trail: readonly NavLink[]): NavLink[] {
  return [{ href: '/', label: 'Home' }, ...trail];
}

/** The pages before and after `id` in an ordered list, for previous/next links. */
export function findNeighbours<T extends { id: string }>(
  items: readonly T[],
  id: string,
): { prev?: T; next?: T } {
  const index = items.findIndex((item) => item.id === id);
  if (index === -1) throw new Error(`findNeighbours: "${id}" is not in the list`);
  const prev = items[index - 1];
  const next = items[index + 1];
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}

/** Builds a page's <title>: "Page — Site", or the site name alone on the home page. */
export function formatTitle(pageTitle: string | undefined, siteTitle: string): string {
  return pageTitle ? `${pageTitle} — ${siteTitle}` : siteTitle;
}

/** Word count of rendered text (for editors' reports; the same rule a reader would use). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** The longest meta description a page has: about what search engines show before they cut one. */
export const MAX_DESCRIPTION = 160;

/** Shortens text to at most `max` characters, cutting between words and ending in "…" where it cut. */
export function shortenAtWord(text: string, max: number): string {
  if (max < 1) throw new Error(`shortenAtWord: max must be at least 1, got ${max}`);
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut.slice(0, max - 1)).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** What a source page's meta description is made from (fields of src/schemas/source.ts). */
export type SourceSummary = Pick<Source, 'kind' | 'title' | 'author'>;

/**
 * A source page's meta description: its title and author, then what the page holds, in at most
 * MAX_DESCRIPTION characters. Where they do not fit, the author goes (the page names it first
 * thing), then the title is shortened between words; what the page holds always stays.
 */
export function describeSourcePage({ kind, title, author }: SourceSummary): string {
  const holds = isReference({ kind })
    ? 'the facts the site takes from it'
    : 'a summary of each paragraph';
  const tail = `: ${holds}.`;
  const room = MAX_DESCRIPTION - tail.length;
  const lead = `${title}, by ${author}`;
  return `${lead.length <= room ? lead : shortenAtWord(title, room)}${tail}`;
}
