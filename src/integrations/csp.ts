import { readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseHTML } from 'linkedom';
import { CspError, narrowPolicy } from '../lib/csp.ts';
import { listPages } from './built-pages.ts';

const POLICY_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** A built page with its policy narrowed to its own inline code (see narrowPolicy); unchanged without a policy. */
export function narrowPagePolicy(html: string): string {
  const meta = POLICY_META.exec(html);
  if (!meta) return html;
  const { document } = parseHTML(html);
  const scripts = [...document.querySelectorAll('script:not([src])')]
    .filter((script) => script.getAttribute('type') !== 'application/ld+json')
    .map((script) => script.textContent ?? '');
  const styles = [...document.querySelectorAll('style')].map((style) => style.textContent ?? '');
  const policy = narrowPolicy(meta[2] ?? '', { scripts, styles });
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
