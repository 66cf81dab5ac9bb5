import type { APIRoute, GetStaticPaths } from 'astro';
import { getSocialCards, getSocialImage, startSocialImages } from '../data/page-meta';
import { socialImagePath, type SocialCard } from '#lib/meta/social-image.ts';

/**
 * One PNG per page that has a card: /og/index.png, /og/rats.png, /og/sources/alimov-2017.png …
 * The route is a bare rest route at the root (its parameter is "og/rats.png"), not
 * src/pages/og/[...slug].png.ts, so that Astro generates it after the pages (it generates routes from
 * the most specific, and a rest route with no fixed part is the least):
 * the cards, started while Astro lists the paths, are drawn on worker threads while the pages render,
 * instead of the build waiting for them before rendering any page.
 */
export const getStaticPaths = (async () => {
  void startSocialImages();
  return (await getSocialCards()).map((card) => ({
    params: { image: socialImagePath(card.path).slice(1) },
    props: { card },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: SocialCard }> = async ({ props }) =>
  new Response(new Uint8Array(await getSocialImage(props.card.path)), {
    headers: { 'Content-Type': 'image/png' },
  });
