import type { APIRoute, GetStaticPaths } from 'astro';
import { isLocale, TRANSLATED_LOCALES } from '#lib/i18n/locales.ts';
import { searchUiJson } from '../../data/search-ui';

/** A translated edition's search dialog words (/ru/search-ui.json, /zh/search-ui.json). */
export const getStaticPaths = (() =>
  TRANSLATED_LOCALES.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const lang = params['lang'] ?? '';
  if (!isLocale(lang)) throw new Error(`search-ui.json: "${lang}" is not an edition`);
  return searchUiJson(lang);
};
