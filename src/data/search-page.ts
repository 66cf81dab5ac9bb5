/**
 * The search page (/search/, /ru/search/, /zh/search/) in any edition: its head, and the lists a
 * reader without JavaScript browses instead (the edition's topics, and its glossary A to Z by the
 * edition's alphabet, each term with its other names).
 */
import { localePath, SOURCE_LOCALE, TRANSLATED_LOCALES, type Locale } from '#lib/i18n/locales.ts';
import { compareNames } from '#lib/i18n/collation.ts';
import { inlineTextQuoted } from '#lib/i18n/inline-text.ts';
import { UI } from '#lib/i18n/ui.ts';
import { getSiteContent } from './content';
import { getEdition } from './editions';
import { pageHead } from './page-head';

export async function getEditionSearchPage(locale: Locale = SOURCE_LOCALE) {
  const { glossary, topics } = await getSiteContent();
  const ui = UI[locale].search.page;
  const edition = locale === SOURCE_LOCALE ? undefined : await getEdition(locale);
  const inEdition = (path: string): string =>
    locale === SOURCE_LOCALE ? path : localePath(locale, path);
  const translatedTopics = edition ? new Map(edition.topics.map((t) => [t.id, t])) : undefined;
  const terms = glossary.map((term) => {
    const own = edition?.data.glossary.get(term.id);
    return own
      ? {
          href: inEdition(`/glossary/#${term.id}`),
          name: inlineTextQuoted(locale, own.name),
          otherNames: own.otherNames,
        }
      : { href: `/glossary/#${term.id}`, name: term.name, otherNames: term.otherNames };
  });
  return {
    head: await pageHead({
      path: '/search/',
      locale,
      editions: TRANSLATED_LOCALES,
      title: ui.title,
      description: ui.description,
      trail: [{ href: inEdition('/search/'), label: ui.title }],
      indexed: false,
    }),
    locale,
    topics: topics.map((topic) => {
      const own = translatedTopics?.get(topic.id);
      return own
        ? { href: inEdition(`/${topic.id}/`), title: own.data.title }
        : { href: `/${topic.id}/`, title: topic.data.title };
    }),
    // English keeps the order src/data/content.ts gives it; an edition sorts by its own alphabet.
    glossary: edition ? terms.sort((a, b) => compareNames(locale, a.name, b.name)) : terms,
  };
}
