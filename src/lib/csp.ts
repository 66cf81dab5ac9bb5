import { createHash } from 'node:crypto';

/**
 * The site's Content-Security-Policy, beyond the script-src and style-src that Astro writes with
 * the hashes of what it bundles: nothing but the site itself, no plugins, no <base>, forms only to
 * the site. What a <meta> cannot say (frame-ancestors) is in public/_headers.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
] as const;

/**
 * script-src sources: the site's own files, and 'wasm-unsafe-eval' only because Pagefind's search
 * runs as WebAssembly. No 'unsafe-inline': the one inline script is allowed by its hash.
 */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** The CSP hash of an inline script or style: "sha256-<base64>" of its exact text. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
