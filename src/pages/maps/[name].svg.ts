import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteContent } from '../../data/content';
import { buildMemberMap } from '../../lib/member-map';
import { MEMBER_MAP_VARIANTS, renderMemberMapSvg } from '../../lib/member-map-svg';

/** One map file per variant: /maps/members.svg, /maps/members-2017.svg (see MEMBER_MAP_VARIANTS). */
export const getStaticPaths = (() =>
  MEMBER_MAP_VARIANTS.map(({ name, emphasise }) => ({ params: { name }, props: { emphasise } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ emphasise?: number }> = async ({ props }) => {
  const { members } = await getSiteContent();
  const svg = renderMemberMapSvg(buildMemberMap({ members, emphasise: props.emphasise }));
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
