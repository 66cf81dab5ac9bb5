import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.pagefind': 'application/wasm',
};

/**
 * Connect middleware for `astro dev`: serves the last build's Pagefind bundle at /pagefind/, so that
 * search works while authoring (over the pages as last built). Without a build it answers 404, and
 * the search dialog tells the author to run "npm run build" instead of failing silently.
 */
export function serveBuiltIndex(bundleDir: string) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith('/pagefind/')) return next();
    const file = normalize(join(bundleDir, url.pathname.slice('/pagefind/'.length)));
    const inside = file.startsWith(bundleDir + sep);
    if (inside && existsSync(file) && statSync(file).isFile()) {
      res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
      res.setHeader('Cache-Control', 'no-store');
      createReadStream(file).pipe(res);
      return;
    }
    res.statusCode = 404;
    res.end();
  };
}
