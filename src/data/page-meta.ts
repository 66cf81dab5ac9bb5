import { sourceHref } from '#lib/content/citations.ts';
import type { CitedWork, PageMetaInput } from '#lib/meta/json-ld.ts';
import { localeOfPath, stripLocale, TRANSLATED_LOCALES } from '#lib/i18n/locales.ts';
import { UI } from '#lib/i18n/ui.ts';
import { bylineText, sourceInEdition } from '#lib/i18n/edition-source.ts';
import { buildEditionCards } from '#lib/meta/social-image-editions.ts';
import { absoluteUrl, siteRoot } from '#lib/meta/paths.ts';
import { isNotFoundPage } from '#lib/meta/robots.ts';
import {
  buildSocialCards,
  findSocialCard,
  socialImageAlt,
  socialImagePath,
  type SocialCard,
} from '#lib/meta/social-image.ts';
import { SOCIAL_IMAGE_CACHE_DIR } from '#lib/meta/social-image-cache.ts';
import { drawSocialImages, type DrawRun } from '#lib/meta/social-image-pool.ts';
import { SITE } from '../site.config.ts';
import { getSiteContent } from './content';
import { editionPaths, getEdition } from './editions';

let cards: Promise<SocialCard[]> | undefined;

/** The social image of every page (what each says), built once per build; the og/ endpoint and PageMeta share it. */
export function getSocialCards(): Promise<SocialCard[]> {
  cards ??= getSiteContent().then(async ({ topics, pages, sources, glossary, timeline }) => {
    const about = pages.find((p) => p.id === 'about');
    if (!about) throw new Error('getSocialCards: content/pages/about.mdx is missing');
    const span = {
      first: timeline[0]?.date.slice(0, 4) ?? '',
      last: timeline.at(-1)?.date.slice(0, 4) ?? '',
    };
    // The translated editions' cards, in their words (src/lib/meta/social-image-editions.ts).
    const editions = await Promise.all(
      TRANSLATED_LOCALES.map(async (locale) => {
        const edition = await getEdition(locale);
        const page = (id: string) => edition.pages.find((p) => p.id === id)?.data;
        return buildEditionCards({
          locale,
          paths: await editionPaths(locale),
          topics: edition.topics.map((t) => ({ id: t.id, ...t.data })),
          home: page('home'),
          about: page('about'),
          timeline: span,
          sources: sources.map((s) => {
            const text = sourceInEdition(locale, s.data, edition.data.sources.get(s.id));
            return {
              id: s.id,
              title: text.title,
              // As the edition's source page names the author: Рашид Алимов (Rashid Alimov).
              author: bylineText(locale, text.byline),
              outlet: text.outlet,
              kind: s.data.kind,
            };
          }),
        });
      }),
    );
    const english = buildSocialCards({
      site: SITE,
      topics: topics.map((t) => ({ id: t.id, ...t.data })),
      about: about.data,
      sources: sources.map((s) => ({ id: s.id, ...s.data })),
      glossaryCount: glossary.length,
      timeline: { ...span, count: timeline.length },
    });
    return [...english, ...editions.flat()];
  });
  return cards;
}

/** The site's name as a card at this path writes it: in the card's edition. */
function siteTitleOf(path: string): string {
  const locale = localeOfPath(path);
  return locale === 'en' ? SITE.title : UI[locale].chrome.siteTitle;
}

let drawing: Promise<DrawRun> | undefined;

/**
 * A page's social image. The first call starts drawing every card at once, on one worker thread per
 * core, taking unchanged ones from the cache; each call then waits only for its own image.
 */
export async function getSocialImage(path: string): Promise<Uint8Array> {
  drawing ??= getSocialCards().then((all) => {
    const run = drawSocialImages(
      all.map((card) => ({ card, siteTitle: siteTitleOf(card.path) })),
      { cacheDir: SOCIAL_IMAGE_CACHE_DIR },
    );
    void run.done.then((stats) =>
      console.info(
        `social images: ${stats.images} (${stats.cached} from the cache, ${stats.drawn} drawn on ${stats.threads} threads) in ${(stats.ms / 1000).toFixed(1)} s`,
      ),
    );
    return run;
  });
  const image = (await drawing).images.get(path);
  if (!image)
    throw new Error(
      `getSocialImage: no social card for "${path}"; add the page to buildSocialCards in src/lib/meta/social-image.ts`,
    );
  return image;
}

/** Where a page is and what its social image is: what its link-preview tags and JSON-LD say. */
export interface PageAddress {
  /** Absolute URL of the site's root, base path included. */
  root: string;
  /** Site path without the base path: "/rats/". */
  path: string;
  /** Absolute URL of the page. */
  url: string;
  /** Absolute URL of its social image, and the image's text alternative. */
  image: string;
  imageAlt: string;
}

/**
 * A page's address from the site URL, its site path ("/rats/") and the configured base path (pass
 * `site` and `base` from astro:config/client: a BASE_URL in the environment, as Vitest sets one,
 * would replace import.meta.env's).
 */
export async function getPageAddress(
  site: URL | string | undefined,
  path: string,
  base: string,
): Promise<PageAddress> {
  const root = siteRoot(site, base);
  // A translated page has its own card; one of a kind its edition has no card for yet (see
  // buildEditionCards) shows its English page's.
  const cards = await getSocialCards();
  // An edition's 404 page shows its edition's home card, as the English one shows the English home's.
  const card =
    cards.find((c) => c.path === path) ??
    (isNotFoundPage(path) ? findSocialCard(cards, path) : undefined) ??
    findSocialCard(cards, stripLocale(path));
  return {
    root,
    path,
    url: absoluteUrl(root, path),
    image: absoluteUrl(root, socialImagePath(card.path)),
    imageAlt: socialImageAlt(card, siteTitleOf(card.path)),
  };
}

/**
 * The Article metadata of a topic or prose page (content/topics or content/pages): its review date
 * and the sources its footnotes cite, in the order first cited.
 */
export async function getArticleMeta(id: string): Promise<PageMetaInput> {
  const { topics, pages, sources } = await getSiteContent();
  const prose = topics.find((t) => t.id === id) ?? pages.find((p) => p.id === id);
  if (!prose) throw new Error(`getArticleMeta: no topic or page "${id}"`);
  const cited: CitedWork[] = [];
  for (const footnote of prose.footnotes) {
    const source = sources.find((s) => footnote.href.startsWith(sourceHref(s.id)));
    if (!source)
      throw new Error(
        `getArticleMeta: footnote ${footnote.n} of "${id}" links to ${footnote.href}, which is no source page`,
      );
    if (cited.some((work) => work.id === source.id)) continue;
    cited.push({
      id: source.id,
      title: source.data.title,
      url: source.data.url,
      published: source.data.published,
    });
  }
  return { article: { dateModified: prose.data.lastReviewed, citations: cited } };
}

/** The glossary's terms, as the page lists them, for its DefinedTermSet. */
export async function getGlossaryMeta(): Promise<PageMetaInput> {
  const { glossary } = await getSiteContent();
  return {
    terms: glossary.map(({ id, name, otherNames, definition }) => ({
      id,
      name,
      otherNames,
      definition,
    })),
  };
}
