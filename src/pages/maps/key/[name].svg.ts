import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteContent } from '../../../data/content';
import { buildMemberMap } from '../../../lib/member-map';
import { listSwatchFiles, MEMBER_MAP_VARIANTS } from '../../../lib/member-map-svg';

/** The legend swatches of every map variant: /maps/key/2001.svg, /maps/key/2017-bold.svg, /maps/key/place.svg… */
export const getStaticPaths = (async () => {
  const { members } = await getSiteContent();
  const maps = MEMBER_MAP_VARIANTS.map(({ emphasise }) => buildMemberMap({ members, emphasise }));
  return listSwatchFiles(maps).map(({ src, svg }) => ({ params: { name: src.replace(/^\/maps\/key\/|\.svg$/g, '') }, props: { svg } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ svg: string }> = ({ props }) =>
  new Response(props.svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
