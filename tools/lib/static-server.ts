import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** A running static server over a built site. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

/**
 * Serves a built site the way a static host does: /path/ → /path/index.html, unknown paths → 404.html
 * with status 404. `base` serves the site below a base path ("/sco/"), as a project site is. Test
 * and script tooling only.
 */
export async function serveDist(root: string, base = '/'): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    // Under a base path (/sco/), the site lives below it, as on GitHub Pages; the rest is not found.
    const path = requested.startsWith(base)
      ? `/${requested.slice(base.length)}`
      : '/404-outside-base/';
    const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, safe, safe.endsWith('/') ? 'index.html' : '');
    let status = 200;
    if (!(await isFile(file))) {
      file = join(root, '404.html');
      status = 404;
    }
    response.writeHead(status, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      ),
  };
}
