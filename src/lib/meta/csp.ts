import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

/**
 * The site's Content-Security-Policy, beyond the script-src and style-src that Astro writes with
 * the hashes of what it bundles: nothing but the site itself, no plugins, no <base>, forms only to
 * the site. What a <meta> cannot say (frame-ancestors) is in public/_headers. Images, fonts, fetches
 * and workers fall under default-src 'self': naming them again would say the same in every page's
 * first round trip. base-uri and form-action do not fall back to default-src, hence their own lines.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
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

/** Thrown when a built page has an inline script or style that its policy does not allow. */
export class CspError extends Error {
  override name = 'CspError';
}

/** A policy as ordered [directive, sources] pairs ("script-src 'self'; …" → [["script-src", ["'self'"]], …]). */
export function parsePolicy(content: string): [string, string[]][] {
  return content
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .filter((words) => words[0])
    .map(([name = '', ...sources]) => [name, sources]);
}

export function formatPolicy(policy: readonly (readonly [string, readonly string[]])[]): string {
  return policy.map(([name, sources]) => [name, ...sources].join(' ')).join(';');
}

/** What a page runs inline: the texts of its inline scripts (JSON-LD data aside) and <style> elements. */
export interface InlineCode {
  scripts: readonly string[];
  styles: readonly string[];
}

const isHash = (source: string) => /^'sha(256|384|512)-/.test(source);

/**
 * One page's policy. Astro writes the hash of every script and style it bundled, for the whole
 * site, into every page; this keeps in script-src and style-src only the hashes of the inline code
 * on this page (external files are allowed by 'self'). That is stricter, and each hash is about
 * 50 bytes that gzip cannot shrink. Inline code the policy does not allow is an error, named with
 * its directive and the start of its text, since the browser would refuse to run it.
 */
export function narrowPolicy(content: string, inline: InlineCode): string {
  const policy = parsePolicy(content);
  const needed = new Map([
    ['script-src', inline.scripts],
    ['style-src', inline.styles],
  ]);
  const keep = new Map<string, Set<string>>();
  for (const [directive, texts] of needed) {
    const allowed = policy.find(([name]) => name === directive)?.[1] ?? [];
    const hashes = texts.map((text) => `'${cspHash(text)}'`);
    texts.forEach((text, i) => {
      if (!allowed.includes(hashes[i] ?? '')) {
        throw new CspError(
          `${directive} does not allow the inline code starting "${text.trim().slice(0, 60)}" (${cspHash(text)})`,
        );
      }
    });
    keep.set(directive, new Set(hashes));
  }
  return formatPolicy(
    policy.map(([name, sources]) => {
      const hashes = keep.get(name);
      return [
        name,
        hashes ? sources.filter((source) => !isHash(source) || hashes.has(source)) : sources,
      ];
    }),
  );
}

const POLICY_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/**
 * The page's inline code: the texts of its <script>s without src (JSON-LD, which is data, aside)
 * and of its <style>s. A streaming tokenizer, not a DOM: a page is read once, and building a DOM of
 * every page made this step grow with the square of the site (each page's header lists every topic).
 */
export function findInlineCode(html: string): InlineCode {
  const scripts: string[] = [];
  const styles: string[] = [];
  let open: { into: string[]; text: string } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'style') open = { into: styles, text: '' };
        else if (
          name === 'script' &&
          attributes['src'] === undefined &&
          attributes['type'] !== 'application/ld+json'
        ) {
          open = { into: scripts, text: '' };
        }
      },
      ontext(text) {
        if (open) open.text += text;
      },
      onclosetag(name) {
        if (open && (name === 'script' || name === 'style')) {
          open.into.push(open.text);
          open = undefined;
        }
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  return { scripts, styles };
}

/** A built page with its policy narrowed to its own inline code (see narrowPolicy); unchanged without a policy. */
export function narrowPagePolicy(html: string): string {
  const meta = POLICY_META.exec(html);
  if (!meta) return html;
  const policy = narrowPolicy(meta[2] ?? '', findInlineCode(html));
  return html.replace(
    POLICY_META,
    (_, start: string, __: string, end: string) => `${start}${policy}${end}`,
  );
}
