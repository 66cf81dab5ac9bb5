import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveBuiltIndex } from '../../../src/integrations/pagefind-dev';

// The dev server's /pagefind/ route: the last build's bundle, or 404 (the dialog then says to build).
let server: Server;
let base = '';

beforeAll(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'sco-dev-'));
  mkdirSync(join(dist, 'pagefind'));
  writeFileSync(join(dist, 'pagefind', 'pagefind.js'), 'export const ok = 1;');
  writeFileSync(join(dist, 'secret.txt'), 'not served');
  const middleware = serveBuiltIndex(join(dist, 'pagefind'));
  server = createServer((req, res) =>
    middleware(req, res, () => {
      res.statusCode = 299;
      res.end('next');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test.each([
  ['/pagefind/pagefind.js', 200, 'export const ok = 1;'],
  ['/pagefind/missing.js', 404, ''],
  ['/pagefind/..%2fsecret.txt', 404, ''],
  ['/rats/', 299, 'next'],
])('%s → %i', async (path, status, body) => {
  const response = await fetch(base + path);
  expect(response.status).toBe(status);
  expect(await response.text()).toBe(body);
});

test('serves the bundle as JavaScript and never caches it', async () => {
  const response = await fetch(`${base}/pagefind/pagefind.js`);
  expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  expect(response.headers.get('cache-control')).toBe('no-store');
});
