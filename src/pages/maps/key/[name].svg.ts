import type { APIRoute, GetStaticPaths } from 'astro';
import { getMemberMaps } from '../../../data/maps';
import { listSwatchFiles } from '#lib/map/member-map-svg.ts';

/** The legend swatches of every map variant: /maps/key/2001.svg, /maps/key/2017-bold.svg, /maps/key/place.svg… */
export const getStaticPaths = (async () => {
  const maps = await getMemberMaps();
  return listSwatchFiles(maps.variants.map(({ emphasise }) => maps.get(emphasise))).map(
    ({ src, svg }) => ({
      params: { name: src.replace(/^\/maps\/key\/|\.svg$/g, '') },
      props: { svg },
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ svg: string }> = ({ props }) =>
  new Response(props.svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
