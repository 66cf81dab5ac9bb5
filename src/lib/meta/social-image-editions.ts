/**
 * The social images of the translated editions' pages, in the edition's words: one card per page the
 * edition has (editionPaths), at the page's own address ("/ru/rats/" → /og/ru/rats.png). A page whose
 * kind has no card here yet shows the English page's card (see cardFor in src/data/page-meta.ts).
 */
import { formatDateIn, localePath, type TranslatedLocale } from '../i18n/locales.ts';
import { UI } from '../i18n/ui.ts';
import type { SocialCard } from './social-image.ts';

/** What an edition's cards are made from: its words for the pages it has, and the English facts. */
export interface EditionCardSource {
  locale: TranslatedLocale;
  /** The English site paths the edition has a page for ("/rats/", "/glossary/"). */
  paths: ReadonlySet<string>;
  topics: readonly {
    id: string;
    title: string;
    navLabel: string;
    kind: 'principle' | 'institution' | 'event';
    /** The English page's review date, which the translation carries. */
    lastReviewed: string;
  }[];
  /** The edition's own home and about pages, where it has them. */
  home?: { title: string; description: string } | undefined;
  about?: { title: string; lastReviewed: string } | undefined;
  timeline: { first: string; last: string };
  /** Every source, as the edition's source pages show it (its title and names, its kind). */
  sources?: readonly {
    id: string;
    title: string;
    author: string;
    outlet: string;
    kind: 'official' | 'opinion' | 'reference';
  }[];
}

/** The colon after a label, as each edition writes it (Chinese: full-width, no space). */
const COLON: Record<TranslatedLocale, string> = { ru: ': ', zh: '：' };

/** "Институт" from "институт": the badge's word, capitalised as a label. */
const label = (word: string): string => word.charAt(0).toLocaleUpperCase() + word.slice(1);

/** One card per page of the edition that has a card of its kind, home first, in the English order. */
export function buildEditionCards(source: EditionCardSource): SocialCard[] {
  const { locale, paths } = source;
  const ui = UI[locale];
  const reviewed = (date: string) =>
    `${ui.lastReviewed}${COLON[locale]}${formatDateIn(locale, date)}`;
  const at = (path: string) => localePath(locale, path);
  const cards: SocialCard[] = [];
  if (paths.has('/') && source.home)
    cards.push({
      path: at('/'),
      kind: ui.chrome.home,
      title: source.home.description,
      subtitle: source.topics.map((t) => t.navLabel).join(' · '),
    });
  for (const topic of source.topics)
    if (paths.has(`/${topic.id}/`))
      cards.push({
        path: at(`/${topic.id}/`),
        kind: label(ui.kind[topic.kind]),
        title: topic.title,
        subtitle: reviewed(topic.lastReviewed),
      });
  if (paths.has('/about/') && source.about)
    cards.push({
      path: at('/about/'),
      kind: ui.chrome.nav['/about/'],
      title: source.about.title,
      subtitle: reviewed(source.about.lastReviewed),
    });
  if (paths.has('/glossary/'))
    cards.push({
      path: at('/glossary/'),
      kind: ui.chrome.nav['/glossary/'],
      title: ui.glossary.description,
    });
  if (paths.has('/timeline/'))
    cards.push({
      path: at('/timeline/'),
      kind: ui.chrome.nav['/timeline/'],
      title: ui.timeline.description(source.timeline.first, source.timeline.last),
    });
  if (paths.has('/topics/'))
    cards.push({
      path: at('/topics/'),
      kind: ui.chrome.nav['/topics/'],
      title: ui.topicsPage.description,
      subtitle: source.topics.map((t) => t.navLabel).join(' · '),
    });
  if (paths.has('/sources/'))
    cards.push({
      path: at('/sources/'),
      kind: ui.chrome.nav['/sources/'],
      title: ui.sources.description,
    });
  for (const work of source.sources ?? [])
    if (paths.has(`/sources/${work.id}/`))
      cards.push({
        path: at(`/sources/${work.id}/`),
        kind:
          work.kind === 'reference'
            ? ui.sources.referenceSource
            : ui.sources.sourceArticle(ui.sourceKind[work.kind]),
        title: work.title,
        subtitle: `${work.author}, ${work.outlet}`,
      });
  if (paths.has('/search/'))
    cards.push({
      path: at('/search/'),
      kind: ui.search.page.title,
      title: ui.search.page.description,
    });
  return cards;
}
