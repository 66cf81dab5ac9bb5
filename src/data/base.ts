import { base } from 'astro:config/client';
import { withBase } from '#lib/meta/paths.ts';

/**
 * A site path as a link: with the base path in front when the site is built under one. The base
 * comes from the config (BASE_PATH), not import.meta.env.BASE_URL, which a BASE_URL variable in the
 * environment (Vitest sets one) would override.
 */
export function href(path: string): string {
  return withBase(path, base);
}
