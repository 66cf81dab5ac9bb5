import type { APIRoute, GetStaticPaths } from 'astro';
import { getMemberMaps, mapLocale } from '../../../data/maps';
import { TRANSLATED_LOCALES, type TranslatedLocale } from '#lib/i18n/locales.ts';
import { renderMemberMapSvg } from '#lib/map/member-map-svg.ts';

/**
 * Each edition's map files, drawn with its own names: /ru/maps/members.svg, /zh/maps/members-2017.svg.
 * An edition that names its member states (content/<locale>/members.yaml) has them; the legend's
 * swatches carry no words and stay shared (/maps/key/).
 */
export const getStaticPaths = (async () => {
  const editions = await Promise.all(
    TRANSLATED_LOCALES.map(async (lang) => ((await mapLocale(lang)) === lang ? [lang] : [])),
  );
  return (
    await Promise.all(
      editions.flat().map(async (lang) =>
        (await getMemberMaps(lang)).variants.map(({ name, emphasise }) => ({
          params: { lang, name },
          props: { emphasise },
        })),
      ),
    )
  ).flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ emphasise?: number }> = async ({ params, props }) => {
  const maps = await getMemberMaps(params['lang'] as TranslatedLocale);
  const svg = renderMemberMapSvg(maps.get(props.emphasise));
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
