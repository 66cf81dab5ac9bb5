import { readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { Parser } from 'htmlparser2';
import { CspError, narrowPolicy, type InlineCode } from '../lib/csp.ts';
import { listPages } from './built-pages.ts';

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
        else if (name === 'script' && attributes['src'] === undefined && attributes['type'] !== 'application/ld+json') {
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
  return html.replace(POLICY_META, (_, start: string, __: string, end: string) => `${start}${policy}${end}`);
}

/**
 * After `astro build`, narrows each page's Content-Security-Policy (Astro's security.csp) to the
 * hashes of the inline code on that page. A page whose inline code its policy does not allow stops
 * the build, named with the file.
 */
export function cspPerPage(): AstroIntegration {
  return {
    name: 'sco/csp-per-page',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let narrowed = 0;
        for (const [file] of await listPages(root)) {
          const html = await readFile(file, 'utf8');
          let next: string;
          try {
            next = narrowPagePolicy(html);
          } catch (error) {
            if (error instanceof CspError) throw new CspError(`${relative(process.cwd(), file)}: ${error.message}`);
            throw error;
          }
          if (next !== html) {
            await writeFile(file, next);
            narrowed += 1;
          }
        }
        logger.info(`Content-Security-Policy narrowed to each page's inline code on ${narrowed} pages`);
      },
    },
  };
}
