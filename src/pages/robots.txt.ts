import type { APIRoute } from 'astro';
import { base } from 'astro:config/client';
import { absoluteUrl, siteRoot } from '#lib/meta/paths.ts';
import { buildRobotsTxt } from '#lib/meta/robots.ts';

/** robots.txt, naming the sitemap that @astrojs/sitemap writes (sitemap-index.xml) by its absolute, base-aware URL. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl(siteRoot(site, base), '/sitemap-index.xml');
  return new Response(buildRobotsTxt(sitemap), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
