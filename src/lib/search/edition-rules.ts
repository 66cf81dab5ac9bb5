/**
 * A translated edition's query rules, in one object that the query runner (search-run.ts) is given:
 * the language (languages.ts) and the planner written for it (edition-query.ts). They are apart from
 * search-run.ts so that the English dialog's code does not carry them: the browser loads this module
 * only on a Russian or Chinese page (src/client/search-client.ts), the Node tools import it.
 */
import type { Locale } from '#lib/i18n/locales.ts';
import { editionNamedEntries, planEditionQuery, widenEditionPlan } from './edition-query.ts';
import { searchLanguage, type SearchLanguage } from './languages.ts';
import type { QueryPlan } from './search-query.ts';
import type { SearchData } from './search-words.ts';

export interface EditionRules {
  language: SearchLanguage;
  plan(query: string, data: SearchData, options: { correct: boolean }): QueryPlan;
  widen(plan: QueryPlan, data: SearchData): QueryPlan | undefined;
  named(plan: QueryPlan, data: SearchData): Map<string, number>;
}

/** The rules of an edition's search, or undefined for English (search-query.ts plans it). */
export function editionRules(locale: Locale): EditionRules | undefined {
  const language = searchLanguage(locale);
  if (!language) return undefined;
  return {
    language,
    plan: (query, data, options) => planEditionQuery(query, data, language, options),
    widen: (plan, data) => widenEditionPlan(plan, data, language),
    named: (plan, data) => editionNamedEntries(plan, data, language),
  };
}
