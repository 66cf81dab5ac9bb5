import { formatDate } from '../content/dates.ts';
import { isReference, type SourceKind } from '../content/source-kind.ts';
import { localeOfPath, localePath, stripLocale } from '../i18n/locales.ts';

/** Size of every social image (Open Graph and Twitter's summary_large_image both ask for 1.91:1). */
export const SOCIAL_IMAGE = { width: 1200, height: 630 } as const;

/** What one page's social image says. */
export interface SocialCard {
  /** Site path of the page, without the base path: "/", "/rats/", "/sources/alimov-2017/". */
  path: string;
  /** The kind of page, shown above the title: "Principle", "Source article", "Glossary". */
  kind: string;
  /** The page title, large. */
  title: string;
  /** One short line under the title, or nothing. */
  subtitle?: string;
}

/** What the cards are made from: plain facts about the site's pages, gathered by src/data/page-meta.ts. */
export interface SocialCardSource {
  /** The site's name and its one-line description, whose part before the colon heads the home card. */
  site: { title: string; tagline: string };
  topics: readonly {
    id: string;
    title: string;
    navLabel: string;
    kind: string;
    lastReviewed: string;
  }[];
  about: { title: string; lastReviewed: string };
  sources: readonly {
    id: string;
    title: string;
    author: string;
    outlet: string;
    kind: SourceKind;
  }[];
  glossaryCount: number;
  timeline: { first: string; last: string; count: number };
}

/** The page that no card of its own is made for: it shows the home page's card. */
export const NOT_FOUND_PATH = '/404/';

const SITE_PATH = /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*$/;

function assertSitePath(path: string, caller: string): void {
  if (!SITE_PATH.test(path)) {
    throw new Error(
      `${caller}: "${path}" is not a site path (lowercase segments, leading and trailing slash, no base path), e.g. "/rats/"`,
    );
  }
}

/** "Principle" from "principle": kinds are stored lowercase and shown as labels. */
function toLabel(kind: string): string {
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}

/** Where a page's image is served, without the base path: "/" → "/og/index.png", "/sources/x/" → "/og/sources/x.png". */
export function socialImagePath(pagePath: string): string {
  return `/og/${socialImageSlug(pagePath)}.png`;
}

/** The `slug` param of src/pages/og/[...slug].png.ts for a page: "index", "rats", "sources/alimov-2017". */
export function socialImageSlug(pagePath: string): string {
  assertSitePath(pagePath, 'socialImageSlug');
  return pagePath === '/' ? 'index' : pagePath.slice(1, -1);
}

/**
 * One card per page that has its own image, home first. The 404 page has none (it shows the home
 * page's); every other page must be listed here, which the build-output tests check.
 */
export function buildSocialCards(source: SocialCardSource): SocialCard[] {
  const articles = source.sources.filter((s) => !isReference(s));
  const references = source.sources.length - articles.length;
  const cards: SocialCard[] = [
    {
      path: '/',
      kind: 'Overview',
      title: source.site.tagline.split(':')[0] ?? source.site.title,
      subtitle: source.topics.map((t) => t.navLabel).join(' · '),
    },
    ...source.topics.map((t) => ({
      path: `/${t.id}/`,
      kind: toLabel(t.kind),
      title: t.title,
      subtitle: `Last reviewed ${formatDate(t.lastReviewed)}`,
    })),
    {
      path: '/topics/',
      kind: 'Topics',
      title: 'Every topic, and what each one explains',
      subtitle: source.topics.map((t) => t.navLabel).join(' · '),
    },
    {
      path: '/about/',
      kind: 'About',
      title: source.about.title,
      subtitle: `Last reviewed ${formatDate(source.about.lastReviewed)}`,
    },
    {
      path: '/glossary/',
      kind: 'Glossary',
      title: 'Principles, institutions, places and events, A–Z',
      subtitle: `${source.glossaryCount} terms, each with other names, a cited definition and a permanent link`,
    },
    {
      path: '/timeline/',
      kind: 'Timeline',
      title: `Dated events, ${source.timeline.first}–${source.timeline.last}`,
      subtitle: `${source.timeline.count} events, each cited and with a permanent link`,
    },
    {
      path: '/sources/',
      kind: 'Sources',
      title: 'The sources behind every claim',
      subtitle: `${articles.length} ${articles.length === 1 ? 'article' : 'articles'} and ${references} reference ${references === 1 ? 'source' : 'sources'}`,
    },
    ...source.sources.map((s) => ({
      path: `/sources/${s.id}/`,
      kind: isReference(s) ? 'Reference source' : `Source article · ${s.kind}`,
      title: s.title,
      subtitle: `${s.author}, ${s.outlet}`,
    })),
    {
      path: '/search/',
      kind: 'Search',
      title: 'Search for a principle, an institution, a place or an event',
      subtitle: 'Acronyms and other names find their term',
    },
  ];
  for (const card of cards) assertSitePath(card.path, 'buildSocialCards');
  const paths = cards.map((card) => card.path);
  const twice = paths.find((path, index) => paths.indexOf(path) !== index);
  if (twice)
    throw new Error(
      `buildSocialCards: two cards for "${twice}"; a topic or source id collides with a fixed page`,
    );
  return cards;
}

/**
 * The card a page shows: its own, or for a 404 page its edition's home page's ("/ru/404/" → "/ru/").
 * Throws for a page without one.
 */
export function findSocialCard(cards: readonly SocialCard[], pagePath: string): SocialCard {
  const home = localePath(localeOfPath(pagePath), '/');
  const card = cards.find(
    (c) => c.path === (stripLocale(pagePath) === NOT_FOUND_PATH ? home : pagePath),
  );
  if (!card)
    throw new Error(
      `findSocialCard: no social image for "${pagePath}"; add the page to buildSocialCards in src/lib/meta/social-image.ts`,
    );
  return card;
}

/** The image's alternative text: what it shows, in the order it shows it. */
export function socialImageAlt(card: SocialCard, siteTitle: string): string {
  // A part that already ends a sentence ("…1 декабря 2026 г.", "?", "。") takes no second stop.
  const ended = (text: string) => (/[.!?…。！？]$/.test(text) ? text : `${text}.`);
  const head = ended(`${siteTitle} — ${card.kind}: ${card.title}`);
  return card.subtitle ? `${head} ${ended(card.subtitle)}` : head;
}

// Advance widths in em by class of character, fitted to Source Serif 4 Semibold (the title) and
// Inter Regular (the line below it): on every title, name and source line in content/, the estimate
// is at least as wide as the text as set, by 1–8 % for most (38 % at most, for runs of narrow
// letters). A line that fits the estimate fits the image, so satori is told not to wrap it; the
// 72 px margin takes a rare word that turns out a little wider.
const NARROW = /[ijlft.,:;!|'’‘]/;
const SEMI = /[rsz\-/()[\]?"“”1]/;
const WIDE = /[mw]/;
const CAPS_NARROW = /[IJ]/;
const CAPS_WIDE = /[MW@%]/;
const DASH = /[—…]/;
// Chinese characters and full-width punctuation are square: one em each. Cyrillic capitals are about
// as wide as Latin ones, its widest letters (Ж, Ш, Щ, Ю, М, Ф, Ы) as wide as M and W.
const FULL_WIDTH = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;
const CYRILLIC_WIDE = /[ЖШЩЮМФЫжшщюмфы]/;
const CYRILLIC_CAPS = /[А-ЯЁ]/;
/** Punctuation a line of Chinese never starts with. */
const NO_LINE_START = /[、。，．：；！？）」』】〉》”’]/;

/** Estimated width of `text` set at `fontSize` px in the card's fonts, erring wide (see the table above). */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) {
    if (char === ' ') em += 0.25;
    else if (NARROW.test(char)) em += 0.36;
    else if (SEMI.test(char)) em += 0.5;
    else if (WIDE.test(char)) em += 0.97;
    else if (CAPS_NARROW.test(char)) em += 0.6;
    else if (CAPS_WIDE.test(char)) em += 1.03;
    else if (DASH.test(char)) em += 1;
    else if (FULL_WIDTH.test(char)) em += 1;
    else if (CYRILLIC_WIDE.test(char)) em += 1;
    else if (/[A-Z&¶]/.test(char) || CYRILLIC_CAPS.test(char)) em += 0.78;
    else em += 0.64;
  }
  return em * fontSize;
}

/** A text broken into lines at one font size. */
export interface FittedText {
  fontSize: number;
  lines: string[];
  /** True when even the smallest size needed more lines and the text was cut with "…". */
  truncated: boolean;
}

/** The box a text must fit, and the sizes to try, largest first. */
export interface FitOptions {
  width: number;
  height: number;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  sizes: readonly number[];
  measure?: (text: string, fontSize: number) => number;
}

/** Greedy line breaking at spaces; a word wider than the line is broken between characters. */
export function wrapText(
  text: string,
  width: number,
  fontSize: number,
  measure = estimateTextWidth,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, fontSize) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const char of word) {
      if (line && measure(line + char, fontSize) > width) {
        // A line of Chinese does not start with a comma, stop or closing bracket: the character
        // before it goes down with it.
        const last = [...line].at(-1) ?? '';
        const carry = NO_LINE_START.test(char) && line.length > last.length ? last : '';
        lines.push(line.slice(0, line.length - carry.length));
        line = carry;
      }
      line += char;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The largest of `sizes` at which `text` fits the box. When none does, the smallest size, with the
 * text cut after the last line that fits and "…" added, so a title never runs off the image.
 */
export function fitText(text: string, options: FitOptions): FittedText {
  const { width, height, lineHeight, sizes, measure = estimateTextWidth } = options;
  if (sizes.length === 0 || sizes.some((size) => !(size > 0)))
    throw new Error('fitText: sizes must be positive numbers, largest first');
  if (!text.trim()) throw new Error('fitText: the text is empty');
  for (const fontSize of sizes) {
    const maxLines = Math.floor(height / (fontSize * lineHeight));
    const lines = wrapText(text, width, fontSize, measure);
    if (lines.length <= maxLines) return { fontSize, lines, truncated: false };
  }
  const fontSize = Math.min(...sizes);
  const maxLines = Math.floor(height / (fontSize * lineHeight));
  if (maxLines < 1)
    throw new Error(`fitText: a box ${height}px high holds no line at ${fontSize}px`);
  const lines = wrapText(text, width, fontSize, measure).slice(0, maxLines);
  let last = lines.pop() ?? '';
  while (last && measure(`${last}…`, fontSize) > width) last = last.slice(0, -1).trimEnd();
  lines.push(`${last.replace(/[\s,;:.—–-]+$/, '')}…`);
  return { fontSize, lines, truncated: true };
}
