/**
 * What a translated glossary, timeline or source page says about the English it translates: the
 * English review it renders and whether the English was reviewed since (src/lib/content/translation-stale.ts).
 */
import { fileStaleness, listStaleness } from '#lib/content/translation-stale.ts';
import { SOURCE_LOCALE, type Locale } from '#lib/i18n/locales.ts';
import { getSiteContent } from './content';
import { getEdition } from './editions';
import type { TranslationFacts } from './pages';

const LIST_PATHS = { glossary: '/glossary/', timeline: '/timeline/' } as const;

/** A translated list page's facts (/ru/glossary/, /zh/timeline/); undefined in English or untranslated. */
export async function getListTranslation(
  locale: Locale,
  list: keyof typeof LIST_PATHS,
): Promise<TranslationFacts | undefined> {
  if (locale === SOURCE_LOCALE) return undefined;
  const stamp = (await getEdition(locale)).data.stamps[list];
  if (!stamp) return undefined;
  const entries = (await getSiteContent())[list];
  const { englishReviewed, englishLastReviewed, stale } = listStaleness(stamp, entries);
  return { englishPath: LIST_PATHS[list], englishReviewed, englishLastReviewed, stale };
}

/** A translated source page's facts; undefined in English or where the source is not translated. */
export async function getSourceTranslation(
  locale: Locale,
  id: string,
): Promise<TranslationFacts | undefined> {
  if (locale === SOURCE_LOCALE) return undefined;
  const own = (await getEdition(locale)).data.sources.get(id);
  const english = (await getSiteContent()).sources.find((s) => s.id === id);
  if (!own || !english) return undefined;
  const { englishReviewed, englishLastReviewed, stale } = fileStaleness(
    own.translation,
    english.data.lastReviewed,
  );
  return { englishPath: `/sources/${id}/`, englishReviewed, englishLastReviewed, stale };
}
