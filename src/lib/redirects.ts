import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** Where moved pages are declared: old path → new path (a published page must never just vanish). */
export const REDIRECTS_FILE = 'content/redirects.yaml';

const PATH = /^\/([a-z0-9]+(-[a-z0-9]+)*\/)*$/;

/**
 * Checks the redirects (old path → new path, both like "/rats/") and returns them for Astro's
 * `redirects`. Anything else stops the build, naming the file and the entry.
 */
export function parseRedirects(text: string, file = REDIRECTS_FILE): Record<string, string> {
  const data: unknown = parse(text) ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${file}: must map old paths to new ones, e.g. "/old-topic/: /new-topic/"`);
  }
  const redirects: Record<string, string> = {};
  for (const [from, to] of Object.entries(data as Record<string, unknown>)) {
    if (!PATH.test(from) || typeof to !== 'string' || !PATH.test(to)) {
      throw new Error(
        `${file} → ${from}: ${JSON.stringify(to)} is not a redirect between site paths. Fix: write both as "/path/", e.g. "/old-topic/: /new-topic/"`,
      );
    }
    if (from === to) throw new Error(`${file} → ${from}: redirects to itself. Fix: remove the entry`);
    redirects[from] = to;
  }
  return redirects;
}

/** Reads content/redirects.yaml for astro.config.mjs. */
export function loadRedirects(file = REDIRECTS_FILE): Record<string, string> {
  return parseRedirects(readFileSync(file, 'utf8'), file);
}
