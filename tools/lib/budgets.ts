import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BuiltPage } from './dist.ts';

/** Bytes as a host sends them: gzip at level 9, per file. */
export function gzipBytes(data: string | Buffer): number {
  return gzipSync(data, { level: 9 }).length;
}

/** What one page costs on load, in gzip -9 bytes (content figures such as the lazy map excluded). */
export interface PageCost {
  html: number;
  css: number;
  /** Scripts that run at page start: module scripts it links and inline scripts. */
  startScript: number;
  /** HTML + CSS + start scripts + the favicon: everything fetched on load. */
  onLoad: number;
}

/** Measures a built page from dist/ (its linked stylesheets and scripts are read from disk). */
export function measurePage(page: BuiltPage, root: string): PageCost {
  const file = (url: string) =>
    readFileSync(join(root, decodeURIComponent(new URL(url, 'https://x').pathname)));
  const html = gzipBytes(page.html);
  const css = [...page.document.querySelectorAll('link[rel="stylesheet"]')].reduce(
    (sum, link) => sum + gzipBytes(file(link.getAttribute('href') ?? '')),
    0,
  );
  const scripts = [...page.document.querySelectorAll('script')].filter(
    (script) => script.getAttribute('type') !== 'application/ld+json',
  );
  const startScript = scripts.reduce(
    (sum, script) =>
      sum +
      gzipBytes(
        script.getAttribute('src')
          ? file(script.getAttribute('src') ?? '')
          : (script.textContent ?? ''),
      ),
    0,
  );
  const icons = [...page.document.querySelectorAll('link[rel="icon"]')].reduce(
    (sum, link) => sum + gzipBytes(file(link.getAttribute('href') ?? '')),
    0,
  );
  return { html, css, startScript, onLoad: html + css + startScript + icons };
}
