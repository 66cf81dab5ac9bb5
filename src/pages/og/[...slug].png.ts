import type { APIRoute, GetStaticPaths } from 'astro';
import { getSocialCards, getSocialImage } from '../../data/page-meta';
import { socialImageSlug, type SocialCard } from '#lib/meta/social-image.ts';

/** One PNG per page that has a card: /og/index.png, /og/rats.png, /og/sources/alimov-2017.png … */
export const getStaticPaths = (async () =>
  (await getSocialCards()).map((card) => ({
    params: { slug: socialImageSlug(card.path) },
    props: { card },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: SocialCard }> = async ({ props }) =>
  new Response(new Uint8Array(await getSocialImage(props.card.path)), {
    headers: { 'Content-Type': 'image/png' },
  });
