import type { APIRoute, GetStaticPaths } from 'astro';
import { getMemberMaps } from '../../data/maps';
import { renderMemberMapSvg } from '#lib/map/member-map-svg.ts';

/** One map file per variant the content asks for: /maps/members.svg, /maps/members-2017.svg (see getMemberMaps). */
export const getStaticPaths = (async () =>
  (await getMemberMaps()).variants.map(({ name, emphasise }) => ({
    params: { name },
    props: { emphasise },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ emphasise?: number }> = async ({ props }) => {
  const svg = renderMemberMapSvg((await getMemberMaps()).get(props.emphasise));
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
