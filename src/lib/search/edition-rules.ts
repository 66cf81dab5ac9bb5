/**
 * A translated edition's query rules, in one object that the query runner (search-run.ts) is given:
 * the language (languages.ts) and the planner written for it (edition-query.ts). They are apart from
 * search-run.ts so that the English dialog's code does not carry them: the browser loads this module
 * only on a Russian or Chinese page (src/client/search-client.ts), the Node tools import it. An
 * edition whose readers may type other forms of its characters (Chinese) also loads the build's
 * character map with them (loadEditionRules; src/lib/search/zh-characters.ts).
 */
import type { Locale } from '#lib/i18n/locales.ts';
import { landingParts, type MarkedPart } from './highlight-terms.ts';
import {
  editionNamedEntries,
  planEditionQuery,
  stemIn,
  widenEditionPlan,
} from './edition-query.ts';
import { searchLanguage, type SearchLanguage } from './languages.ts';
import type { QueryPlan } from './search-query.ts';
import { foldWord, type SearchData } from './search-words.ts';
import { characterMapPathOf, decodeCharacterMap } from './zh-characters.ts';

export interface EditionRules {
  language: SearchLanguage;
  plan(query: string, data: SearchData, options: { correct: boolean }): QueryPlan;
  widen(plan: QueryPlan, data: SearchData): QueryPlan | undefined;
  named(plan: QueryPlan, data: SearchData): Map<string, number>;
  /**
   * For a language with endings, a result link's highlight term as its stem ("шанхаиск" for
   * шанхаиского), so that the page marks every form of the word («Шанхайский дух» for «шанхайского
   * духа»). Undefined for others: the term as Pagefind gives it.
   */
  landingTerm?: (term: string) => string;
  /**
   * For a language written without spaces or with endings, an excerpt's text in runs marked as the
   * page the result opens marks them (landingParts, with landingTerm's stems): Pagefind's excerpt
   * marks Chinese words a character off ("[不对]抗" for 不对抗) and a Russian word's other forms not
   * at all. Undefined for others: Pagefind's marks are kept.
   */
  excerptParts?: (text: string, terms: readonly string[]) => MarkedPart[];
}

/**
 * The rules of an edition's search, or undefined for English (search-query.ts plans it); with the
 * character map given, queries are read through it.
 */
export function editionRules(
  locale: Locale,
  characters?: ReadonlyMap<string, string>,
): EditionRules | undefined {
  const found = searchLanguage(locale);
  if (!found) return undefined;
  const language = characters ? { ...found, characters } : found;
  return {
    language,
    plan: (query, data, options) => planEditionQuery(query, data, language, options),
    widen: (plan, data) => widenEditionPlan(plan, data, language),
    named: (plan, data) => editionNamedEntries(plan, data, language),
    ...landingRules(language),
  };
}

/** How an edition's results mark their words (EditionRules.landingTerm, excerptParts). */
function landingRules(
  language: SearchLanguage,
): Pick<EditionRules, 'landingTerm' | 'excerptParts'> {
  if (language.endings.length > 0) {
    const landingTerm = (term: string): string => stemIn(foldWord(term), language) ?? term;
    return {
      landingTerm,
      excerptParts: (text, terms) => landingParts(text, terms.map(landingTerm)),
    };
  }
  return language.vocabulary === 'segments' ? { excerptParts: landingParts } : {};
}

/**
 * The rules of an edition's search with what they need from the build: the character map, for an
 * edition that has one, read by `read` (the browser fetches it, the Node tools read the file). A
 * failed read rejects, as a failed load of the search data does (the dialog offers a retry).
 */
export async function loadEditionRules(
  locale: Locale,
  read: (path: string) => Promise<string>,
): Promise<EditionRules | undefined> {
  if (!searchLanguage(locale)?.characterMap) return editionRules(locale);
  return editionRules(locale, decodeCharacterMap(await read(characterMapPathOf(locale))));
}
